/** Benchmarks of the core client that need no server. */
@NullMarked
package io.pgorm.bench.core;

import org.jspecify.annotations.NullMarked;
