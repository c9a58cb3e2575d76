@NullMarked
package io.pgorm.query.guide;

import org.jspecify.annotations.NullMarked;
