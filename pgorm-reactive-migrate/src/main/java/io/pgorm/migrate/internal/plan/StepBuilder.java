package io.pgorm.migrate.internal.plan;

import io.pgorm.migrate.plan.Hazard;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Step;
import java.util.ArrayList;
import java.util.List;

/** Builds one {@link Step}. */
final class StepBuilder {

  private final String subject;
  private final String description;
  private final List<String> statements = new ArrayList<>();
  private final List<Hazard> hazards = new ArrayList<>();
  private boolean transactional = true;
  private boolean commitAfter;

  private StepBuilder(String subject, String description) {
    this.subject = subject;
    this.description = description;
  }

  static StepBuilder step(String subject, String description) {
    return new StepBuilder(subject, description);
  }

  StepBuilder sql(String statement) {
    statements.add(statement);
    return this;
  }

  StepBuilder sql(List<String> list) {
    statements.addAll(list);
    return this;
  }

  StepBuilder hazard(HazardKind kind, String detail) {
    hazards.add(new Hazard(kind, detail));
    return this;
  }

  StepBuilder outsideTransaction() {
    transactional = false;
    return this;
  }

  StepBuilder commitAfter() {
    commitAfter = true;
    return this;
  }

  Step build() {
    return new Step(subject, description, statements, hazards, transactional, commitAfter);
  }
}
