package io.pgorm.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import io.pgorm.schema.ir.Volatility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of the create script; whether PostgreSQL accepts it is the round-trip test's job. */
class CreateScriptTest {

  private static QualifiedName q(String name) {
    return QualifiedName.of("public", name);
  }

  private static Routine function(String name, String language, String returns, String body) {
    return new Routine(
        q(name),
        RoutineKind.FUNCTION,
        List.of(),
        RoutineReturn.of(TypeRef.builtin(returns)),
        language,
        Volatility.VOLATILE,
        false,
        false,
        ParallelSafety.UNSAFE,
        Map.of(),
        body,
        "about " + name);
  }

  private static View view(String name, String query) {
    return new View(q(name), query, false, Map.of(), List.of(), null, null, null);
  }

  private static Table partitioned(String name) {
    Table t = Table.of(q(name), List.of(Column.of("at", TypeRef.builtin("date"), false)));
    return new Table(
        t.name(),
        t.columns(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        RowSecurity.OFF,
        List.of(),
        new PartitionBy(PartitionStrategy.RANGE, List.of("at")),
        null,
        null,
        false,
        List.of(),
        null,
        null,
        null,
        null,
        java.util.Map.of());
  }

  private static Table partition(String name, String parent) {
    Table t = Table.of(q(name), List.of());
    return new Table(
        t.name(),
        t.columns(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        RowSecurity.OFF,
        List.of(),
        null,
        new PartitionOf(q(parent), "DEFAULT"),
        null,
        false,
        List.of(),
        null,
        null,
        null,
        null,
        java.util.Map.of());
  }

  private static Table withForeignKey(String name, String target) {
    Table t = Table.of(q(name), List.of(Column.of("ref", TypeRef.builtin("integer"), true)));
    return new Table(
        t.name(),
        t.columns(),
        null,
        List.of(),
        List.of(),
        List.of(
            new ForeignKey(
                name + "_fk",
                List.of("ref"),
                q(target),
                List.of("id"),
                ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION,
                ForeignKeyMatch.SIMPLE,
                Deferrability.NOT_DEFERRABLE,
                null,
                null,
                java.util.List.of())),
        List.of(),
        List.of(),
        List.of(),
        RowSecurity.OFF,
        List.of(),
        null,
        null,
        null,
        false,
        List.of(),
        null,
        "has a key",
        null,
        null,
        java.util.Map.of());
  }

  private static int indexOf(List<String> statements, String start) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no statement starts with " + start + " in " + statements);
  }

  @Test
  void objectsComeAfterWhatTheyDependOn() {
    SchemaModel model =
        SchemaModel.empty()
            .withTables(
                List.of(
                    partition("child", "parent"),
                    withForeignKey("a", "b"),
                    partitioned("parent"),
                    Table.of(q("b"), List.of(Column.of("id", TypeRef.builtin("integer"), false)))))
            .withRoutines(
                List.of(
                    function("count_b", "sql", "bigint", "SELECT count(*) FROM b"),
                    function("touch", "plpgsql", "trigger", "BEGIN RETURN NEW; END")));
    model =
        new SchemaModel(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new CompositeType(
                    q("pair"),
                    List.of(new Attribute("a", TypeRef.user("public", "pos"), null)),
                    null,
                    null,
                    null)),
            List.of(
                new Domain(
                    q("pos"),
                    TypeRef.builtin("integer"),
                    false,
                    null,
                    null,
                    List.of(),
                    null,
                    null)),
            List.of(),
            model.tables(),
            List.of(
                view("v_first", "SELECT * FROM v_second"), view("v_second", "SELECT count_b()")),
            model.routines(),
            List.of(),
            java.util.Map.of());

    List<String> s = CreateScript.statements(model);

    assertThat(indexOf(s, "CREATE DOMAIN public.pos"))
        .isLessThan(indexOf(s, "CREATE TYPE public.pair"));
    assertThat(indexOf(s, "CREATE FUNCTION public.touch")).isLessThan(indexOf(s, "CREATE TABLE"));
    assertThat(indexOf(s, "CREATE TABLE public.parent"))
        .isLessThan(indexOf(s, "CREATE TABLE public.child"));
    assertThat(indexOf(s, "ALTER TABLE public.a ADD CONSTRAINT a_fk"))
        .isGreaterThan(indexOf(s, "CREATE TABLE public.b"));
    assertThat(indexOf(s, "CREATE FUNCTION public.count_b"))
        .isGreaterThan(indexOf(s, "CREATE TABLE public.b"))
        .isLessThan(indexOf(s, "CREATE VIEW public.v_second"));
    assertThat(indexOf(s, "CREATE VIEW public.v_second"))
        .isLessThan(indexOf(s, "CREATE VIEW public.v_first"));
    assertThat(s.subList(s.size() - 3, s.size()))
        .containsExactly(
            "COMMENT ON TABLE public.a IS 'has a key'",
            "COMMENT ON FUNCTION public.count_b() IS 'about count_b'",
            "COMMENT ON FUNCTION public.touch() IS 'about touch'");
  }

  @Test
  void theScriptEndsEachStatementWithASemicolon() {
    SchemaModel model = SchemaModel.empty().withSchemas(List.of("app"));
    assertThat(CreateScript.render(model)).isEqualTo("CREATE SCHEMA app;\n\n");
    assertThat(CreateScript.render(SchemaModel.empty())).isEmpty();
  }
}
