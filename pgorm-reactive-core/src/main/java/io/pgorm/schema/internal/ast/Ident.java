package io.pgorm.schema.internal.ast;

/**
 * A name as written: {@code account} or {@code "Weird Name"}. Names are exact; nothing is folded.
 *
 * @param text the name, without quotes and with doubled quotes undone
 * @param quoted whether it was written in double quotes
 */
public record Ident(String text, boolean quoted, Pos pos) {

  @Override
  public String toString() {
    return text;
  }
}
