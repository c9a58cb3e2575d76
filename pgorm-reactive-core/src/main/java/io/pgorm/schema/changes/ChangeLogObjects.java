package io.pgorm.schema.changes;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.Volatility;
import java.util.List;
import java.util.Map;

/**
 * The shared objects behind every change stream: {@code pgorm.change_log} and {@code
 * pgorm.capture_change()}. Their comments carry a marker so that a schema read back from a database
 * folds them away again.
 */
public final class ChangeLogObjects {

  /** The schema the change-log objects live in. */
  public static final String SCHEMA = "pgorm";

  /** The LISTEN channel of the wake-up notifications; the payload is the table's qualified name. */
  public static final String CHANNEL = "pgorm_changes";

  public static final QualifiedName LOG_TABLE = QualifiedName.of(SCHEMA, "change_log");
  public static final QualifiedName CAPTURE_FUNCTION = QualifiedName.of(SCHEMA, "capture_change");
  public static final QualifiedName CONSUMER_TABLE = QualifiedName.of(SCHEMA, "change_consumer");

  /** The name of the trigger on each table with a change stream. */
  public static final String TRIGGER_NAME = "pgorm_notify";

  /**
   * The setting the capture function reads before its wake-up: {@code off} (per session, e.g. as a
   * server parameter of the writer's client, or per transaction with {@code SET LOCAL}) keeps the
   * trigger from notifying, for writers that send one wake-up themselves after commit. Unset or any
   * other value: the trigger notifies.
   */
  public static final String NOTIFY_SETTING = "pgorm.notify";

  /** Comment prefix that marks an object as generated from {@code @@notify}. */
  public static final String MARKER = "pgorm:notify";

  private ChangeLogObjects() {}

  /**
   * The append-only log: one row per changed row, written in the writer's transaction. {@code txid}
   * is the writing transaction (assigned at first write, not at commit — readers use transaction-id
   * watermarks, not {@code id} alone, so that a late commit is never skipped).
   */
  public static Table logTable() {
    List<Column> columns =
        List.of(
            Column.of("id", TypeRef.builtin("bigint"), false)
                .withIdentity(new Identity(true, SequenceOptions.DEFAULTS)),
            Column.of("txid", TypeRef.builtin("xid8"), false).withDefault("pg_current_xact_id()"),
            Column.of("table_schema", TypeRef.builtin("text"), false),
            Column.of("table_name", TypeRef.builtin("text"), false),
            Column.of("op", TypeRef.builtin("text"), false),
            Column.of("pk", TypeRef.builtin("jsonb"), false),
            Column.of("old_row", TypeRef.builtin("jsonb"), true),
            Column.of("new_row", TypeRef.builtin("jsonb"), true),
            Column.of("created_at", TypeRef.builtin("timestamptz"), false)
                .withDefault("clock_timestamp()"));
    Index byTransaction =
        new Index(
            "change_log_txid_id_idx",
            "btree",
            false,
            false,
            List.of(IndexElement.column("txid"), IndexElement.column("id")),
            List.of(),
            null,
            Map.of(),
            null,
            null);
    Table plain = Table.of(LOG_TABLE, columns);
    return new Table(
        LOG_TABLE,
        plain.columns(),
        new PrimaryKey("change_log_pkey", List.of("id"), List.of(), null, null),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(byTransaction),
        List.of(),
        plain.rowSecurity(),
        List.of(),
        null,
        null,
        null,
        false,
        List.of(),
        null,
        MARKER + " change log",
        null,
        null,
        java.util.Map.of());
  }

  /** Durable consumers' positions: name, position ({@code low:high:afterId}), last update. */
  public static Table consumerTable() {
    List<Column> columns =
        List.of(
            Column.of("name", TypeRef.builtin("text"), false),
            Column.of("position", TypeRef.builtin("text"), false),
            Column.of("updated_at", TypeRef.builtin("timestamptz"), false).withDefault("now()"));
    return Table.of(CONSUMER_TABLE, columns)
        .withPrimaryKey(
            new PrimaryKey("change_consumer_pkey", List.of("name"), List.of(), null, null))
        .withComment(MARKER + " consumers");
  }

  /**
   * The trigger function: logs the row with its primary key (the key columns come as trigger
   * arguments) and sends a constant per-table wake-up unless {@link #NOTIFY_SETTING} is {@code
   * off}. PostgreSQL folds equal notifications of one transaction into one, so a bulk write wakes
   * listeners once. SECURITY DEFINER with a fixed search_path: writers need no privilege on the
   * log, and nothing they set can redirect it.
   */
  public static Routine captureFunction() {
    String body =
        "\nDECLARE\n"
            + "  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);\n"
            + "  key jsonb;\n"
            + "BEGIN\n"
            + "  SELECT jsonb_object_agg(k, changed -> k) INTO key FROM unnest(TG_ARGV) AS k;\n"
            + "  INSERT INTO pgorm.change_log (table_schema, table_name, op, pk, old_row, new_row)\n"
            + "  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, coalesce(key, '{}'::jsonb),\n"
            + "          CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,\n"
            + "          CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);\n"
            + "  IF coalesce(current_setting('"
            + NOTIFY_SETTING
            + "', true), '') <> 'off' THEN\n"
            + "    PERFORM pg_notify('"
            + CHANNEL
            + "', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);\n"
            + "  END IF;\n"
            + "  RETURN NULL;\n"
            + "END\n";
    return new Routine(
        CAPTURE_FUNCTION,
        RoutineKind.FUNCTION,
        List.<io.pgorm.schema.ir.RoutineArg>of(),
        RoutineReturn.of(TypeRef.builtin("trigger")),
        "plpgsql",
        Volatility.VOLATILE,
        false,
        true,
        ParallelSafety.UNSAFE,
        Map.of("search_path", "pg_catalog, pg_temp"),
        body,
        MARKER + " capture function");
  }

  /** Whether {@code comment} marks a generated object. */
  static boolean marked(@org.jspecify.annotations.Nullable String comment) {
    return comment != null && comment.startsWith(MARKER);
  }
}
