package io.pgorm.migrate.run;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A fresh database, a client on it and a migrations directory, for one test: the runner's tests
 * each need a database whose history starts empty.
 */
final class Fixture implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  final TestDatabase database;
  final PgOrm db;
  final Path dir;

  private Fixture(TestDatabase database, Path dir) {
    this.database = database;
    this.db = Databases.client(database);
    this.dir = dir;
  }

  static Fixture create(DatabaseServer server, Path dir) {
    return new Fixture(server.createTestDatabase("migrator"), dir);
  }

  Migrator migrator() {
    return migrator(b -> {});
  }

  Migrator migrator(Consumer<MigratorOptions.Builder> options) {
    MigratorOptions.Builder b = MigratorOptions.builder().location(dir);
    options.accept(b);
    return Migrator.create(db, b.build());
  }

  MigrationReport migrate() {
    return block(migrator().migrate().block(TIMEOUT));
  }

  MigrationStatus status() {
    return block(migrator().status().block(TIMEOUT));
  }

  /** Writes {@code dir/up.sql} (and {@code down.sql} unless null). */
  void write(String name, String up, @Nullable String down) {
    try {
      Path m = Files.createDirectories(dir.resolve(name));
      Files.writeString(m.resolve("up.sql"), up, StandardCharsets.UTF_8);
      if (down != null) {
        Files.writeString(m.resolve("down.sql"), down, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first column of every row, as text. */
  List<String> rows(String sql) {
    return block(
        db.sql(sql).map((row, meta) -> String.valueOf(row.get(0))).collectList().block(TIMEOUT));
  }

  String one(String sql) {
    List<String> rows = rows(sql);
    if (rows.size() != 1) {
      throw new AssertionError("Expected one row from " + sql + ", got " + rows);
    }
    return rows.get(0);
  }

  void run(String sql) {
    Databases.run(db, sql);
  }

  /**
   * Every user object of the database and every history row, one line each, sorted: equal snapshots
   * mean nothing changed.
   */
  String snapshot() {
    String history =
        rows("SELECT to_regclass('pgorm.schema_migrations') IS NOT NULL").get(0).equals("true")
            ? String.join(
                "\n",
                rows("SELECT row_to_json(h)::text FROM pgorm.schema_migrations h ORDER BY version"))
            : "(no history table)";
    return String.join("\n", rows(CATALOG)) + "\n--- history\n" + history;
  }

  private static final String USER_SCHEMAS =
      "(SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema',"
          + " 'pg_toast') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%')";

  private static final String CATALOG =
      "SELECT x FROM ("
          + "SELECT 'schema ' || nspname FROM pg_namespace WHERE oid IN "
          + USER_SCHEMAS
          + " UNION ALL SELECT 'relation ' || c.oid::regclass || ' ' || c.relkind::text || ' '"
          + " || c.relpersistence::text || ' valid=' || coalesce(i.indisvalid::text, '-')"
          + " FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid WHERE relnamespace IN "
          + USER_SCHEMAS
          + " UNION ALL SELECT 'column ' || attrelid::regclass || '.' || attname || ' '"
          + " || format_type(atttypid, atttypmod) || ' ' || attnotnull"
          + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " WHERE attnum > 0 AND NOT attisdropped AND c.relnamespace IN "
          + USER_SCHEMAS
          + " UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)"
          + " FROM pg_constraint WHERE connamespace IN "
          + USER_SCHEMAS
          + " UNION ALL SELECT 'type ' || t.oid::regtype FROM pg_type t WHERE typnamespace IN "
          + USER_SCHEMAS
          + " AND typtype IN ('e', 'c', 'd') AND (typtype <> 'c' OR NOT EXISTS (SELECT 1 FROM"
          + " pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c'))"
          + " UNION ALL SELECT 'enum ' || enumtypid::regtype || ' ' || enumlabel FROM pg_enum"
          + " UNION ALL SELECT 'routine ' || oid::regprocedure FROM pg_proc WHERE pronamespace IN "
          + USER_SCHEMAS
          + ") s(x) ORDER BY x COLLATE \"C\"";

  @Override
  public void close() {
    db.close();
    database.close();
  }

  static <T> T block(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("the Mono completed empty");
    }
    return value;
  }
}
