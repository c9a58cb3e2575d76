package io.pgorm.schema.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeStreamsTest {

  private static Table account(ChangeStream stream) {
    return Table.of(
            QualifiedName.of("app", "account"),
            List.of(
                Column.of("tenant", TypeRef.builtin("text"), false),
                Column.of("id", TypeRef.builtin("uuid"), false)))
        .withPrimaryKey(
            new PrimaryKey("account_pkey", List.of("tenant", "id"), List.of(), null, null))
        .withChangeStream(stream);
  }

  private static SchemaModel declared() {
    return SchemaModel.empty()
        .withSchemas(List.of("app"))
        .withTables(
            List.of(
                account(new ChangeStream(List.of(ChangeOperation.INSERT, ChangeOperation.DELETE))),
                Table.of(QualifiedName.of("app", "quiet"), List.of())));
  }

  @Test
  void expandAddsTheLogTheFunctionAndOneTriggerPerStream() {
    SchemaModel physical = ChangeStreams.expand(declared());
    assertThat(physical.schemas()).containsExactly("app", "pgorm");
    assertThat(physical.table(ChangeLogObjects.LOG_TABLE)).isPresent();
    assertThat(physical.routines())
        .extracting(r -> r.name())
        .containsExactly(ChangeLogObjects.CAPTURE_FUNCTION);
    Table account = physical.table(QualifiedName.of("app", "account")).orElseThrow();
    assertThat(account.changeStream()).isNull();
    Trigger trigger = account.triggers().get(0);
    assertThat(trigger.events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.DELETE);
    assertThat(trigger.arguments()).containsExactly("tenant", "id");
    assertThat(trigger.function()).isEqualTo(ChangeLogObjects.CAPTURE_FUNCTION);
    assertThat(physical.table(QualifiedName.of("app", "quiet")).orElseThrow().triggers()).isEmpty();
  }

  @Test
  void foldUndoesExpand() {
    assertThat(ChangeStreams.fold(ChangeStreams.expand(declared()))).isEqualTo(declared());
  }

  @Test
  void schemaWithoutStreamsIsUntouched() {
    SchemaModel plain =
        SchemaModel.empty().withTables(List.of(Table.of(QualifiedName.of("t"), List.of())));
    assertThat(ChangeStreams.expand(plain)).isSameAs(plain);
    assertThat(ChangeStreams.fold(plain)).isSameAs(plain);
  }
}
