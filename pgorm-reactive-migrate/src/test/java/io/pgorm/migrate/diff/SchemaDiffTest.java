package io.pgorm.migrate.diff;

import static io.pgorm.migrate.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.ManyTables;
import io.pgorm.migrate.RichSchema;
import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ManagedPartitions;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionInterval;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure diff, without a database: what it plans, how it says it, what it refuses. */
class SchemaDiffTest {

  private static final QualifiedName ITEM = QualifiedName.of("app", "item");

  private static SchemaModel model(Column... columns) {
    return SchemaModel.empty()
        .withSchemas(List.of("app"))
        .withTables(
            List.of(
                table(ITEM, List.of(columns))
                    .primaryKey(new PrimaryKey("item_pkey", List.of("id"), List.of(), null, null))
                    .build()));
  }

  private static Column col(String name, String type) {
    return Column.of(name, TypeRef.builtin(type), true);
  }

  private static final SchemaModel FROM =
      model(
          Column.of("id", TypeRef.builtin("bigint"), false),
          col("name", "text"),
          col("note", "text"));

  private static final SchemaModel TO =
      model(
          Column.of("id", TypeRef.builtin("bigint"), false),
          col("title", "text").withRenamedFrom("name"),
          Column.of("price", TypeRef.builtin("numeric", "10", "2"), true).withDefault("0"));

  @Test
  void aModelAgainstItselfGivesNoStepAndNoNote() {
    for (SchemaModel m : List.of(RichSchema.model("reader"), ManyTables.model(50), FROM, TO)) {
      Plan plan = SchemaDiff.diff(m, m);
      assertThat(plan.steps()).isEmpty();
      assertThat(plan.notes()).isEmpty();
      assertThat(plan.upSql()).isEqualTo("-- pgorm plan: no changes\n");
    }
  }

  @Test
  void thePlanAsAScriptHasAStepCommentHazardsAndNotes() {
    Plan plan = SchemaDiff.diff(FROM, TO, PlanOptions.builder().acceptDataLoss(true).build());
    assertThat(plan.upSql())
        .isEqualTo(
            "-- pgorm plan: 3 steps\n"
                + "\n-- step 1: rename column app.item.name to title\n"
                + "ALTER TABLE app.item RENAME COLUMN name TO title;\n"
                + "\n-- step 2: drop column app.item.note\n"
                + "-- hazard DATA_LOSS: the values of column app.item.note are lost\n"
                + "ALTER TABLE app.item DROP COLUMN note;\n"
                + "\n-- step 3: add column app.item.price\n"
                + "ALTER TABLE app.item ADD COLUMN price numeric(10,2) DEFAULT 0;\n");
  }

  @Test
  void theDownScriptRenamesBackAndSaysWhatItCannotRestore() {
    Plan plan = SchemaDiff.diff(FROM, TO, PlanOptions.builder().acceptDataLoss(true).build());
    assertThat(plan.downSql())
        .isEqualTo(
            "-- pgorm down plan (reverses the up plan): 3 steps\n"
                + "-- not restored: up step 2 (drop column app.item.note) cannot be undone in"
                + " full: the values of column app.item.note are lost\n"
                + "\n-- step 1: rename column app.item.title to name\n"
                + "ALTER TABLE app.item RENAME COLUMN title TO name;\n"
                + "\n-- step 2: drop column app.item.price\n"
                + "-- hazard DATA_LOSS: the values of column app.item.price are lost\n"
                + "ALTER TABLE app.item DROP COLUMN price;\n"
                + "\n-- step 3: add column app.item.note\n"
                + "ALTER TABLE app.item ADD COLUMN note text;\n");
    assertThat(plan.reverse().reverse().statements()).isEqualTo(plan.statements());
  }

  @Test
  void dataLossIsRefusedNamingEachStep() {
    assertThatThrownBy(() -> SchemaDiff.diff(FROM, TO))
        .isInstanceOf(DataLossRefusedException.class)
        .hasMessage(
            "The plan loses data in 1 step and data loss is not accepted:\n"
                + "  step 2: drop column app.item.note (the values of column app.item.note are"
                + " lost)\n"
                + "Hint: review these steps; then accept them all with"
                + " PlanOptions.builder().acceptDataLoss(true), or each by its subject with"
                + " allowDataLoss(List.of(\"app.item.note\")).")
        .satisfies(
            e -> {
              DataLossRefusedException r = (DataLossRefusedException) e;
              assertThat(r.refused()).extracting(Step::subject).containsExactly("app.item.note");
              assertThat(r.plan().steps()).hasSize(3);
            });
  }

  @Test
  void anAllowListAcceptsTheStepsOfItsSubjectsOnly() {
    Plan plan =
        SchemaDiff.diff(
            FROM, TO, PlanOptions.builder().allowDataLoss(List.of("app.item.note")).build());
    assertThat(plan.stepsWith(HazardKind.DATA_LOSS))
        .extracting(Step::subject)
        .containsExactly("app.item.note");
    assertThatThrownBy(
            () ->
                SchemaDiff.diff(
                    FROM, TO, PlanOptions.builder().allowDataLoss(List.of("app.item")).build()))
        .isInstanceOf(DataLossRefusedException.class);
  }

  @Test
  void renamesAreNeverGuessed() {
    SchemaModel noHint =
        model(
            Column.of("id", TypeRef.builtin("bigint"), false),
            col("title", "text"),
            col("note", "text"));
    Plan plan = SchemaDiff.diff(FROM, noHint, PlanOptions.builder().acceptDataLoss(true).build());
    assertThat(plan.statements())
        .containsExactly(
            "ALTER TABLE app.item DROP COLUMN name", "ALTER TABLE app.item ADD COLUMN title text");
  }

  @Test
  void columnOrderIsANoteNotAChange() {
    SchemaModel middle =
        model(
            Column.of("id", TypeRef.builtin("bigint"), false),
            col("added", "text"),
            col("name", "text"),
            col("note", "text"));
    Plan plan = SchemaDiff.diff(FROM, middle);
    assertThat(plan.statements()).containsExactly("ALTER TABLE app.item ADD COLUMN added text");
    assertThat(plan.notes())
        .containsExactly(
            "the columns of app.item will be in the order (id, name, note, added), not (id, added,"
                + " name, note): PostgreSQL cannot reorder columns without rebuilding the table");
    SchemaModel reordered =
        model(
            Column.of("id", TypeRef.builtin("bigint"), false),
            col("note", "text"),
            col("name", "text"));
    Plan none = SchemaDiff.diff(FROM, reordered);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.notes()).hasSize(1);
  }

  @Test
  void optionsCheckTheirValues() {
    assertThatThrownBy(() -> PlanOptions.builder().lockTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lockTimeout must be positive: PT0S");
    PlanOptions o = PlanOptions.builder().onlineSafe().build();
    assertThat(o.concurrentIndexes()).isTrue();
    assertThat(o.notValidConstraints()).isTrue();
    assertThat(o.toBuilder().build().accepts("x")).isFalse();
  }

  @Test
  void partitionsMadeAtRunTimeForAManagedTableAreNotDropped() {
    QualifiedName ev = QualifiedName.of("app", "ev");
    List<Column> cols = List.of(Column.of("at", TypeRef.builtin("date"), false));
    PartitionBy by = new PartitionBy(PartitionStrategy.RANGE, List.of("at"));
    Table parent = table(ev, cols).partitionBy(by).build();
    Table partition =
        table(QualifiedName.of("app", "ev_2026_01"), List.of())
            .partitionOf(new PartitionOf(ev, "FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')"))
            .build();
    SchemaModel live =
        SchemaModel.empty().withSchemas(List.of("app")).withTables(List.of(parent, partition));
    Table managed =
        new Table(
            ev,
            cols,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            RowSecurity.OFF,
            List.of(),
            by,
            null,
            new ManagedPartitions(PartitionInterval.MONTH, 2, null),
            false,
            List.of(),
            null,
            null,
            null,
            null,
            java.util.Map.of());
    SchemaModel declared =
        SchemaModel.empty().withSchemas(List.of("app")).withTables(List.of(managed));
    Plan plan = SchemaDiff.diff(live, declared);
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.notes())
        .containsExactly(
            "partition app.ev_2026_01 is left alone: its table's partitions are managed at run"
                + " time");
    assertThat(
            SchemaDiff.diff(
                    live,
                    SchemaModel.empty().withSchemas(List.of("app")).withTables(List.of(parent)),
                    PlanOptions.builder().acceptDataLoss(true).build())
                .statements())
        .containsExactly("DROP TABLE app.ev_2026_01");
  }
}
