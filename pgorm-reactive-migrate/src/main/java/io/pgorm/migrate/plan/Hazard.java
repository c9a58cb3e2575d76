package io.pgorm.migrate.plan;

import java.util.Objects;

/** A hazard of one step: its kind and what exactly is at stake. */
public record Hazard(HazardKind kind, String detail) {

  public Hazard {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code DATA_LOSS: the values of column app.item.note are dropped}. */
  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
