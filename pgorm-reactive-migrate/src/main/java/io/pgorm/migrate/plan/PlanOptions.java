package io.pgorm.migrate.plan;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** How a plan is made: online-safe choices and which data loss is accepted. Immutable. */
public final class PlanOptions {

  private static final PlanOptions DEFAULTS = builder().build();

  private final boolean concurrentIndexes;
  private final boolean notValidConstraints;
  private final @Nullable Duration lockTimeout;
  private final boolean acceptDataLoss;
  private final Set<String> allowDataLoss;

  private PlanOptions(Builder b) {
    this.concurrentIndexes = b.concurrentIndexes;
    this.notValidConstraints = b.notValidConstraints;
    this.lockTimeout = b.lockTimeout;
    this.acceptDataLoss = b.acceptDataLoss;
    this.allowDataLoss = Set.copyOf(b.allowDataLoss);
  }

  /** Every option at its default: plain DDL in transactions, data loss refused. */
  public static PlanOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.concurrentIndexes = concurrentIndexes;
    b.notValidConstraints = notValidConstraints;
    b.lockTimeout = lockTimeout;
    b.acceptDataLoss = acceptDataLoss;
    b.allowDataLoss.addAll(allowDataLoss);
    return b;
  }

  /** Whether indexes on existing tables are built and dropped {@code CONCURRENTLY}. */
  public boolean concurrentIndexes() {
    return concurrentIndexes;
  }

  /** Whether checks and foreign keys on existing tables are added NOT VALID, then validated. */
  public boolean notValidConstraints() {
    return notValidConstraints;
  }

  /** The {@code lock_timeout} the plan sets first, or {@code null} for none. */
  public @Nullable Duration lockTimeout() {
    return lockTimeout;
  }

  /** Whether every step that loses data is accepted. */
  public boolean acceptDataLoss() {
    return acceptDataLoss;
  }

  /** The subjects ({@link Step#subject()}) whose data-loss steps are accepted. */
  public Set<String> allowDataLoss() {
    return allowDataLoss;
  }

  /** Whether a data-loss step on {@code subject} is accepted. */
  public boolean accepts(String subject) {
    return acceptDataLoss || allowDataLoss.contains(subject);
  }

  /** Builds {@link PlanOptions}. */
  public static final class Builder {

    private boolean concurrentIndexes;
    private boolean notValidConstraints;
    private @Nullable Duration lockTimeout;
    private boolean acceptDataLoss;
    private final Set<String> allowDataLoss = new TreeSet<>();

    private Builder() {}

    /**
     * Builds new indexes of existing tables and materialized views with {@code CREATE INDEX
     * CONCURRENTLY} (and drops with {@code DROP INDEX CONCURRENTLY}), each in a step of its own
     * outside a transaction; a new primary key or unique constraint is built as a unique index
     * concurrently, then added {@code USING INDEX}. Partitioned tables cannot build indexes
     * concurrently and keep plain statements. Default {@code false}.
     */
    public Builder concurrentIndexes(boolean value) {
      this.concurrentIndexes = value;
      return this;
    }

    /**
     * Adds checks and foreign keys to existing tables {@code NOT VALID}, then {@code VALIDATE}s
     * them in a step of their own, which lets reads and writes go on. Default {@code false}.
     */
    public Builder notValidConstraints(boolean value) {
      this.notValidConstraints = value;
      return this;
    }

    /** Both online-safe choices: {@link #concurrentIndexes} and {@link #notValidConstraints}. */
    public Builder onlineSafe() {
      return concurrentIndexes(true).notValidConstraints(true);
    }

    /**
     * Starts the plan with {@code SET lock_timeout}, so that a statement waiting for a lock fails
     * after that long instead of queueing every query behind it. Default {@code null}: the server's
     * setting.
     */
    public Builder lockTimeout(@Nullable Duration value) {
      if (value != null && (value.isNegative() || value.isZero())) {
        throw new IllegalArgumentException("lockTimeout must be positive: " + value);
      }
      this.lockTimeout = value;
      return this;
    }

    /**
     * Accepts every step that loses data. Default {@code false}: such steps make {@link
     * io.pgorm.migrate.diff.SchemaDiff#diff} fail, naming them, unless their subject is allowed.
     */
    public Builder acceptDataLoss(boolean value) {
      this.acceptDataLoss = value;
      return this;
    }

    /**
     * Accepts the data-loss steps of these subjects ({@link Step#subject()}: {@code app.item},
     * {@code app.item.note}). Adds to the subjects given before. Default: none.
     */
    public Builder allowDataLoss(Collection<String> subjects) {
      this.allowDataLoss.addAll(subjects);
      return this;
    }

    public PlanOptions build() {
      return new PlanOptions(this);
    }
  }
}
