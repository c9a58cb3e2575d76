package io.pgorm.codegen;

import static io.pgorm.codegen.TableBuilder.table;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;

/** INTERIM: the IR of docs/codegen.md's schema, by hand until the parser is on main. */
final class DocModel {

  private DocModel() {}

  static SchemaModel model() {
    QualifiedName account = QualifiedName.of("account");
    QualifiedName post = QualifiedName.of("post");
    return new SchemaModel(
        List.of(),
        List.of(),
        List.of(),
        List.of(
            new EnumType(
                QualifiedName.of("role"),
                List.of("admin", "member", "guest"),
                "What an account may do.",
                null,
                null)),
        List.of(),
        List.of(),
        List.of(),
        List.of(
            table("account")
                .comment("A person who signs in.")
                .column(
                    Column.of("id", TypeRef.builtin("uuid"), false)
                        .withDefault("gen_random_uuid()"))
                .column(
                    Column.of("email", TypeRef.builtin("text"), false)
                        .withComment("Login name; unique."))
                .column(
                    Column.of("role", TypeRef.user("public", "role"), false)
                        .withDefault("'member'::role"))
                .column("nickname", TypeRef.builtin("text"), true)
                .column(
                    Column.of("created_at", TypeRef.builtin("timestamptz"), false)
                        .withDefault("now()"))
                .primaryKey("id")
                .relation("posts", RelationKind.ONE_TO_MANY, post)
                .build(),
            table("post")
                .column(
                    Column.of("id", TypeRef.builtin("bigint"), false)
                        .withIdentity(new Identity(false, SequenceOptions.DEFAULTS)))
                .column("author_id", TypeRef.builtin("uuid"), false)
                .column("body", TypeRef.builtin("text"), false)
                .column("tags", TypeRef.builtin("text").array(), false)
                .primaryKey("id")
                .foreignKey("author_id", account, "id")
                .relation(
                    new Relation(
                        "author",
                        RelationKind.MANY_TO_ONE,
                        account,
                        List.of("author_id"),
                        List.of("id"),
                        null))
                .build()),
        List.of(),
        List.of(),
        List.of());
  }
}
