package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.SqlStatement;
import java.util.List;

/** The messages of failed migrations: what failed, where, and what state it left. */
final class Failures {

  private Failures() {}

  /**
   * {@code Migration <id> failed at <file> line <n> (statement <k> of <total>): <server error>.
   * Statement: <sql>. <what was left>}
   */
  static String statementFailed(
      Migration m,
      MigrationDirection direction,
      Progress p,
      Steps.Numbered failed,
      boolean atCommit,
      String error) {
    StringBuilder b = new StringBuilder("Migration ").append(m.id());
    if (direction == MigrationDirection.DOWN) {
      b.append(" could not be rolled back: it");
    }
    SqlStatement s = failed.statement();
    if (atCommit) {
      b.append(" failed at the COMMIT after ")
          .append(p.script.file())
          .append(" line ")
          .append(s.line())
          .append(" (statement ")
          .append(failed.number())
          .append(" of ")
          .append(p.total())
          .append("; deferred constraints are checked at COMMIT): ")
          .append(sentence(error));
    } else {
      b.append(" failed at ")
          .append(p.script.file())
          .append(" line ")
          .append(s.line())
          .append(" (statement ")
          .append(failed.number())
          .append(" of ")
          .append(p.total())
          .append("): ")
          .append(sentence(error))
          .append(" Statement: ")
          .append(sentence(s.abbreviated(300)));
    }
    b.append(' ').append(aftermath(direction, p, failed));
    if (s.noTransaction()
        && s.sql().matches("(?is)create\\s+(unique\\s+)?index\\s+concurrently.*")) {
      b.append(
          " Hint: a failed CREATE INDEX CONCURRENTLY leaves an invalid index behind; drop it"
              + " before running the migration again.");
    }
    return b.toString();
  }

  private static String aftermath(MigrationDirection direction, Progress p, Steps.Numbered failed) {
    List<SqlStatement> kept = p.committedNow;
    String later =
        direction == MigrationDirection.UP
            ? " Later migrations were not run."
            : " Migrations rolled back before it in this call stay rolled back.";
    if (kept.isEmpty() && p.alreadyApplied == 0) {
      return "Rolled back: the schema and the history are as they were before this "
          + (direction == MigrationDirection.UP ? "migration." : "call.")
          + later;
    }
    StringBuilder b = new StringBuilder("Rolled back to the last commit");
    if (!kept.isEmpty()) {
      b.append("; these statements had committed before and stay: ").append(list(kept));
    }
    b.append('.');
    if (direction == MigrationDirection.UP) {
      b.append(" The history records the migration as failed after ")
          .append(p.committed())
          .append(" of ")
          .append(p.total())
          .append(" statements; the next migrate runs it from statement ")
          .append(p.committed() + 1)
          .append(" (line ")
          .append(p.script.statements().get(p.committed()).line())
          .append(").");
    } else {
      b.append(" The history still records the migration as applied.");
    }
    return b.append(later).toString();
  }

  /** What the history's {@code error} column keeps of a failure. */
  static String forHistory(Steps.Numbered failed, String error) {
    String text =
        "statement " + failed.number() + " (line " + failed.statement().line() + "): " + error;
    return text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
  }

  private static String list(List<SqlStatement> statements) {
    StringBuilder b = new StringBuilder();
    for (SqlStatement s : statements) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append("line ").append(s.line()).append(" (").append(s.abbreviated(80)).append(')');
    }
    return b.toString();
  }

  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") || t.endsWith("…") ? t : t + ".";
  }
}
