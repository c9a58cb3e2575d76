package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;

import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/**
 * A sequence with its settings and owner: {@code ownerKind} {@code a} for a column that owns it
 * (serial or {@code OWNED BY}), {@code i} for an identity column, empty when none.
 */
record SequenceRow(
    long oid,
    String schema,
    String name,
    String type,
    long start,
    long increment,
    long min,
    long max,
    long cache,
    boolean cycle,
    String ownerKind,
    @Nullable String ownerTable,
    @Nullable String ownerColumn,
    @Nullable String comment) {

  static final String SQL =
      "SELECT c.oid::int8 AS oid, n.nspname::text AS schema, c.relname::text AS name,"
          + " format_type(s.seqtypid, NULL) AS type, s.seqstart AS start,"
          + " s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,"
          + " s.seqcache AS cache, s.seqcycle AS cycle,"
          + " coalesce(dep.deptype::text, '') AS owner_kind, oc.relname::text AS owner_table,"
          + " oa.attname::text AS owner_column, d.description AS comment"
          + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid"
          + " AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0"
          + " AND dep.deptype IN ('a', 'i')"
          + " LEFT JOIN pg_class oc ON oc.oid = dep.refobjid"
          + " LEFT JOIN pg_attribute oa ON oa.attrelid = dep.refobjid"
          + " AND oa.attnum = dep.refobjsubid"
          + joinComment("d", "pg_class", "c.oid", "0")
          + " WHERE "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_class", "c.oid")
          + " ORDER BY n.nspname, c.relname";

  static SequenceRow from(Row r) {
    return new SequenceRow(
        Rows.int8(r, "oid"),
        Rows.text(r, "schema"),
        Rows.text(r, "name"),
        Rows.text(r, "type"),
        Rows.int8(r, "start"),
        Rows.int8(r, "increment"),
        Rows.int8(r, "min"),
        Rows.int8(r, "max"),
        Rows.int8(r, "cache"),
        Rows.bool(r, "cycle"),
        Rows.text(r, "owner_kind"),
        Rows.optText(r, "owner_table"),
        Rows.optText(r, "owner_column"),
        Rows.optText(r, "comment"));
  }
}
