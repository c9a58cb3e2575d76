/** PG-ORM Reactive: package io.pgorm.maven. */
@NullMarked
package io.pgorm.maven;

import org.jspecify.annotations.NullMarked;
