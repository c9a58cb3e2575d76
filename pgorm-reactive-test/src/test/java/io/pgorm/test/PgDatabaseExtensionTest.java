package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes through a nested JUnit engine, then checks the server: each class had a
 * database of its own, created before its tests, and nothing is left after them.
 */
class PgDatabaseExtensionTest {

  /** What the fixtures saw: "class database role". */
  private static final List<String> SEEN = new CopyOnWriteArrayList<>();

  private final DatabaseServer server = DatabaseResolver.forTests().resolve();

  @Test
  void eachClassGetsItsOwnDatabaseDroppedAfterItsTestsWithItsRole() {
    SEEN.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(First.class), selectClass(Second.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(4).succeeded(4));

    assertThat(SEEN).hasSize(4);
    List<String> firsts = SEEN.stream().filter(s -> s.startsWith("First ")).toList();
    List<String> seconds = SEEN.stream().filter(s -> s.startsWith("Second ")).toList();
    assertThat(firsts).hasSize(2).allMatch(s -> s.equals(firsts.get(0)));
    assertThat(seconds).hasSize(2).allMatch(s -> s.equals(seconds.get(0)));
    String firstDb = firsts.get(0).split(" ")[1];
    String secondDb = seconds.get(0).split(" ")[1];
    assertThat(firstDb).startsWith("pgorm_t_first_").isNotEqualTo(secondDb);
    assertThat(secondDb).startsWith("pgorm_t_second_");
    assertThat(column("SELECT datname FROM pg_database")).doesNotContain(firstDb, secondDb);
    assertThat(column("SELECT rolname FROM pg_roles"))
        .doesNotContain(firsts.get(0).split(" ")[2], seconds.get(0).split(" ")[2]);
    assertThat(column("SELECT datname FROM pg_database")).noneMatch(n -> n.contains("_first_"));
  }

  @Test
  void nestedClassesShareTheDatabaseAndPerClassConstructorsGetIt() {
    SEEN.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(WithNested.class), selectClass(PerClass.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(3).succeeded(3));

    List<String> nested = SEEN.stream().filter(s -> s.startsWith("WithNested ")).toList();
    assertThat(nested).hasSize(2).allMatch(s -> s.equals(nested.get(0)));
    assertThat(SEEN).anyMatch(s -> s.startsWith("PerClass pgorm_t_perclass_"));
    String nestedDb = nested.get(0).split(" ")[1];
    assertThat(column("SELECT datname FROM pg_database")).doesNotContain(nestedDb);
  }

  private List<String> column(String sql) {
    return TestSql.query(server.connectionFactory(server.maintenanceDatabase()), sql);
  }

  private static void see(String fixture, TestDatabase db) {
    SEEN.add(fixture + " " + db.name() + " " + db.appRole().user());
  }

  @PgTest
  static class First {
    @BeforeAll
    static void empty(TestDatabase db) {
      assertThat(
              TestSql.query(
                  db.connectionFactory(),
                  "SELECT count(*) FROM pg_tables" + " WHERE schemaname = 'public'"))
          .containsExactly("0");
      TestSql.query(db.connectionFactory(), "CREATE TABLE left_behind (id int)", "SELECT 1");
    }

    @Test
    void one(TestDatabase db) {
      see("First", db);
    }

    @Test
    void two(TestDatabase db) {
      see("First", db);
    }
  }

  @ExtendWith(PgDatabaseExtension.class)
  static class Second {
    @Test
    void sawNoTableOfFirst(TestDatabase db) {
      assertThat(
              TestSql.query(
                  db.connectionFactory(),
                  "SELECT count(*) FROM pg_tables" + " WHERE schemaname = 'public'"))
          .containsExactly("0");
      see("Second", db);
    }

    @Test
    void serverIsInjectedToo(TestDatabase db, DatabaseServer server) {
      assertThat(db.server()).isSameAs(server);
      see("Second", db);
    }
  }

  @PgTest
  static class WithNested {
    @Test
    void outer(TestDatabase db) {
      see("WithNested", db);
    }

    @Nested
    class Inner {
      @Test
      void inner(TestDatabase db) {
        see("WithNested", db);
      }
    }
  }

  @PgTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClass {
    private final TestDatabase db;

    PerClass(TestDatabase db) {
      this.db = db;
    }

    @Test
    void constructorGotTheDatabase() {
      see("PerClass", db);
    }
  }
}
