package io.pgorm.codegen;

import static io.pgorm.codegen.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodegenProblemsTest {

  static final TypeRef TEXT = TypeRef.builtin("text");

  static CodegenException failure(List<Table> tables, List<EnumType> enums) {
    SchemaModel model =
        new SchemaModel(
            List.of(),
            List.of(),
            List.of(),
            enums,
            List.of(),
            List.of(),
            List.of(),
            tables,
            List.of(),
            List.of(),
            List.of(),
            java.util.Map.of());
    return catchThrowableOfType(
        CodegenException.class,
        () -> CodeGenerator.create(CodegenOptions.of("com.example")).generate(model));
  }

  @Test
  void classesThatClashAreNamedWithAHint() {
    CodegenException e =
        failure(
            List.of(
                table("order_item").column("id", TEXT, false).build(),
                table("OrderItem").column("id", TEXT, false).build(),
                table("account").column("id", TEXT, false).build()),
            List.of(
                new EnumType(QualifiedName.of("account_table"), List.of("a"), null, null, null)));
    assertThat(e.problems())
        .containsExactly(
            "record of table public.OrderItem and record of table public.order_item would both be"
                + " class com.example.OrderItem: give one of them another Java name with @@java(name: ...)",
            "metamodel of table public.account and enum public.account_table would both be class"
                + " com.example.AccountTable: give one of them another Java name with @@java(name: ...)");
    assertThat(e)
        .hasMessageStartingWith(
            "cannot generate Java code from the schema (2 problems):\n  record");
  }

  @Test
  void javaNamesMustBeIdentifiers() {
    CodegenException e =
        failure(
            List.of(
                table("account")
                    .javaName("My Account")
                    .column(
                        new Column(
                            "id", TEXT, false, null, null, null, false, null, null, "my-id", null))
                    .build()),
            List.of());
    assertThat(e.problems())
        .containsExactly(
            "record of table public.account: Java name 'My Account' is not a valid Java class name",
            "column public.account.id: Java name 'my-id' is not a valid record component name");
  }

  @Test
  void columnsThatBecomeTheSameComponentAreReported() {
    CodegenException e =
        failure(
            List.of(
                table("account")
                    .column("user_id", TEXT, false)
                    .column("userId", TEXT, false)
                    .build()),
            List.of());
    assertThat(e.problems())
        .containsExactly(
            "column public.account.userId and column user_id would both be record component"
                + " userId: give one of them another Java name with @java(name: ...)");
  }

  @Test
  void unknownTypesAndEmptyEnumsAreReported() {
    CodegenException e =
        failure(
            List.of(
                table("account")
                    .column("mood", TypeRef.user("public", "mood"), false)
                    .column("x", TypeRef.builtin("nonsense").array(), false)
                    .build()),
            List.of(new EnumType(QualifiedName.of("nothing"), List.of(), null, null, null)));
    assertThat(e.problems())
        .containsExactly(
            "enum public.nothing has no labels: a Java enum needs at least one",
            "column public.account.mood: type public.mood is neither declared in the schema nor a"
                + " known PostgreSQL or extension type",
            "column public.account.x: type nonsense[] is neither declared in the schema nor a"
                + " known PostgreSQL or extension type");
  }

  @Test
  void relationsWithoutJoinColumnsAreReported() {
    QualifiedName post = QualifiedName.of("post");
    CodegenException e =
        failure(
            List.of(
                table("account")
                    .column("id", TEXT, false)
                    .primaryKey("id")
                    .relation("posts", RelationKind.ONE_TO_MANY, post)
                    .relation("ghosts", RelationKind.MANY_TO_ONE, QualifiedName.of("ghost"))
                    .relation(
                        new Relation(
                            "tags", RelationKind.MANY_TO_MANY, post, List.of(), List.of(), post))
                    .build(),
                table("post").column("id", TEXT, false).build()),
            List.of());
    assertThat(e.problems())
        .containsExactly(
            "relation posts of public.account: cannot tell its join columns; declare fields: and"
                + " references:, or one foreign key between public.account and public.post",
            "relation ghosts of public.account: target public.ghost is not a model (a table that"
                + " is no partition)",
            "relation tags of public.account: join model public.post needs exactly one foreign key"
                + " to public.account and one to public.post");
  }

  @Test
  void primaryKeyColumnsMustExist() {
    CodegenException e =
        failure(
            List.of(table("account").column("id", TEXT, false).primaryKey("uid").build()),
            List.of());
    assertThat(e.problems())
        .containsExactly("primary key of public.account: column uid does not exist");
  }

  @Test
  void theBasePackageMustBeAPackageName() {
    IllegalArgumentException e =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> CodegenOptions.of("com.example.class"));
    assertThat(e)
        .hasMessage(
            "base package 'com.example.class' is not a Java package name (e.g. com.example.db)");
  }
}
