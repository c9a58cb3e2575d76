package io.pgorm.query;

import io.pgorm.query.render.Renderer;
import io.pgorm.query.render.SchemaMapping;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import reactor.util.context.ContextView;

/**
 * How a {@link QueryClient} renders and runs statements. Immutable; start from {@link #defaults()}
 * or {@link #builder()}.
 *
 * @param renderer the renderer and its shape cache
 * @param schemas the schema renaming for a call, read from the subscriber's Reactor Context
 *     (schema-per-tenant)
 * @param coalesceLookups whether concurrent {@code findById} calls on one table are merged into one
 *     {@code = ANY($1)} query
 * @param coalesceWindow how long a lookup waits for others to join its batch
 * @param maxBatch the most keys one coalesced or included query carries
 */
public record QueryOptions(
    Renderer renderer,
    Function<ContextView, SchemaMapping> schemas,
    boolean coalesceLookups,
    Duration coalesceWindow,
    int maxBatch) {

  private static final QueryOptions DEFAULTS = builder().build();

  /** Checks the values. */
  public QueryOptions {
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(schemas, "schemas");
    Objects.requireNonNull(coalesceWindow, "coalesceWindow");
    if (coalesceWindow.isNegative()) {
      throw new IllegalArgumentException("coalesceWindow " + coalesceWindow + " is negative");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch " + maxBatch + " must be at least 1");
    }
  }

  /** The defaults; see each {@link Builder} method. */
  public static QueryOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QueryOptions}. */
  public static final class Builder {
    private Renderer renderer = Renderer.shared();
    private Function<ContextView, SchemaMapping> schemas = ctx -> SchemaMapping.none();
    private boolean coalesceLookups = true;
    private Duration coalesceWindow = Duration.ZERO;
    private int maxBatch = 1000;

    private Builder() {}

    /** The renderer. Default: {@link Renderer#shared()} (2048 cached shapes). */
    public Builder renderer(Renderer renderer) {
      this.renderer = Objects.requireNonNull(renderer, "renderer");
      return this;
    }

    /**
     * Renames schemas per call from the subscriber's context, e.g. {@code ctx ->
     * SchemaMapping.of(Map.of("app", ctx.get("tenant")))}. Default: no renaming.
     */
    public Builder schemas(Function<ContextView, SchemaMapping> schemas) {
      this.schemas = Objects.requireNonNull(schemas, "schemas");
      return this;
    }

    /**
     * Whether concurrent {@code findById} calls on one table, outside transactions, are merged into
     * one {@code = ANY($1)} query. Default: {@code true}.
     */
    public Builder coalesceLookups(boolean coalesce) {
      this.coalesceLookups = coalesce;
      return this;
    }

    /**
     * How long the first lookup of a batch waits for others before its query is sent. Default: zero
     * — a lookup is sent at once when no batch of its table is running, and lookups that arrive
     * while one runs are sent together when it ends, so a lone caller never waits.
     */
    public Builder coalesceWindow(Duration window) {
      this.coalesceWindow = Objects.requireNonNull(window, "window");
      return this;
    }

    /** The most keys in one coalesced lookup or include query. Default: 1000. */
    public Builder maxBatch(int maxBatch) {
      this.maxBatch = maxBatch;
      return this;
    }

    /** The options. */
    public QueryOptions build() {
      return new QueryOptions(renderer, schemas, coalesceLookups, coalesceWindow, maxBatch);
    }
  }
}
