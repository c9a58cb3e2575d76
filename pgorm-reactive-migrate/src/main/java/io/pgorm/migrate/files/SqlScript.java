package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import io.pgorm.migrate.files.SqlLexer.Token;
import io.pgorm.migrate.history.Checksums;
import java.util.List;

/**
 * One migration file, read and split.
 *
 * @param file where it was read from, for messages: {@code
 *     db/migrations/20250101120000_init/up.sql} or {@code classpath:db/migrations/.../up.sql}
 * @param text its text, with line endings as read
 * @param checksum {@link Checksums#of(String)} of the text
 * @param header what its header comments say
 * @param statements its statements in order
 */
public record SqlScript(
    String file, String text, String checksum, ScriptHeader header, List<SqlStatement> statements) {

  public SqlScript {
    statements = List.copyOf(statements);
  }

  /**
   * Reads an {@code up.sql} ({@code down} false) or {@code down.sql}: header and statements. An
   * irreversible {@code down.sql} is not split: its statements never run.
   *
   * @throws MigrationFileException for a bad directive or an unterminated string or comment
   */
  public static SqlScript parse(String file, String text, boolean down) {
    List<Token> tokens = SqlLexer.tokens(text, file);
    ScriptHeader header = Directives.read(text, tokens, file, down);
    List<SqlStatement> statements =
        header.irreversibleReason() != null
            ? List.of()
            : SqlSplitter.statements(text, tokens, file);
    return new SqlScript(file, text, Checksums.of(text), header, statements);
  }
}
