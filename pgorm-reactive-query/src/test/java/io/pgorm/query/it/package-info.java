@NullMarked
package io.pgorm.query.it;

import org.jspecify.annotations.NullMarked;
