package io.pgorm.migrate.internal.run;

import io.pgorm.PgOrm;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationNotFoundException;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes history rows for migrations that the runner does not run: a baseline, and migrations
 * marked applied or rolled back by hand. Every change is made under the migration lock, after
 * reading the history afresh, so it cannot race a runner.
 */
public final class HistoryEditor {

  static final String BASELINE_NOTE = ", baseline: recorded, not run";
  static final String RESOLVED_NOTE = ", marked applied by hand (resolve): not run by pgorm";

  private final PgOrm db;
  private final MigratorOptions options;
  private final HistoryStore history;
  private final MigrationLock lock;

  public HistoryEditor(PgOrm db, MigratorOptions options) {
    this.db = db;
    this.options = options;
    this.history = new HistoryStore(options.historyTable());
    this.lock = new MigrationLock(options.lockKey(), options.lockWaitTimeout(), options.clock());
  }

  /**
   * Records {@code baseline} as {@link MigrationState#BASELINE} without running it. Refuses with
   * {@link MigrationException} when the history has any row (the database already uses migrations).
   */
  public Mono<HistoryEntry> recordBaseline(Migration baseline, String schemaHash) {
    return Mono.defer(
        () ->
            edit(
                s ->
                    history
                        .ensure(s)
                        .then(history.read(s))
                        .flatMap(
                            entries -> {
                              if (!entries.isEmpty()) {
                                return Mono.error(
                                    new MigrationException(
                                        "Cannot baseline: the history table "
                                            + options.historyTable()
                                            + " already has "
                                            + describe(entries)
                                            + ": this database already uses migrations. Nothing"
                                            + " was changed. Hint: run pgorm migrate status.",
                                        null,
                                        null));
                              }
                              return history.save(
                                  s,
                                  row(baseline, MigrationState.BASELINE, 0, schemaHash),
                                  BASELINE_NOTE);
                            })
                        .then(history.read(s))
                        .map(entries -> find(entries, baseline.version()).orElseThrow())));
  }

  /**
   * Records the migration of {@code version} as applied without running it: it was applied by hand,
   * or it failed part-way and was finished by hand. See {@link
   * io.pgorm.migrate.MigrationResolver#markApplied}.
   */
  public Mono<HistoryEntry> markApplied(String version) {
    return Mono.defer(
        () -> {
          String v = Versions.parse(version);
          return files()
              .flatMap(
                  files ->
                      edit(
                          s ->
                              readIfExists(s)
                                  .flatMap(entries -> markApplied(s, v, version, files, entries))));
        });
  }

  /**
   * Records the migration of {@code version} as rolled back without running its {@code down.sql}:
   * its effect was undone by hand. See {@link io.pgorm.migrate.MigrationResolver#markRolledBack}.
   */
  public Mono<HistoryEntry> markRolledBack(String version) {
    return Mono.defer(
        () -> {
          String v = Versions.parse(version);
          return files()
              .flatMap(
                  files ->
                      edit(
                          s ->
                              readIfExists(s)
                                  .flatMap(
                                      entries -> markRolledBack(s, v, version, files, entries))));
        });
  }

  private Mono<HistoryEntry> markApplied(
      Session s, String v, String asked, List<Migration> files, List<HistoryEntry> entries) {
    Optional<Migration> file = files.stream().filter(m -> m.version().equals(v)).findFirst();
    Optional<HistoryEntry> row = find(entries, v);
    if (file.isEmpty()) {
      return Mono.error(
          row.isPresent()
              ? refused(
                  "Cannot mark "
                      + row.get().id()
                      + " applied: its directory is not in "
                      + source()
                      + ", so its checksum cannot be recorded. Nothing was changed.")
              : notFound(asked, v, files, entries));
    }
    Migration m = file.get();
    if (row.isPresent()) {
      HistoryEntry e = row.get();
      if (e.state().isApplied()) {
        return Mono.error(
            refused(
                "Cannot mark "
                    + m.id()
                    + " applied: it already is ("
                    + e.state().code()
                    + " "
                    + e.appliedAt()
                    + (e.checksum().equals(m.up().checksum())
                        ? ")"
                        : "), and its up.sql changed since (checksum "
                            + abbreviate(e.checksum())
                            + " recorded, "
                            + abbreviate(m.up().checksum())
                            + " now)")
                    + ". Nothing was changed."));
      }
      if (e.state() == MigrationState.FAILED && !e.checksum().equals(m.up().checksum())) {
        return Mono.error(
            refused(
                "Cannot mark "
                    + m.id()
                    + " applied: it failed part-way with another up.sql (checksum "
                    + abbreviate(e.checksum())
                    + " recorded, "
                    + abbreviate(m.up().checksum())
                    + " now), so the history would claim that a file ran which did not."
                    + " Nothing was changed. Hint: restore the file as it ran; or undo its"
                    + " committed statements by hand, mark it rolled back (resolve"
                    + " --rolled-back "
                    + v
                    + ") and deploy the new file."));
      }
    }
    List<String> olderPending =
        files.stream()
            .filter(f -> f.version().compareTo(v) < 0)
            .filter(f -> find(entries, f.version()).map(e -> !isActive(e)).orElse(true))
            .map(Migration::id)
            .toList();
    if (!olderPending.isEmpty()) {
      return Mono.error(
          refused(
              "Cannot mark "
                  + m.id()
                  + " applied: older migrations are pending ("
                  + String.join(", ", olderPending)
                  + "), and would then be out of order. Nothing was changed. Hint: deploy or"
                  + " resolve them first, oldest first."));
    }
    int statements = m.up().statements().size();
    return history
        .ensure(s)
        .then(
            history.save(
                s,
                row(m, MigrationState.APPLIED, statements, m.up().header().schemaHash()),
                RESOLVED_NOTE))
        .then(history.read(s))
        .map(all -> find(all, v).orElseThrow());
  }

  private Mono<HistoryEntry> markRolledBack(
      Session s, String v, String asked, List<Migration> files, List<HistoryEntry> entries) {
    Optional<Migration> file = files.stream().filter(m -> m.version().equals(v)).findFirst();
    Optional<HistoryEntry> row = find(entries, v);
    if (row.isEmpty()) {
      return Mono.error(
          file.isPresent()
              ? refused(
                  "Cannot mark "
                      + file.get().id()
                      + " rolled back: it is not in the history (it is pending). Nothing was"
                      + " changed.")
              : notFound(asked, v, files, entries));
    }
    HistoryEntry e = row.get();
    if (e.state() == MigrationState.ROLLED_BACK) {
      return Mono.error(
          refused(
              "Cannot mark "
                  + e.id()
                  + " rolled back: it already is (at "
                  + e.rolledBackAt()
                  + "). Nothing was changed."));
    }
    if (e.state().isApplied()) {
      String newest =
          entries.stream()
              .filter(HistoryEditor::isActive)
              .map(HistoryEntry::version)
              .max(String::compareTo)
              .orElse(v);
      if (!newest.equals(v)) {
        return Mono.error(
            refused(
                "Cannot mark "
                    + e.id()
                    + " rolled back: "
                    + find(entries, newest).map(HistoryEntry::id).orElse(newest)
                    + " is applied after it, and "
                    + e.id()
                    + " would then be pending out of order. Nothing was changed. Hint: mark the"
                    + " newer ones rolled back first, newest first."));
      }
      if (file.isPresent() && !file.get().up().checksum().equals(e.checksum())) {
        return Mono.error(
            refused(
                "Cannot mark "
                    + e.id()
                    + " rolled back: its up.sql changed since it was applied (checksum "
                    + abbreviate(e.checksum())
                    + " recorded, "
                    + abbreviate(file.get().up().checksum())
                    + " now), so it is unclear what was undone. Nothing was changed. Hint:"
                    + " restore the file as it was applied first."));
      }
    }
    return history
        .rolledBack(s, v, options.clock().instant())
        .then(history.read(s))
        .map(all -> find(all, v).orElseThrow());
  }

  private HistoryStore.Row row(
      Migration m, MigrationState state, int statementsApplied, @Nullable String schemaHash) {
    return new HistoryStore.Row(
        m.version(),
        m.name(),
        m.up().checksum(),
        state,
        m.up().statements().size(),
        statementsApplied,
        0,
        Duration.ZERO,
        options.clock().instant(),
        schemaHash,
        null);
  }

  private Mono<List<HistoryEntry>> readIfExists(Session s) {
    return history
        .exists(s)
        .flatMap(exists -> exists ? history.read(s) : Mono.just(List.<HistoryEntry>of()));
  }

  private static String abbreviate(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
  }

  private static boolean isActive(HistoryEntry e) {
    return e.state() != MigrationState.ROLLED_BACK;
  }

  private static Optional<HistoryEntry> find(List<HistoryEntry> entries, String version) {
    return entries.stream().filter(e -> e.version().equals(version)).findFirst();
  }

  private MigrationNotFoundException notFound(
      String asked, String v, List<Migration> files, List<HistoryEntry> entries) {
    return new MigrationNotFoundException(
        "No migration "
            + asked
            + ": "
            + source()
            + (files.isEmpty()
                ? " has no migrations"
                : " has " + files.stream().map(Migration::id).collect(Collectors.joining(", ")))
            + (entries.isEmpty()
                ? ", and the history is empty."
                : "; the history has " + describe(entries) + ".")
            + " Nothing was changed. Hint: give a version as it is in the directory name,"
            + " e.g. "
            + (files.isEmpty() ? "20250101120000" : files.get(files.size() - 1).version())
            + ".",
        asked);
  }

  private static String describe(List<HistoryEntry> entries) {
    return entries.size()
        + (entries.size() == 1 ? " row (" : " rows (")
        + entries.stream()
            .map(e -> e.id() + " " + e.state().code())
            .collect(Collectors.joining(", "))
        + ")";
  }

  private MigrationException refused(String message) {
    return new MigrationException(message, null, null);
  }

  private String source() {
    return options.source().description();
  }

  private Mono<List<Migration>> files() {
    return Mono.fromCallable(() -> options.source().load())
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** On a dedicated connection, under the migration lock (released before emitting). */
  private <T> Mono<T> edit(Function<Session, Mono<T>> body) {
    return Mono.usingWhen(
        db.openDedicatedConnection(),
        c -> {
          Session s = new Session(c);
          return lock.acquire(s)
              .then(body.apply(s))
              .flatMap(result -> lock.release(s).thenReturn(result));
        },
        HistoryEditor::close,
        (c, e) -> close(c),
        HistoryEditor::close);
  }

  private static Mono<Void> close(PostgresqlConnection c) {
    return Mono.from(c.close()).onErrorResume(e -> Mono.empty());
  }

  /** Versions as the user gives them: {@code 20250101120000} or {@code 20250101120000_name}. */
  static final class Versions {
    private Versions() {}

    static String parse(String given) {
      String v = given.strip();
      int underscore = v.indexOf('_');
      return underscore > 0 ? v.substring(0, underscore) : v;
    }
  }
}
