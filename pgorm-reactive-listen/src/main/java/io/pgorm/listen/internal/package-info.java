/** The listener's connection management: LISTEN bookkeeping, reconnect, health check. */
@NullMarked
package io.pgorm.listen.internal;

import org.jspecify.annotations.NullMarked;
