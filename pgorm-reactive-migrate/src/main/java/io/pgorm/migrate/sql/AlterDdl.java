package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Changes in place: columns (type, default, NOT NULL, identity, generation), renames, policies.
 * What a diff emits instead of drop and create.
 */
public final class AlterDdl {

  private AlterDdl() {}

  /** {@code ALTER COLUMN ... TYPE type [USING expression]}; may rewrite the table. */
  public static String columnType(
      QualifiedName table, String column, TypeRef type, @Nullable String using) {
    return alterColumn(table, column)
        + " TYPE "
        + typeName(type)
        + (using == null ? "" : " USING " + using);
  }

  /**
   * {@code ALTER COLUMN ... TYPE type [COLLATE collation] [USING expression]}; may rewrite the
   * table.
   */
  public static String columnType(
      QualifiedName table,
      String column,
      TypeRef type,
      @Nullable String collation,
      @Nullable String using) {
    return alterColumn(table, column)
        + " TYPE "
        + typeName(type)
        + (collation == null ? "" : " COLLATE " + SqlText.dotted(collation))
        + (using == null ? "" : " USING " + using);
  }

  /** {@code SET DEFAULT expression}, or {@code DROP DEFAULT} when it is {@code null}. */
  public static String columnDefault(
      QualifiedName table, String column, @Nullable String expression) {
    return alterColumn(table, column)
        + (expression == null ? " DROP DEFAULT" : " SET DEFAULT " + expression);
  }

  /** {@code SET NOT NULL} (scans the table) or {@code DROP NOT NULL}. */
  public static String columnNotNull(QualifiedName table, String column, boolean notNull) {
    return alterColumn(table, column) + (notNull ? " SET NOT NULL" : " DROP NOT NULL");
  }

  /** {@code ADD GENERATED ... AS IDENTITY} on an existing column. */
  public static String addIdentity(QualifiedName table, String column, Identity identity) {
    String options = SequenceDdl.options(identity.options());
    return alterColumn(table, column)
        + " ADD GENERATED "
        + (identity.always() ? "ALWAYS" : "BY DEFAULT")
        + " AS IDENTITY"
        + (options.isEmpty() ? "" : " (" + options.strip() + ")");
  }

  /** {@code ALTER COLUMN ... SET GENERATED ALWAYS|BY DEFAULT} on an identity column. */
  public static String identityGeneration(QualifiedName table, String column, boolean always) {
    return alterColumn(table, column) + " SET GENERATED " + (always ? "ALWAYS" : "BY DEFAULT");
  }

  /**
   * {@code ALTER COLUMN ... SET option ...}: the identity sequence's options that differ between
   * {@code from} and {@code to}, each set to its value in {@code to} ({@code NO MINVALUE} and the
   * like where {@code to} has the default); {@code null} when none differ. {@code type} is the
   * column's type, which sets the defaults.
   */
  public static @Nullable String identityOptions(
      QualifiedName table, String column, SequenceOptions from, SequenceOptions to, TypeRef type) {
    List<String> changes = SequenceDdl.optionChanges(from, type, to, type);
    if (changes.isEmpty()) {
      return null;
    }
    StringJoiner j = new StringJoiner(" ");
    changes.forEach(c -> j.add("SET " + c));
    return alterColumn(table, column) + " " + j;
  }

  /**
   * {@code ALTER COLUMN ... DROP EXPRESSION}: a stored generated column becomes a plain one and
   * keeps its values.
   */
  public static String dropExpression(QualifiedName table, String column) {
    return alterColumn(table, column) + " DROP EXPRESSION";
  }

  /** {@code ALTER COLUMN ... DROP IDENTITY}: the column stays, its sequence goes. */
  public static String dropIdentity(QualifiedName table, String column) {
    return alterColumn(table, column) + " DROP IDENTITY";
  }

  /** {@code ALTER TABLE ... RENAME TO}; the table stays in its schema. */
  public static String renameTable(QualifiedName table, String newName) {
    return "ALTER TABLE " + qualified(table) + " RENAME TO " + quoteIdent(newName);
  }

  /** {@code ALTER TABLE ... RENAME COLUMN}. */
  public static String renameColumn(QualifiedName table, String column, String newName) {
    return "ALTER TABLE "
        + qualified(table)
        + " RENAME COLUMN "
        + quoteIdent(column)
        + " TO "
        + quoteIdent(newName);
  }

  /** {@code ALTER TABLE ... RENAME CONSTRAINT} (renames a backing index too). */
  public static String renameConstraint(QualifiedName table, String constraint, String newName) {
    return "ALTER TABLE "
        + qualified(table)
        + " RENAME CONSTRAINT "
        + quoteIdent(constraint)
        + " TO "
        + quoteIdent(newName);
  }

  /** {@code ALTER VIEW|MATERIALIZED VIEW ... RENAME TO}; the view stays in its schema. */
  public static String renameView(QualifiedName view, boolean materialized, String newName) {
    return "ALTER "
        + (materialized ? "MATERIALIZED VIEW " : "VIEW ")
        + qualified(view)
        + " RENAME TO "
        + quoteIdent(newName);
  }

  /** {@code ALTER SEQUENCE ... RENAME TO}; the sequence stays in its schema. */
  public static String renameSequence(QualifiedName sequence, String newName) {
    return "ALTER SEQUENCE " + qualified(sequence) + " RENAME TO " + quoteIdent(newName);
  }

  /**
   * {@code ALTER TYPE|DOMAIN ... RENAME TO} ({@code domain} picks the keyword); the type stays in
   * its schema, and columns of the type follow it.
   */
  public static String renameType(QualifiedName type, boolean domain, String newName) {
    return "ALTER "
        + (domain ? "DOMAIN " : "TYPE ")
        + qualified(type)
        + " RENAME TO "
        + quoteIdent(newName);
  }

  /** {@code ALTER INDEX schema.index RENAME TO}. */
  public static String renameIndex(String schema, String index, String newName) {
    return "ALTER INDEX "
        + quoteIdent(schema)
        + "."
        + quoteIdent(index)
        + " RENAME TO "
        + quoteIdent(newName);
  }

  /**
   * {@code ALTER POLICY}: roles, {@code USING} and {@code WITH CHECK} as in {@code p} (its command
   * and kind cannot change in place).
   */
  public static String alterPolicy(QualifiedName table, Policy p) {
    StringBuilder b = new StringBuilder("ALTER POLICY ");
    b.append(quoteIdent(p.name())).append(" ON ").append(qualified(table));
    StringJoiner roles = new StringJoiner(", ", " TO ", "");
    if (p.roles().isEmpty()) {
      roles.add("PUBLIC");
    } else {
      p.roles().forEach(r -> roles.add(GrantDdl.grantee(r)));
    }
    b.append(roles);
    String using = p.using();
    if (using != null) {
      b.append(" USING (").append(using).append(')');
    }
    String check = p.withCheck();
    if (check != null) {
      b.append(" WITH CHECK (").append(check).append(')');
    }
    return b.toString();
  }

  private static String alterColumn(QualifiedName table, String column) {
    return "ALTER TABLE " + qualified(table) + " ALTER COLUMN " + quoteIdent(column);
  }
}
