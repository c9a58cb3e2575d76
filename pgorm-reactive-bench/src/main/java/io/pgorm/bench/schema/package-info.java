/** Benchmarks of the schema language: parse, validate and print a large schema. */
@NullMarked
package io.pgorm.bench.schema;

import org.jspecify.annotations.NullMarked;
