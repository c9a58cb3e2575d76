package io.pgorm.migrate;

import java.util.List;

/**
 * The files and the history disagree (a changed checksum, a missing file, a migration out of order)
 * or the database's schema is not the one the next migration was planned against; nothing ran. The
 * message lists every problem, one per line:
 *
 * <pre>
 * Cannot migrate: 1 problem with the migrations in classpath:db/migrations.
 * - 20250101120000_init: up.sql changed after it was applied (checksum 3f1c9a0b… recorded, 77ab02de… now). Hint: ...
 * </pre>
 */
public final class MigrationValidationException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final transient List<MigrationProblem> problems;

  /** The problems, after {@code head} (e.g. {@code Cannot migrate}). */
  public MigrationValidationException(String head, String source, List<MigrationProblem> problems) {
    super(message(head, source, problems), null, null);
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, each naming its migration. */
  public List<MigrationProblem> problems() {
    return problems;
  }

  private static String message(String head, String source, List<MigrationProblem> problems) {
    StringBuilder b =
        new StringBuilder(head)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(" with the migrations in ")
            .append(source)
            .append('.');
    for (MigrationProblem p : problems) {
      b.append("\n- ").append(p.message());
    }
    return b.toString();
  }
}
