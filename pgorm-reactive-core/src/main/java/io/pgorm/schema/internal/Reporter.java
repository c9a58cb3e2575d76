package io.pgorm.schema.internal;

import io.pgorm.schema.Diagnostic;
import io.pgorm.schema.SchemaException;
import io.pgorm.schema.internal.ast.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of a run. A second error at the same position is dropped (it is a
 * consequence of the first), and collection stops at {@link #LIMIT} so that a binary file does not
 * produce a wall of text.
 */
public final class Reporter {

  /** The most errors reported for one run. */
  public static final int LIMIT = 50;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private int lastOffset = -1;
  private String lastFile = "";
  private boolean truncated;
  private boolean muted;

  /** While muted, errors are dropped: used while skipping text after an error. */
  public void mute(boolean mute) {
    this.muted = mute;
  }

  /** Reports an error at a position of a source. */
  public void error(Source source, Pos pos, String message) {
    if (muted) {
      return;
    }
    if (pos.offset() == lastOffset && source.file().equals(lastFile)) {
      return;
    }
    lastOffset = pos.offset();
    lastFile = source.file();
    if (diagnostics.size() >= LIMIT) {
      truncated = true;
      return;
    }
    if (!files.contains(source.file())) {
      files.add(source.file());
    }
    diagnostics.add(
        new Diagnostic(source.file(), pos.line(), pos.col(), message, source.line(pos.line())));
  }

  public boolean hasErrors() {
    return !diagnostics.isEmpty();
  }

  public int count() {
    return diagnostics.size();
  }

  public boolean full() {
    return diagnostics.size() >= LIMIT;
  }

  /** Throws a {@link SchemaException} with what was collected, if anything. */
  public void throwIfErrors() {
    if (diagnostics.isEmpty()) {
      return;
    }
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    // Lowering reports in the order it checks; readers want file order.
    out.sort(
        java.util.Comparator.comparingInt((Diagnostic d) -> files.indexOf(d.file()))
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
    if (truncated) {
      Diagnostic last = out.get(out.size() - 1);
      out.set(
          out.size() - 1,
          new Diagnostic(
              last.file(),
              last.line(),
              last.column(),
              last.message() + " (stopped after " + LIMIT + " errors)",
              last.sourceLine()));
    }
    throw new SchemaException(out);
  }
}
