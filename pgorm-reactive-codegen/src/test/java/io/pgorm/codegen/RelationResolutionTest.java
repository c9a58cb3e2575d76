package io.pgorm.codegen;

import static io.pgorm.codegen.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which side of a relation holds the key, seen in the generated join columns. */
class RelationResolutionTest {

  static final TypeRef BIGINT = TypeRef.builtin("bigint");

  /**
   * The inverse side of a one-to-one names the target's key column, which the source happens to
   * have too: the foreign key decides the side, not the column's presence.
   */
  @Test
  void oneToOneInverseSideFollowsTheForeignKey() {
    QualifiedName node = QualifiedName.of("node");
    QualifiedName detail = QualifiedName.of("detail");
    SchemaModel model =
        SchemaModel.empty()
            .withTables(
                List.of(
                    table("node")
                        .column("id", BIGINT, false)
                        .column("parent_id", BIGINT, true)
                        .primaryKey("id")
                        .relation(
                            new Relation(
                                "detail",
                                RelationKind.ONE_TO_ONE,
                                detail,
                                List.of("parent_id"),
                                List.of("id"),
                                null))
                        .build(),
                    table("detail")
                        .column("parent_id", BIGINT, false)
                        .primaryKey("parent_id")
                        .foreignKey("parent_id", node, "id")
                        .relation(
                            new Relation(
                                "node",
                                RelationKind.ONE_TO_ONE,
                                node,
                                List.of("parent_id"),
                                List.of("id"),
                                null))
                        .build()));
    String nodeTable = file(model, "com/example/NodeTable.java");
    assertThat(nodeTable)
        .contains("List.of(NodeTable.ID),", "List.of(DetailTable.PARENT_ID), null);");
    String detailTable = file(model, "com/example/DetailTable.java");
    assertThat(detailTable)
        .contains("List.of(DetailTable.PARENT_ID),", "List.of(NodeTable.ID), null);");
  }

  static String file(SchemaModel model, String path) {
    return CodeGenerator.create(CodegenOptions.of("com.example")).generate(model).files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow()
        .content();
  }
}
