package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;

import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table, partitioned table, view or materialized view. */
record RelationRow(
    long oid,
    String schema,
    String name,
    String kind,
    boolean unlogged,
    boolean rowSecurity,
    boolean rowSecurityForced,
    @Nullable String partitionKey,
    @Nullable String partitionBound,
    @Nullable String parentSchema,
    @Nullable String parentName,
    List<String> options,
    @Nullable String query,
    @Nullable String comment,
    boolean populated) {

  static final String SQL =
      "SELECT c.oid::int8 AS oid, n.nspname::text AS schema, c.relname::text AS name,"
          + " c.relkind::text AS kind, c.relpersistence = 'u' AS unlogged,"
          + " c.relrowsecurity AS rls, c.relforcerowsecurity AS rls_forced,"
          + " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,"
          + " CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound,"
          + " pn.nspname::text AS parent_schema, pc.relname::text AS parent_name,"
          + " coalesce(c.reloptions, '{}')::text[] || ARRAY(SELECT 'toast.' || o"
          + " FROM pg_class tc, unnest(tc.reloptions) o WHERE tc.oid = c.reltoastrelid) AS options,"
          + " CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS query,"
          + " d.description AS comment, c.relispopulated AS populated"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid"
          + " LEFT JOIN pg_class pc ON pc.oid = i.inhparent"
          + " LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace"
          + joinComment("d", "pg_class", "c.oid", "0")
          + " WHERE c.relkind IN ('r', 'p', 'v', 'm') AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_class", "c.oid")
          + " ORDER BY n.nspname, c.relname";

  static RelationRow from(Row r) {
    return new RelationRow(
        Rows.int8(r, "oid"),
        Rows.text(r, "schema"),
        Rows.text(r, "name"),
        Rows.text(r, "kind"),
        Rows.bool(r, "unlogged"),
        Rows.bool(r, "rls"),
        Rows.bool(r, "rls_forced"),
        Rows.optText(r, "partition_key"),
        Rows.optText(r, "bound"),
        Rows.optText(r, "parent_schema"),
        Rows.optText(r, "parent_name"),
        Rows.texts(r, "options"),
        Rows.optText(r, "query"),
        Rows.optText(r, "comment"),
        Rows.bool(r, "populated"));
  }

  boolean isView() {
    return kind.equals("v") || kind.equals("m");
  }
}
