package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeColumns;
import static io.pgorm.migrate.internal.introspect.CatalogSql.typeJoins;
import static io.pgorm.migrate.internal.introspect.CatalogSql.visibleName;

import io.pgorm.schema.ir.TypeRef;
import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/**
 * A column of a table (not of a partition, whose columns are its parent's) or an attribute of a
 * composite type. {@code nextvalOfOwned} says the default is {@code nextval} of the sequence {@code
 * ownedSequence} that this column owns: a serial column, if the sequence is a serial's.
 */
record ColumnRow(
    long relation,
    String name,
    TypeRef type,
    boolean notNull,
    String identity,
    String generated,
    @Nullable String expression,
    @Nullable String collation,
    @Nullable Long ownedSequence,
    boolean nextvalOfOwned,
    @Nullable String comment) {

  static final String SQL =
      "SELECT a.attrelid::int8 AS rel, a.attname::text AS name, "
          + typeColumns("t", "a.atttypmod")
          + ", a.attndims::int AS dims, a.attnotnull AS not_null,"
          + " a.attidentity::text AS identity, a.attgenerated::text AS generated,"
          + " pg_get_expr(ad.adbin, ad.adrelid) AS expr,"
          + " CASE WHEN a.attcollation <> t.typcollation THEN "
          + visibleName("con.nspname", "co.collname")
          + " END AS collation,"
          + " os.seq AS owned_seq,"
          + " coalesce(os.seq IS NOT NULL AND pg_get_expr(ad.adbin, ad.adrelid) ="
          + " 'nextval(' || quote_literal(os.seq::oid::regclass::text) || '::regclass)', false)"
          + " AS nextval_owned,"
          + " d.description AS comment"
          + " FROM pg_attribute a"
          + " JOIN pg_class c ON c.oid = a.attrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + typeJoins("t", "a.atttypid", false)
          + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
          + " LEFT JOIN pg_collation co ON co.oid = a.attcollation"
          + " LEFT JOIN pg_namespace con ON con.oid = co.collnamespace"
          + " LEFT JOIN LATERAL (SELECT dd.objid::int8 AS seq FROM pg_depend dd"
          + " JOIN pg_class s ON s.oid = dd.objid AND s.relkind = 'S'"
          + " WHERE dd.refclassid = 'pg_class'::regclass AND dd.refobjid = a.attrelid"
          + " AND dd.refobjsubid = a.attnum AND dd.classid = 'pg_class'::regclass"
          + " AND dd.deptype IN ('a', 'i') LIMIT 1) os ON true"
          + joinComment("d", "pg_class", "a.attrelid", "a.attnum")
          + " WHERE a.attnum > 0 AND NOT a.attisdropped"
          + " AND c.relkind IN ('r', 'p', 'c', 'v', 'm') AND NOT c.relispartition AND "
          + inScope("n.nspname")
          + " ORDER BY a.attrelid, a.attnum";

  static ColumnRow from(Row r) {
    return new ColumnRow(
        Rows.int8(r, "rel"),
        Rows.text(r, "name"),
        TypeRefs.read(r, "t", Rows.int4(r, "dims")),
        Rows.bool(r, "not_null"),
        Rows.text(r, "identity"),
        Rows.text(r, "generated"),
        Rows.optText(r, "expr"),
        Rows.optText(r, "collation"),
        Rows.optInt8(r, "owned_seq"),
        Rows.bool(r, "nextval_owned"),
        Rows.optText(r, "comment"));
  }
}
