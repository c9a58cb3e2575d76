/**
 * Rendering of query trees to SQL text and bind values, without I/O: {@link
 * io.pgorm.query.render.Renderer}. Every identifier is quoted and every value is a parameter.
 */
@NullMarked
package io.pgorm.query.render;

import org.jspecify.annotations.NullMarked;
