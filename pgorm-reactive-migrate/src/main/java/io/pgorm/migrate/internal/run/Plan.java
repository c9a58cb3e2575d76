package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationProblem.Kind;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files compared with the history: what is pending and what disagrees. Pure.
 *
 * @param history the history rows, by version
 * @param pending what {@code migrate} would run, in order
 * @param problems every disagreement, blocking or not
 */
record Plan(List<HistoryEntry> history, List<Pending> pending, List<MigrationProblem> problems) {

  /**
   * A migration to run; {@code alreadyApplied} statements of it committed in an earlier run that
   * failed part-way (0 for a fresh one).
   */
  record Pending(Migration migration, int alreadyApplied) {}

  /** Compares {@code files} (by version) with {@code history}. */
  static Plan of(List<Migration> files, List<HistoryEntry> history) {
    Map<String, Migration> byVersion = new LinkedHashMap<>();
    files.forEach(m -> byVersion.put(m.version(), m));
    String newestFile = files.isEmpty() ? "" : files.get(files.size() - 1).version();
    Map<String, HistoryEntry> done = new LinkedHashMap<>();
    List<MigrationProblem> problems = new ArrayList<>();
    String newestApplied = "";
    for (HistoryEntry e : history) {
      if (e.state() == MigrationState.ROLLED_BACK) {
        continue;
      }
      done.put(e.version(), e);
      newestApplied = e.version().compareTo(newestApplied) > 0 ? e.version() : newestApplied;
      Migration file = byVersion.get(e.version());
      if (file == null) {
        problems.add(missing(e, newestFile));
      } else if (!file.up().checksum().equals(e.checksum())) {
        problems.add(changed(e, file));
      } else if (e.state() == MigrationState.FAILED) {
        problems.add(incomplete(e, file));
      }
    }
    List<Pending> pending = new ArrayList<>();
    for (Migration m : files) {
      HistoryEntry e = done.get(m.version());
      if (e == null) {
        if (m.version().compareTo(newestApplied) < 0) {
          problems.add(outOfOrder(m, newestApplied));
        }
        pending.add(new Pending(m, 0));
      } else if (e.state() == MigrationState.FAILED) {
        pending.add(new Pending(m, e.statementsApplied()));
      }
    }
    pending.sort((a, b) -> a.migration().version().compareTo(b.migration().version()));
    return new Plan(history, pending, problems);
  }

  /** The problems that stop {@code migrate} and {@code down}. */
  List<MigrationProblem> blocking() {
    return problems.stream().filter(p -> p.kind().isBlocking()).toList();
  }

  private static MigrationProblem missing(HistoryEntry e, String newestFile) {
    if (e.version().compareTo(newestFile) > 0 && e.state().isApplied()) {
      return new MigrationProblem(
          Kind.UNKNOWN_NEWER,
          e.version(),
          e.name(),
          e.id()
              + " is applied but newer than every migration here: a newer release applied it."
              + " It is left alone.");
    }
    return new MigrationProblem(
        Kind.MISSING_FILE,
        e.version(),
        e.name(),
        e.id()
            + " is "
            + (e.state() == MigrationState.FAILED ? "recorded as failed part-way" : "applied")
            + " but its directory is missing. Hint: restore the directory (migrations that ran"
            + " must stay), or delete its row from the history table if it was never meant to"
            + " exist.");
  }

  private static MigrationProblem changed(HistoryEntry e, Migration file) {
    return new MigrationProblem(
        Kind.CHECKSUM_CHANGED,
        e.version(),
        e.name(),
        file.up().file()
            + " changed after it was "
            + (e.state() == MigrationState.FAILED
                ? "applied part-way (" + e.statementsApplied() + " of " + e.statements() + ")"
                : "applied")
            + " (checksum "
            + abbreviate(e.checksum())
            + " recorded, "
            + abbreviate(file.up().checksum())
            + " now). Hint: restore the file as it was applied and put the change in a new"
            + " migration.");
  }

  private static MigrationProblem incomplete(HistoryEntry e, Migration file) {
    return new MigrationProblem(
        Kind.INCOMPLETE,
        e.version(),
        e.name(),
        e.id()
            + " failed part-way: "
            + e.statementsApplied()
            + " of "
            + e.statements()
            + " statements committed. The next migrate runs "
            + file.up().file()
            + " from statement "
            + (e.statementsApplied() + 1)
            + "."
            + (e.error() == null ? "" : " Last error: " + Failures.sentence(e.error())));
  }

  private static MigrationProblem outOfOrder(Migration m, String newestApplied) {
    return new MigrationProblem(
        Kind.OUT_OF_ORDER,
        m.version(),
        m.name(),
        m.id()
            + " is pending but older than "
            + newestApplied
            + ", the newest applied migration. Hint: give it a time stamp after "
            + newestApplied
            + " (rename the directory) so that every database applies migrations in one order.");
  }

  private static String abbreviate(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
  }
}
