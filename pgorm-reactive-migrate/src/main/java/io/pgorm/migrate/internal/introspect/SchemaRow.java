package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.joinComment;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;

import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/** A user schema other than {@code public} (which every database has). */
record SchemaRow(String name, @Nullable String comment) {

  static final String SQL =
      "SELECT n.nspname::text AS name, d.description AS comment FROM pg_namespace n"
          + joinComment("d", "pg_namespace", "n.oid", "0")
          + " WHERE n.nspname <> 'public' AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_namespace", "n.oid")
          + " ORDER BY n.nspname";

  static SchemaRow from(Row r) {
    return new SchemaRow(Rows.text(r, "name"), Rows.optText(r, "comment"));
  }
}
