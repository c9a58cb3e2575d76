package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column named through a qualifier: {@code "alias"."column"} of an aliased table, a derived table
 * or a CTE, or {@code EXCLUDED."column"} in an upsert.
 *
 * @param qualifier the table alias or CTE name; {@code null} for EXCLUDED
 * @param column the column's name
 * @param javaType the Java type of its values
 * @param sqlType its SQL type, when known
 * @param <T> the Java type of its values
 */
public record ColumnRef<T>(
    @Nullable String qualifier, String column, Type javaType, @Nullable String sqlType)
    implements Expr<T> {

  /** Checks the names. */
  public ColumnRef {
    if (qualifier != null) {
      Identifiers.check("table alias", qualifier);
    }
    Identifiers.check("column name", column);
    Objects.requireNonNull(javaType, "javaType");
  }

  /** {@code EXCLUDED."column"}: the value an upsert proposed for the conflicting row. */
  public static <T> ColumnRef<T> excluded(String column, Type javaType, @Nullable String sqlType) {
    return new ColumnRef<>(null, column, javaType, sqlType);
  }

  @Override
  public String toString() {
    return (qualifier == null ? "EXCLUDED" : qualifier) + "." + column;
  }
}
