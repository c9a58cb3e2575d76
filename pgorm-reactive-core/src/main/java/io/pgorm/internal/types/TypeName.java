package io.pgorm.internal.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type name as the schema language or SQL writes it, reduced to a look-up key and the array
 * dimensions: {@code timestamp(3) with time zone} → {@code timestamp with time zone}, {@code
 * numeric(10,2)[]} → {@code numeric} and 1, {@code "App"."Mood"} → {@code "App"."Mood"}, {@code
 * app.mood} → {@code app.mood}. Modifiers and interval fields do not change the Java type.
 *
 * @param key built-in names lower case with single spaces; qualified names part by part, each
 *     quoted only where PostgreSQL would quote it
 * @param dimensions array dimensions ({@code []}, {@code [3]}, {@code ARRAY}, {@code _int4})
 * @param qualified whether the name has a schema (user types)
 */
record TypeName(String key, int dimensions, boolean qualified) {

  static TypeName parse(String text) {
    String s = text.strip();
    int dims = 0;
    while (true) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (s.endsWith("]") && s.lastIndexOf('[') > 0) {
        String inside = s.substring(s.lastIndexOf('[') + 1, s.length() - 1).strip();
        if (!inside.chars().allMatch(Character::isDigit)) {
          throw new IllegalArgumentException("bad array bound [" + inside + "]");
        }
        s = s.substring(0, s.lastIndexOf('[')).strip();
        if (s.toLowerCase(Locale.ROOT).endsWith(" array")) {
          s = s.substring(0, s.length() - 6).strip();
        }
        dims++;
      } else if (lower.endsWith(" array")) {
        s = s.substring(0, s.length() - 6).strip();
        dims++;
      } else {
        break;
      }
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty type name");
    }
    if (s.indexOf('"') >= 0 || s.indexOf('.') >= 0) {
      return new TypeName(qualifiedKey(withoutModifiers(s)), dims, true);
    }
    String mods = modifiers(s);
    String key = withoutModifiers(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (key.startsWith("interval ")) {
      key = "interval"; // interval fields: year, month, day to second, ...
    }
    if (key.equals("float") && !mods.isEmpty()) {
      // float(p): real up to 24 bits of precision, double precision above (as the server does).
      key = Integer.parseInt(mods.split(",")[0].strip()) <= 24 ? "real" : "double precision";
    }
    if (key.startsWith("_") && key.length() > 1) {
      return new TypeName(key.substring(1), dims + 1, false);
    }
    return new TypeName(key, dims, false);
  }

  private static String modifiers(String s) {
    int open = s.indexOf('(');
    int close = s.indexOf(')', open + 1);
    return open < 0 || close < 0 ? "" : s.substring(open + 1, close);
  }

  /** Drops every parenthesised modifier list outside quotes. */
  private static String withoutModifiers(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (depth == 0) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  /** {@code "App".mood} → {@code "App".mood}; {@code App.Mood} → {@code app.mood}. */
  static String qualifiedKey(String s) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
          wasQuoted = true;
        }
      } else if (c == '.' && !quoted) {
        parts.add(wasQuoted ? cur.toString() : cur.toString().strip().toLowerCase(Locale.ROOT));
        cur.setLength(0);
        wasQuoted = false;
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted identifier in " + s);
    }
    parts.add(wasQuoted ? cur.toString() : cur.toString().strip().toLowerCase(Locale.ROOT));
    List<String> quotedParts = new ArrayList<>(parts.size());
    for (String p : parts) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty name part in " + s);
      }
      quotedParts.add(quoteIdent(p));
    }
    return String.join(".", quotedParts);
  }

  /** An identifier as PostgreSQL's {@code quote_ident} writes it (reserved words aside). */
  static String quoteIdent(String ident) {
    boolean plain =
        !ident.isEmpty() && (Character.isLowerCase(ident.charAt(0)) || ident.charAt(0) == '_');
    for (int i = 0; i < ident.length() && plain; i++) {
      char c = ident.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    return plain ? ident : "\"" + ident.replace("\"", "\"\"") + "\"";
  }
}
