package io.pgorm.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rich schema, created from nothing in a fresh database and read back; then what was read,
 * created in a second database and read again. The structure must come back as declared, and the
 * second read must equal the first (the server's normalised expressions are a fixpoint).
 */
@PgTest
@Tag("smoke")
class RoundTripTest {

  private static String reader;
  private static TestDatabase first;
  private static TestDatabase second;
  private static PgOrm firstDb;
  private static PgOrm secondDb;
  private static SchemaModel declared;
  private static SchemaModel firstRead;
  private static SchemaModel secondRead;
  private static PgOrm admin;

  @BeforeAll
  static void createTwice(TestDatabase db) {
    admin = Databases.client(db);
    DatabaseServer server = db.server();
    reader = "pgorm_reader_" + UUID.randomUUID().toString().substring(0, 8);
    declared = RichSchema.model(reader);

    first = server.createTestDatabase("roundtrip_a");
    firstDb = Databases.client(first);
    Databases.create(firstDb, declared);
    firstRead = Databases.introspect(firstDb);

    second = server.createTestDatabase("roundtrip_b");
    secondDb = Databases.client(second);
    Databases.create(secondDb, firstRead);
    secondRead = Databases.introspect(secondDb);
  }

  @AfterAll
  static void dropAll() {
    // Set-up may have failed half-way: close what exists, then drop the role (cluster-wide, so it
    // can go only once no database refers to it).
    for (AutoCloseable c : new AutoCloseable[] {firstDb, secondDb, first, second}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    Databases.run(admin, "DROP ROLE IF EXISTS " + reader);
    admin.close();
  }

  @Test
  void theStructureComesBackAsDeclared() {
    assertThat(Shape.of(firstRead)).isEqualTo(Shape.of(declared));
  }

  @Test
  void whatWasReadCreatesTheSameSchemaAgain() {
    assertThat(Shape.of(secondRead)).isEqualTo(Shape.of(firstRead));
    assertThat(secondRead).isEqualTo(firstRead);
  }

  @Test
  void readingTheSameDatabaseTwiceGivesEqualModels() {
    assertThat(Databases.introspect(firstDb)).isEqualTo(firstRead);
  }

  @Test
  void extensionsComeWithTheirVersion() {
    assertThat(firstRead.extensions())
        .extracting(Extension::name)
        .containsExactly("btree_gist", "citext", "hstore", "pg_trgm");
    assertThat(firstRead.extensions())
        .allSatisfy(e -> assertThat(e.version()).matches("\\d+\\.\\d+"));
  }
}
