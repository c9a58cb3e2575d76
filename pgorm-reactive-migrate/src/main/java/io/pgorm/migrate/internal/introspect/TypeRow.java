package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeColumns;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeJoins;
import static io.pgorm.migrate.internal.introspect.CatalogSql.visibleName;

import io.pgorm.schema.ir.TypeRef;
import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An enum ({@code kind} e, with {@code labels}), a composite type (c, attributes are the columns of
 * {@code relation}) or a domain (d, over {@code baseType}).
 */
record TypeRow(
    long oid,
    String schema,
    String name,
    String kind,
    long relation,
    List<String> labels,
    @Nullable TypeRef baseType,
    boolean notNull,
    @Nullable String defaultExpression,
    @Nullable String collation,
    @Nullable String comment) {

  static final String SQL =
      "SELECT t.oid::int8 AS oid, n.nspname::text AS schema, t.typname::text AS name,"
          + " t.typtype::text AS kind, t.typrelid::int8 AS rel,"
          + " ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid"
          + " ORDER BY e.enumsortorder) AS labels, "
          + typeColumns("b", "t.typtypmod")
          + ", t.typndims::int AS dims, t.typnotnull AS not_null,"
          + " pg_get_expr(t.typdefaultbin, 0) AS default_expr,"
          + " CASE WHEN t.typtype = 'd' AND t.typcollation <> b.typcollation THEN "
          + visibleName("con.nspname", "co.collname")
          + " END AS collation,"
          + " d.description AS comment"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " LEFT JOIN pg_class c ON c.oid = t.typrelid"
          + typeJoins("b", "t.typbasetype", true)
          + " LEFT JOIN pg_collation co ON co.oid = t.typcollation"
          + " LEFT JOIN pg_namespace con ON con.oid = co.collnamespace"
          + joinComment("d", "pg_type", "t.oid", "0")
          + " WHERE (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND c.relkind = 'c')) AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_type", "t.oid")
          + " ORDER BY n.nspname, t.typname";

  static TypeRow from(Row r) {
    String kind = Rows.text(r, "kind");
    return new TypeRow(
        Rows.int8(r, "oid"),
        Rows.text(r, "schema"),
        Rows.text(r, "name"),
        kind,
        Rows.int8(r, "rel"),
        Rows.texts(r, "labels"),
        kind.equals("d") ? TypeRefs.read(r, "b", Rows.int4(r, "dims")) : null,
        Rows.bool(r, "not_null"),
        Rows.optText(r, "default_expr"),
        Rows.optText(r, "collation"),
        Rows.optText(r, "comment"));
  }
}
