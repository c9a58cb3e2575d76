package io.pgorm.listen.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pgorm.PgOrm;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The listener's and change streams' meters, registered in the client's registry with its {@code
 * client} tag. Without a registry every method does nothing.
 */
public final class ListenMetrics {

  public static final String NOTIFICATIONS = "pgorm.listen.notifications";
  public static final String RECONNECTS = "pgorm.listen.reconnects";
  public static final String DELIVERED = "pgorm.changes.delivered";
  public static final String LAG = "pgorm.changes.lag";
  public static final String HOOK_FAILURES = "pgorm.hooks.failures";

  private final @Nullable MeterRegistry registry;
  private final Tags tags;

  public ListenMetrics(PgOrm client) {
    this.registry = client.config().meterRegistry();
    this.tags = Tags.of(client.config().metricsTags()).and("client", client.config().poolName());
  }

  public void notificationReceived() {
    if (registry != null) {
      Counter.builder(NOTIFICATIONS)
          .description("Notifications received")
          .tags(tags)
          .register(registry)
          .increment();
    }
  }

  public void reconnected() {
    if (registry != null) {
      Counter.builder(RECONNECTS)
          .description("Listener reconnects")
          .tags(tags)
          .register(registry)
          .increment();
    }
  }

  /** A change handed to a consumer, {@code lag} after it was logged. */
  public void delivered(String consumer, Duration lag) {
    if (registry != null) {
      Tags t = tags.and("consumer", consumer);
      Counter.builder(DELIVERED)
          .description("Changes delivered")
          .tags(t)
          .register(registry)
          .increment();
      Timer.builder(LAG)
          .description("From logging a change to delivering it")
          .tags(t)
          .register(registry)
          .record(lag);
    }
  }

  public void hookFailed(String table, String operation) {
    if (registry != null) {
      Counter.builder(HOOK_FAILURES)
          .description("Hook runs given up after their retries")
          .tags(tags.and("table", table, "operation", operation))
          .register(registry)
          .increment();
    }
  }
}
