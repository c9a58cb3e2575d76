package io.pgorm.migrate;

import static io.pgorm.migrate.TableBuilder.table;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.SortOrder;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import io.pgorm.schema.ir.Volatility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large ordinary schema for the benchmark: {@code n} tables of 8 columns each, with a primary
 * key, a unique and a check constraint, a foreign key to the previous table, two or three indexes
 * and comments; a view and a trigger on every tenth table; ten enums.
 */
public final class ManyTables {

  private ManyTables() {}

  public static SchemaModel model(int n) {
    List<EnumType> enums = new ArrayList<>();
    for (int e = 0; e < 10; e++) {
      enums.add(
          new EnumType(
              QualifiedName.of("app", "status_" + e),
              List.of("new", "active", "done"),
              null,
              null,
              null));
    }
    List<Table> tables = new ArrayList<>();
    List<View> views = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(numbered(i));
      if (i % 10 == 0) {
        views.add(
            new View(
                QualifiedName.of("app", "v_" + name(i)),
                "SELECT id, name FROM app." + name(i) + " WHERE amount > 0",
                false,
                Map.of(),
                List.of(),
                null,
                null,
                null));
      }
    }
    Routine touch =
        new Routine(
            QualifiedName.of("app", "touch"),
            RoutineKind.FUNCTION,
            List.of(),
            RoutineReturn.of(TypeRef.builtin("trigger")),
            "plpgsql",
            Volatility.VOLATILE,
            false,
            false,
            ParallelSafety.UNSAFE,
            Map.of(),
            "BEGIN NEW.created_at := now(); RETURN NEW; END",
            null);
    return new SchemaModel(
        List.of("app"),
        List.of(),
        List.of(),
        enums,
        List.of(),
        List.of(),
        List.of(),
        tables,
        views,
        List.of(touch),
        List.of(),
        java.util.Map.of());
  }

  private static String name(int i) {
    return String.format("t_%04d", i);
  }

  private static Table numbered(int i) {
    String name = name(i);
    List<Column> columns =
        List.of(
            Column.of("id", TypeRef.builtin("bigint"), false)
                .withIdentity(new Identity(true, SequenceOptions.DEFAULTS)),
            Column.of("name", TypeRef.builtin("text"), false).withComment("what it is called"),
            Column.of("status", TypeRef.user("app", "status_" + (i % 10)), false)
                .withDefault("'new'::app.status_" + (i % 10)),
            Column.of("amount", TypeRef.builtin("numeric", "12", "2"), false).withDefault("0"),
            Column.of("created_at", TypeRef.builtin("timestamptz"), false).withDefault("now()"),
            Column.of("parent_id", TypeRef.builtin("bigint"), true),
            Column.of("tags", TypeRef.builtin("text").array(), true),
            Column.of("note", TypeRef.builtin("varchar", "200"), true));
    List<Index> indexes = new ArrayList<>();
    indexes.add(
        index(
            name + "_created_idx",
            "btree",
            new IndexElement(
                "created_at", null, null, null, Map.of(), SortOrder.DESC, NullsOrder.DEFAULT)));
    indexes.add(index(name + "_parent_idx", "btree", IndexElement.column("parent_id")));
    if (i % 5 == 0) {
      indexes.add(index(name + "_tags_idx", "gin", IndexElement.column("tags")));
    }
    List<ForeignKey> fks =
        i == 0
            ? List.of()
            : List.of(
                new ForeignKey(
                    name + "_parent_fk",
                    List.of("parent_id"),
                    QualifiedName.of("app", name(i - 1)),
                    List.of("id"),
                    ForeignKeyAction.CASCADE,
                    ForeignKeyAction.NO_ACTION,
                    ForeignKeyMatch.SIMPLE,
                    Deferrability.NOT_DEFERRABLE,
                    null,
                    null,
                    java.util.List.of()));
    List<Trigger> triggers =
        i % 10 != 0
            ? List.of()
            : List.of(
                new Trigger(
                    name + "_touch",
                    TriggerTiming.BEFORE,
                    List.of(TriggerEvent.UPDATE),
                    List.of(),
                    TriggerLevel.ROW,
                    null,
                    null,
                    null,
                    QualifiedName.of("app", "touch"),
                    List.of(),
                    false,
                    Deferrability.NOT_DEFERRABLE,
                    null,
                    null));
    return table(QualifiedName.of("app", name), columns)
        .primaryKey(new PrimaryKey(name + "_pkey", List.of("id"), List.of(), null, null))
        .uniques(
            List.of(
                new UniqueConstraint(
                    name + "_name_key",
                    List.of("name"),
                    false,
                    List.of(),
                    Deferrability.NOT_DEFERRABLE,
                    null,
                    null)))
        .checks(
            List.of(new CheckConstraint(name + "_amount_check", "amount >= 0", false, null, null)))
        .foreignKeys(fks)
        .indexes(indexes)
        .triggers(triggers)
        .comment("table number " + i)
        .build();
  }

  private static Index index(String name, String method, IndexElement element) {
    return new Index(
        name, method, false, false, List.of(element), List.of(), null, Map.of(), null, null);
  }
}
