package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.dotted;
import static io.pgorm.migrate.sql.SqlText.identList;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.List;
import java.util.StringJoiner;

/**
 * Table constraints: each {@code definition} method gives the {@code CONSTRAINT name ...} clause
 * (for {@code CREATE TABLE} or {@code ALTER TABLE ... ADD}); {@link #add} and {@link #drop} make
 * statements of it.
 */
public final class ConstraintDdl {

  private ConstraintDdl() {}

  /** {@code ALTER TABLE table ADD definition}. */
  public static String add(QualifiedName table, String definition) {
    return "ALTER TABLE " + qualified(table) + " ADD " + definition;
  }

  /**
   * {@code ALTER TABLE table ADD definition NOT VALID}: a check or foreign key that new rows must
   * meet at once and existing rows later ({@link #validate}), without a long lock now.
   */
  public static String addNotValid(QualifiedName table, String definition) {
    return add(table, definition) + " NOT VALID";
  }

  /**
   * {@code ALTER TABLE ... VALIDATE CONSTRAINT}: checks existing rows under a lock that lets reads
   * and writes go on.
   */
  public static String validate(QualifiedName table, String constraintName) {
    return "ALTER TABLE " + qualified(table) + " VALIDATE CONSTRAINT " + quoteIdent(constraintName);
  }

  /**
   * {@code ALTER TABLE ... ALTER CONSTRAINT name [NOT] DEFERRABLE [INITIALLY ...]}, which
   * PostgreSQL allows for foreign keys only.
   */
  public static String alterDeferrability(
      QualifiedName table, String constraintName, Deferrability deferrability) {
    return "ALTER TABLE "
        + qualified(table)
        + " ALTER CONSTRAINT "
        + quoteIdent(constraintName)
        + switch (deferrability) {
          case NOT_DEFERRABLE -> " NOT DEFERRABLE";
          case INITIALLY_IMMEDIATE -> " DEFERRABLE INITIALLY IMMEDIATE";
          case INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
        };
  }

  /**
   * {@code ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY|UNIQUE USING INDEX name}: turns a unique
   * index built beforehand (e.g. concurrently) into the constraint, which takes the index's name.
   */
  public static String addUsingIndex(
      QualifiedName table, String name, boolean primaryKey, Deferrability deferrability) {
    return "ALTER TABLE "
        + qualified(table)
        + " ADD CONSTRAINT "
        + quoteIdent(name)
        + (primaryKey ? " PRIMARY KEY" : " UNIQUE")
        + " USING INDEX "
        + quoteIdent(name)
        + deferrability(deferrability);
  }

  /** {@code ALTER TABLE ... DROP CONSTRAINT}. */
  public static String drop(QualifiedName table, String constraintName) {
    return "ALTER TABLE " + qualified(table) + " DROP CONSTRAINT " + quoteIdent(constraintName);
  }

  /** {@code CONSTRAINT name PRIMARY KEY (...) [INCLUDE (...)] [DEFERRABLE ...]}. */
  public static String definition(PrimaryKey pk) {
    return "CONSTRAINT "
        + quoteIdent(pk.name())
        + " PRIMARY KEY ("
        + identList(pk.columns())
        + ")"
        + include(pk.include())
        + deferrability(pk.deferrability());
  }

  /** {@code CONSTRAINT name UNIQUE [NULLS NOT DISTINCT] (...) [INCLUDE (...)] [DEFERRABLE ...]}. */
  public static String definition(UniqueConstraint u) {
    return "CONSTRAINT "
        + quoteIdent(u.name())
        + " UNIQUE"
        + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
        + " ("
        + identList(u.columns())
        + ")"
        + include(u.include())
        + deferrability(u.deferrability());
  }

  /** {@code CONSTRAINT name CHECK (expression) [NO INHERIT]}. */
  public static String definition(CheckConstraint c) {
    return "CONSTRAINT "
        + quoteIdent(c.name())
        + " CHECK ("
        + c.expression()
        + ")"
        + (c.noInherit() ? " NO INHERIT" : "");
  }

  /**
   * {@code CONSTRAINT name FOREIGN KEY (...) REFERENCES ...} with match type, actions and
   * deferrability where not the defaults.
   */
  public static String definition(ForeignKey fk) {
    StringBuilder b = new StringBuilder("CONSTRAINT ");
    b.append(quoteIdent(fk.name()))
        .append(" FOREIGN KEY (")
        .append(identList(fk.columns()))
        .append(") REFERENCES ")
        .append(qualified(fk.referencedTable()));
    if (!fk.referencedColumns().isEmpty()) {
      b.append(" (").append(identList(fk.referencedColumns())).append(')');
    }
    if (fk.match() != ForeignKeyMatch.SIMPLE) {
      b.append(" MATCH ").append(fk.match().name());
    }
    if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
      b.append(" ON UPDATE ").append(action(fk.onUpdate()));
    }
    if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
      b.append(" ON DELETE ").append(action(fk.onDelete()));
      if (!fk.onDeleteColumns().isEmpty()) {
        b.append(" (").append(SqlText.identList(fk.onDeleteColumns())).append(')');
      }
    }
    return b.append(deferrability(fk.deferrability())).toString();
  }

  /** {@code CONSTRAINT name EXCLUDE USING method (element WITH operator, ...) ...}. */
  public static String definition(ExclusionConstraint x) {
    StringJoiner elements = new StringJoiner(", ", " (", ")");
    for (ExclusionElement e : x.elements()) {
      String opclass = e.opclass();
      elements.add(
          e.expression()
              + (opclass == null ? "" : " " + dotted(opclass))
              + " WITH "
              + e.operator());
    }
    String where = x.where();
    return "CONSTRAINT "
        + quoteIdent(x.name())
        + " EXCLUDE USING "
        + quoteIdent(x.method())
        + elements
        + include(x.include())
        + (where == null ? "" : " WHERE (" + where + ")")
        + deferrability(x.deferrability());
  }

  static String deferrability(Deferrability d) {
    return switch (d) {
      case NOT_DEFERRABLE -> "";
      case INITIALLY_IMMEDIATE -> " DEFERRABLE";
      case INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
    };
  }

  private static String include(List<String> columns) {
    return columns.isEmpty() ? "" : " INCLUDE (" + identList(columns) + ")";
  }

  private static String action(ForeignKeyAction a) {
    return a.name().replace('_', ' ');
  }
}
