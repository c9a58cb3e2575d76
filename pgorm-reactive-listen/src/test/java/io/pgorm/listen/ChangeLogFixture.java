package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;

/**
 * A schema with one table, {@code app.item}, that feeds a change stream — created the way an
 * application gets it: the declared model, expanded and rendered by the migration engine.
 */
public final class ChangeLogFixture {

  private ChangeLogFixture() {}

  public static void install(PgOrm db) {
    Table item =
        Table.of(
                QualifiedName.of("app", "item"),
                List.of(
                    Column.of("id", TypeRef.builtin("integer"), false),
                    Column.of("name", TypeRef.builtin("text"), true)))
            .withPrimaryKey(new PrimaryKey("item_pkey", List.of("id"), List.of(), null, null))
            .withChangeStream(
                new ChangeStream(
                    List.of(
                        ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE)));
    SchemaModel declared =
        SchemaModel.empty().withSchemas(List.of("app")).withTables(List.of(item));
    for (String statement : CreateScript.statements(declared)) {
      db.sql(statement).execute().block();
    }
  }
}
