package io.pgorm.migrate.dev;

import io.pgorm.PgOrm;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.files.Directives;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.files.MigrationVersions;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.internal.run.HistoryEditor;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Adopts an existing database: writes its schema as the first migration and records that migration
 * as applied there without running it ({@code pgorm migrate baseline}; compare Flyway's {@code
 * baseline} and Prisma's baselining with {@code migrate resolve --applied}).
 *
 * <p>The first migration's {@code up.sql} is the {@link CreateScript} of the live schema, headed by
 * the schema hash of an empty database (it is planned from nothing), so that {@code deploy} on a
 * fresh database runs it for real and builds the whole schema. Its {@code down.sql} is marked
 * irreversible: rolling back the adoption would drop the whole schema with its data, so {@code
 * down} refuses it rather than drop anything.
 *
 * <p>Before writing anything the script is run in a shadow database and the result compared with
 * the live database as {@link MigrationDev#drift()} compares them: a baseline that would not
 * reproduce the live schema exactly (an object the script cannot create as it is) is refused with
 * the differences, so that after a baseline {@code status} shows no drift.
 *
 * <pre>{@code
 * BaselineResult r = Baseline.create(live, ShadowDatabase.create(live), dir)
 *     .take("baseline", Instant.now())
 *     .block();
 * }</pre>
 */
public final class Baseline {

  private static final PlanOptions ANY = PlanOptions.builder().acceptDataLoss(true).build();

  static final String IRREVERSIBLE =
      "baseline of an existing database: rolling it back would drop the whole schema and its"
          + " data. Restore a backup instead";

  private final PgOrm live;
  private final ShadowDatabase shadow;
  private final Path dir;
  private final HistoryTable history;

  private Baseline(PgOrm live, ShadowDatabase shadow, Path dir, HistoryTable history) {
    this.live = live;
    this.shadow = shadow;
    this.dir = dir;
    this.history = history;
  }

  /**
   * Adopts {@code live} into the migration directory {@code dir}, checking the baseline in
   * databases that {@code shadow} makes, with the default history table.
   */
  public static Baseline create(PgOrm live, ShadowDatabase shadow, Path dir) {
    return create(live, shadow, dir, HistoryTable.DEFAULT);
  }

  /** As {@link #create(PgOrm, ShadowDatabase, Path)} with this history table. */
  public static Baseline create(PgOrm live, ShadowDatabase shadow, Path dir, HistoryTable history) {
    return new Baseline(live, shadow, dir, history);
  }

  /**
   * Writes {@code <dir>/<version>_<name>/up.sql} and {@code down.sql} ({@code version} from {@code
   * time}, UTC) and records the migration as a baseline in the live database's history. Cold: each
   * subscription checks that {@code dir} holds no migration and the live history no row,
   * introspects the live database, runs the script in a new shadow database and compares, writes
   * the files, then takes the migration lock and records the row (checking the history again under
   * the lock); emits once.
   *
   * <p>Refuses, writing and recording nothing, with {@link MigrationException} when {@code dir}
   * already has migrations, the history has rows, the database holds nothing to adopt, or the
   * script does not reproduce the live schema (the message lists the differences); with {@link
   * IllegalArgumentException} for a bad name. Fails with {@link
   * io.pgorm.migrate.MigrationFailedException} wrapped in a {@link MigrationException} when the
   * script fails in the shadow database, and with the shadow database's and the client's
   * exceptions.
   */
  public Mono<BaselineResult> take(String name, Instant time) {
    return Mono.defer(
        () -> {
          if (!MigrationVersions.isName(name)) {
            return Mono.error(
                new IllegalArgumentException(
                    "Baseline name \""
                        + name
                        + "\" is not a migration name: use letters, digits, _ and - only (e.g."
                        + " baseline)."));
          }
          return Mono.fromRunnable(this::checkNoFiles)
              .subscribeOn(Schedulers.boundedElastic())
              .then(checkNoHistory())
              .then(Introspector.create(live).introspect())
              .flatMap(model -> verify(model).map(hash -> new Checked(model, hash)))
              .flatMap(c -> write(name, time, c).flatMap(m -> record(m, c)));
        });
  }

  private record Checked(SchemaModel model, String emptyHash) {}

  private void checkNoFiles() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Migration> files = MigrationSource.directory(dir).load();
    if (!files.isEmpty()) {
      throw new MigrationException(
          "Cannot baseline: "
              + dir
              + " already has migrations ("
              + files.stream().map(Migration::id).collect(Collectors.joining(", "))
              + "). A baseline must be the first migration. Nothing was written or recorded."
              + " Hint: baseline into an empty directory; a database that already uses these"
              + " migrations needs none.",
          null,
          null);
    }
  }

  private Mono<Void> checkNoHistory() {
    // Only the history matters here (the files were checked): an empty source reads it alone.
    return Migrator.create(live, options(new NoMigrations(dir)))
        .status()
        .flatMap(
            status ->
                status.history().isEmpty()
                    ? Mono.<Void>empty()
                    : Mono.error(
                        new MigrationException(
                            "Cannot baseline: the history table "
                                + history
                                + " already has "
                                + status.history().size()
                                + (status.history().size() == 1 ? " row" : " rows")
                                + ": this database already uses migrations. Nothing was written"
                                + " or recorded. Hint: run pgorm migrate status.",
                            null,
                            null)));
  }

  /**
   * Runs the script in a shadow database and compares the result with the live schema; emits the
   * schema hash of the empty shadow database (what the script is planned against).
   */
  private Mono<String> verify(SchemaModel liveModel) {
    String script = CreateScript.render(SchemaHash.withoutHistory(liveModel, history));
    return shadow.use(
        db ->
            SchemaHash.read(db, history)
                .flatMap(
                    emptyHash -> {
                      if (emptyHash.equals(SchemaHash.of(liveModel, history))) {
                        return Mono.error(
                            new MigrationException(
                                "Cannot baseline: the database holds nothing that an empty"
                                    + " database does not. Nothing was written or recorded. Hint:"
                                    + " write the first migration with pgorm migrate dev.",
                                null,
                                null));
                      }
                      return Mono.usingWhen(
                          Mono.fromCallable(() -> stage(emptyHash, script))
                              .subscribeOn(Schedulers.boundedElastic()),
                          staged ->
                              Migrator.create(db, options(MigrationSource.directory(staged)))
                                  .migrate()
                                  .onErrorMap(
                                      e ->
                                          new MigrationException(
                                              "Cannot baseline: the schema's CREATE script fails"
                                                  + " in a shadow database, so a fresh database"
                                                  + " could not be built from it: "
                                                  + e.getMessage()
                                                  + " Nothing was written or recorded.",
                                              null,
                                              e))
                                  .then(Introspector.create(db).introspect())
                                  .flatMap(made -> compare(made, liveModel))
                                  .thenReturn(emptyHash),
                          staged -> Mono.fromRunnable(() -> delete(staged)));
                    }));
  }

  private Mono<Void> compare(SchemaModel made, SchemaModel liveModel) {
    Plan differences =
        SchemaDiff.diff(
            SchemaHash.relevant(made, history), SchemaHash.relevant(liveModel, history), ANY);
    if (differences.isEmpty()) {
      return Mono.empty();
    }
    return Mono.error(
        new MigrationException(
            "Cannot baseline: the schema's CREATE script, run in a shadow database, does not make"
                + " the live schema exactly ("
                + differences.steps().size()
                + " differences):\n  "
                + differences.steps().stream()
                    .map(Step::description)
                    .collect(Collectors.joining("\n  "))
                + "\nNothing was written or recorded: status would report these as drift."
                + " Hint: report the object kind; meanwhile change the object so that it can be"
                + " created as it is, or adopt it by hand.",
            null,
            null));
  }

  /** A temporary migration directory holding the baseline alone, for the shadow run. */
  private static Path stage(String emptyHash, String script) throws IOException {
    Path root = Files.createTempDirectory("pgorm-baseline");
    Path m = root.resolve(MigrationVersions.directoryName(Instant.EPOCH, "baseline"));
    Files.createDirectory(m);
    Files.writeString(m.resolve("up.sql"), up(emptyHash, script, "check"), StandardCharsets.UTF_8);
    return root;
  }

  private Mono<Migration> write(String name, Instant time, Checked c) {
    return Mono.fromCallable(
            () -> {
              String script = CreateScript.render(SchemaHash.withoutHistory(c.model(), history));
              Files.createDirectories(dir);
              Path m = dir.resolve(MigrationVersions.directoryName(time, name));
              Files.createDirectory(m);
              try {
                Files.writeString(
                    m.resolve("up.sql"),
                    up(c.emptyHash(), script, time.toString()),
                    StandardCharsets.UTF_8);
                Files.writeString(
                    m.resolve("down.sql"),
                    Directives.irreversible(IRREVERSIBLE) + "\n",
                    StandardCharsets.UTF_8);
                return MigrationSource.directory(dir).load().get(0);
              } catch (IOException | RuntimeException e) {
                delete(m);
                throw e;
              }
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  private Mono<BaselineResult> record(Migration m, Checked c) {
    Path written = dir.resolve(m.id());
    return new HistoryEditor(live, options(MigrationSource.directory(dir)))
        .recordBaseline(m, c.emptyHash())
        // Someone recorded a migration meanwhile: take the files back, as promised.
        .onErrorResume(
            e ->
                Mono.fromRunnable(() -> delete(written))
                    .subscribeOn(Schedulers.boundedElastic())
                    .then(Mono.error(e)))
        .map(
            entry ->
                new BaselineResult(written, entry, m.up().statements().size(), objects(c.model())));
  }

  private static String up(String emptyHash, String script, String when) {
    return Directives.schemaHash(emptyHash)
        + "\n-- Baseline: the schema of an existing database as it was at "
        + when
        + " (pgorm migrate baseline).\n"
        + "-- Recorded there as applied without running; deploy runs it on a fresh database.\n\n"
        + script;
  }

  private String objects(SchemaModel m) {
    SchemaModel s = SchemaHash.withoutHistory(m, history);
    return Stream.of(
            count(s.tables().size(), "table"),
            count(s.views().size(), "view"),
            count(s.enums().size(), "enum"),
            count(s.routines().size(), "function or procedure", "functions and procedures"))
        .filter(x -> !x.isEmpty())
        .collect(Collectors.joining(", "));
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n == 0 ? "" : n + " " + (n == 1 ? one : many);
  }

  private MigratorOptions options(MigrationSource source) {
    return MigratorOptions.builder().source(source).historyTable(history).build();
  }

  /** No migration files: for reading the history without the directory. */
  private record NoMigrations(Path dir) implements MigrationSource {
    @Override
    public String description() {
      return dir.toString();
    }

    @Override
    public List<Migration> load() {
      return List.of();
    }
  }

  private static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
