package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeColumns;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeJoins;

import io.pgorm.schema.ir.TypeRef;
import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A function or procedure (aggregates and window functions are not read). Per argument: {@code
 * modes} (empty when all are IN), {@code names}, {@code defaults} (empty string for none); the
 * types come from {@link RoutineArgRow}. {@code body} is {@code prosrc}, or the SQL-standard body.
 */
record RoutineRow(
    long oid,
    String schema,
    String name,
    String kind,
    String identity,
    List<String> modes,
    List<String> names,
    List<String> defaults,
    TypeRef returnType,
    boolean setOf,
    String language,
    String volatility,
    boolean strict,
    boolean securityDefiner,
    String parallel,
    List<String> settings,
    String body,
    @Nullable String comment,
    boolean leakproof,
    String cost,
    String rows) {

  static final String SQL =
      "SELECT p.oid::int8 AS oid, n.nspname::text AS schema, p.proname::text AS name,"
          + " p.prokind::text AS kind, pg_get_function_identity_arguments(p.oid) AS identity,"
          + " coalesce(p.proargmodes::text[], '{}') AS modes,"
          + " coalesce(p.proargnames, '{}')::text[] AS names,"
          + " ARRAY(SELECT coalesce(pg_get_function_arg_default(p.oid, k), '')"
          + " FROM generate_series(1, coalesce(array_length(p.proallargtypes, 1), p.pronargs)) k)"
          + " AS defaults, "
          + typeColumns("r", "NULL")
          + ", p.proretset AS setof, l.lanname::text AS language,"
          + " p.provolatile::text AS volatility, p.proisstrict AS strict,"
          + " p.prosecdef AS security_definer, p.proparallel::text AS parallel,"
          + " coalesce(p.proconfig, '{}') AS settings,"
          + " CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid)"
          + " ELSE p.prosrc END AS body,"
          + " d.description AS comment,"
          + " p.proleakproof AS leakproof, p.procost::text AS cost, p.prorows::text AS rows"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " JOIN pg_language l ON l.oid = p.prolang"
          + typeJoins("r", "p.prorettype", false)
          + joinComment("d", "pg_proc", "p.oid", "0")
          + " WHERE p.prokind IN ('f', 'p') AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_proc", "p.oid")
          + " ORDER BY n.nspname, p.proname,"
          + " pg_get_function_identity_arguments(p.oid) COLLATE \"C\"";

  static RoutineRow from(Row r) {
    return new RoutineRow(
        Rows.int8(r, "oid"),
        Rows.text(r, "schema"),
        Rows.text(r, "name"),
        Rows.text(r, "kind"),
        Rows.text(r, "identity"),
        Rows.texts(r, "modes"),
        Rows.texts(r, "names"),
        Rows.texts(r, "defaults"),
        TypeRefs.read(r, "r", 0),
        Rows.bool(r, "setof"),
        Rows.text(r, "language"),
        Rows.text(r, "volatility"),
        Rows.bool(r, "strict"),
        Rows.bool(r, "security_definer"),
        Rows.text(r, "parallel"),
        Rows.texts(r, "settings"),
        Rows.text(r, "body"),
        Rows.optText(r, "comment"),
        Rows.bool(r, "leakproof"),
        Rows.text(r, "cost"),
        Rows.text(r, "rows"));
  }
}
