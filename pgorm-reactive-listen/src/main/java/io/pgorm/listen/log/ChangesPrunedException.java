package io.pgorm.listen.log;

import io.pgorm.error.PgOrmException;
import org.jspecify.annotations.Nullable;

/**
 * The reset signal: a stream or durable consumer stands at a position older than what retention
 * kept, so changes it has not read were pruned. Nothing is skipped silently: the stream ends with
 * this error, and the application decides — rebuild its state from the tables, then move the
 * consumer on with {@code ChangeFeed#resetConsumer}.
 */
public final class ChangesPrunedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String consumer;
  private final ChangePosition position;
  private final ChangePosition oldestRetained;

  public ChangesPrunedException(
      @Nullable String consumer, ChangePosition position, ChangePosition oldestRetained) {
    super(
        (consumer == null ? "change stream" : "change consumer '" + consumer + "'")
            + " is at position "
            + position
            + ", older than the oldest retained position "
            + oldestRetained
            + ": changes it has not read were pruned by retention. Hint: rebuild the state it"
            + " derives from the tables, then "
            + (consumer == null
                ? "start a new stream from ChangeFeed#now"
                : "call ChangeFeed#resetConsumer(\"" + consumer + "\")")
            + ".");
    this.consumer = consumer;
    this.position = position;
    this.oldestRetained = oldestRetained;
  }

  /** The durable consumer, or {@code null} for a stream without a name. */
  public @Nullable String consumer() {
    return consumer;
  }

  /** Where the stream stood. */
  public ChangePosition position() {
    return position;
  }

  /** The oldest position retention kept: every change from there on is still in the log. */
  public ChangePosition oldestRetained() {
    return oldestRetained;
  }

  /** The same signal, naming {@code name} as the consumer. */
  public ChangesPrunedException forConsumer(String name) {
    return new ChangesPrunedException(name, position, oldestRetained);
  }
}
