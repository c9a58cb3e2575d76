/**
 * Code generation internals: naming, type resolution, and one writer per kind of generated file.
 */
@NullMarked
package io.pgorm.codegen.internal;

import org.jspecify.annotations.NullMarked;
