package io.pgorm.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL {@code tsvector}: lexemes, each with optional positions and weights ({@code 'cat':3A
 * 'fat':2,4}). Immutable; equal when the lexemes are equal in order. The server sorts lexemes and
 * merges duplicates on input; what it reads back is that form.
 */
public final class PgTsVector {

  /** A position of a lexeme in the document (1..16383) with its weight {@code A}..{@code D}. */
  public record Position(int position, char weight) {
    /** Checks the weight is one of {@code A B C D} (D, the default, is not printed). */
    public Position {
      if (weight < 'A' || weight > 'D') {
        throw new IllegalArgumentException("tsvector weight must be A, B, C or D, not " + weight);
      }
    }

    @Override
    public String toString() {
      return weight == 'D' ? Integer.toString(position) : position + String.valueOf(weight);
    }
  }

  /** A lexeme with its positions (none when the document's positions were stripped). */
  public record Lexeme(String text, List<Position> positions) {
    /** Copies the positions. */
    public Lexeme {
      Objects.requireNonNull(text, "text");
      positions = List.copyOf(positions);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("'");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\'' || c == '\\') {
          b.append(c);
        }
        b.append(c);
      }
      b.append('\'');
      for (int i = 0; i < positions.size(); i++) {
        b.append(i == 0 ? ':' : ',').append(positions.get(i));
      }
      return b.toString();
    }
  }

  private final List<Lexeme> lexemes;

  private PgTsVector(List<Lexeme> lexemes) {
    this.lexemes = List.copyOf(lexemes);
  }

  /** These lexemes, in this order. */
  public static PgTsVector of(List<Lexeme> lexemes) {
    return new PgTsVector(lexemes);
  }

  /**
   * Reads the text form: lexemes, quoted ({@code 'a b'}, a quote doubled) or bare, separated by
   * spaces, each optionally followed by {@code :} and comma-separated positions with a weight.
   *
   * @throws IllegalArgumentException if {@code text} is not that
   */
  public static PgTsVector parse(String text) {
    List<Lexeme> lexemes = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      StringBuilder word = new StringBuilder();
      if (text.charAt(i) == '\'') {
        i++;
        while (true) {
          if (i >= n) {
            throw bad(text, "unterminated quoted lexeme");
          }
          char c = text.charAt(i++);
          if (c == '\\' && i < n) {
            word.append(text.charAt(i++));
          } else if (c == '\'') {
            if (i < n && text.charAt(i) == '\'') {
              word.append('\'');
              i++;
            } else {
              break;
            }
          } else {
            word.append(c);
          }
        }
      } else {
        while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ':') {
          char c = text.charAt(i++);
          word.append(c == '\\' && i < n ? text.charAt(i++) : c);
        }
      }
      List<Position> positions = new ArrayList<>();
      if (i < n && text.charAt(i) == ':') {
        do {
          i++;
          int start = i;
          while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
          }
          if (start == i) {
            throw bad(text, "expected a position number at index " + start);
          }
          int pos = Integer.parseInt(text.substring(start, i));
          char weight = 'D';
          if (i < n && "ABCDabcd".indexOf(text.charAt(i)) >= 0) {
            weight = Character.toUpperCase(text.charAt(i++));
          }
          positions.add(new Position(pos, weight));
        } while (i < n && text.charAt(i) == ',');
      }
      if (i < n && !Character.isWhitespace(text.charAt(i))) {
        throw bad(text, "unexpected '" + text.charAt(i) + "' at index " + i);
      }
      lexemes.add(new Lexeme(word.toString(), positions));
    }
    return new PgTsVector(lexemes);
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("not a tsvector: \"" + text + "\": " + why);
  }

  /** The lexemes, in order; unmodifiable. */
  public List<Lexeme> lexemes() {
    return lexemes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgTsVector v && lexemes.equals(v.lexemes);
  }

  @Override
  public int hashCode() {
    return lexemes.hashCode();
  }

  /** The server's form, e.g. {@code 'cat':3A 'fat':2,4}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Lexeme l : lexemes) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(l);
    }
    return b.toString();
  }
}
