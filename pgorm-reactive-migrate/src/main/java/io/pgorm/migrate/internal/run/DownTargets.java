package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which migrations {@code down(n)} rolls back, checked before any runs. */
final class DownTargets {

  private DownTargets() {}

  /**
   * The last {@code n} applied migrations, newest first.
   *
   * @throws MigrationException when the newest one failed part-way, fewer than {@code n} are
   *     applied, or one of them has no files here
   * @throws IrreversibleMigrationException when one of them cannot be rolled back
   */
  static List<Migration> pick(Plan plan, List<Migration> files, int n, String source) {
    List<HistoryEntry> active =
        plan.history().stream()
            .filter(e -> e.state() != MigrationState.ROLLED_BACK)
            .sorted(Comparator.comparing(HistoryEntry::version).reversed())
            .toList();
    if (!active.isEmpty() && active.get(0).state() == MigrationState.FAILED) {
      HistoryEntry e = active.get(0);
      throw new MigrationException(
          "Cannot roll back: "
              + e.id()
              + " failed part-way ("
              + e.statementsApplied()
              + " of "
              + e.statements()
              + " statements committed). Hint: finish it with migrate, or undo its committed"
              + " statements by hand and delete its history row, before rolling back.",
          null,
          null);
    }
    if (active.size() < n) {
      throw new MigrationException(
          "Cannot roll back "
              + n
              + " migrations: only "
              + active.size()
              + " applied"
              + (active.isEmpty()
                  ? "."
                  : " ("
                      + active.stream().map(HistoryEntry::id).collect(Collectors.joining(", "))
                      + ").")
              + " Nothing was rolled back.",
          null,
          null);
    }
    Map<String, Migration> byVersion =
        files.stream().collect(Collectors.toMap(Migration::version, Function.identity()));
    List<Migration> targets = new ArrayList<>();
    List<HistoryEntry> chosen = active.subList(0, n);
    String names = chosen.stream().map(HistoryEntry::id).collect(Collectors.joining(", "));
    for (HistoryEntry e : chosen) {
      Migration m = byVersion.get(e.version());
      if (m == null) {
        throw new MigrationException(
            "Cannot roll back "
                + e.id()
                + ": its directory is not in "
                + source
                + " (a newer release applied it). Nothing was rolled back. Hint: roll it back"
                + " with the release that has it.",
            null,
            null);
      }
      String reason = m.irreversibleReason();
      if (reason != null) {
        throw new IrreversibleMigrationException(
            "Cannot roll back "
                + m.id()
                + ": "
                + Failures.sentence(reason)
                + " Nothing was rolled back (down("
                + n
                + ") would roll back "
                + names
                + "). Hint: roll back fewer migrations, or restore by other means (a backup).",
            m.version(),
            m.name());
      }
      targets.add(m);
    }
    return targets;
  }
}
