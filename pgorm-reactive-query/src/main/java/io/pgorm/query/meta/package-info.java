/**
 * The metamodel that generated code builds: what a table or view is called, its columns with their
 * SQL and Java types, its primary key, and the relations between models.
 *
 * <p>Everything here is immutable data with no I/O; the query builder renders SQL from it and row
 * mappers read it. Code generation ({@code pgorm-reactive-codegen}) writes one metamodel class per
 * model, with a {@link io.pgorm.query.meta.ColumnMeta} constant per column, a {@link
 * io.pgorm.query.meta.TableMeta} constant for the whole model and a nested {@code Relations} class
 * of {@link io.pgorm.query.meta.RelationMeta} constants.
 */
@NullMarked
package io.pgorm.query.meta;

import org.jspecify.annotations.NullMarked;
