/** Tests of the internals that need no database: URL parsing and the Docker probe. */
@NullMarked
package io.pgorm.test.internal;

import org.jspecify.annotations.NullMarked;
