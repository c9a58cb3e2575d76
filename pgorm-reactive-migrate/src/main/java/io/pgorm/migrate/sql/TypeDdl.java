package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.dotted;
import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.QualifiedName;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Enums, composite types and domains. */
public final class TypeDdl {

  private TypeDdl() {}

  /** {@code CREATE TYPE name AS ENUM (...)}. */
  public static String createEnum(EnumType type) {
    StringJoiner values = new StringJoiner(", ", "(", ")");
    type.values().forEach(v -> values.add(literal(v)));
    return "CREATE TYPE " + qualified(type.name()) + " AS ENUM " + values;
  }

  /**
   * {@code ALTER TYPE ... ADD VALUE}; the new value cannot be used before the transaction that adds
   * it commits.
   */
  public static String addEnumValue(QualifiedName type, String value, @Nullable String before) {
    return "ALTER TYPE "
        + qualified(type)
        + " ADD VALUE "
        + literal(value)
        + (before == null ? "" : " BEFORE " + literal(before));
  }

  /** {@code ALTER TYPE ... ADD VALUE 'value' AFTER 'after'}. */
  public static String addEnumValueAfter(QualifiedName type, String value, String after) {
    return "ALTER TYPE "
        + qualified(type)
        + " ADD VALUE "
        + literal(value)
        + " AFTER "
        + literal(after);
  }

  /** {@code ALTER TYPE ... ADD ATTRIBUTE name type [COLLATE c]}, appended after the others. */
  public static String addAttribute(QualifiedName type, Attribute attribute) {
    String collation = attribute.collation();
    return "ALTER TYPE "
        + qualified(type)
        + " ADD ATTRIBUTE "
        + quoteIdent(attribute.name())
        + " "
        + typeName(attribute.type())
        + (collation == null ? "" : " COLLATE " + dotted(collation));
  }

  /** {@code ALTER TYPE ... DROP ATTRIBUTE name}; values of the type lose that field. */
  public static String dropAttribute(QualifiedName type, String attribute) {
    return "ALTER TYPE " + qualified(type) + " DROP ATTRIBUTE " + quoteIdent(attribute);
  }

  /** {@code ALTER DOMAIN ... SET DEFAULT expression}, or {@code DROP DEFAULT} for {@code null}. */
  public static String domainDefault(QualifiedName domain, @Nullable String expression) {
    return "ALTER DOMAIN "
        + qualified(domain)
        + (expression == null ? " DROP DEFAULT" : " SET DEFAULT " + expression);
  }

  /** {@code ALTER DOMAIN ... SET NOT NULL} (checks every column of the domain) or {@code DROP}. */
  public static String domainNotNull(QualifiedName domain, boolean notNull) {
    return "ALTER DOMAIN " + qualified(domain) + (notNull ? " SET NOT NULL" : " DROP NOT NULL");
  }

  /** {@code ALTER DOMAIN ... ADD CONSTRAINT name CHECK (expression)}; checks existing values. */
  public static String addDomainCheck(QualifiedName domain, CheckConstraint check) {
    return "ALTER DOMAIN "
        + qualified(domain)
        + " ADD CONSTRAINT "
        + quoteIdent(check.name())
        + " CHECK ("
        + check.expression()
        + ")";
  }

  /** {@code ALTER DOMAIN ... DROP CONSTRAINT name}. */
  public static String dropDomainConstraint(QualifiedName domain, String constraint) {
    return "ALTER DOMAIN " + qualified(domain) + " DROP CONSTRAINT " + quoteIdent(constraint);
  }

  /** {@code CREATE TYPE name AS (attribute type [COLLATE c], ...)}. */
  public static String createComposite(CompositeType type) {
    return "CREATE TYPE " + qualified(type.name()) + " AS " + attributes(type.attributes());
  }

  /** {@code (name type [COLLATE c], ...)}, as in a composite type or {@code RETURNS TABLE}. */
  static String attributes(List<Attribute> attributes) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (Attribute a : attributes) {
      String collation = a.collation();
      j.add(
          quoteIdent(a.name())
              + " "
              + typeName(a.type())
              + (collation == null ? "" : " COLLATE " + dotted(collation)));
    }
    return j.toString();
  }

  /** {@code CREATE DOMAIN} with collation, default, NOT NULL and named checks. */
  public static String createDomain(Domain domain) {
    StringBuilder b = new StringBuilder("CREATE DOMAIN ");
    b.append(qualified(domain.name())).append(" AS ").append(typeName(domain.baseType()));
    String collation = domain.collation();
    if (collation != null) {
      b.append(" COLLATE ").append(dotted(collation));
    }
    String dflt = domain.defaultExpression();
    if (dflt != null) {
      b.append(" DEFAULT ").append(dflt);
    }
    if (domain.notNull()) {
      b.append(" NOT NULL");
    }
    for (CheckConstraint c : domain.checks()) {
      b.append(" CONSTRAINT ")
          .append(quoteIdent(c.name()))
          .append(" CHECK (")
          .append(c.expression())
          .append(')');
    }
    return b.toString();
  }

  /** Drops an enum or composite type. */
  public static String dropType(QualifiedName name) {
    return "DROP TYPE " + qualified(name);
  }

  /** {@code DROP DOMAIN}. */
  public static String dropDomain(QualifiedName name) {
    return "DROP DOMAIN " + qualified(name);
  }
}
