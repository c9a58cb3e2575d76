package io.pgorm.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL {@code tsquery}: lexemes combined with {@code &}, {@code |}, {@code !}, {@code <->}
 * and {@code <N>}, with prefix ({@code :*}) and weight ({@code :AB}) markers. Immutable. Kept as
 * its tokens: equal when the tokens are equal, whatever the spacing; {@link #toString()} spaces
 * them as the server prints them ({@code 'fat' & ( 'rat' | !'cat' )}).
 */
public final class PgTsQuery {

  private final List<String> tokens;

  private PgTsQuery(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /**
   * Reads the text form. Lexemes are quoted ({@code 'it''s'}) or bare; a lexeme's markers follow a
   * colon.
   *
   * @throws IllegalArgumentException for an unterminated quote, an unknown operator or unbalanced
   *     parentheses
   */
  public static PgTsQuery parse(String text) {
    List<String> tokens = new ArrayList<>();
    int depth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '&' || c == '|' || c == '!' || c == '(' || c == ')') {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth < 0) {
          throw bad(text, "')' without '(' at index " + i);
        }
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '<') {
        int close = text.indexOf('>', i);
        String op = close < 0 ? "" : text.substring(i + 1, close);
        if (!op.equals("-") && !(op.length() > 0 && op.chars().allMatch(Character::isDigit))) {
          throw bad(text, "expected <-> or <N> at index " + i);
        }
        tokens.add(text.substring(i, close + 1));
        i = close + 1;
      } else {
        StringBuilder word = new StringBuilder("'");
        if (c == '\'') {
          i++;
          while (true) {
            if (i >= n) {
              throw bad(text, "unterminated quoted lexeme");
            }
            char d = text.charAt(i++);
            if (d == '\\' && i < n) {
              d = text.charAt(i++);
            } else if (d == '\'') {
              if (i < n && text.charAt(i) == '\'') {
                i++;
              } else {
                break;
              }
            }
            word.append(d == '\'' || d == '\\' ? String.valueOf(d) + d : String.valueOf(d));
          }
        } else {
          while (i < n && " \t\n&|!()<:'".indexOf(text.charAt(i)) < 0) {
            char d = text.charAt(i++);
            word.append(d == '\\' ? "\\\\" : String.valueOf(d));
          }
        }
        word.append('\'');
        if (i < n && text.charAt(i) == ':') {
          int start = ++i;
          while (i < n && "*ABCDabcd".indexOf(text.charAt(i)) >= 0) {
            i++;
          }
          // The server prints the prefix marker first, then the weights in order.
          String marks = text.substring(start, i).toUpperCase(java.util.Locale.ROOT);
          StringBuilder sorted = new StringBuilder();
          for (char m : "*ABCD".toCharArray()) {
            if (marks.indexOf(m) >= 0) {
              sorted.append(m);
            }
          }
          word.append(sorted.length() == 0 ? "" : ":" + sorted);
        }
        tokens.add(word.toString());
      }
    }
    if (depth != 0) {
      throw bad(text, "unbalanced parentheses");
    }
    return new PgTsQuery(tokens);
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("not a tsquery: \"" + text + "\": " + why);
  }

  /** The lexemes in order of appearance, without quotes or markers. */
  public List<String> lexemes() {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      if (t.startsWith("'")) {
        int end = t.lastIndexOf('\'');
        out.add(t.substring(1, end).replace("''", "'").replace("\\\\", "\\"));
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgTsQuery q && tokens.equals(q.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  /** The server's form, e.g. {@code 'fat' & !'cat'}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && !tokens.get(i - 1).equals("!")) {
        b.append(' ');
      }
      b.append(tokens.get(i));
    }
    return b.toString();
  }
}
