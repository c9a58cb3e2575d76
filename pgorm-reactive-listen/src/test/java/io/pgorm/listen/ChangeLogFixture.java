package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;

/**
 * A schema with one table, {@code app.item}, that feeds a change stream — created the way an
 * application gets it: the declared model, expanded and rendered by the migration engine — and the
 * clients, listeners and rows the change-stream tests set up around it.
 */
public final class ChangeLogFixture {

  /** The change-stream table this fixture creates. */
  public static final QualifiedName ITEM = QualifiedName.of("app", "item");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private ChangeLogFixture() {}

  /** A client configuration for the test database without TLS; tests add what they measure. */
  public static PgOrmConfig.Builder config(TestDatabase database) {
    return PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE);
  }

  /** A client with the default configuration. */
  public static PgOrm client(TestDatabase database) {
    return PgOrm.create(config(database).build());
  }

  /** A listener that reconnects within milliseconds, so a dropped session costs a test little. */
  public static PgListener fastListener(PgOrm client) {
    return PgListener.create(
        client,
        ListenerOptions.defaults().withBackoff(Duration.ofMillis(2), Duration.ofMillis(20)));
  }

  /** Empties {@code table}, the change log and the consumers' positions: a test starts clean. */
  public static void empty(PgOrm db, String table) {
    db.sql("TRUNCATE " + table + ", pgorm.change_log, pgorm.change_consumer").execute().block();
  }

  /** Inserts items {@code from} to {@code to} (inclusive), one transaction each. */
  public static void insertItems(PgOrm db, int from, int to) {
    for (int i = from; i <= to; i++) {
      db.sql("INSERT INTO app.item VALUES ($1, 'x')").bind(0, i).execute().block(TIMEOUT);
    }
  }

  public static void install(PgOrm db) {
    Table item =
        Table.of(
                QualifiedName.of("app", "item"),
                List.of(
                    Column.of("id", TypeRef.builtin("integer"), false),
                    Column.of("name", TypeRef.builtin("text"), true)))
            .withPrimaryKey(new PrimaryKey("item_pkey", List.of("id"), List.of(), null, null))
            .withChangeStream(
                new ChangeStream(
                    List.of(
                        ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE)));
    SchemaModel declared =
        SchemaModel.empty().withSchemas(List.of("app")).withTables(List.of(item));
    for (String statement : CreateScript.statements(declared)) {
      db.sql(statement).execute().block();
    }
  }
}
