/** PG-ORM Reactive: package io.pgorm.listen. */
@NullMarked
package io.pgorm.listen;

import org.jspecify.annotations.NullMarked;
