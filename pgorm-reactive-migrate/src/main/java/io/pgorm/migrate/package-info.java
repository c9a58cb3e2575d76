/** PG-ORM Reactive: package io.pgorm.migrate. */
@NullMarked
package io.pgorm.migrate;

import org.jspecify.annotations.NullMarked;
