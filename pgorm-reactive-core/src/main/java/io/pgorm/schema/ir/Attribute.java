package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/**
 * An attribute of a composite type, a column of a view or a column of a function's {@code RETURNS
 * TABLE}. {@code comment} is the {@code COMMENT ON COLUMN} of a composite type's attribute or a
 * view's column (PostgreSQL keeps none for a {@code RETURNS TABLE} column).
 */
public record Attribute(
    String name, TypeRef type, @Nullable String collation, @Nullable String comment) {

  /** An attribute without a comment. */
  public Attribute(String name, TypeRef type, @Nullable String collation) {
    this(name, type, collation, null);
  }

  /** The same attribute with another comment. */
  public Attribute withComment(@Nullable String value) {
    return new Attribute(name, type, collation, value);
  }
}
