/** Extension points for integrations (for example a Spring transaction bridge). */
@NullMarked
package io.pgorm.spi;

import org.jspecify.annotations.NullMarked;
