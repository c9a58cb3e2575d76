/** PG-ORM Reactive: package io.pgorm.cli. */
@NullMarked
package io.pgorm.cli;

import org.jspecify.annotations.NullMarked;
