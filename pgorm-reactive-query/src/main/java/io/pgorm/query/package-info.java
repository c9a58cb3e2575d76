/** PG-ORM Reactive: package io.pgorm.query. */
@NullMarked
package io.pgorm.query;

import org.jspecify.annotations.NullMarked;
