/** Catalog queries and their assembly into the schema IR. Not API. */
@NullMarked
package io.pgorm.migrate.internal.introspect;

import org.jspecify.annotations.NullMarked;
