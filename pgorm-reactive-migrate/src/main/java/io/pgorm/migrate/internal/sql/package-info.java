/** Helpers of the DDL renderer: keywords, dependency ordering. Not API. */
@NullMarked
package io.pgorm.migrate.internal.sql;

import org.jspecify.annotations.NullMarked;
