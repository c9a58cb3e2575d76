/**
 * The meters behind {@link io.pgorm.metrics.PgOrmMeters}: pool gauges, statement and transaction
 * timers, the slow-statement log. The client holds one {@link
 * io.pgorm.internal.metrics.ClientMetrics}; every component has a disabled variant chosen at
 * construction, so call sites never check whether metrics are on.
 */
@NullMarked
package io.pgorm.internal.metrics;

import org.jspecify.annotations.NullMarked;
