/** LISTEN/NOTIFY: a reconnecting listener on one dedicated connection, multicast to subscribers. */
@NullMarked
package io.pgorm.listen;

import org.jspecify.annotations.NullMarked;
