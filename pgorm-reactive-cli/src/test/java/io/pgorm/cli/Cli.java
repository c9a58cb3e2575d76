package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.schema.ir.SchemaModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

/** Runs {@code pgorm} in this JVM and keeps what it printed; clients for checking results. */
final class Cli {

  String out = "";
  String err = "";

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Pgorm.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    // Bad input and refusals are messages, never a stack trace.
    assertThat(err).doesNotContain("\tat ", "Exception in thread");
    return code;
  }

  static PgOrm client(String url) {
    return PgOrm.create(
        PgOrmConfig.builder()
            .url(url)
            .sslMode(SslMode.DISABLE)
            .applicationName("pgorm-cli-test")
            .maxSize(2)
            .build());
  }

  static void sql(String url, String sql) {
    try (PgOrm db = client(url)) {
      db.sql(sql).execute().block(Duration.ofSeconds(60));
    }
  }

  static <T> T one(String url, String sql, Class<T> type) {
    try (PgOrm db = client(url)) {
      return db.sql(sql).first((row, meta) -> row.get(0, type)).block(Duration.ofSeconds(60));
    }
  }

  static SchemaModel introspect(String url) {
    try (PgOrm db = client(url)) {
      return Introspector.create(db).introspect().block(Duration.ofSeconds(60));
    }
  }
}
