/**
 * Lowering: from the syntax tree to the IR. Resolves names and types, fills in the names PostgreSQL
 * would choose, and checks everything that can be checked without a database.
 */
@NullMarked
package io.pgorm.schema.internal.lower;

import org.jspecify.annotations.NullMarked;
