package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.RichSchema;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The schema that uses every object kind (change streams included), planned from an empty database,
 * applied, and planned back to empty: both ways converge, and the database diffed against its own
 * read gives nothing.
 */
@PgTest
@Tag("smoke")
class RichSchemaDiffTest {

  @Test
  void everyObjectKindIsCreatedFromEmptyAndDroppedAgain(TestDatabase database) {
    String reader = "pgorm_reader_" + UUID.randomUUID().toString().substring(0, 8);
    try (PgOrm admin = Databases.client(database)) {
      try (TestDatabase a = database.server().createTestDatabase("rich_a");
          TestDatabase b = database.server().createTestDatabase("rich_b");
          PgOrm da = Databases.client(a);
          PgOrm db = Databases.client(b)) {
        Databases.create(db, RichSchema.model(reader));
        SchemaModel empty = Databases.introspect(da);
        SchemaModel rich = Databases.introspect(db);
        Fingerprint emptyPrint = Fingerprint.of(da);
        Fingerprint richPrint = Fingerprint.of(db);

        assertThat(SchemaDiff.diff(rich, rich).isEmpty()).isTrue();
        Plan up = SchemaDiff.diff(empty, rich);
        PlanRunner.apply(da, up);
        assertThat(Fingerprint.of(da).text()).isEqualTo(richPrint.text());
        assertThat(SchemaDiff.diff(Databases.introspect(da), rich).isEmpty()).isTrue();

        Plan down =
            SchemaDiff.diff(rich, empty, PlanOptions.builder().acceptDataLoss(true).build());
        assertThat(down.statements()).isEqualTo(up.reverse().statements());
        PlanRunner.apply(da, down);
        assertThat(Fingerprint.of(da).text()).isEqualTo(emptyPrint.text());
      } finally {
        Databases.run(admin, "DROP ROLE IF EXISTS " + reader);
      }
    }
  }
}
