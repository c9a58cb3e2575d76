package io.pgorm.migrate.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A declared model, with expressions as a person writes them, comes back from the shadow database
 * in the server's form: diffing it against a live database made from the same declaration is empty,
 * where diffing the declaration as written is not. The shadow database is gone afterwards, also
 * when the schema fails.
 */
@PgTest
class ShadowDatabaseTest {

  private static final QualifiedName ITEM = QualifiedName.of("shop", "item");

  private static PgOrm admin;

  @BeforeAll
  static void start(TestDatabase db) {
    admin = Databases.client(db);
  }

  @AfterAll
  static void stop() {
    admin.close();
  }

  /** As a schema file would declare it: expressions as written, a rename hint on a column. */
  static SchemaModel declared() {
    Table item =
        Table.of(
                ITEM,
                List.of(
                    Column.of("id", TypeRef.builtin("bigint"), false),
                    Column.of("title", TypeRef.builtin("text"), false).withRenamedFrom("name"),
                    Column.of("price", TypeRef.builtin("numeric", "10", "2"), true)
                        .withDefault("0"),
                    Column.of("tags", TypeRef.builtin("text").array(), true).withDefault("'{}'")))
            .withPrimaryKey(new PrimaryKey("item_pkey", List.of("id"), List.of(), null, null));
    item =
        new Table(
            item.name(),
            item.columns(),
            item.primaryKey(),
            List.of(),
            List.of(new CheckConstraint("item_price_check", "price >= 0", false, null, null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            item.rowSecurity(),
            List.of(),
            null,
            null,
            null,
            false,
            List.of(),
            null,
            null,
            null,
            null,
            java.util.Map.of());
    View cheap =
        new View(
            QualifiedName.of("shop", "cheap"),
            "select id, title from shop.item where price < 10",
            false,
            Map.of(),
            List.of(),
            null,
            null,
            null);
    return new SchemaModel(
        List.of("shop"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(item),
        List.of(cheap),
        List.of(),
        List.of(),
        java.util.Map.of());
  }

  private static long shadows() {
    Long n =
        admin
            .sql("SELECT count(*) FROM pg_database WHERE datname LIKE 'pgorm\\_shadow\\_%'")
            .first((row, meta) -> row.get(0, Long.class))
            .block(Duration.ofSeconds(30));
    return n == null ? 0 : n;
  }

  @Test
  void theDeclaredModelComesBackInTheServersFormAndDiffsEmptyAgainstALiveDatabase(
      TestDatabase database) {
    long before = shadows();
    SchemaModel normalised =
        ShadowDatabase.create(admin).normalize(declared()).block(Duration.ofSeconds(60));
    assertThat(normalised).isNotNull();
    Table item = normalised.table(ITEM).orElseThrow();
    assertThat(item.checks().get(0).expression()).isEqualTo("(price >= (0)::numeric)");
    assertThat(item.column("tags").defaultExpression()).isEqualTo("'{}'::text[]");
    assertThat(item.column("title").renamedFrom()).isEqualTo("name");
    assertThat(normalised.views().get(0).query())
        .startsWith("SELECT ") // PostgreSQL 16 and later leave out "item."
        .endsWith(
            "WHERE ("
                + (normalised.views().get(0).query().contains("item.price") ? "item." : "")
                + "price < (10)::numeric)");
    assertThat(shadows()).as("the shadow database is dropped").isEqualTo(before);

    try (TestDatabase live = database.server().createTestDatabase("shadow_live");
        PgOrm db = Databases.client(live)) {
      Databases.create(db, declared());
      SchemaModel read = Databases.introspect(db);
      assertThat(SchemaDiff.diff(read, normalised).isEmpty()).isTrue();
      assertThat(SchemaDiff.diff(read, declared()).statements())
          .as("text as written never converges")
          .contains("ALTER TABLE shop.item DROP CONSTRAINT item_price_check");
    }
  }

  @Test
  void aSchemaTheServerRefusesFailsNamingTheStatementAndLeavesNoDatabase() {
    long before = shadows();
    Table bad =
        new Table(
            QualifiedName.of("public", "bad"),
            List.of(Column.of("n", TypeRef.builtin("integer"), true)),
            null,
            List.of(),
            List.of(new CheckConstraint("bad_check", "no_such_function(n)", false, null, null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            io.pgorm.schema.ir.RowSecurity.OFF,
            List.of(),
            null,
            null,
            null,
            false,
            List.of(),
            null,
            null,
            null,
            null,
            java.util.Map.of());
    StepVerifier.create(
            ShadowDatabase.create(admin).normalize(SchemaModel.empty().withTables(List.of(bad))))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(ShadowDatabaseException.class)
                    .hasMessageStartingWith("Shadow database pgorm_shadow_")
                    .hasMessageContaining(
                        "failed while running statement 1 of the schema: CREATE TABLE public.bad ("
                            + " ...: function no_such_function(integer) does not exist [42883]"))
        .verify(Duration.ofSeconds(60));
    assertThat(shadows()).isEqualTo(before);
  }
}
