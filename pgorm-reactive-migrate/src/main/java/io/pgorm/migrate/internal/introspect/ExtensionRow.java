package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;

import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/**
 * An extension. Those in {@code pg_catalog} ({@code plpgsql}, which every database has) are not
 * read; a comment equal to the one the extension's control file sets is not the user's.
 */
record ExtensionRow(String name, String schema, String version, @Nullable String comment) {

  static final String SQL =
      "SELECT e.extname::text AS name, n.nspname::text AS schema, e.extversion AS version,"
          + " nullif(d.description, a.comment) AS comment"
          + " FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
          + " LEFT JOIN pg_available_extensions a ON a.name = e.extname"
          + joinComment("d", "pg_extension", "e.oid", "0")
          + " WHERE n.nspname <> 'pg_catalog' AND ($1::text[] IS NULL OR n.nspname = ANY($1::text[]))"
          + " ORDER BY e.extname";

  static ExtensionRow from(Row r) {
    return new ExtensionRow(
        Rows.text(r, "name"),
        Rows.text(r, "schema"),
        Rows.text(r, "version"),
        Rows.optText(r, "comment"));
  }
}
