package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.UniqueConstraint;

/** Constraints without their comment, to tell a comment change from a real one. */
final class Comments {

  private Comments() {}

  static Object without(Object constraint) {
    if (constraint instanceof PrimaryKey p) {
      return new PrimaryKey(p.name(), p.columns(), p.include(), null, null, p.deferrability());
    }
    if (constraint instanceof UniqueConstraint u) {
      return new UniqueConstraint(
          u.name(), u.columns(), u.nullsNotDistinct(), u.include(), u.deferrability(), null, null);
    }
    if (constraint instanceof CheckConstraint c) {
      return new CheckConstraint(c.name(), c.expression(), c.noInherit(), null, null);
    }
    if (constraint instanceof ForeignKey f) {
      return new ForeignKey(
          f.name(),
          f.columns(),
          f.referencedTable(),
          f.referencedColumns(),
          f.onDelete(),
          f.onUpdate(),
          f.match(),
          f.deferrability(),
          null,
          null,
          f.onDeleteColumns());
    }
    ExclusionConstraint x = (ExclusionConstraint) constraint;
    return new ExclusionConstraint(
        x.name(), x.method(), x.elements(), x.include(), x.where(), x.deferrability(), null, null);
  }
}
