package io.pgorm.schema;

import io.pgorm.error.PgOrmException;
import java.util.List;

/**
 * A schema file could not be parsed or is invalid. Carries every problem found in one run, in file
 * and position order; the message is their {@linkplain Diagnostic#format() formatted} text followed
 * by a count line, ready to print to a user as is.
 */
public final class SchemaException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records; never serialized in practice
  private final List<Diagnostic> diagnostics;

  /**
   * @param diagnostics the problems, at least one
   * @throws IllegalArgumentException if {@code diagnostics} is empty
   */
  public SchemaException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems found, in the order they are reported; never empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a SchemaException needs at least one diagnostic");
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.format()).append('\n');
    }
    int n = diagnostics.size();
    out.append(n).append(n == 1 ? " error" : " errors");
    return out.toString();
  }
}
