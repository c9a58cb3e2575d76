package io.pgorm.migrate.internal.run;

import io.pgorm.PgOrm;
import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationListener;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.SchemaHash;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** What {@link io.pgorm.migrate.Migrator} does: migrate, status and down. */
public final class Runner {

  private final PgOrm db;
  private final MigratorOptions options;
  private final MigrationListener listener;
  private final HistoryStore history;
  private final MigrationLock lock;
  private final Applier applier;

  public Runner(PgOrm db, MigratorOptions options) {
    this.db = db;
    this.options = options;
    this.listener = options.listener();
    this.history = new HistoryStore(options.historyTable());
    this.lock = new MigrationLock(options.lockKey(), options.lockWaitTimeout(), options.clock());
    this.applier = new Applier(history, options.clock(), options.lockTimeout());
  }

  public Mono<MigrationReport> migrate() {
    return Mono.defer(
        () -> {
          Run run = new Run(MigrationDirection.UP, options.clock());
          return files()
              .flatMap(
                  files ->
                      session(
                          s ->
                              locked(
                                  s,
                                  run,
                                  history
                                      .ensure(s)
                                      .then(history.read(s))
                                      .flatMap(entries -> applyPending(s, run, files, entries)))))
              // Before the report reaches the caller (doFinally would run after it): the caller's
              // next
              // statement must already get a fresh connection.
              .doOnSuccess(report -> run.evictIfChanged(db))
              .doOnError(e -> run.evictIfChanged(db))
              .doOnCancel(() -> run.evictIfChanged(db));
        });
  }

  public Mono<MigrationStatus> status() {
    return Mono.defer(
        () ->
            files()
                .flatMap(files -> session(s -> readIfExists(s).map(e -> Plan.of(files, e))))
                .flatMap(
                    plan ->
                        nextHashProblem(plan)
                            .map(List::of)
                            .defaultIfEmpty(List.of())
                            .map(extra -> status(plan, extra))));
  }

  public Mono<MigrationReport> down(int n) {
    if (n < 1) {
      return Mono.error(
          new IllegalArgumentException(
              "down(n) rolls back the last n migrations: n must be at least 1, was " + n + "."));
    }
    return Mono.defer(
        () -> {
          Run run = new Run(MigrationDirection.DOWN, options.clock());
          return files()
              .flatMap(
                  files ->
                      session(
                          s ->
                              locked(
                                  s,
                                  run,
                                  readIfExists(s)
                                      .flatMap(entries -> rollBack(s, run, files, entries, n)))))
              // Before the report reaches the caller (doFinally would run after it): the caller's
              // next
              // statement must already get a fresh connection.
              .doOnSuccess(report -> run.evictIfChanged(db))
              .doOnError(e -> run.evictIfChanged(db))
              .doOnCancel(() -> run.evictIfChanged(db));
        });
  }

  private Mono<MigrationReport> applyPending(
      Session s, Run run, List<Migration> files, List<HistoryEntry> entries) {
    Plan plan = Plan.of(files, entries);
    if (!plan.blocking().isEmpty()) {
      return Mono.error(
          new MigrationValidationException(
              "Cannot migrate", options.source().description(), plan.blocking()));
    }
    return Flux.fromIterable(plan.pending())
        .concatMap(
            p ->
                checkHash(p)
                    .then(
                        Mono.fromRunnable(
                            () -> listener.migrationStarting(p.migration(), MigrationDirection.UP)))
                    .then(applier.up(s, p, run::changed, run::report))
                    .doOnNext(
                        r -> {
                          run.add(r);
                          listener.migrationFinished(r);
                        })
                    .doOnError(MigrationFailedException.class, listener::migrationFailed))
        .then(Mono.fromSupplier(run::report));
  }

  private Mono<MigrationReport> rollBack(
      Session s, Run run, List<Migration> files, List<HistoryEntry> entries, int n) {
    Plan plan = Plan.of(files, entries);
    if (!plan.blocking().isEmpty()) {
      return Mono.error(
          new MigrationValidationException(
              "Cannot roll back", options.source().description(), plan.blocking()));
    }
    List<Migration> targets = DownTargets.pick(plan, files, n, options.source().description());
    return Flux.fromIterable(targets)
        .concatMap(
            m ->
                Mono.fromRunnable(() -> listener.migrationStarting(m, MigrationDirection.DOWN))
                    .then(applier.down(s, m, run::changed, run::report))
                    .doOnNext(
                        r -> {
                          run.add(r);
                          listener.migrationFinished(r);
                        })
                    .doOnError(MigrationFailedException.class, listener::migrationFailed))
        .then(Mono.fromSupplier(run::report));
  }

  /** Fails when the migration names a schema hash that is not the database's. */
  private Mono<Void> checkHash(Plan.Pending p) {
    return hashProblem(p)
        .flatMap(
            problem ->
                Mono.<Void>error(
                    new MigrationValidationException(
                        "Cannot migrate", options.source().description(), List.of(problem))));
  }

  private Mono<MigrationProblem> nextHashProblem(Plan plan) {
    return plan.pending().isEmpty() ? Mono.empty() : hashProblem(plan.pending().get(0));
  }

  private Mono<MigrationProblem> hashProblem(Plan.Pending p) {
    Migration m = p.migration();
    String expected = m.up().header().schemaHash();
    if (expected == null || p.alreadyApplied() > 0 || !options.verifySchemaHash()) {
      return Mono.empty();
    }
    return SchemaHash.read(db, options.historyTable())
        .filter(actual -> !actual.equals(expected))
        .map(
            actual ->
                new MigrationProblem(
                    MigrationProblem.Kind.SCHEMA_CHANGED,
                    m.version(),
                    m.name(),
                    m.id()
                        + " was planned against schema "
                        + expected.substring(0, 12)
                        + "… but the database's schema is "
                        + actual.substring(0, 12)
                        + "…: it changed since (drift, or a change made outside the"
                        + " migrations). Hint: plan the migration again against this schema, or"
                        + " delete its -- pgorm:schema-hash line to apply it anyway."));
  }

  private MigrationStatus status(Plan plan, List<MigrationProblem> extra) {
    List<MigrationProblem> problems = new ArrayList<>(plan.problems());
    problems.addAll(extra);
    return new MigrationStatus(
        options.source().description(),
        plan.history(),
        plan.pending().stream().map(Plan.Pending::migration).toList(),
        problems);
  }

  private <T> Mono<T> locked(Session s, Run run, Mono<T> body) {
    // Migrations build indexes and rewrite tables: the application's statement_timeout is not
    // for them. lock_timeout is set per migration instead.
    return s.run("SET statement_timeout = 0")
        .then(lock.acquire(s))
        .doOnNext(
            waited -> {
              run.lockWait(waited);
              listener.lockAcquired(options.lockKey(), waited);
            })
        .then(body)
        .flatMap(result -> lock.release(s).thenReturn(result));
  }

  private Mono<List<HistoryEntry>> readIfExists(Session s) {
    return history
        .exists(s)
        .flatMap(exists -> exists ? history.read(s) : Mono.just(List.<HistoryEntry>of()));
  }

  private Mono<List<Migration>> files() {
    return Mono.fromCallable(() -> options.source().load())
        .subscribeOn(Schedulers.boundedElastic());
  }

  private <T> Mono<T> session(Function<Session, Mono<T>> body) {
    return Mono.usingWhen(
        db.openDedicatedConnection(),
        c -> body.apply(new Session(c)),
        Runner::close,
        (c, e) -> close(c),
        Runner::close);
  }

  private static Mono<Void> close(PostgresqlConnection c) {
    return Mono.from(c.close()).onErrorResume(e -> Mono.empty());
  }
}
