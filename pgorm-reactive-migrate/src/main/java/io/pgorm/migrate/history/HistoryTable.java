package io.pgorm.migrate.history;

import io.pgorm.migrate.sql.SqlText;
import java.util.List;

/**
 * The table that records migrations; {@link #DEFAULT} is {@code pgorm.schema_migrations}. The
 * runner creates it (and its schema) when missing, under the migration lock.
 *
 * @param schema the table's schema
 * @param table the table's name
 */
public record HistoryTable(String schema, String table) {

  /** {@code pgorm.schema_migrations}. */
  public static final HistoryTable DEFAULT = new HistoryTable("pgorm", "schema_migrations");

  public HistoryTable {
    if (schema.isBlank() || table.isBlank()) {
      throw new IllegalArgumentException(
          "History table names must not be blank: schema \""
              + schema
              + "\", table \""
              + table
              + "\". Hint: e.g. new HistoryTable(\"pgorm\", \"schema_migrations\").");
    }
  }

  /** The table's name as SQL, quoted where needed: {@code pgorm.schema_migrations}. */
  public String qualifiedName() {
    return SqlText.quoteIdent(schema) + "." + SqlText.quoteIdent(table);
  }

  /**
   * The statements that create the schema and table when missing, and bring an older table's state
   * check up to date (it lacked {@code baseline}); safe to run again.
   */
  public List<String> createStatements() {
    return List.of(
        "CREATE SCHEMA IF NOT EXISTS " + SqlText.quoteIdent(schema),
        "CREATE TABLE IF NOT EXISTS "
            + qualifiedName()
            + " (\n"
            + "  version text PRIMARY KEY,\n"
            + "  name text NOT NULL,\n"
            + "  checksum text NOT NULL,\n"
            + "  state text NOT NULL CONSTRAINT "
            + SqlText.quoteIdent(table + "_state_check")
            + " CHECK (state IN "
            + STATES
            + "),\n"
            + "  statements integer NOT NULL,\n"
            + "  statements_applied integer NOT NULL,\n"
            + "  no_transaction_statements integer NOT NULL,\n"
            + "  duration_ms bigint NOT NULL,\n"
            + "  applied_by text NOT NULL,\n"
            + "  client text NOT NULL,\n"
            + "  applied_at timestamptz NOT NULL,\n"
            + "  schema_hash text,\n"
            + "  error text,\n"
            + "  rolled_back_at timestamptz\n"
            + ")",
        upgradeStateCheck());
  }

  private static final String STATES = "('applied', 'failed', 'rolled_back', 'baseline')";

  /**
   * Replaces a state check that does not allow {@code baseline} (tables made before it existed).
   * Looks the constraint up by its definition: its name is whatever the server chose then.
   */
  private String upgradeStateCheck() {
    return "DO $pgorm$\nDECLARE c name;\nBEGIN\n"
        + "  SELECT conname INTO c FROM pg_constraint WHERE conrelid = "
        + SqlText.literal(qualifiedName())
        + "::regclass AND contype = 'c'"
        + " AND pg_get_constraintdef(oid) LIKE '%rolled_back%'"
        + " AND pg_get_constraintdef(oid) NOT LIKE '%baseline%';\n"
        + "  IF c IS NOT NULL THEN\n"
        + "    EXECUTE format('ALTER TABLE "
        + qualifiedName().replace("'", "''")
        + " DROP CONSTRAINT %I, ADD CONSTRAINT %I CHECK (state IN "
        + STATES.replace("'", "''")
        + ")', c, c);\n"
        + "  END IF;\nEND\n$pgorm$";
  }

  @Override
  public String toString() {
    return schema + "." + table;
  }
}
