package io.pgorm.cli.internal;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.cli.CliException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Clients for the URLs given on the command line, and waiting for their results. */
public final class Clients {

  private static final Pattern PASSWORD = Pattern.compile("(://[^:/@]*):[^@/]*@");
  private static final Duration WAIT = Duration.ofMinutes(30);

  private Clients() {}

  /** Whether a command-line value is a database URL rather than a file. */
  public static boolean isUrl(String value) {
    return value.startsWith("postgresql://")
        || value.startsWith("postgres://")
        || value.startsWith("r2dbc:postgresql://");
  }

  /**
   * A client for {@code url}, given as option {@code option}; opens nothing yet.
   *
   * @throws CliException if the URL is malformed
   */
  public static PgOrm open(String url, String option) {
    if (!isUrl(url)) {
      throw new CliException(
          "pgorm: "
              + option
              + " "
              + redact(url)
              + " is not a database URL. Hint: postgresql://user@host:5432/database");
    }
    try {
      return PgOrm.create(
          PgOrmConfig.builder()
              .url(url)
              .applicationName("pgorm-cli")
              .minIdle(0)
              .maxSize(2)
              // DDL and CREATE DATABASE are slow by nature; a log line each is noise here.
              .slowStatementThreshold(Duration.ZERO)
              .build());
    } catch (RuntimeException e) {
      throw new CliException("pgorm: " + option + " " + redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** The URL without its password, for messages. */
  public static String redact(String url) {
    return PASSWORD.matcher(url).replaceFirst("$1:***@");
  }

  /** Waits for {@code mono}; its errors are thrown as they are. */
  public static <T> T await(Mono<T> mono, String what) {
    @Nullable T value = mono.block(WAIT);
    if (value == null) {
      throw new IllegalStateException(what + " emitted nothing");
    }
    return value;
  }

  /** Closes a client, ignoring nulls. */
  public static void close(@Nullable PgOrm client) {
    if (client != null) {
      client.close();
    }
  }
}
