package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.files.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file's statements are grouped into commits: as few transactions as PostgreSQL allows. A
 * statement that cannot run in a transaction block runs alone (committing what came before it
 * first); a transaction ends right after {@code ALTER TYPE ... ADD VALUE} (a run of them) when more
 * statements follow, so that they can use the new value. Pure.
 */
final class Steps {

  /** A statement with its number in the file, from 1. */
  record Numbered(SqlStatement statement, int number) {}

  /** Statements committed together; {@code transactional} false for one that runs alone. */
  record Step(List<Numbered> statements, boolean transactional) {

    Step {
      statements = List.copyOf(statements);
    }
  }

  private Steps() {}

  /**
   * The steps for {@code statements} from index {@code from} (the statements before it committed
   * earlier); with {@code noTransaction} (the file's header says so) every statement runs alone.
   */
  static List<Step> of(List<SqlStatement> statements, int from, boolean noTransaction) {
    List<Step> steps = new ArrayList<>();
    List<Numbered> open = new ArrayList<>();
    for (int i = from; i < statements.size(); i++) {
      SqlStatement s = statements.get(i);
      Numbered n = new Numbered(s, i + 1);
      if (noTransaction || s.noTransaction()) {
        close(steps, open);
        steps.add(new Step(List.of(n), false));
        continue;
      }
      open.add(n);
      boolean nextAddsValueToo = i + 1 < statements.size() && statements.get(i + 1).commitAfter();
      if (s.commitAfter() && !nextAddsValueToo) {
        close(steps, open);
      }
    }
    close(steps, open);
    return steps;
  }

  private static void close(List<Step> steps, List<Numbered> open) {
    if (!open.isEmpty()) {
      steps.add(new Step(open, true));
      open.clear();
    }
  }
}
