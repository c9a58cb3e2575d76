package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeColumns;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeJoins;

import io.pgorm.schema.ir.TypeRef;
import io.r2dbc.spi.Row;

/** The type of argument {@code position} (1-based, over all arguments) of a routine. */
record RoutineArgRow(long routine, int position, TypeRef type) {

  static final String SQL =
      "SELECT p.oid::int8 AS routine, k.ord::int AS position, "
          + typeColumns("t", "NULL")
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " CROSS JOIN LATERAL unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))"
          + " WITH ORDINALITY k(typ, ord)"
          + typeJoins("t", "k.typ", false)
          + " WHERE p.prokind IN ('f', 'p') AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_proc", "p.oid")
          + " ORDER BY p.oid, k.ord";

  static RoutineArgRow from(Row r) {
    return new RoutineArgRow(
        Rows.int8(r, "routine"), Rows.int4(r, "position"), TypeRefs.read(r, "t", 0));
  }
}
