package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The connection pool could not hand out a connection within its acquire timeout. Client-side: no
 * SQLSTATE. The message names the pool, the time waited and the pool's state at that moment, e.g.
 *
 * <pre>{@code
 * Pool 'pgorm' could not hand out a connection within 250 ms: size 1/1, 1 in use, 0 idle, 3 waiting. Hint: raise maxSize or acquireTimeout, or look for connections held too long.
 * }</pre>
 *
 * where {@code size} is connections open (in use + idle) over {@code maxSize}. When the pool still
 * had room to grow, the hint points at slow or failing connection opening instead. Not {@linkplain
 * #isRetryable() retryable}: retrying at once adds to the queue that caused it.
 */
public class PoolExhaustedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final String poolName;
  private final int maxSize;
  private final int acquired;
  private final int idle;
  private final int pending;
  private final long elapsedMillis;

  /** Same as the constructor with a cause, without one. */
  public PoolExhaustedException(
      String poolName, int maxSize, int acquired, int idle, int pending, long elapsedMillis) {
    this(poolName, maxSize, acquired, idle, pending, elapsedMillis, null);
  }

  /**
   * An acquire that timed out.
   *
   * @param poolName the pool's name, as configured
   * @param maxSize the most connections the pool may open
   * @param acquired connections handed out and not yet returned ("in use")
   * @param idle connections open and free
   * @param pending other acquires still waiting
   * @param elapsedMillis how long this acquire waited
   * @param cause the pool's timeout exception, if any
   */
  public PoolExhaustedException(
      String poolName,
      int maxSize,
      int acquired,
      int idle,
      int pending,
      long elapsedMillis,
      @Nullable Throwable cause) {
    super(message(poolName, maxSize, acquired, idle, pending, elapsedMillis), cause);
    this.poolName = poolName;
    this.maxSize = maxSize;
    this.acquired = acquired;
    this.idle = idle;
    this.pending = pending;
    this.elapsedMillis = elapsedMillis;
  }

  private static String message(
      String poolName, int maxSize, int acquired, int idle, int pending, long elapsedMillis) {
    String what =
        "Pool '" + poolName + "' could not hand out a connection within " + elapsedMillis + " ms";
    String state =
        "size %d/%d, %d in use, %d idle, %d waiting"
            .formatted(acquired + idle, maxSize, acquired, idle, pending);
    String hint =
        acquired + idle < maxSize
            ? "the pool had room to grow, so opening connections is slow or failing: check the"
                + " server and the connect timeout"
            : "raise maxSize or acquireTimeout, or look for connections held too long";
    return Messages.forClient(what, state, hint);
  }

  /** The pool's name. */
  public String poolName() {
    return poolName;
  }

  /** The most connections the pool may open. */
  public int maxSize() {
    return maxSize;
  }

  /** Connections in use when the acquire timed out. */
  public int acquired() {
    return acquired;
  }

  /** Idle connections when the acquire timed out. */
  public int idle() {
    return idle;
  }

  /** Other acquires waiting when this one timed out. */
  public int pending() {
    return pending;
  }

  /** How long the acquire waited, in milliseconds. */
  public long elapsedMillis() {
    return elapsedMillis;
  }
}
