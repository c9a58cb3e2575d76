package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Pos;
import java.util.Arrays;

/** A schema file's name and text, with the line table that turns offsets into positions. */
public final class Source {

  private final String file;
  private final String text;
  private final int[] lineStarts;

  public Source(String file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  public String file() {
    return file;
  }

  public String text() {
    return text;
  }

  /** The position of a char offset; offsets past the end map to the end. */
  public Pos pos(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, at);
    int line = index >= 0 ? index : -index - 2;
    int col = text.codePointCount(lineStarts[line], at) + 1;
    return new Pos(at, line + 1, col);
  }

  /** The text of a 1-based line, without its terminator. */
  public String line(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }
}
