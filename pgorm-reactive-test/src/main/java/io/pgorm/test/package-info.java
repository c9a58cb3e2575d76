/** PG-ORM Reactive: package io.pgorm.test. */
@NullMarked
package io.pgorm.test;

import org.jspecify.annotations.NullMarked;
