package io.pgorm.query.render;

/** Identifier quoting: every name the renderer writes is quoted, so no name can be SQL. */
public final class Quoting {

  private Quoting() {}

  /** {@code "name"} with embedded double quotes doubled. */
  public static String ident(String name) {
    StringBuilder b = new StringBuilder(name.length() + 2);
    ident(b, name);
    return b.toString();
  }

  static void ident(StringBuilder b, String name) {
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "identifier \"" + name.replace("\0", "\\0") + "\" contains NUL (\\0)");
    }
    b.append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }
}
