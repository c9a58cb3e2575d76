package io.pgorm.test.example;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

// tag::example[] (docs/testing.md quotes this part; DocsExampleTest keeps the two equal)
@PgTest // a fresh database for this class, dropped after it
@Tag("smoke")
class TodoRepositoryTest {

  @BeforeAll
  static void schema(TestDatabase db) {
    // The superuser owns the schema, as a migration would.
    run(
            db.connectionFactory(),
            "CREATE TABLE todo (id serial PRIMARY KEY, owner text NOT NULL, title text NOT NULL)",
            "ALTER TABLE todo ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY own_rows ON todo USING (owner = current_user)"
                + " WITH CHECK (owner = current_user)")
        .block();
  }

  @Test
  void theDatabaseHoldsOnlyWhatThisClassCreated(TestDatabase db) {
    StepVerifier.create(
            rows(
                db.connectionFactory(),
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .expectNext("todo")
        .verifyComplete();
  }

  @Test
  void theApplicationRoleSeesOnlyItsOwnRows(TestDatabase db) {
    // The superuser bypasses row-level security; the app role does not.
    ConnectionFactory app = db.appRole().connectionFactory();
    String me = db.appRole().user();
    run(
            db.connectionFactory(),
            "INSERT INTO todo (owner, title) VALUES ('someone_else', 'not mine'), ('"
                + me
                + "', 'mine')")
        .block();

    StepVerifier.create(rows(app, "SELECT title FROM todo")).expectNext("mine").verifyComplete();
    StepVerifier.create(rows(db.connectionFactory(), "SELECT count(*) FROM todo"))
        .expectNext("2")
        .verifyComplete();
  }

  // end::example[]
  /** Runs statements on one connection, closed when done, failed or cancelled. */
  static Mono<Void> run(ConnectionFactory factory, String... statements) {
    return Mono.usingWhen(
        Mono.from(factory.create()),
        connection ->
            Flux.fromArray(statements)
                .concatMap(sql -> Flux.from(connection.createStatement(sql).execute()))
                .concatMap(result -> result.getRowsUpdated())
                .then(),
        Connection::close);
  }

  /** The first column of each row, as text, on a connection of its own. */
  static Flux<String> rows(ConnectionFactory factory, String sql) {
    return Flux.usingWhen(
        Mono.from(factory.create()),
        connection ->
            Flux.from(connection.createStatement(sql).execute())
                .concatMap(result -> result.map((row, meta) -> String.valueOf(row.get(0)))),
        Connection::close);
  }
}
