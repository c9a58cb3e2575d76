package io.pgorm.migrate.internal.introspect;

import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/** A role and its comment; the assembler keeps those that policies and grants name. */
record RoleRow(String name, @Nullable String comment) {

  static final String SQL =
      "SELECT r.rolname::text AS name, d.description AS comment FROM pg_roles r"
          + " LEFT JOIN pg_shdescription d ON d.objoid = r.oid"
          + " AND d.classoid = 'pg_authid'::regclass"
          + " WHERE r.rolname NOT LIKE 'pg\\_%' ORDER BY r.rolname";

  static RoleRow from(Row r) {
    return new RoleRow(Rows.text(r, "name"), Rows.optText(r, "comment"));
  }
}
