/** Maven plugin internals: the up-to-date stamp. */
@NullMarked
package io.pgorm.maven.internal;

import org.jspecify.annotations.NullMarked;
