package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.noop.NoopCounter;
import io.micrometer.core.instrument.noop.NoopTimer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Every meter one client registered, so that {@link #close()} can remove exactly those. Lookups of
 * known meters are lock-free; registration is locked so that none slips in after close.
 */
final class RegisteredMeters {

  private record Key(String name, Tags tags) {}

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final ConcurrentHashMap<Key, Meter> meters = new ConcurrentHashMap<>();
  private boolean closed;

  RegisteredMeters(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
  }

  MeterRegistry registry() {
    return registry;
  }

  Tags commonTags() {
    return commonTags;
  }

  Timer timer(String name, String description, Tags tags) {
    Meter meter = meters.get(new Key(name, tags));
    if (meter != null) {
      return (Timer) meter;
    }
    synchronized (this) {
      if (closed) {
        return new NoopTimer(
            new Meter.Id(name, commonTags.and(tags), null, description, Meter.Type.TIMER));
      }
      return (Timer)
          meters.computeIfAbsent(
              new Key(name, tags),
              k ->
                  Timer.builder(name)
                      .description(description)
                      .tags(commonTags.and(tags))
                      .register(registry));
    }
  }

  Counter counter(String name, String description, Tags tags) {
    Meter meter = meters.get(new Key(name, tags));
    if (meter != null) {
      return (Counter) meter;
    }
    synchronized (this) {
      if (closed) {
        return new NoopCounter(
            new Meter.Id(name, commonTags.and(tags), null, description, Meter.Type.COUNTER));
      }
      return (Counter)
          meters.computeIfAbsent(
              new Key(name, tags),
              k ->
                  Counter.builder(name)
                      .description(description)
                      .tags(commonTags.and(tags))
                      .register(registry));
    }
  }

  /**
   * Registers a gauge holding {@code state} weakly: the gauge must not keep a dropped pool alive.
   */
  synchronized <T> void gauge(
      String name, String description, String baseUnit, T state, ToDoubleFunction<T> value) {
    if (closed) {
      return;
    }
    meters.computeIfAbsent(
        new Key(name, Tags.empty()),
        k ->
            Gauge.builder(name, state, value)
                .description(description)
                .baseUnit(baseUnit)
                .tags(commonTags)
                .register(registry));
  }

  /** Removes every meter registered so far; later lookups get meters that record nothing. */
  synchronized void close() {
    closed = true;
    meters.values().forEach(registry::remove);
    meters.clear();
  }
}
