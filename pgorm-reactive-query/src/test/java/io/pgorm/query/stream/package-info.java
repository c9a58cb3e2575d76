@NullMarked
package io.pgorm.query.stream;

import org.jspecify.annotations.NullMarked;
