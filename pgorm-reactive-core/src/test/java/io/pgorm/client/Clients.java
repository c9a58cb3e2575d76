package io.pgorm.client;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Clients on a test database: the defaults a test wants, plus what the test changes. */
final class Clients {

  private Clients() {}

  static PgOrm create(TestDatabase db, UnaryOperator<PgOrmConfig.Builder> custom) {
    return PgOrm.create(custom.apply(builder(db)).build());
  }

  static PgOrmConfig.Builder builder(TestDatabase db) {
    return PgOrmConfig.builder()
        .url(db.url())
        .sslMode(SslMode.DISABLE)
        .applicationName("pgorm-test")
        .acquireTimeout(Duration.ofSeconds(5));
  }

  /** Server processes of {@code db} still inside a transaction ("idle in transaction" etc.). */
  static long openTransactions(PgOrm admin, String database, String applicationName) {
    Long n =
        admin
            .sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2"
                    + " AND xact_start IS NOT NULL AND pid <> pg_backend_pid()")
            .bind(0, database)
            .bind(1, applicationName)
            .first((row, meta) -> row.get(0, Long.class))
            .block(Duration.ofSeconds(5));
    return n == null ? 0 : n;
  }
}
