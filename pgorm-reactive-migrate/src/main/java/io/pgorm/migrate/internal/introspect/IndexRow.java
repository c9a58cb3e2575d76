package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.visibleName;

import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index, per key position: {@code columns} (empty for an expression), {@code texts} (the key as
 * the server prints it), {@code options} (DESC and NULLS FIRST bits), {@code collations}, {@code
 * opclasses}, {@code opclassOptions}; positions from {@code keyCount} on are INCLUDE columns.
 * {@code definition} is the whole {@code pg_get_indexdef}, which shows collations and operator
 * classes only where they are not the defaults.
 */
record IndexRow(
    long relation,
    long oid,
    String name,
    String method,
    boolean unique,
    boolean nullsNotDistinct,
    int keyCount,
    List<String> columns,
    List<String> texts,
    List<Integer> options,
    List<String> collations,
    List<String> opclasses,
    List<String> opclassOptions,
    String definition,
    @Nullable String predicate,
    List<String> storage,
    boolean backsConstraint,
    boolean inherited,
    @Nullable String comment) {

  static final String SQL =
      "SELECT x.indrelid::int8 AS rel, x.indexrelid::int8 AS oid, ic.relname::text AS name,"
          + " am.amname::text AS method, x.indisunique AS is_unique,"
          + " x.indnullsnotdistinct AS nulls_not_distinct, x.indnkeyatts::int AS key_count,"
          + " ARRAY(SELECT coalesce((SELECT a.attname::text FROM pg_attribute a"
          + " WHERE a.attrelid = x.indrelid AND a.attnum = k.num), '')"
          + " FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(num, ord) ORDER BY k.ord) AS columns,"
          + " ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, false)"
          + " FROM generate_series(1, x.indnatts) k) AS texts,"
          + " ARRAY(SELECT o::int FROM unnest(x.indoption::int2[]) WITH ORDINALITY k(o, ord)"
          + " ORDER BY k.ord) AS options,"
          // Scalar look-ups per key: a join would hash all of pg_collation once per index.
          + " ARRAY(SELECT coalesce((SELECT "
          + visibleName("cn.nspname", "co.collname")
          + " FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace"
          + " WHERE co.oid = k.coll), '')"
          + " FROM unnest(x.indcollation::oid[]) WITH ORDINALITY k(coll, ord) ORDER BY k.ord)"
          + " AS collations,"
          + " ARRAY(SELECT coalesce((SELECT "
          + visibleName("opn.nspname", "op.opcname")
          + " FROM pg_opclass op JOIN pg_namespace opn ON opn.oid = op.opcnamespace"
          + " WHERE op.oid = k.opc), '')"
          + " FROM unnest(x.indclass::oid[]) WITH ORDINALITY k(opc, ord) ORDER BY k.ord)"
          + " AS opclasses,"
          + " ARRAY(SELECT coalesce(array_to_string(ia.attoptions, ','), '') FROM pg_attribute ia"
          + " WHERE ia.attrelid = x.indexrelid AND ia.attnum > 0"
          + " ORDER BY ia.attnum) AS opclass_options,"
          + " pg_get_indexdef(x.indexrelid, 0, false) AS definition,"
          + " pg_get_expr(x.indpred, x.indrelid) AS predicate,"
          + " coalesce(ic.reloptions, '{}')::text[] AS storage,"
          + " k.conindid IS NOT NULL AS backs_constraint,"
          + " EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid) AS inherited,"
          + " d.description AS comment"
          + " FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid"
          + " JOIN pg_am am ON am.oid = ic.relam"
          + " JOIN pg_namespace n ON n.oid = ic.relnamespace"
          // pg_constraint has no index on conindid: join it once rather than scan it per index
          + " LEFT JOIN (SELECT DISTINCT conindid, conrelid FROM pg_constraint"
          + " WHERE contype IN ('p', 'u', 'x')) k"
          + " ON k.conindid = x.indexrelid AND k.conrelid = x.indrelid"
          + joinComment("d", "pg_class", "x.indexrelid", "0")
          + " WHERE "
          + inScope("n.nspname")
          + " ORDER BY x.indrelid, ic.relname";

  static IndexRow from(Row r) {
    return new IndexRow(
        Rows.int8(r, "rel"),
        Rows.int8(r, "oid"),
        Rows.text(r, "name"),
        Rows.text(r, "method"),
        Rows.bool(r, "is_unique"),
        Rows.bool(r, "nulls_not_distinct"),
        Rows.int4(r, "key_count"),
        Rows.texts(r, "columns"),
        Rows.texts(r, "texts"),
        Rows.ints(r, "options"),
        Rows.texts(r, "collations"),
        Rows.texts(r, "opclasses"),
        Rows.texts(r, "opclass_options"),
        Rows.text(r, "definition"),
        Rows.optText(r, "predicate"),
        Rows.texts(r, "storage"),
        Rows.bool(r, "backs_constraint"),
        Rows.bool(r, "inherited"),
        Rows.optText(r, "comment"));
  }
}
