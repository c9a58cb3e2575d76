package io.pgorm.query.meta;

import io.pgorm.query.expr.Expr;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A column of a table or view, typed by the record {@code R} its model maps to and the Java type
 * {@code T} of its values. Generated metamodel classes hold one constant per column:
 *
 * <pre>{@code
 * public static final ColumnMeta<Account, UUID> ID =
 *     new ColumnMeta<>(TABLE_NAME, "id", "id", "uuid", UUID.class, false, true, false);
 * }</pre>
 *
 * <p>A column is an {@link Expr}: {@code AccountTable.EMAIL.eq("ada@example.com")} is a condition.
 *
 * @param table the table or view the column belongs to
 * @param name the column name as PostgreSQL stores it
 * @param javaName the name of the record component that holds the column's value
 * @param sqlType the column's type as SQL text: {@code uuid}, {@code numeric(10,2)}, {@code
 *     text[]}, {@code shop.order_status} (user types are schema-qualified)
 * @param javaType the Java type of the values, the {@code T} of this column; a {@link
 *     java.lang.reflect.ParameterizedType} for generic types such as {@code List<String>} (see
 *     {@link JavaTypes})
 * @param nullable whether the column admits {@code NULL}
 * @param defaulted whether the server supplies a value when an insert omits the column (a default,
 *     identity, serial or generated column)
 * @param generated whether the server always computes the value (a generated column, an identity
 *     {@code ALWAYS} column, or a column of a view), so that a plain insert or update must not
 *     write it
 * @param <R> the record type of the table
 * @param <T> the Java type of the column's values
 */
public record ColumnMeta<R, T>(
    TableName table,
    String name,
    String javaName,
    String sqlType,
    Type javaType,
    boolean nullable,
    boolean defaulted,
    boolean generated)
    implements Expr<T> {

  public ColumnMeta {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(sqlType, "sqlType");
    Objects.requireNonNull(javaType, "javaType");
  }

  /** {@code schema.table.column}, unquoted, for messages. */
  @Override
  public String toString() {
    return table + "." + name;
  }
}
