package io.pgorm.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.introspect.IntrospectOptions;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-place changes run on a server and do what they say. */
@PgTest
class AlterDdlTest {

  @Test
  void changesInPlaceApplyAndReadBack(TestDatabase database) {
    QualifiedName t = QualifiedName.of("alt", "t");
    QualifiedName p = QualifiedName.of("alt", "p");
    try (PgOrm db = Databases.client(database)) {
      Databases.run(
          db,
          "CREATE SCHEMA alt; CREATE TABLE alt.t (id int NOT NULL, qty int DEFAULT 1, note text);"
              + " CREATE INDEX t_note ON alt.t (note); ALTER TABLE alt.t ENABLE ROW LEVEL SECURITY;"
              + " CREATE POLICY mine ON alt.t USING (true);"
              + " CREATE TABLE alt.p (at date NOT NULL) PARTITION BY RANGE (at);"
              + " CREATE TABLE alt.p1 (at date NOT NULL)");
      Databases.apply(
          db,
          List.of(
              AlterDdl.columnType(t, "qty", TypeRef.builtin("bigint"), "qty::bigint"),
              AlterDdl.columnDefault(t, "qty", null),
              AlterDdl.columnNotNull(t, "qty", true),
              AlterDdl.addIdentity(
                  t,
                  "id",
                  new Identity(false, new SequenceOptions(7L, null, null, null, null, false))),
              AlterDdl.renameColumn(t, "note", "Notiz"),
              AlterDdl.renameIndex("alt", "t_note", "t_notiz"),
              AlterDdl.alterPolicy(
                  t, new Policy("mine", PolicyCommand.ALL, true, List.of(), "qty > 0", null, null)),
              TableDdl.forceRowSecurity(t, true),
              TableDdl.addColumn(t, Column.of("extra", TypeRef.builtin("text"), true)),
              TableDdl.attachPartition(
                  QualifiedName.of("alt", "p1"),
                  new PartitionOf(p, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")),
              AlterDdl.renameTable(t, "u")));
      SchemaModel m =
          Introspector.create(db, IntrospectOptions.builder().schemas(List.of("alt")).build())
              .introspect()
              .block(Duration.ofSeconds(30));
      assertThat(m).isNotNull();
      Table u = m.table(QualifiedName.of("alt", "u")).orElseThrow();
      assertThat(u.columns())
          .extracting(Column::name)
          .containsExactly("id", "qty", "Notiz", "extra");
      Column qty = u.column("qty");
      assertThat(qty).isNotNull();
      assertThat(qty.type()).isEqualTo(TypeRef.builtin("bigint"));
      assertThat(qty.nullable()).isFalse();
      assertThat(qty.defaultExpression()).isNull();
      assertThat(u.columns().get(0).identity())
          .isEqualTo(new Identity(false, new SequenceOptions(7L, null, null, null, null, false)));
      assertThat(u.indexes().get(0).name()).isEqualTo("t_notiz");
      assertThat(u.policies().get(0).using()).isEqualTo("(qty > 0)");
      assertThat(u.rowSecurity().forced()).isTrue();
      assertThat(m.table(QualifiedName.of("alt", "p1")).orElseThrow().partitionOf()).isNotNull();
    }
  }
}
