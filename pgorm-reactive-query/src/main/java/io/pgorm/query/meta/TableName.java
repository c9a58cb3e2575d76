package io.pgorm.query.meta;

import java.util.Objects;

/**
 * The schema-qualified name of a table or view, as PostgreSQL stores it (case-sensitive, unquoted).
 *
 * @param schema the schema, e.g. {@code public}
 * @param name the table or view name within the schema
 */
public record TableName(String schema, String name) {

  public TableName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  /** {@code schema.name}, unquoted. */
  @Override
  public String toString() {
    return schema + "." + name;
  }
}
