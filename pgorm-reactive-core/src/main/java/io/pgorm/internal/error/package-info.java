/** Translation of driver and pool exceptions into the {@code io.pgorm.error} hierarchy. */
@NullMarked
package io.pgorm.internal.error;

import org.jspecify.annotations.NullMarked;
