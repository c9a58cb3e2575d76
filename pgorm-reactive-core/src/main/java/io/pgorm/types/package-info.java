/**
 * The PostgreSQL type system: the {@link io.pgorm.types.TypeRegistry} that maps every PostgreSQL
 * type to its Java type, codec and JSON form, and the Java value types for what the JDK lacks
 * (money, ranges, bit strings, network addresses, text search, LSNs, numeric NaN). See
 * docs/types.md for the table.
 */
@NullMarked
package io.pgorm.types;

import org.jspecify.annotations.NullMarked;
