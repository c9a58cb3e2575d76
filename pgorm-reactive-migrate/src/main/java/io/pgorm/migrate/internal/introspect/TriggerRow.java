package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;

import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user trigger: not internal (foreign keys' triggers are) and not a partition's clone of its
 * parent's. {@code type} is {@code tgtype}; {@code args} the hex of {@code tgargs}; {@code
 * definition} the {@code pg_get_triggerdef}, read only for a WHEN condition.
 */
record TriggerRow(
    long relation,
    String name,
    int type,
    List<String> updateOf,
    String args,
    int argCount,
    @Nullable String oldTable,
    @Nullable String newTable,
    boolean constraint,
    boolean deferrable,
    boolean deferred,
    String functionSchema,
    String functionName,
    @Nullable String definition,
    @Nullable String comment,
    @Nullable String fromSchema,
    @Nullable String fromTable) {

  static final String SQL =
      "SELECT t.tgrelid::int8 AS rel, t.tgname::text AS name, t.tgtype::int AS type,"
          + " ARRAY(SELECT a.attname::text FROM unnest(t.tgattr::int2[]) WITH ORDINALITY k(num, ord)"
          + " JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.num"
          + " ORDER BY k.ord) AS update_of,"
          + " encode(t.tgargs, 'hex') AS args, t.tgnargs::int AS nargs,"
          + " t.tgoldtable::text AS old_table, t.tgnewtable::text AS new_table,"
          + " t.tgconstraint <> 0 AS is_constraint, t.tgdeferrable AS deferrable,"
          + " t.tginitdeferred AS deferred,"
          + " fn.nspname::text AS function_schema, f.proname::text AS function_name,"
          + " CASE WHEN t.tgqual IS NOT NULL THEN pg_get_triggerdef(t.oid) END AS definition,"
          + " d.description AS comment,"
          + " rn.nspname::text AS from_schema, rc.relname::text AS from_table"
          + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
          + " LEFT JOIN pg_class rc ON rc.oid = t.tgconstrrelid"
          + " LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_proc f ON f.oid = t.tgfoid"
          + " JOIN pg_namespace fn ON fn.oid = f.pronamespace"
          + joinComment("d", "pg_trigger", "t.oid", "0")
          + " WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND "
          + inScope("n.nspname")
          + " ORDER BY t.tgrelid, t.tgname";

  static TriggerRow from(Row r) {
    return new TriggerRow(
        Rows.int8(r, "rel"),
        Rows.text(r, "name"),
        Rows.int4(r, "type"),
        Rows.texts(r, "update_of"),
        Rows.text(r, "args"),
        Rows.int4(r, "nargs"),
        Rows.optText(r, "old_table"),
        Rows.optText(r, "new_table"),
        Rows.bool(r, "is_constraint"),
        Rows.bool(r, "deferrable"),
        Rows.bool(r, "deferred"),
        Rows.text(r, "function_schema"),
        Rows.text(r, "function_name"),
        Rows.optText(r, "definition"),
        Rows.optText(r, "comment"),
        Rows.optText(r, "from_schema"),
        Rows.optText(r, "from_table"));
  }
}
