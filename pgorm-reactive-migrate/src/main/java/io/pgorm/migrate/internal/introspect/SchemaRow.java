package io.pgorm.migrate.internal.introspect;

import static io.pgorm.migrate.internal.introspect.CatalogSql.inScope;
import static io.pgorm.migrate.internal.introspect.CatalogSql.notInExtension;

import io.r2dbc.spi.Row;

/** A user schema other than {@code public} (which every database has). */
record SchemaRow(String name) {

  static final String SQL =
      "SELECT n.nspname::text AS name FROM pg_namespace n WHERE n.nspname <> 'public' AND "
          + inScope("n.nspname")
          + " AND "
          + notInExtension("pg_namespace", "n.oid")
          + " ORDER BY n.nspname";

  static SchemaRow from(Row r) {
    return new SchemaRow(Rows.text(r, "name"));
  }
}
