package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.files.Directives;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's {@code -- pgorm:schema-hash}: checked against the database before it is applied.
 */
@PgTest
class SchemaHashTest {

  Fixture f;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private String hash() {
    return Fixture.block(SchemaHash.read(f.db, HistoryTable.DEFAULT).block(Fixture.TIMEOUT));
  }

  @Test
  void theHistoryTableAndRuntimePartitionsDoNotCount() {
    String empty = hash();
    f.migrate(); // creates pgorm.schema_migrations
    assertThat(hash()).isEqualTo(empty);

    f.run("CREATE TABLE event (at date NOT NULL) PARTITION BY RANGE (at)");
    String partitioned = hash();
    assertThat(partitioned).isNotEqualTo(empty);
    f.run(
        "CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    assertThat(hash()).isEqualTo(partitioned);
  }

  @Test
  void aMigrationPlannedAgainstThisSchemaApplies_AnotherIsRefused() {
    String empty = hash();
    f.write(
        "20250101000000_a", Directives.schemaHash(empty) + "\nCREATE TABLE a (id int);\n", null);
    f.write(
        "20250102000000_b",
        // Planned against the empty schema too, as if table a had not been added in between.
        Directives.schemaHash(empty) + "\nCREATE TABLE b (id int);\n",
        null);

    MigrationValidationException e =
        catchThrowableOfType(MigrationValidationException.class, () -> f.migrate());
    String now = hash(); // with table a
    assertThat(e)
        .hasMessage(
            "Cannot migrate: 1 problem with the migrations in "
                + f.dir
                + ".\n- 20250102000000_b was planned against schema "
                + empty.substring(0, 12)
                + "… but the database's schema is "
                + now.substring(0, 12)
                + "…: it changed since (drift, or a change made outside the migrations). Hint:"
                + " plan the migration again against this schema, or delete its -- pgorm:schema-hash"
                + " line to apply it anyway.");
    assertThat(f.rows("SELECT version || ' ' || schema_hash FROM pgorm.schema_migrations"))
        .containsExactly("20250101000000 " + empty);
    assertThat(f.status().blockingProblems())
        .extracting(MigrationProblem::kind)
        .containsExactly(MigrationProblem.Kind.SCHEMA_CHANGED);

    assertThat(
            Fixture.block(
                    f.migrator(b -> b.verifySchemaHash(false)).migrate().block(Fixture.TIMEOUT))
                .migrations())
        .hasSize(1);
  }
}
