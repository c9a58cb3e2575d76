package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.DocText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The text being printed. */
final class Out {

  /** One line of an aligned block, with the doc comment above it. */
  record Row(@Nullable String doc, List<String> cells) {}

  private final StringBuilder text = new StringBuilder(4096);

  Out line(String indent, String line) {
    text.append(indent).append(line).append('\n');
    return this;
  }

  Out blank() {
    int n = text.length();
    if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      text.append('\n');
    }
    return this;
  }

  /** {@code /// ...} lines for a comment, if any. */
  Out doc(String indent, @Nullable String comment) {
    if (comment == null) {
      return this;
    }
    if (DocText.needsEscape(comment)) {
      text.append(indent).append("/// ").append(DocText.encode(comment)).append('\n');
      return this;
    }
    for (String l : comment.split("\n", -1)) {
      text.append(indent).append(l.isEmpty() ? "///" : "/// " + l).append('\n');
    }
    return this;
  }

  /** Rows padded into aligned columns; empty trailing cells are left out. */
  Out rows(String indent, List<Row> rows) {
    int cols = 0;
    for (Row r : rows) {
      cols = Math.max(cols, r.cells().size());
    }
    int[] width = new int[cols];
    for (Row r : rows) {
      List<String> c = r.cells();
      for (int i = 0; i < c.size(); i++) {
        if (!rest(c, i + 1).isEmpty()) {
          width[i] = Math.max(width[i], c.get(i).length());
        }
      }
    }
    for (Row r : rows) {
      doc(indent, r.doc());
      List<String> c = r.cells();
      StringBuilder l = new StringBuilder(indent);
      for (int i = 0; i < c.size(); i++) {
        l.append(c.get(i));
        if (rest(c, i + 1).isEmpty()) {
          break;
        }
        l.append(" ".repeat(width[i] - c.get(i).length() + 1));
      }
      text.append(l).append('\n');
    }
    return this;
  }

  private static String rest(List<String> cells, int from) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < cells.size(); i++) {
      out.append(cells.get(i));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
