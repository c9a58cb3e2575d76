package io.pgorm.types;

import io.pgorm.internal.types.QuotedText;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The text form of range bounds: quoting as the server's {@code range_out} does, and parsing. */
final class RangeText {

  private RangeText() {}

  /** A bound as the server prints it: quoted when empty or holding a special character. */
  static String quote(String bound) {
    boolean quote = bound.isEmpty();
    for (int i = 0; i < bound.length() && !quote; i++) {
      char c = bound.charAt(i);
      quote = c == '"' || c == '\\' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',';
      quote |= Character.isWhitespace(c);
    }
    if (!quote) {
      return bound;
    }
    StringBuilder b = new StringBuilder(bound.length() + 2).append('"');
    for (int i = 0; i < bound.length(); i++) {
      char c = bound.charAt(i);
      if (c == '"' || c == '\\') {
        b.append(c);
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  /** Parses one range starting at {@code pos[0]}, leaving {@code pos[0]} after its closer. */
  static <T> PgRange<T> parse(String text, int[] pos, Function<String, T> bound) {
    int i = skipSpace(text, pos[0]);
    if (text.regionMatches(true, i, "empty", 0, 5)) {
      pos[0] = i + 5;
      return PgRange.empty();
    }
    if (i >= text.length() || (text.charAt(i) != '[' && text.charAt(i) != '(')) {
      throw bad(text, "expected '[', '(' or empty at index " + i);
    }
    boolean lowerInc = text.charAt(i) == '[';
    pos[0] = i + 1;
    String lower = readBound(text, pos);
    if (pos[0] >= text.length() || text.charAt(pos[0]) != ',') {
      throw bad(text, "expected ',' after the lower bound at index " + pos[0]);
    }
    pos[0]++;
    String upper = readBound(text, pos);
    if (pos[0] >= text.length() || (text.charAt(pos[0]) != ']' && text.charAt(pos[0]) != ')')) {
      throw bad(text, "expected ']' or ')' at index " + pos[0]);
    }
    boolean upperInc = text.charAt(pos[0]) == ']';
    pos[0]++;
    return PgRange.of(
        lower == null ? null : bound.apply(lower),
        lowerInc,
        upper == null ? null : bound.apply(upper),
        upperInc);
  }

  /** A bound's text, or {@code null} when it is empty and unquoted (no bound). */
  private static @Nullable String readBound(String text, int[] pos) {
    try {
      return QuotedText.read(text, pos, ",])", false);
    } catch (IllegalArgumentException e) {
      throw bad(text, "unterminated quoted bound");
    }
  }

  static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("not a range: \"" + text + "\": " + why);
  }
}
