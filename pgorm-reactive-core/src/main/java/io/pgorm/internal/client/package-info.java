/** The client's moving parts: driver and pool set-up, connection hand-out, lifecycle. */
@NullMarked
package io.pgorm.internal.client;

import org.jspecify.annotations.NullMarked;
