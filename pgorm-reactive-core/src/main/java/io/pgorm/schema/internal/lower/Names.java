package io.pgorm.schema.internal.lower;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names PostgreSQL gives constraints and indexes that are not named: {@code makeObjectName} and
 * {@code ChooseConstraintName} of {@code indexcmds.c}, including the shortening to 63 bytes and the
 * number appended on a collision.
 */
public final class Names {

  /** NAMEDATALEN - 1. */
  public static final int MAX_BYTES = 63;

  private Names() {}

  /**
   * {@code name1[_name2][_label]}, with name1 and name2 shortened (the longer one first) until the
   * whole fits in 63 bytes, never splitting a character.
   */
  public static String make(String name1, @Nullable String name2, String label) {
    int overhead = (name2 == null ? 0 : 1) + (label.isEmpty() ? 0 : bytes(label) + 1);
    int avail = MAX_BYTES - overhead;
    int n1 = bytes(name1);
    int n2 = name2 == null ? 0 : bytes(name2);
    while (n1 + n2 > avail) {
      if (n1 > n2) {
        n1--;
      } else {
        n2--;
      }
    }
    StringBuilder out = new StringBuilder(clip(name1, n1));
    if (name2 != null) {
      out.append('_').append(clip(name2, n2));
    }
    if (!label.isEmpty()) {
      out.append('_').append(label);
    }
    return out.toString();
  }

  /**
   * The first of {@code make(name1, name2, label)}, {@code make(name1, name2, label + "1")}, ...
   * that is not taken.
   */
  public static String choose(
      String name1, @Nullable String name2, String label, Set<String> taken) {
    String name = make(name1, name2, label);
    for (int pass = 1; taken.contains(name); pass++) {
      name = make(name1, name2, label + pass);
    }
    return name;
  }

  /**
   * PostgreSQL's {@code ChooseIndexNameAddition}: the column names joined with {@code _}, stopping
   * once the result reaches 63 bytes.
   */
  public static String columnsPart(List<String> columns) {
    StringBuilder out = new StringBuilder();
    for (String c : columns) {
      if (out.length() > 0) {
        out.append('_');
      }
      out.append(c);
      if (bytes(out.toString()) >= MAX_BYTES) {
        break;
      }
    }
    return out.toString();
  }

  /**
   * The name an index column gets from an expression, as PostgreSQL's {@code FigureColname} would
   * mostly give it: the function name of a call, the column of a reference or cast, else {@code
   * expr}.
   */
  public static String expressionName(String sql) {
    String s = sql.strip();
    while (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
      s = s.substring(1, s.length() - 1).strip();
    }
    int i = 0;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
      i++;
    }
    if (i == 0 || Character.isDigit(s.charAt(0))) {
      return "expr";
    }
    String word = s.substring(0, i);
    String rest = s.substring(i).strip();
    String last = word.substring(word.lastIndexOf('.') + 1);
    if (last.isEmpty()) {
      return "expr";
    }
    if (rest.startsWith("(") || rest.isEmpty() || rest.startsWith("::")) {
      return last;
    }
    return "expr";
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of {@code s} of at most {@code max} bytes that ends on a character. */
  private static String clip(String s, int max) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > max) {
        break;
      }
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
