/** Reading connection URLs and environment variables into a {@code PgOrmConfig.Builder}. */
@NullMarked
package io.pgorm.internal.config;

import org.jspecify.annotations.NullMarked;
