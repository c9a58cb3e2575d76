package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.SqlScript;
import io.pgorm.migrate.files.SqlStatement;
import io.pgorm.migrate.history.MigrationState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs one migration file step by step ({@link Steps}) on the runner's session: each transactional
 * step in {@code BEGIN ... COMMIT} with its {@code SET LOCAL lock_timeout}, each other statement
 * alone; the history row is written in the transaction of the step it describes (for a statement
 * that runs alone, right after it).
 */
final class Applier {

  private final HistoryStore history;
  private final Clock clock;
  private final @Nullable Duration lockTimeout;

  Applier(HistoryStore history, Clock clock, @Nullable Duration lockTimeout) {
    this.history = history;
    this.clock = clock;
    this.lockTimeout = lockTimeout;
  }

  /** Applies {@code p}'s {@code up.sql} from where it stopped; emits what ran. */
  Mono<MigrationResult> up(
      Session s, Plan.Pending p, Runnable onCommit, Supplier<MigrationReport> soFar) {
    Migration m = p.migration();
    return Mono.defer(
        () -> {
          Progress progress = new Progress(m.up(), p.alreadyApplied(), clock.instant());
          List<Steps.Step> steps =
              Steps.of(m.up().statements(), p.alreadyApplied(), m.up().header().noTransaction());
          if (steps.isEmpty()) {
            // Every statement had committed but the row was not marked applied: mark it now.
            Steps.Step all = new Steps.Step(List.of(last(m)), true);
            return history
                .save(s, row(m, progress, all, true))
                .then(Mono.fromSupplier(() -> result(m, MigrationDirection.UP, progress)));
          }
          return Flux.range(0, steps.size())
              .concatMap(
                  i -> {
                    boolean last = i == steps.size() - 1;
                    Mono<Void> record =
                        Mono.defer(() -> history.save(s, row(m, progress, steps.get(i), last)));
                    return step(s, steps.get(i), progress, record, onCommit);
                  })
              .then(Mono.fromSupplier(() -> result(m, MigrationDirection.UP, progress)))
              .onErrorResume(
                  Failed.class, e -> failed(s, m, MigrationDirection.UP, progress, e, soFar));
        });
  }

  /** Runs {@code m}'s {@code down.sql} and marks it rolled back; emits what ran. */
  Mono<MigrationResult> down(
      Session s, Migration m, Runnable onCommit, Supplier<MigrationReport> soFar) {
    SqlScript down = Objects.requireNonNull(m.down(), "down.sql");
    return Mono.defer(
        () -> {
          Progress progress = new Progress(down, 0, clock.instant());
          List<Steps.Step> steps = Steps.of(down.statements(), 0, down.header().noTransaction());
          Mono<Void> mark = Mono.defer(() -> history.rolledBack(s, m.version(), clock.instant()));
          if (steps.isEmpty()) {
            return mark.doOnSuccess(v -> onCommit.run())
                .then(Mono.fromSupplier(() -> result(m, MigrationDirection.DOWN, progress)));
          }
          return Flux.range(0, steps.size())
              .concatMap(
                  i -> {
                    Mono<Void> record = i == steps.size() - 1 ? mark : Mono.empty();
                    return step(s, steps.get(i), progress, record, onCommit);
                  })
              .then(Mono.fromSupplier(() -> result(m, MigrationDirection.DOWN, progress)))
              .onErrorResume(
                  Failed.class, e -> failed(s, m, MigrationDirection.DOWN, progress, e, soFar));
        });
  }

  private Mono<Void> step(
      Session s, Steps.Step step, Progress progress, Mono<Void> record, Runnable onCommit) {
    Duration timeout =
        progress.script.header().lockTimeout() != null
            ? progress.script.header().lockTimeout()
            : lockTimeout;
    Mono<Void> committed =
        Mono.fromRunnable(
            () -> {
              progress.committed(step);
              onCommit.run();
            });
    if (!step.transactional()) {
      Steps.Numbered n = step.statements().get(0);
      Mono<Void> restore =
          timeout == null
              ? Mono.empty()
              : s.update("SELECT set_config('lock_timeout', $1, false)", s.lockTimeout());
      return (timeout == null
              ? Mono.<Void>empty()
              : s.run("SET lock_timeout = " + timeout.toMillis()))
          .then(s.run(n.statement().sql()).onErrorMap(e -> new Failed(n, false, e)))
          .then(committed)
          .then(restore)
          .then(record);
    }
    Steps.Numbered lastOfStep = step.statements().get(step.statements().size() - 1);
    return s.run("BEGIN")
        .then(
            timeout == null
                ? Mono.<Void>empty()
                : s.run("SET LOCAL lock_timeout = " + timeout.toMillis()))
        .thenMany(
            Flux.fromIterable(step.statements())
                .concatMap(
                    n -> s.run(n.statement().sql()).onErrorMap(e -> new Failed(n, false, e))))
        .then(record)
        .then(s.run("COMMIT").onErrorMap(e -> new Failed(lastOfStep, true, e)))
        .then(committed)
        .onErrorResume(e -> s.run("ROLLBACK").onErrorResume(x -> Mono.empty()).then(Mono.error(e)));
  }

  private Mono<MigrationResult> failed(
      Session s,
      Migration m,
      MigrationDirection direction,
      Progress progress,
      Failed f,
      Supplier<MigrationReport> soFar) {
    Throwable cause = Objects.requireNonNull(f.getCause());
    String error = String.valueOf(cause.getMessage());
    MigrationFailedException e =
        new MigrationFailedException(
            Failures.statementFailed(m, direction, progress, f.statement, f.atCommit, error),
            m.version(),
            m.name(),
            direction,
            progress.script.file(),
            f.statement.statement(),
            f.statement.number(),
            progress.committedNow,
            soFar.get(),
            cause);
    boolean rowExists = direction == MigrationDirection.UP && progress.committed() > 0;
    Mono<Void> note =
        rowExists
            ? history
                .failed(s, m.version(), Failures.forHistory(f.statement, error))
                .onErrorResume(x -> Mono.empty())
            : Mono.empty();
    return note.then(Mono.error(e));
  }

  private HistoryStore.Row row(Migration m, Progress p, Steps.Step step, boolean last) {
    // Statements commit in file order: after this step, every statement up to its last has.
    int applied = step.statements().get(step.statements().size() - 1).number();
    return new HistoryStore.Row(
        m.version(),
        m.name(),
        m.up().checksum(),
        last ? MigrationState.APPLIED : MigrationState.FAILED,
        p.total(),
        applied,
        noTransactionWithin(p, applied),
        Duration.between(p.started, clock.instant()),
        p.started,
        m.up().header().schemaHash(),
        null);
  }

  private static Steps.Numbered last(Migration m) {
    List<SqlStatement> all = m.up().statements();
    return new Steps.Numbered(all.get(all.size() - 1), all.size());
  }

  private static int noTransactionWithin(Progress p, int applied) {
    int n = 0;
    for (int i = 0; i < applied; i++) {
      SqlStatement s = p.script.statements().get(i);
      if (p.script.header().noTransaction() || s.noTransaction()) {
        n++;
      }
    }
    return n;
  }

  private MigrationResult result(Migration m, MigrationDirection direction, Progress p) {
    return new MigrationResult(
        m.version(),
        m.name(),
        direction,
        p.committedNow.size(),
        p.noTransactionNow,
        p.alreadyApplied,
        Duration.between(p.started, clock.instant()));
  }

  /** A statement of the file failed (or the COMMIT after it): carried to {@link #failed}. */
  private static final class Failed extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient Steps.Numbered statement;
    private final boolean atCommit;

    Failed(Steps.Numbered statement, boolean atCommit, Throwable cause) {
      super("statement " + statement.number() + " failed", null, cause);
      this.statement = statement;
      this.atCommit = atCommit;
    }
  }
}
