package io.pgorm.listen.internal;

import io.pgorm.PgOrm;
import io.pgorm.internal.error.ErrorTranslator;
import io.pgorm.listen.ListenEvent;
import io.pgorm.listen.ListenerFailedException;
import io.pgorm.listen.ListenerOptions;
import io.pgorm.listen.PayloadTooLargeException;
import io.pgorm.listen.PgListener;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Result;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.Logger;
import reactor.util.Loggers;
import reactor.util.retry.Retry;

/**
 * The listener. Its state (channel counts, the connection, the current sinks) is touched only on
 * {@code loop}, a single thread of its own, so there are no locks; the driver's notifications are
 * moved onto that thread as they arrive, off the connection's I/O thread.
 */
public final class DefaultListener implements PgListener {

  private static final Logger log = Loggers.getLogger(DefaultListener.class);

  private final PgOrm client;
  private final ListenerOptions options;
  private final ListenMetrics metrics;
  private final Scheduler loop;
  private final String healthChannel =
      "pgorm_listener_" + UUID.randomUUID().toString().replace("-", "");
  private final Map<String, Integer> refs = new HashMap<>();
  private final Map<String, Sinks.Empty<Void>> echoes = new HashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private Sinks.Many<ListenEvent> events = newEvents();
  private Sinks.One<Void> ready = Sinks.one();
  private @Nullable PostgresqlConnection connection;
  private @Nullable Disposable health;
  private boolean connecting;
  private boolean everConnected;
  private long pings;

  public DefaultListener(PgOrm client, ListenerOptions options) {
    this.client = client;
    this.options = options;
    this.metrics = new ListenMetrics(client);
    this.loop = Schedulers.newSingle("pgorm-listener", true);
  }

  private static Sinks.Many<ListenEvent> newEvents() {
    return Sinks.many().multicast().directBestEffort();
  }

  @Override
  public Flux<ListenEvent> listen(String... channels) {
    Set<String> mine = new LinkedHashSet<>(List.of(channels));
    if (mine.isEmpty()) {
      return Flux.error(new IllegalArgumentException("listen() needs at least one channel"));
    }
    mine.forEach(Channels::quoted);
    Flux<ListenEvent> subscription =
        Flux.create(
            sink ->
                loop.schedule(
                    () -> {
                      if (closed.get()) {
                        sink.complete();
                        return;
                      }
                      Disposable relay =
                          events
                              .asFlux()
                              .filter(e -> wanted(e, mine))
                              .subscribe(sink::next, sink::error, sink::complete);
                      sink.onDispose(
                          () -> {
                            relay.dispose();
                            loop.schedule(() -> release(mine));
                          });
                      acquire(mine)
                          .subscribe(
                              ok -> {},
                              sink::error,
                              () -> sink.next(new ListenEvent.Listening(mine)));
                    }),
            FluxSink.OverflowStrategy.BUFFER);
    return subscription.onBackpressureBuffer(
        options.bufferSize(),
        dropped -> log.warn("listener subscriber too slow: dropped {}", dropped),
        BufferOverflowStrategy.DROP_OLDEST);
  }

  private static boolean wanted(ListenEvent event, Set<String> channels) {
    return !(event instanceof ListenEvent.Notification n) || channels.contains(n.channel());
  }

  /** On loop: counts the channels in; completes once the server listens to all of them. */
  private Mono<Void> acquire(Set<String> channels) {
    List<String> fresh =
        channels.stream().filter(c -> refs.merge(c, 1, Integer::sum) == 1).toList();
    PostgresqlConnection c = connection;
    if (c == null) {
      ensureConnecting();
      return ready.asMono();
    }
    return Flux.fromIterable(fresh)
        .concatMap(ch -> execute(c, "LISTEN " + Channels.quoted(ch)))
        .then()
        .publishOn(loop)
        // The connection died under us: the reconnect LISTENs every counted channel again.
        .onErrorResume(
            e ->
                Mono.defer(
                        () -> {
                          disconnected(c, e);
                          return ready.asMono();
                        })
                    .subscribeOn(loop));
  }

  /** On loop. */
  private void release(Set<String> channels) {
    for (String ch : channels) {
      Integer left = refs.computeIfPresent(ch, (k, n) -> n == 1 ? null : n - 1);
      PostgresqlConnection c = connection;
      if (left == null && c != null) {
        execute(c, "UNLISTEN " + Channels.quoted(ch))
            .subscribe(null, e -> log.debug("UNLISTEN {} failed: {}", ch, e.toString()));
      }
    }
  }

  /** On loop. */
  private void ensureConnecting() {
    if (connecting || closed.get()) {
      return;
    }
    connecting = true;
    connectWithRetry("initial connect");
  }

  /** On loop: connects, retrying with back-off until the deadline. */
  private void connectWithRetry(String cause) {
    long start = options.timer().now(java.util.concurrent.TimeUnit.MILLISECONDS);
    int[] attempts = {0};
    Mono.defer(
            () -> {
              attempts[0]++;
              return connect();
            })
        .retryWhen(
            Retry.backoff(Long.MAX_VALUE, options.minBackoff())
                .maxBackoff(options.maxBackoff())
                .scheduler(options.timer())
                .filter(
                    e ->
                        !closed.get()
                            && options.timer().now(java.util.concurrent.TimeUnit.MILLISECONDS)
                                    - start
                                < options.reconnectDeadline().toMillis())
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
        .publishOn(loop)
        .subscribe(
            c -> connected(c, attempts[0], cause),
            e ->
                failed(
                    new ListenerFailedException(
                        target(), options.reconnectDeadline(), attempts[0], e)));
  }

  private Mono<PostgresqlConnection> connect() {
    return client
        .openDedicatedConnection()
        .publishOn(loop)
        .flatMap(
            c -> {
              // Subscribe to notifications before any LISTEN, with unbounded demand.
              c.getNotifications()
                  .publishOn(loop)
                  .subscribe(
                      this::received,
                      e -> disconnected(c, e),
                      () -> disconnected(c, new IllegalStateException("connection closed")));
              // The health channel only: connected() LISTENs the counted channels, on the loop,
              // so that channels counted in meanwhile are not missed.
              return execute(c, "LISTEN " + Channels.quoted(healthChannel))
                  .then(Mono.just(c))
                  .onErrorResume(
                      e ->
                          Mono.from(c.close())
                              .onErrorResume(x -> Mono.empty())
                              .then(Mono.error(e)));
            });
  }

  /** On loop. */
  private void connected(PostgresqlConnection c, int attempts, String cause) {
    if (closed.get()) {
      Mono.from(c.close()).subscribe(null, e -> {});
      return;
    }
    connection = c;
    connecting = false;
    boolean reconnect = everConnected;
    everConnected = true;
    Flux.fromIterable(List.copyOf(refs.keySet()))
        .concatMap(ch -> execute(c, "LISTEN " + Channels.quoted(ch)))
        .then()
        .publishOn(loop)
        .subscribe(
            null,
            e -> disconnected(c, e),
            () -> {
              ready.tryEmitEmpty();
              if (reconnect) {
                metrics.reconnected();
                events.tryEmitNext(new ListenEvent.Reconnected(attempts, cause));
              }
              startHealthCheck(c);
            });
  }

  /** On loop: the connection is gone; start over unless closed. */
  private void disconnected(PostgresqlConnection c, Throwable cause) {
    if (c != connection) {
      return;
    }
    connection = null;
    stopHealthCheck();
    Mono.from(c.close()).subscribe(null, e -> {});
    if (closed.get()) {
      return;
    }
    log.warn("listener connection lost ({}); reconnecting", cause.toString());
    ready = Sinks.one();
    connecting = true;
    connectWithRetry(String.valueOf(cause.getMessage()));
  }

  /** On loop. */
  private void failed(Throwable error) {
    connecting = false;
    ready.tryEmitError(error);
    events.tryEmitError(error);
    // Later subscribers start afresh.
    events = newEvents();
    ready = Sinks.one();
    refs.clear();
  }

  /** On loop. */
  private void received(Notification n) {
    String payload = n.getParameter() == null ? "" : n.getParameter();
    if (n.getName().equals(healthChannel)) {
      Sinks.Empty<Void> echo = echoes.remove(payload);
      if (echo != null) {
        echo.tryEmitEmpty();
      }
      return;
    }
    metrics.notificationReceived();
    events.tryEmitNext(new ListenEvent.Notification(n.getName(), payload, n.getProcessId()));
  }

  /** On loop: a periodic self-notify that must come back in time, or the connection is dead. */
  private void startHealthCheck(PostgresqlConnection c) {
    stopHealthCheck();
    health =
        Flux.interval(options.healthCheckInterval(), options.timer())
            .onBackpressureDrop()
            .concatMap(tick -> ping(c).then(Mono.just(tick)), 1)
            .subscribe(null, e -> loop.schedule(() -> disconnected(c, e)));
  }

  private Mono<Void> ping(PostgresqlConnection c) {
    return Mono.defer(
            () -> {
              String token = Long.toString(++pings);
              Sinks.Empty<Void> echo = Sinks.empty();
              echoes.put(token, echo);
              return execute(c, "SELECT pg_notify('" + healthChannel + "', '" + token + "')")
                  .then(echo.asMono())
                  .timeout(options.healthCheckTimeout(), options.timer())
                  .doFinally(s -> loop.schedule(() -> echoes.remove(token)));
            })
        .subscribeOn(loop)
        .onErrorMap(
            java.util.concurrent.TimeoutException.class,
            e ->
                new IllegalStateException(
                    "health check got no answer within "
                        + options.healthCheckTimeout().toMillis()
                        + " ms"));
  }

  private void stopHealthCheck() {
    Disposable h = health;
    health = null;
    if (h != null) {
      h.dispose();
    }
  }

  private static Mono<Void> execute(PostgresqlConnection c, String sql) {
    return Flux.from(c.createStatement(sql).execute()).flatMap(Result::getRowsUpdated).then();
  }

  private String target() {
    return client.config().describe();
  }

  @Override
  public Mono<Void> notify(String channel, String payload) {
    return Mono.defer(
        () -> {
          int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
          if (bytes > PayloadTooLargeException.MAX_BYTES) {
            return Mono.error(new PayloadTooLargeException(channel, bytes));
          }
          return client
              .sql("SELECT pg_notify($1, $2)")
              .bind(0, channel)
              .bind(1, payload)
              .execute()
              .then();
        });
  }

  @Override
  public Mono<Void> shutdown() {
    return Mono.<Void>defer(
            () -> {
              if (!closed.compareAndSet(false, true)) {
                return Mono.empty();
              }
              return Mono.<Void>fromRunnable(
                      () -> {
                        stopHealthCheck();
                        events.tryEmitComplete();
                        ready.tryEmitEmpty();
                      })
                  .subscribeOn(loop)
                  .then(Mono.defer(this::closeConnection).subscribeOn(loop))
                  .doFinally(s -> loop.dispose());
            })
        .onErrorMap(ErrorTranslator::translate);
  }

  private Mono<Void> closeConnection() {
    PostgresqlConnection c = connection;
    connection = null;
    return c == null ? Mono.empty() : Mono.from(c.close()).onErrorResume(e -> Mono.empty());
  }

  @Override
  public void close() {
    shutdown().block(Duration.ofSeconds(30));
  }
}
