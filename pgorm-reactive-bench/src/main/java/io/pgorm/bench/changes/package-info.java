/**
 * Change streams under load: commit-to-subscriber latency and sustained events/s per wake-up mode,
 * and the writer's cost of the capture trigger ({@link io.pgorm.bench.changes.ChangeStreamBench}).
 */
@NullMarked
package io.pgorm.bench.changes;

import org.jspecify.annotations.NullMarked;
