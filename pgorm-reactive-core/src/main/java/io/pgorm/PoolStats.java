package io.pgorm;

/**
 * A snapshot of the pool.
 *
 * @param acquired connections handed out now
 * @param idle connections open and waiting in the pool
 * @param pending callers waiting for a connection
 * @param maxSize the most connections the pool opens
 */
public record PoolStats(int acquired, int idle, int pending, int maxSize) {}
