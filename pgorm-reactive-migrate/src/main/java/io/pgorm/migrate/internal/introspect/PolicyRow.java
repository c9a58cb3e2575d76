package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;

import io.r2dbc.spi.Row;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row-level security policy; {@code roles} empty for PUBLIC. */
record PolicyRow(
    long relation,
    String name,
    String command,
    boolean permissive,
    List<String> roles,
    @Nullable String using,
    @Nullable String withCheck,
    @Nullable String comment) {

  static final String SQL =
      "SELECT p.polrelid::int8 AS rel, p.polname::text AS name, p.polcmd::text AS command,"
          + " p.polpermissive AS permissive,"
          + " ARRAY(SELECT r.rolname::text FROM unnest(p.polroles) WITH ORDINALITY k(role, ord)"
          + " JOIN pg_roles r ON r.oid = k.role ORDER BY k.ord) AS roles,"
          + " pg_get_expr(p.polqual, p.polrelid) AS using_expr,"
          + " pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,"
          + " d.description AS comment"
          + " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + joinComment("d", "pg_policy", "p.oid", "0")
          + " WHERE "
          + inScope("n.nspname")
          + " ORDER BY p.polrelid, p.polname";

  static PolicyRow from(Row r) {
    return new PolicyRow(
        Rows.int8(r, "rel"),
        Rows.text(r, "name"),
        Rows.text(r, "command"),
        Rows.bool(r, "permissive"),
        Rows.texts(r, "roles"),
        Rows.optText(r, "using_expr"),
        Rows.optText(r, "check_expr"),
        Rows.optText(r, "comment"));
  }
}
