@NullMarked
package io.pgorm.query.repository;

import org.jspecify.annotations.NullMarked;
