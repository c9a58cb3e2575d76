package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.MigrationState;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and writes the history table on the runner's session. */
final class HistoryStore {

  /** A history row to write; the database fills in {@code applied_by} and {@code client}. */
  record Row(
      String version,
      String name,
      String checksum,
      MigrationState state,
      int statements,
      int statementsApplied,
      int noTransactionStatements,
      Duration duration,
      Instant appliedAt,
      @Nullable String schemaHash,
      @Nullable String error) {}

  // What the database cannot know about the runner: which JVM, on which host.
  private static final String RUNNER =
      "pid "
          + ProcessHandle.current().pid()
          + (System.getenv("HOSTNAME") == null ? "" : " on " + System.getenv("HOSTNAME"));

  private static final String COLUMNS =
      "version, name, checksum, state, statements, statements_applied,"
          + " no_transaction_statements, duration_ms, applied_by, client, applied_at, schema_hash,"
          + " error, rolled_back_at";

  private final HistoryTable table;

  HistoryStore(HistoryTable table) {
    this.table = table;
  }

  /** Creates the schema and table if missing; run it under the lock. */
  Mono<Void> ensure(Session s) {
    return Flux.fromIterable(table.createStatements()).concatMap(s::run).then();
  }

  Mono<Boolean> exists(Session s) {
    return s.query(
            "SELECT to_regclass($1) IS NOT NULL",
            r -> r.get(0, Boolean.class),
            table.qualifiedName())
        .single();
  }

  /** Every row, by version. */
  Mono<List<HistoryEntry>> read(Session s) {
    return s.query(
            "SELECT " + COLUMNS + " FROM " + table.qualifiedName() + " ORDER BY version",
            HistoryStore::entry)
        .collectList();
  }

  /** Inserts or replaces the row of {@code row.version()}. */
  Mono<Void> save(Session s, Row row) {
    return save(s, row, "");
  }

  /**
   * As {@link #save(Session, Row)}, with {@code note} after the runner in the {@code client}
   * column: how the row came to be when no runner ran the migration.
   */
  Mono<Void> save(Session s, Row row, String note) {
    return s.update(
        "INSERT INTO "
            + table.qualifiedName()
            + " ("
            + COLUMNS
            + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_user,"
            + " current_setting('application_name') || ' from '"
            + " || coalesce(host(inet_client_addr()), 'a local socket') || ', ' || $9,"
            + " $10, $11, $12, NULL)"
            + " ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name,"
            + " checksum = EXCLUDED.checksum, state = EXCLUDED.state,"
            + " statements = EXCLUDED.statements, statements_applied = EXCLUDED.statements_applied,"
            + " no_transaction_statements = EXCLUDED.no_transaction_statements,"
            + " duration_ms = EXCLUDED.duration_ms, applied_by = EXCLUDED.applied_by,"
            + " client = EXCLUDED.client, applied_at = EXCLUDED.applied_at,"
            + " schema_hash = EXCLUDED.schema_hash, error = EXCLUDED.error, rolled_back_at = NULL",
        row.version(),
        row.name(),
        row.checksum(),
        row.state().code(),
        row.statements(),
        row.statementsApplied(),
        row.noTransactionStatements(),
        row.duration().toMillis(),
        RUNNER + note,
        OffsetDateTime.ofInstant(row.appliedAt(), java.time.ZoneOffset.UTC),
        nullable(row.schemaHash()),
        nullable(row.error()));
  }

  /** Marks a migration rolled back. */
  Mono<Void> rolledBack(Session s, String version, Instant at) {
    return s.update(
        "UPDATE "
            + table.qualifiedName()
            + " SET state = 'rolled_back', rolled_back_at = $2, error = NULL WHERE version = $1",
        version,
        OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
  }

  /** Notes why a migration that failed part-way stopped. */
  Mono<Void> failed(Session s, String version, String error) {
    return s.update(
        "UPDATE " + table.qualifiedName() + " SET error = $2 WHERE version = $1", version, error);
  }

  private static Object nullable(@Nullable String value) {
    return value == null ? new Session.Null(String.class) : value;
  }

  private static HistoryEntry entry(Readable r) {
    OffsetDateTime rolledBack = r.get("rolled_back_at", OffsetDateTime.class);
    return new HistoryEntry(
        str(r, "version"),
        str(r, "name"),
        str(r, "checksum"),
        MigrationState.fromCode(str(r, "state")),
        Objects.requireNonNull(r.get("statements", Integer.class)),
        Objects.requireNonNull(r.get("statements_applied", Integer.class)),
        Objects.requireNonNull(r.get("no_transaction_statements", Integer.class)),
        Duration.ofMillis(Objects.requireNonNull(r.get("duration_ms", Long.class))),
        str(r, "applied_by"),
        str(r, "client"),
        Objects.requireNonNull(r.get("applied_at", OffsetDateTime.class)).toInstant(),
        r.get("schema_hash", String.class),
        r.get("error", String.class),
        rolledBack == null ? null : rolledBack.toInstant());
  }

  private static String str(Readable r, String column) {
    return Objects.requireNonNull(r.get(column, String.class), column);
  }
}
