/** PG-ORM Reactive: package io.pgorm.examples. */
@NullMarked
package io.pgorm.examples;

import org.jspecify.annotations.NullMarked;
