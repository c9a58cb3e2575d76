package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A domain over a base type, with NOT NULL, default, collation and checks. */
public record Domain(
    QualifiedName name,
    TypeRef baseType,
    boolean notNull,
    @Nullable String defaultExpression,
    @Nullable String collation,
    List<CheckConstraint> checks,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public Domain {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseType, "baseType");
    checks = List.copyOf(checks);
  }
}
