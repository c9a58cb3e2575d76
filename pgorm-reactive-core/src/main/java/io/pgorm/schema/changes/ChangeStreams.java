package io.pgorm.schema.changes;

import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code @@notify} into database objects and back. {@link #expand} gives the schema as it
 * exists in PostgreSQL (what the migration engine diffs and applies); {@link #fold} turns a schema
 * read from a database back into the declared form. {@code fold(expand(s))} equals {@code s} for
 * every declared schema {@code s}.
 */
public final class ChangeStreams {

  private ChangeStreams() {}

  /**
   * The physical form: every table with a change stream gets the capture trigger (and loses the
   * {@code changeStream} field); the log table, the capture function and the {@code pgorm} schema
   * are added once when any table has one. A schema without change streams is returned as is.
   */
  public static SchemaModel expand(SchemaModel declared) {
    boolean any = declared.tables().stream().anyMatch(t -> t.changeStream() != null);
    if (!any) {
      return declared;
    }
    List<Table> tables = new ArrayList<>();
    for (Table table : declared.tables()) {
      ChangeStream stream = table.changeStream();
      if (stream == null) {
        tables.add(table);
        continue;
      }
      List<Trigger> triggers = new ArrayList<>(table.triggers());
      triggers.add(trigger(table, stream));
      tables.add(table.withChangeStream(null).withTriggers(triggers));
    }
    tables.add(ChangeLogObjects.logTable());
    tables.add(ChangeLogObjects.consumerTable());
    List<Routine> routines = new ArrayList<>(declared.routines());
    routines.add(ChangeLogObjects.captureFunction());
    List<String> schemas = new ArrayList<>(declared.schemas());
    if (!schemas.contains(ChangeLogObjects.SCHEMA)) {
      schemas.add(ChangeLogObjects.SCHEMA);
    }
    return declared.withTables(tables).withRoutines(routines).withSchemas(schemas);
  }

  /**
   * The declared form of a physical schema: capture triggers become {@code changeStream} fields;
   * the log and consumer tables, the capture function and a {@code pgorm} schema left empty are
   * removed.
   */
  public static SchemaModel fold(SchemaModel physical) {
    List<Table> tables = new ArrayList<>();
    boolean folded = false;
    for (Table table : physical.tables()) {
      boolean generated =
          table.name().equals(ChangeLogObjects.LOG_TABLE)
              || table.name().equals(ChangeLogObjects.CONSUMER_TABLE);
      if (generated && ChangeLogObjects.marked(table.comment())) {
        folded = true;
        continue;
      }
      Trigger capture = null;
      List<Trigger> others = new ArrayList<>();
      for (Trigger t : table.triggers()) {
        if (capture == null && ChangeLogObjects.marked(t.comment())) {
          capture = t;
        } else {
          others.add(t);
        }
      }
      tables.add(
          capture == null ? table : table.withTriggers(others).withChangeStream(stream(capture)));
    }
    if (!folded) {
      return physical;
    }
    List<Routine> routines =
        physical.routines().stream()
            .filter(
                r ->
                    !(r.name().equals(ChangeLogObjects.CAPTURE_FUNCTION)
                        && ChangeLogObjects.marked(r.comment())))
            .toList();
    boolean pgormUsed =
        tables.stream().anyMatch(t -> t.name().schema().equals(ChangeLogObjects.SCHEMA))
            || routines.stream().anyMatch(r -> r.name().schema().equals(ChangeLogObjects.SCHEMA));
    List<String> schemas =
        pgormUsed
            ? physical.schemas()
            : physical.schemas().stream().filter(s -> !s.equals(ChangeLogObjects.SCHEMA)).toList();
    return physical.withTables(tables).withRoutines(routines).withSchemas(schemas);
  }

  private static Trigger trigger(Table table, ChangeStream stream) {
    PrimaryKey pk = table.primaryKey();
    List<String> keyColumns = pk == null ? List.of() : pk.columns();
    List<TriggerEvent> events =
        stream.operations().stream().map(op -> TriggerEvent.valueOf(op.name())).toList();
    return new Trigger(
        ChangeLogObjects.TRIGGER_NAME,
        TriggerTiming.AFTER,
        events,
        List.of(),
        TriggerLevel.ROW,
        null,
        null,
        null,
        ChangeLogObjects.CAPTURE_FUNCTION,
        keyColumns,
        false,
        Deferrability.NOT_DEFERRABLE,
        ChangeLogObjects.MARKER + " " + table.name(),
        null);
  }

  private static ChangeStream stream(Trigger trigger) {
    return new ChangeStream(
        trigger.events().stream().map(e -> ChangeOperation.valueOf(e.name())).toList());
  }
}
