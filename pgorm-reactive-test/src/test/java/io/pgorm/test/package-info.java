/** Tests of the resolver, the extension and the test database API, against real PostgreSQL. */
@NullMarked
package io.pgorm.test;

import org.jspecify.annotations.NullMarked;
