package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/** Copies of constraint and index records with another name, or another comment. */
final class Renames {

  private Renames() {}

  static PrimaryKey primaryKey(PrimaryKey p, String name) {
    return new PrimaryKey(
        name, p.columns(), p.include(), p.comment(), p.renamedFrom(), p.deferrability());
  }

  static UniqueConstraint unique(UniqueConstraint u, String name) {
    return new UniqueConstraint(
        name,
        u.columns(),
        u.nullsNotDistinct(),
        u.include(),
        u.deferrability(),
        u.comment(),
        u.renamedFrom());
  }

  static CheckConstraint check(CheckConstraint c, String name) {
    return new CheckConstraint(name, c.expression(), c.noInherit(), c.comment(), c.renamedFrom());
  }

  static ForeignKey foreignKey(ForeignKey f, String name) {
    return new ForeignKey(
        name,
        f.columns(),
        f.referencedTable(),
        f.referencedColumns(),
        f.onDelete(),
        f.onUpdate(),
        f.match(),
        f.deferrability(),
        f.comment(),
        f.renamedFrom(),
        f.onDeleteColumns());
  }

  static ExclusionConstraint exclusion(ExclusionConstraint x, String name) {
    return new ExclusionConstraint(
        name,
        x.method(),
        x.elements(),
        x.include(),
        x.where(),
        x.deferrability(),
        x.comment(),
        x.renamedFrom());
  }

  static Index index(Index i, String name) {
    return new Index(
        name,
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements(),
        i.include(),
        i.where(),
        i.storageParameters(),
        i.comment(),
        i.renamedFrom());
  }

  static PrimaryKey comment(PrimaryKey p, @Nullable String comment) {
    return new PrimaryKey(
        p.name(), p.columns(), p.include(), comment, p.renamedFrom(), p.deferrability());
  }
}
