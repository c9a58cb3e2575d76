package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.schema.ir.QualifiedName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The writer's side of {@link WakeUpMode#CLIENT}, coalescing: per table at most one wake-up is in
 * flight, and every call that arrives meanwhile is covered by the single one sent right after it.
 * Under many concurrent writers this sends far fewer notifications than one per commit — each
 * notifying transaction takes PostgreSQL's global notify lock at commit — yet every caller's
 * wake-up is sent after its own call. Thread-safe; make one per writer client and share it.
 */
public final class ChangeWaker {

  private final PgOrm writer;
  private final Map<QualifiedName, Coalesced> tables = new ConcurrentHashMap<>();

  private ChangeWaker(PgOrm writer) {
    this.writer = writer;
  }

  /** A waker sending through {@code writer}. */
  public static ChangeWaker create(PgOrm writer) {
    return new ChangeWaker(writer);
  }

  /**
   * Wakes the feeds of {@code table}: call it after the commit. Cold; completes once a wake-up sent
   * after this call went out (errors with that send's error).
   */
  public Mono<Void> wake(QualifiedName table) {
    return Mono.defer(() -> tables.computeIfAbsent(table, Coalesced::new).wake());
  }

  /** {@link #wake(QualifiedName)} for a table of the metamodel. */
  public Mono<Void> wake(TableMeta<?> table) {
    return wake(QualifiedName.of(table.name().schema(), table.name().name()));
  }

  private final class Coalesced {

    private final QualifiedName table;
    private boolean inFlight;
    private Sinks.@Nullable Empty<Void> next;

    Coalesced(QualifiedName table) {
      this.table = table;
    }

    Mono<Void> wake() {
      Sinks.Empty<Void> now;
      synchronized (this) {
        if (inFlight) {
          // The wake-up in flight may have left before our caller's commit: ride the next one.
          if (next == null) {
            next = Sinks.empty();
          }
          return next.asMono();
        }
        inFlight = true;
        now = Sinks.empty();
      }
      send(now);
      return now.asMono();
    }

    private void send(Sinks.Empty<Void> done) {
      ChangeFeed.wake(writer, table)
          .subscribe(null, e -> finish(done, e), () -> finish(done, null));
    }

    private void finish(Sinks.Empty<Void> done, @Nullable Throwable error) {
      if (error == null) {
        done.tryEmitEmpty();
      } else {
        done.tryEmitError(error);
      }
      Sinks.Empty<Void> waiting;
      synchronized (this) {
        waiting = next;
        next = null;
        if (waiting == null) {
          inFlight = false;
          return;
        }
      }
      send(waiting);
    }
  }
}
