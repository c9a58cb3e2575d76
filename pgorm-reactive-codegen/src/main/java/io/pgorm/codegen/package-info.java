/** PG-ORM Reactive: package io.pgorm.codegen. */
@NullMarked
package io.pgorm.codegen;

import org.jspecify.annotations.NullMarked;
