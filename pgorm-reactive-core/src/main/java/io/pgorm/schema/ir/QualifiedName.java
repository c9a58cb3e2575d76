package io.pgorm.schema.ir;

import java.util.Objects;

/**
 * A schema-qualified object name. Names are kept as PostgreSQL stores them (case-sensitive);
 * quoting is the printer's and the SQL renderer's concern.
 */
public record QualifiedName(String schema, String name) {

  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  /** {@code name} in schema {@code public}. */
  public static QualifiedName of(String name) {
    return new QualifiedName("public", name);
  }

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
