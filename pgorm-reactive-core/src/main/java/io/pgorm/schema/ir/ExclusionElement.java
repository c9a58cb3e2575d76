package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/** One element of an EXCLUDE constraint: {@code expression [opclass] WITH operator}. */
public record ExclusionElement(String expression, @Nullable String opclass, String operator) {}
