package io.pgorm.schema;

import io.pgorm.schema.internal.PgKeywords;
import org.jspecify.annotations.Nullable;

/**
 * SQL identifiers, written and read as PostgreSQL does: {@link #quote} follows the server's {@code
 * quote_ident}, so DDL rendered here, the IR's SQL text and the server's own catalog output (which
 * quotes with the same rule) spell a name alike.
 */
public final class Identifiers {

  private Identifiers() {}

  /**
   * {@code name} as is where the server's {@code quote_ident} leaves it bare, else in double quotes
   * with inner quotes doubled: {@code account}, {@code "Account"}, {@code "order"}, {@code "a$"}.
   */
  public static String quote(String name) {
    return isBare(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * Whether {@code quote_ident} leaves {@code name} unquoted: lower-case ASCII letters, digits and
   * {@code _}, not starting with a digit, and not a keyword other than an unreserved one.
   */
  public static boolean isBare(String name) {
    return PgKeywords.readsAsName(name) && name.indexOf('$') < 0 && !PgKeywords.needsQuoting(name);
  }

  /**
   * The name one SQL identifier stands for ({@code room} and {@code "room"} both stand for room,
   * {@code "Room"} for Room), or null when {@code sql} is other SQL (an expression, a reserved
   * word, a malformed quoted name). Reading is looser than {@link #quote}: a bare name with {@code
   * $} or spelled like a non-reserved keyword is read as the name PostgreSQL reads it as.
   */
  public static @Nullable String nameOf(String sql) {
    if (sql.length() >= 2 && sql.startsWith("\"") && sql.endsWith("\"")) {
      String inner = sql.substring(1, sql.length() - 1);
      return inner.replace("\"\"", "").contains("\"") ? null : inner.replace("\"\"", "\"");
    }
    return PgKeywords.readsAsName(sql) ? sql : null;
  }
}
