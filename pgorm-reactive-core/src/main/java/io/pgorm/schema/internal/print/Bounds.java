package io.pgorm.schema.internal.print;

import java.util.Locale;

/** A partition bound of the IR ({@code FOR VALUES FROM (...) TO (...)}) in the language's words. */
final class Bounds {

  private Bounds() {}

  static String write(String bound) {
    String b = bound.strip();
    String upper = b.toUpperCase(Locale.ROOT);
    if (upper.equals("DEFAULT")) {
      return "default";
    }
    if (!upper.startsWith("FOR VALUES ")) {
      throw new IllegalArgumentException("cannot read partition bound: " + bound);
    }
    String rest = b.substring("FOR VALUES ".length()).strip();
    String head = rest.toUpperCase(Locale.ROOT);
    if (head.startsWith("FROM")) {
      String afterFrom = rest.substring(4).strip();
      int close = group(afterFrom, bound);
      String from = afterFrom.substring(1, close);
      String afterTo = afterFrom.substring(close + 1).strip();
      if (!afterTo.toUpperCase(Locale.ROOT).startsWith("TO")) {
        throw new IllegalArgumentException("cannot read partition bound: " + bound);
      }
      String toPart = afterTo.substring(2).strip();
      int close2 = group(toPart, bound);
      end(toPart, close2, bound);
      return "for values from " + values(from) + " to " + values(toPart.substring(1, close2));
    }
    if (head.startsWith("IN")) {
      String in = rest.substring(2).strip();
      int close = group(in, bound);
      end(in, close, bound);
      return "for values in " + values(in.substring(1, close));
    }
    if (head.startsWith("WITH")) {
      String with = rest.substring(4).strip();
      int close = group(with, bound);
      end(with, close, bound);
      String[] parts = with.substring(1, close).split(",");
      if (parts.length != 2) {
        throw new IllegalArgumentException("cannot read partition bound: " + bound);
      }
      return "for values with ("
          + parts[0].strip().toLowerCase(Locale.ROOT)
          + ", "
          + parts[1].strip().toLowerCase(Locale.ROOT)
          + ")";
    }
    throw new IllegalArgumentException("cannot read partition bound: " + bound);
  }

  /** Values in parentheses; each is SQL text and must be complete. */
  private static String values(String inner) {
    return SqlText.parenthesized(inner.strip());
  }

  /** The index of the parenthesis that closes the one {@code text} starts with. */
  private static int group(String text, String bound) {
    if (!text.startsWith("(")) {
      throw new IllegalArgumentException("cannot read partition bound: " + bound);
    }
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("cannot read partition bound: " + bound);
  }

  private static void end(String text, int close, String bound) {
    if (!text.substring(close + 1).isBlank()) {
      throw new IllegalArgumentException("cannot read partition bound: " + bound);
    }
  }
}
