package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;

import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A constraint of a table ({@code relation} set) or a domain ({@code domain} set). {@code cloned}:
 * copied from a partitioned parent; {@code local}: declared here, not only inherited.
 */
record ConstraintRow(
    long relation,
    long domain,
    String name,
    String kind,
    boolean deferrable,
    boolean deferred,
    List<String> columns,
    @Nullable String refSchema,
    @Nullable String refTable,
    List<String> refColumns,
    List<String> onDeleteColumns,
    String onUpdate,
    String onDelete,
    String match,
    @Nullable String expression,
    boolean noInherit,
    boolean local,
    boolean cloned,
    @Nullable Long index,
    List<String> operators,
    @Nullable String comment) {

  static final String SQL =
      "SELECT co.conrelid::int8 AS rel, co.contypid::int8 AS domain, co.conname::text AS name,"
          + " co.contype::text AS kind, co.condeferrable AS deferrable, co.condeferred AS deferred,"
          + " ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY k(num, ord)"
          + " JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num"
          + " ORDER BY k.ord) AS columns,"
          + " fn.nspname::text AS ref_schema, fc.relname::text AS ref_table,"
          + " ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(num, ord)"
          + " JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num"
          + " ORDER BY k.ord) AS ref_columns,"
          + " ARRAY(SELECT a.attname::text FROM unnest(co.confdelsetcols) WITH ORDINALITY k(num, ord)"
          + " JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num"
          + " ORDER BY k.ord) AS on_delete_columns,"
          + " co.confupdtype::text AS on_update, co.confdeltype::text AS on_delete,"
          + " co.confmatchtype::text AS match, pg_get_expr(co.conbin, co.conrelid) AS expr,"
          + " co.connoinherit AS no_inherit, co.conislocal AS local,"
          + " co.conparentid <> 0 AS cloned,"
          + " CASE WHEN co.contype IN ('p', 'u', 'x') THEN co.conindid::int8 END AS index,"
          + " ARRAY(SELECT o.oprname::text FROM unnest(co.conexclop) WITH ORDINALITY k(op, ord)"
          + " JOIN pg_operator o ON o.oid = k.op ORDER BY k.ord) AS operators,"
          + " d.description AS comment"
          + " FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace"
          + " LEFT JOIN pg_class fc ON fc.oid = co.confrelid"
          + " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
          + joinComment("d", "pg_constraint", "co.oid", "0")
          + " WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND "
          + inScope("n.nspname")
          + " ORDER BY co.conrelid, co.contypid, co.conname";

  static ConstraintRow from(Row r) {
    return new ConstraintRow(
        Rows.int8(r, "rel"),
        Rows.int8(r, "domain"),
        Rows.text(r, "name"),
        Rows.text(r, "kind"),
        Rows.bool(r, "deferrable"),
        Rows.bool(r, "deferred"),
        Rows.texts(r, "columns"),
        Rows.optText(r, "ref_schema"),
        Rows.optText(r, "ref_table"),
        Rows.texts(r, "ref_columns"),
        Rows.texts(r, "on_delete_columns"),
        Rows.text(r, "on_update"),
        Rows.text(r, "on_delete"),
        Rows.text(r, "match"),
        Rows.optText(r, "expr"),
        Rows.bool(r, "no_inherit"),
        Rows.bool(r, "local"),
        Rows.bool(r, "cloned"),
        Rows.optInt8(r, "index"),
        Rows.texts(r, "operators"),
        Rows.optText(r, "comment"));
  }
}
