package io.pgorm.schema.internal.ast;

/**
 * A position in a schema file.
 *
 * @param offset 0-based char offset
 * @param line 1-based line
 * @param col 1-based column in code points
 */
public record Pos(int offset, int line, int col) {

  /** The start of a file. */
  public static final Pos START = new Pos(0, 1, 1);
}
