package io.pgorm.migrate.internal.introspect;

import io.pgorm.PgOrm;
import io.pgorm.RowMapper;
import io.pgorm.Sql;
import io.pgorm.error.PgOrmException;
import io.pgorm.migrate.introspect.IntrospectionException;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.tx.Isolation;
import io.pgorm.tx.Tx;
import io.pgorm.tx.TxOptions;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Runs the catalog queries in one read-only REPEATABLE READ transaction, so that they all see the
 * same snapshot, with the settings that make the server print expressions the same way every time.
 */
public final class CatalogReader {

  /**
   * {@code search_path} {@code public}: names in {@code public} come back bare, others qualified.
   * Dates, intervals and time zones in printed constants (partition bounds, defaults) are in one
   * fixed style.
   */
  private static final String SETTINGS =
      "SELECT set_config('search_path', 'public', true), set_config('DateStyle', 'ISO, MDY', true),"
          + " set_config('IntervalStyle', 'postgres', true), set_config('TimeZone', 'UTC', true),"
          + " set_config('extra_float_digits', '1', true),"
          + " set_config('quote_all_identifiers', 'off', true),"
          + " current_setting('server_version_num')::int AS version";

  /** The oldest server whose catalog the queries know (indnullsnotdistinct is new in 15). */
  static final int MIN_VERSION = 150000;

  private final PgOrm db;
  private final String @Nullable [] schemas;

  /**
   * @param schemas the schemas to read, or empty for all user schemas
   */
  public CatalogReader(PgOrm db, List<String> schemas) {
    this.db = db;
    this.schemas = schemas.isEmpty() ? null : schemas.toArray(String[]::new);
  }

  /** Cold: each subscription reads the catalog afresh and assembles the IR. */
  public Mono<SchemaModel> read() {
    TxOptions options =
        TxOptions.defaults().withIsolation(Isolation.REPEATABLE_READ).withReadOnly(true);
    return db.inTransaction(options, this::readIn).map(ModelAssembler::assemble);
  }

  private Mono<Catalog> readIn(Tx tx) {
    return tx.sql(SETTINGS)
        .first((row, meta) -> Rows.int4(row, "version"))
        .flatMap(
            version ->
                version < MIN_VERSION
                    ? Mono.error(
                        new IntrospectionException(
                            "Introspection needs PostgreSQL 15 or later; the server is version "
                                + version
                                + ". Hint: upgrade the server, or read the schema of a newer"
                                + " one.",
                            null,
                            null))
                    : Mono.just(version))
        .then(Mono.defer(() -> readAll(tx)));
  }

  /** The queries one after the other on the transaction's connection. */
  private Mono<Catalog> readAll(Tx tx) {
    Parts p = new Parts();
    return list(tx, "schemas", SchemaRow.SQL, SchemaRow::from)
        .doOnNext(v -> p.schemas = v)
        .then(list(tx, "extensions", ExtensionRow.SQL, ExtensionRow::from))
        .doOnNext(v -> p.extensions = v)
        .then(list(tx, "tables and views", RelationRow.SQL, RelationRow::from))
        .doOnNext(v -> p.relations = v)
        .then(list(tx, "columns", ColumnRow.SQL, ColumnRow::from))
        .doOnNext(v -> p.columns = v)
        .then(list(tx, "sequences", SequenceRow.SQL, SequenceRow::from))
        .doOnNext(v -> p.sequences = v)
        .then(list(tx, "constraints", ConstraintRow.SQL, ConstraintRow::from))
        .doOnNext(v -> p.constraints = v)
        .then(list(tx, "indexes", IndexRow.SQL, IndexRow::from))
        .doOnNext(v -> p.indexes = v)
        .then(list(tx, "triggers", TriggerRow.SQL, TriggerRow::from))
        .doOnNext(v -> p.triggers = v)
        .then(list(tx, "policies", PolicyRow.SQL, PolicyRow::from))
        .doOnNext(v -> p.policies = v)
        .then(list(tx, "types", TypeRow.SQL, TypeRow::from))
        .doOnNext(v -> p.types = v)
        .then(list(tx, "routines", RoutineRow.SQL, RoutineRow::from))
        .doOnNext(v -> p.routines = v)
        .then(list(tx, "routine arguments", RoutineArgRow.SQL, RoutineArgRow::from))
        .doOnNext(v -> p.routineArgs = v)
        .then(list(tx, "grants", GrantRow.SQL, GrantRow::from))
        .doOnNext(v -> p.grants = v)
        .then(list(tx, "roles", RoleRow.SQL, RoleRow::from))
        .map(
            roles ->
                new Catalog(
                    p.schemas,
                    p.extensions,
                    p.relations,
                    p.columns,
                    p.sequences,
                    p.constraints,
                    p.indexes,
                    p.triggers,
                    p.policies,
                    p.types,
                    p.routines,
                    p.routineArgs,
                    p.grants,
                    roles));
  }

  /** The results so far of one read (one per subscription; the queries run one at a time). */
  private static final class Parts {
    List<SchemaRow> schemas = List.of();
    List<ExtensionRow> extensions = List.of();
    List<RelationRow> relations = List.of();
    List<ColumnRow> columns = List.of();
    List<SequenceRow> sequences = List.of();
    List<ConstraintRow> constraints = List.of();
    List<IndexRow> indexes = List.of();
    List<TriggerRow> triggers = List.of();
    List<PolicyRow> policies = List.of();
    List<TypeRow> types = List.of();
    List<RoutineRow> routines = List.of();
    List<RoutineArgRow> routineArgs = List.of();
    List<GrantRow> grants = List.of();
  }

  private <T> Mono<List<T>> list(
      Tx tx, String what, String sql, Function<io.r2dbc.spi.Row, T> map) {
    Sql statement = tx.sql(sql);
    if (sql.contains("$1")) {
      statement =
          schemas == null ? statement.bindNull(0, String[].class) : statement.bind(0, schemas);
    }
    RowMapper<T> mapper = (row, meta) -> map.apply(row);
    return statement
        .map(mapper)
        .collectList()
        .onErrorMap(
            e -> !(e instanceof IntrospectionException),
            e ->
                new IntrospectionException(
                    "Introspection failed while reading the "
                        + what
                        + " of the catalog: "
                        + e.getMessage()
                        + (e.getMessage() != null && e.getMessage().contains("Hint:")
                            ? ""
                            : ". Hint: the user needs read access to pg_catalog; a server"
                                + " error here is a bug worth reporting with the server"
                                + " version."),
                    e instanceof PgOrmException p ? p.sqlState() : null,
                    e));
  }
}
