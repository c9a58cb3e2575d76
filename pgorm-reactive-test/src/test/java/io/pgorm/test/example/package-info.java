/** The test quoted in docs/testing.md: compiled and run so the documentation stays true. */
@NullMarked
package io.pgorm.test.example;

import org.jspecify.annotations.NullMarked;
