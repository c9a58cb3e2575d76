package io.pgorm.migrate.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationListener;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * The runner's snippets and example files in docs/migrations.md: compiled, run against PostgreSQL
 * with the migrations in src/test/resources/db/migrations, and quoted verbatim.
 */
@PgTest
class RunnerDocExampleTest {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  static PgOrm db;

  @BeforeAll
  static void start(TestDatabase database) {
    db = Databases.client(database);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  // tag::boot[]
  /** At start-up: apply what is pending, then open the pool's connections and serve. */
  static Mono<Void> boot(PgOrm db) {
    return Migrator.create(db) // migrations from classpath:db/migrations
        .migrate()
        .doOnNext(report -> System.out.println(report))
        .then(db.warmup())
        .then();
  }

  // end::boot[]

  // tag::options[]
  /** Migrations from a directory, with a lock_timeout and a log line per migration. */
  static Migrator migrator(PgOrm db, Path directory) {
    MigratorOptions options =
        MigratorOptions.builder()
            .location(directory) // default: classpath:db/migrations
            .lockTimeout(Duration.ofSeconds(5)) // SET LOCAL lock_timeout in each migration
            .lockWaitTimeout(Duration.ofMinutes(2)) // how long to wait for another instance
            .listener(
                new MigrationListener() {
                  @Override
                  public void migrationFinished(MigrationResult r) {
                    System.out.println(
                        "applied " + r.id() + " in " + r.duration().toMillis() + " ms");
                  }
                })
            .build();
    return Migrator.create(db, options);
  }

  // end::options[]

  // tag::status[]
  /** One line per pending migration and per problem, e.g. for a deployment check. */
  static Mono<List<String>> describeStatus(Migrator migrator) {
    return migrator
        .status()
        .map(
            status ->
                Stream.concat(
                        status.pending().stream().map(m -> "pending " + m.id()),
                        status.problems().stream().map(p -> p.kind() + ": " + p.message()))
                    .toList());
  }

  // end::status[]

  // tag::down[]
  /** Rolls back the newest migration, or says why it cannot be. */
  static Mono<String> undoLast(Migrator migrator) {
    return migrator
        .down(1)
        .map(MigrationReport::toString)
        .onErrorResume(IrreversibleMigrationException.class, e -> Mono.just(e.getMessage()));
  }

  // end::down[]

  @Test
  void theExamplesRun(@TempDir Path dir) throws IOException {
    Migrator migrator = Migrator.create(db);
    assertThat(describeStatus(migrator).block(TIMEOUT))
        .containsExactly(
            "pending 20250101120000_create_item",
            "pending 20250102090000_item_name_index",
            "pending 20250103080000_drop_legacy_code");

    boot(db).block(TIMEOUT);

    assertThat(describeStatus(migrator).block(TIMEOUT)).isEmpty();
    assertThat(
            db.sql("SELECT name || ' ' || state FROM item ORDER BY id")
                .map((r, m) -> r.get(0, String.class))
                .collectList()
                .block(TIMEOUT))
        .containsExactly("old-lamp archived", "chair draft");
    String refused = undoLast(migrator).block(TIMEOUT);
    assertThat(flat(doc())).contains(flat(refused));

    // The failure shown on the page: the same migrations plus a failing one, in a directory.
    Path resources = Path.of("").toAbsolutePath().resolve("src/test/resources/db/migrations");
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path p : files.toList()) {
        Files.copy(
            p,
            dir.resolve(resources.relativize(p).toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(dir.resolve("20250104100000_add_sku"));
    Files.writeString(
        dir.resolve("20250104100000_add_sku/up.sql"),
        "ALTER TABLE item ADD COLUMN sku text;\nUPDATE item SET sku = 'SKU-' || id;\n"
            + "ALTER TABLE item ADD CONSTRAINT item_sku_key UNIQUE (sku);\n"
            + "ALTER TABLE item ALTER COLUMN sku SET NOT NULL DEFAULT 'none';\n");
    MigrationFailedException e =
        catchThrowableOfType(
            MigrationFailedException.class, () -> migrator(db, dir).migrate().block(TIMEOUT));
    assertThat(flat(doc())).contains(flat(e.getMessage().replace(dir.toString(), "db/migrations")));
  }

  @Test
  void theDocumentQuotesTheSnippetsAndFilesVerbatim() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String source =
        Files.readString(
            module.resolve("src/test/java/io/pgorm/migrate/docs/RunnerDocExampleTest.java"));
    String doc = doc();
    for (String tag : new String[] {"boot", "options", "status", "down"}) {
      int start = source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1;
      String region = source.substring(start, source.indexOf("// end::" + tag + "[]")).strip();
      assertThat(doc).as(tag).contains(region.replaceAll("(?m)^  ", ""));
    }
    Path migrations = module.resolve("src/test/resources/db/migrations");
    try (Stream<Path> files = Files.walk(migrations)) {
      for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        assertThat(doc).as(sql.toString()).contains(Files.readString(sql));
      }
    }
  }

  private static String doc() throws IOException {
    return Files.readString(
        Path.of("").toAbsolutePath().resolveSibling("docs").resolve("migrations.md"));
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
