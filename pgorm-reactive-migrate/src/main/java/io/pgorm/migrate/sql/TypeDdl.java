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
