/**
 * Planning: changes rendered to steps (through {@link io.pgorm.migrate.sql}), placed on a graph of
 * drop and create vertices per object, ordered topologically.
 */
@NullMarked
package io.pgorm.migrate.internal.plan;

import org.jspecify.annotations.NullMarked;
