package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.files.SqlScript;
import io.pgorm.migrate.files.SqlStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How far one migration got in this run: what committed, and when it started. */
final class Progress {

  final SqlScript script;
  final int alreadyApplied;
  final Instant started;
  final List<SqlStatement> committedNow = new ArrayList<>();
  int noTransactionNow;

  Progress(SqlScript script, int alreadyApplied, Instant started) {
    this.script = script;
    this.alreadyApplied = alreadyApplied;
    this.started = started;
  }

  void committed(Steps.Step step) {
    step.statements().forEach(n -> committedNow.add(n.statement()));
    if (!step.transactional()) {
      noTransactionNow++;
    }
  }

  /** Statements of the file committed so far, in this run and before. */
  int committed() {
    return alreadyApplied + committedNow.size();
  }

  int total() {
    return script.statements().size();
  }
}
