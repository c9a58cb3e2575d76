package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.listen.internal.DefaultListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * LISTEN/NOTIFY over one dedicated connection (never a pooled one: LISTEN would follow the
 * connection to its next borrower). Subscriptions share that connection: a channel is LISTENed when
 * its first subscriber arrives and UNLISTENed when its last leaves. When the connection drops —
 * server restart, {@code pg_terminate_backend}, a half-open socket caught by the periodic
 * self-notify health check — the listener reconnects with exponential back-off, LISTENs again, and
 * tells every subscriber with {@link ListenEvent.Reconnected}.
 */
public interface PgListener extends AutoCloseable {

  /** A listener that opens its connections through {@code client}. */
  static PgListener create(PgOrm client, ListenerOptions options) {
    return new DefaultListener(client, options);
  }

  static PgListener create(PgOrm client) {
    return create(client, ListenerOptions.defaults());
  }

  /**
   * Notifications on {@code channels} (names as given, case-sensitive). Cold; each subscription
   * first gets {@link ListenEvent.Listening} once the server listens, then notifications and {@link
   * ListenEvent.Reconnected} signals. The driver's notifications are taken off its I/O thread with
   * unbounded demand, so a slow subscriber never stalls the connection: each keeps up to {@code
   * bufferSize} notifications and then loses the oldest. Cancelling releases the channels. Errors:
   * {@link ListenerFailedException} once reconnecting failed past the deadline.
   */
  Flux<ListenEvent> listen(String... channels);

  /**
   * Sends a notification through the client's pool ({@code pg_notify}); delivered at the commit of
   * the caller's transaction if called inside one. Cold.
   *
   * @return an error {@link PayloadTooLargeException} before sending when the payload is too long
   */
  Mono<Void> notify(String channel, String payload);

  /** Closes the connection; subscribers complete. Cold, idempotent. */
  Mono<Void> shutdown();

  /** Blocking {@link #shutdown()}. */
  @Override
  void close();
}
