/**
 * Row mapping: readers chosen once per Java type, and {@link io.pgorm.query.mapping.RecordMapper},
 * which builds records through a constructor handle resolved once per result shape.
 */
@NullMarked
package io.pgorm.query.mapping;

import org.jspecify.annotations.NullMarked;
