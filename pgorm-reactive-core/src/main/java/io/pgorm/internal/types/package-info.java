/**
 * Codecs between PostgreSQL's text and JSON forms and Java values, the built-in type table, and the
 * adapter that registers them with the R2DBC driver when a connection opens.
 */
@NullMarked
package io.pgorm.internal.types;

import org.jspecify.annotations.NullMarked;
