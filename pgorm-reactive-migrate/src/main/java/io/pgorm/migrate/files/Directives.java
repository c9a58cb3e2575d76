package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import io.pgorm.migrate.files.SqlLexer.Token;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header comments a migration file may start with, one per line, before its first statement:
 *
 * <ul>
 *   <li>{@code -- pgorm:schema-hash <sha256>} (up.sql): the {@link
 *       io.pgorm.migrate.history.SchemaHash} of the schema the migration was planned against. The
 *       runner checks it before applying the migration and refuses when the database's schema is
 *       different.
 *   <li>{@code -- pgorm:irreversible <reason>} (down.sql): the migration cannot be rolled back;
 *       {@code down} refuses it with the reason. A migration without {@code down.sql} is
 *       irreversible too.
 *   <li>{@code -- pgorm:no-transaction}: run each statement of the file on its own, committed at
 *       once (for statements the runner cannot recognise as needing it, e.g. {@code CALL} of a
 *       procedure that commits).
 *   <li>{@code -- pgorm:lock-timeout <n>[ms|s|min]}: {@code lock_timeout} for the file's
 *       statements, instead of the runner's.
 * </ul>
 *
 * A {@code -- pgorm:} comment anywhere else, an unknown directive or a malformed value is an error,
 * so that a typo does not silently change how a migration runs. The methods below write the
 * directives, for tools that generate migration files.
 */
public final class Directives {

  /** How every directive starts. */
  public static final String PREFIX = "-- pgorm:";

  private static final Pattern DIRECTIVE = Pattern.compile("--\\s*pgorm:(\\S*)\\s*(.*?)\\s*");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern TIMEOUT = Pattern.compile("(\\d+)\\s*(ms|s|min)?");

  private Directives() {}

  /** {@code -- pgorm:schema-hash <hash>}. */
  public static String schemaHash(String hash) {
    return PREFIX + "schema-hash " + hash;
  }

  /** {@code -- pgorm:irreversible <reason>}; the reason should say what cannot be restored. */
  public static String irreversible(String reason) {
    return PREFIX + "irreversible " + reason.replaceAll("\\s+", " ").strip();
  }

  /** {@code -- pgorm:no-transaction}. */
  public static String noTransaction() {
    return PREFIX + "no-transaction";
  }

  /** {@code -- pgorm:lock-timeout <n>ms}. */
  public static String lockTimeout(Duration timeout) {
    return PREFIX + "lock-timeout " + timeout.toMillis() + "ms";
  }

  /** Reads the header of a file from its tokens; {@code down} says which file it is. */
  static ScriptHeader read(String text, List<Token> tokens, String file, boolean down) {
    String irreversible = null;
    String hash = null;
    boolean noTransaction = false;
    Duration lockTimeout = null;
    boolean inHeader = true;
    for (Token t : tokens) {
      if (!t.isComment()) {
        inHeader = false;
        continue;
      }
      Matcher m = DIRECTIVE.matcher(text.substring(t.start(), t.end()));
      if (t.kind() != SqlLexer.Kind.LINE_COMMENT || !m.matches()) {
        continue;
      }
      if (!inHeader) {
        throw error(file, t, "a directive must come before the first statement", null);
      }
      String name = m.group(1);
      String value = m.group(2);
      switch (name) {
        case "irreversible" -> {
          if (!down) {
            throw error(file, t, "pgorm:irreversible belongs in down.sql", null);
          }
          irreversible = value.isEmpty() ? "no reason given" : value;
        }
        case "schema-hash" -> {
          if (down || !HASH.matcher(value).matches()) {
            throw error(
                file, t, "pgorm:schema-hash takes 64 lower-case hex digits, in up.sql", value);
          }
          hash = value;
        }
        case "no-transaction" -> noTransaction = true;
        case "lock-timeout" -> lockTimeout = timeout(file, t, value);
        default -> throw error(file, t, "unknown directive pgorm:" + name, null);
      }
    }
    return new ScriptHeader(irreversible, hash, noTransaction, lockTimeout);
  }

  private static Duration timeout(String file, Token t, String value) {
    Matcher m = TIMEOUT.matcher(value.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw error(file, t, "pgorm:lock-timeout takes a number with ms, s or min", value);
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2);
    return switch (unit) {
      case "s" -> Duration.ofSeconds(n);
      case "min" -> Duration.ofMinutes(n);
      default -> Duration.ofMillis(n);
    };
  }

  private static MigrationFileException error(
      String file, Token t, String problem, @Nullable String value) {
    return new MigrationFileException(
        file
            + " line "
            + t.line()
            + ": "
            + problem
            + (value == null ? "" : ", not \"" + value + "\"")
            + ". Hint: the directives are -- pgorm:schema-hash, -- pgorm:irreversible,"
            + " -- pgorm:no-transaction and -- pgorm:lock-timeout, each on a line of its own at"
            + " the top of the file.",
        file,
        t.line());
  }
}
