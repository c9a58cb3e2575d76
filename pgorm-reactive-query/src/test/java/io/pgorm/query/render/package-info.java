@NullMarked
package io.pgorm.query.render;

import org.jspecify.annotations.NullMarked;
