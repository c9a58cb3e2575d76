/** PG-ORM Reactive: the client entry point and its configuration. */
@NullMarked
package io.pgorm;

import org.jspecify.annotations.NullMarked;
