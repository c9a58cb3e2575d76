package io.pgorm.migrate.files;

/**
 * One statement of a migration file, as the runner sends it: on its own, never batched with others
 * (a string of several statements runs as one implicit transaction, in which {@code CREATE INDEX
 * CONCURRENTLY} fails).
 *
 * @param sql the statement without its terminating semicolon, from its first token to its last
 *     (comments before it are not part of it)
 * @param line the line of the file it starts on, from 1
 * @param noTransaction the statement cannot run in a transaction block ({@code CREATE INDEX
 *     CONCURRENTLY}, {@code VACUUM}, ...): the runner commits what came before and runs it alone
 * @param commitAfter the statement's effect cannot be used before it commits ({@code ALTER TYPE ...
 *     ADD VALUE}, SQLSTATE 55P04): the runner commits right after it
 */
public record SqlStatement(String sql, int line, boolean noTransaction, boolean commitAfter) {

  /** The statement on one line, cut after {@code max} characters with an ellipsis: for messages. */
  public String abbreviated(int max) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }
}
