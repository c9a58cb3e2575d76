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

  /** This domain with another rename hint. */
  public Domain withRenamedFrom(@Nullable String renamedFrom) {
    return new Domain(
        name, baseType, notNull, defaultExpression, collation, checks, comment, renamedFrom);
  }

  /** This domain with other checks. */
  public Domain withChecks(List<CheckConstraint> checks) {
    return new Domain(
        name, baseType, notNull, defaultExpression, collation, checks, comment, renamedFrom);
  }
}
