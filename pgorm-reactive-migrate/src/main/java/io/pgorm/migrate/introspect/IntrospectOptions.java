package io.pgorm.migrate.introspect;

import java.util.List;

/** What {@link Introspector} reads. Immutable; made with {@link #builder()}. */
public final class IntrospectOptions {

  private static final IntrospectOptions DEFAULTS = builder().build();

  private final List<String> schemas;
  private final boolean foldChangeStreams;

  private IntrospectOptions(Builder b) {
    this.schemas = List.copyOf(b.schemas);
    this.foldChangeStreams = b.foldChangeStreams;
  }

  /** Every user schema, change streams folded. */
  public static IntrospectOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The schemas to read; empty for all but the system ones. */
  public List<String> schemas() {
    return schemas;
  }

  /** Whether the objects behind {@code @@notify} are folded back into change streams. */
  public boolean foldChangeStreams() {
    return foldChangeStreams;
  }

  /** Builds {@link IntrospectOptions}. */
  public static final class Builder {

    private List<String> schemas = List.of();
    private boolean foldChangeStreams = true;

    private Builder() {}

    /**
     * Reads only these schemas (and the extensions installed in them). Default: every schema but
     * {@code pg_catalog}, {@code information_schema}, {@code pg_toast} and temporary schemas.
     */
    public Builder schemas(List<String> value) {
      this.schemas = List.copyOf(value);
      return this;
    }

    /**
     * Whether to fold the change-log table, capture function and capture triggers that
     * {@code @@notify} expands to back into {@code changeStream} fields ({@link
     * io.pgorm.schema.changes.ChangeStreams#fold}). Default {@code true}; {@code false} gives the
     * objects as they are in the database.
     */
    public Builder foldChangeStreams(boolean value) {
      this.foldChangeStreams = value;
      return this;
    }

    public IntrospectOptions build() {
      return new IntrospectOptions(this);
    }
  }
}
