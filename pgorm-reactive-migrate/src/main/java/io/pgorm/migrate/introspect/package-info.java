/**
 * Introspection: reads a live database's catalog into the schema IR ({@link
 * io.pgorm.migrate.introspect.Introspector}).
 */
@NullMarked
package io.pgorm.migrate.introspect;

import org.jspecify.annotations.NullMarked;
