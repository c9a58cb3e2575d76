package io.pgorm.listen.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pgorm.PgOrm;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
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
  public static final String LAG_CHANGES = "pgorm.changes.lag.changes";
  public static final String LAG_SECONDS = "pgorm.changes.lag.seconds";
  public static final String HOLDBACK = "pgorm.changes.watermark.holdback";
  public static final String PRUNED = "pgorm.changes.pruned";
  public static final String RESETS = "pgorm.changes.resets";

  // Gauges read a value the feed sets; the holders live as long as the registry, so that two
  // feeds of one client (or a consumer restarted) update the gauge registered first.
  private static final Map<MeterRegistry, Map<Meter.Id, AtomicReference<Double>>> GAUGES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final @Nullable MeterRegistry registry;
  private final Tags tags;

  public ListenMetrics(PgOrm client) {
    this.registry = client.config().meterRegistry();
    this.tags = Tags.of(client.config().metricsTags()).and("client", client.config().poolName());
  }

  /** Whether the client has a meter registry. */
  public boolean enabled() {
    return registry != null;
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

  /**
   * A durable consumer's lag: {@code changes} committed changes it has not handled yet (capped at
   * the probe's limit), the oldest of them logged {@code seconds} ago (0 when none).
   */
  public void lag(String consumer, long changes, double seconds) {
    Tags t = tags.and("consumer", consumer);
    gauge(LAG_CHANGES, "Committed changes a durable consumer has not handled yet", t, changes);
    gauge(LAG_SECONDS, "Age of the oldest change a durable consumer has not handled", t, seconds);
  }

  /**
   * How long the oldest transaction that has written has been running: it holds the cluster-wide
   * watermark, and with it every change stream, back.
   */
  public void holdback(double seconds) {
    gauge(
        HOLDBACK,
        "Age of the oldest running writing transaction, which holds every change stream back",
        tags,
        seconds);
  }

  public void pruned(long changes) {
    if (registry != null) {
      Counter.builder(PRUNED)
          .description("Changes removed from the log by retention")
          .tags(tags)
          .register(registry)
          .increment(changes);
    }
  }

  /** A stream or consumer got the reset signal ({@code consumer} empty for a stream). */
  public void reset(String consumer) {
    if (registry != null) {
      Counter.builder(RESETS)
          .description("Streams ended with the reset signal: changes they needed were pruned")
          .tags(tags.and("consumer", consumer))
          .register(registry)
          .increment();
    }
  }

  private void gauge(String name, String description, Tags t, double value) {
    MeterRegistry r = registry;
    if (r == null) {
      return;
    }
    Map<Meter.Id, AtomicReference<Double>> holders =
        GAUGES.computeIfAbsent(r, k -> new ConcurrentHashMap<>());
    Meter.Id id = new Meter.Id(name, t, null, description, Meter.Type.GAUGE);
    holders
        .computeIfAbsent(
            id,
            k -> {
              AtomicReference<Double> holder = new AtomicReference<>(0.0);
              Gauge.builder(name, holder, AtomicReference::get)
                  .description(description)
                  .tags(t)
                  .strongReference(true)
                  .register(r);
              return holder;
            })
        .set(value);
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
