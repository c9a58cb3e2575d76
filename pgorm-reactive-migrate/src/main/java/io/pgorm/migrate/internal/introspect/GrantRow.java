package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;

import io.r2dbc.spi.Row;

/**
 * One privilege on one object to one grantee ({@code ""} for PUBLIC), from the object's ACL. Not
 * read: what the owner has, and PostgreSQL's defaults for PUBLIC (EXECUTE on functions, USAGE on
 * types and on schema {@code public}). {@code allCount} is how many privileges {@code ALL} is for
 * that kind of object on this server.
 */
record GrantRow(
    String kind,
    String schema,
    String name,
    String grantee,
    String privilege,
    boolean grantable,
    int allCount) {

  static final String SQL =
      "WITH objs AS ("
          + "SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,"
          + " n.nspname AS schema, c.relname::text AS name, c.relacl AS acl, c.relowner AS owner,"
          + " CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END AS acltype"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL"
          + " AND NOT c.relispartition AND "
          + notInExtension("pg_class", "c.oid")
          + " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,"
          + " n.nspname, p.proname || '(' || oidvectortypes(p.proargtypes) || ')', p.proacl,"
          + " p.proowner, 'f'"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " WHERE p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL AND "
          + notInExtension("pg_proc", "p.oid")
          + " UNION ALL SELECT 'SCHEMA', n.nspname, n.nspname::text, n.nspacl, n.nspowner, 'n'"
          + " FROM pg_namespace n WHERE n.nspacl IS NOT NULL AND "
          + notInExtension("pg_namespace", "n.oid")
          + " UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,"
          + " n.nspname, t.typname::text, t.typacl, t.typowner, 'T'"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE t.typacl IS NOT NULL AND t.typtype IN ('e', 'd', 'c') AND "
          + notInExtension("pg_type", "t.oid")
          + ")"
          + " SELECT o.kind, o.schema::text AS schema, o.name, coalesce(r.rolname::text, '') AS grantee,"
          + " a.privilege_type AS privilege, a.is_grantable AS grantable,"
          + " (SELECT count(*) FROM aclexplode(acldefault(o.acltype::\"char\", o.owner)) z"
          + " WHERE z.grantee = o.owner)::int AS all_count"
          + " FROM objs o CROSS JOIN LATERAL aclexplode(o.acl) a"
          + " LEFT JOIN pg_roles r ON r.oid = a.grantee"
          + " WHERE a.grantee <> o.owner AND NOT (a.grantee = 0 AND o.acltype IN ('f', 'T'))"
          + " AND NOT (a.grantee = 0 AND o.kind = 'SCHEMA' AND o.name = 'public') AND "
          + inScope("o.schema")
          + " ORDER BY o.kind COLLATE \"C\", o.schema, o.name COLLATE \"C\","
          + " coalesce(r.rolname::text, '') COLLATE \"C\", a.is_grantable, a.privilege_type";

  static GrantRow from(Row r) {
    return new GrantRow(
        Rows.text(r, "kind"),
        Rows.text(r, "schema"),
        Rows.text(r, "name"),
        Rows.text(r, "grantee"),
        Rows.text(r, "privilege"),
        Rows.bool(r, "grantable"),
        Rows.int4(r, "all_count"));
  }
}
