/** PG-ORM Reactive: package io.pgorm.bench. */
@NullMarked
package io.pgorm.bench;

import org.jspecify.annotations.NullMarked;
