package io.pgorm.migrate;

import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import java.util.List;

/**
 * The migrations of a database compared with the files: what {@link Migrator#status()} emits.
 *
 * @param source where the files were read, e.g. {@code classpath:db/migrations}
 * @param history every row of the history table, by version (empty when it does not exist yet)
 * @param pending the migrations {@code migrate} would run, in order: a migration that failed
 *     part-way first (it resumes), then those not applied or rolled back
 * @param problems what disagrees; see {@link MigrationProblem.Kind}
 */
public record MigrationStatus(
    String source,
    List<HistoryEntry> history,
    List<Migration> pending,
    List<MigrationProblem> problems) {

  public MigrationStatus {
    history = List.copyOf(history);
    pending = List.copyOf(pending);
    problems = List.copyOf(problems);
  }

  /**
   * The history rows of applied migrations, by version: those that ran and those recorded as a
   * {@link MigrationState#BASELINE baseline}.
   */
  public List<HistoryEntry> applied() {
    return history.stream().filter(e -> e.state().isApplied()).toList();
  }

  /** The problems that make {@code migrate} and {@code down} refuse to run. */
  public List<MigrationProblem> blockingProblems() {
    return problems.stream().filter(p -> p.kind().isBlocking()).toList();
  }

  /** Nothing pending and no problem that blocks: the database is up to date with the files. */
  public boolean isUpToDate() {
    return pending.isEmpty() && blockingProblems().isEmpty();
  }
}
