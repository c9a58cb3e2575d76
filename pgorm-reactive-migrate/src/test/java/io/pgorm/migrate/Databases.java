package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;

/** Clients on test databases, and running scripts on them. */
public final class Databases {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private Databases() {}

  public static PgOrm client(TestDatabase db) {
    return PgOrm.create(
        PgOrmConfig.builder()
            .url(db.url())
            .sslMode(SslMode.DISABLE)
            .applicationName("pgorm-migrate-test")
            .maxSize(2)
            .build());
  }

  /** Runs the statements one by one in one transaction; the first failure names its statement. */
  public static void apply(PgOrm db, List<String> statements) {
    db.inTransaction(
            tx ->
                Flux.fromIterable(statements)
                    .concatMap(
                        s ->
                            tx.sql(s)
                                .execute()
                                .onErrorMap(
                                    e ->
                                        new AssertionError("Statement failed: " + s + "\n" + e, e)))
                    .then())
        .block(TIMEOUT);
  }

  /** Runs one SQL text (several statements allowed: no parameters, simple protocol). */
  public static void run(PgOrm db, String sql) {
    db.sql(sql).execute().block(TIMEOUT);
  }

  public static SchemaModel introspect(PgOrm db) {
    SchemaModel m = Introspector.create(db).introspect().block(TIMEOUT);
    if (m == null) {
      throw new AssertionError("introspection emitted nothing");
    }
    return m;
  }

  /** The server's major version: 15 for 15.x. */
  public static int serverMajor(PgOrm db) {
    Integer major =
        db.sql("SELECT current_setting('server_version_num')::int / 10000")
            .first((row, meta) -> row.get(0, Integer.class))
            .block(TIMEOUT);
    return major == null ? 0 : major;
  }

  /** Creates the model in the database from nothing. */
  public static void create(PgOrm db, SchemaModel model) {
    apply(db, CreateScript.statements(model));
  }
}
