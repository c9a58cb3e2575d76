package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.changes.ChangeLogObjects;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.Role;

/** Schemas, extensions and roles. */
public final class SchemaDdl {

  private SchemaDdl() {}

  /**
   * {@code CREATE SCHEMA name}; {@code IF NOT EXISTS} for the library's own schema ({@code pgorm}),
   * which the migration runner may have created already for its history table before the first
   * migration adds the change-log objects to it.
   */
  public static String createSchema(String name) {
    return (name.equals(ChangeLogObjects.SCHEMA)
            ? "CREATE SCHEMA IF NOT EXISTS "
            : "CREATE SCHEMA ")
        + quoteIdent(name);
  }

  /** Drops the schema; fails while it still holds objects (no CASCADE here). */
  public static String dropSchema(String name) {
    return "DROP SCHEMA " + quoteIdent(name);
  }

  /**
   * {@code CREATE EXTENSION IF NOT EXISTS}: an extension may already be installed by the database's
   * template or by an administrator, and that is fine.
   */
  public static String createExtension(Extension extension) {
    StringBuilder b = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ");
    b.append(quoteIdent(extension.name()));
    String schema = extension.schema();
    if (schema != null) {
      b.append(" WITH SCHEMA ").append(quoteIdent(schema));
    }
    String version = extension.version();
    if (version != null) {
      b.append(" VERSION ").append(literal(version));
    }
    return b.toString();
  }

  /**
   * {@code ALTER EXTENSION name UPDATE TO 'version'}; runs the extension's update script, which may
   * not exist in the other direction.
   */
  public static String updateExtension(String name, String version) {
    return "ALTER EXTENSION " + quoteIdent(name) + " UPDATE TO " + literal(version);
  }

  /** {@code ALTER EXTENSION name SET SCHEMA schema}, for a relocatable extension. */
  public static String setExtensionSchema(String name, String schema) {
    return "ALTER EXTENSION " + quoteIdent(name) + " SET SCHEMA " + quoteIdent(schema);
  }

  /** {@code DROP EXTENSION name}; fails while objects use it. */
  public static String dropExtension(String name) {
    return "DROP EXTENSION " + quoteIdent(name);
  }

  /**
   * Creates the role unless one of that name exists. Roles belong to the cluster, not to the
   * database: another database may have created it already.
   */
  public static String createRole(Role role) {
    String sql = "CREATE ROLE " + quoteIdent(role.name());
    return "DO $pgorm$ BEGIN " + sql + "; EXCEPTION WHEN duplicate_object THEN NULL; END $pgorm$";
  }
}
