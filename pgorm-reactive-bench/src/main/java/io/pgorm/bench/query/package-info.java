/**
 * The query layer against raw r2dbc-postgresql on the same pool: a closed-loop harness ({@link
 * io.pgorm.bench.query.QueryBench}) and JMH ({@link io.pgorm.bench.query.QueryBenchmark}).
 */
@NullMarked
package io.pgorm.bench.query;

import org.jspecify.annotations.NullMarked;
