/**
 * The names and tags of the Micrometer meters PG-ORM Reactive registers, and the logger name of the
 * slow-statement log. Give the client a {@code MeterRegistry} to get them; see {@code
 * docs/metrics.md} for what each meter means.
 */
@NullMarked
package io.pgorm.metrics;

import org.jspecify.annotations.NullMarked;
