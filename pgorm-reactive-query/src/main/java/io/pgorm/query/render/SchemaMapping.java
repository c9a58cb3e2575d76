package io.pgorm.query.render;

import io.pgorm.query.meta.TableName;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renames schemas when rendering, for schema-per-tenant set-ups: {@code
 * SchemaMapping.of(Map.of("app", "tenant_42"))} renders table {@code app.order} as {@code
 * "tenant_42"."order"}. A value: two equal mappings share cached SQL.
 *
 * @param schemas schema name → the name to render instead
 */
public record SchemaMapping(Map<String, String> schemas) implements UnaryOperator<TableName> {

  private static final SchemaMapping NONE = new SchemaMapping(Map.of());

  /** Copies the map and checks the names. */
  public SchemaMapping {
    schemas = Map.copyOf(schemas);
    schemas.values().forEach(s -> io.pgorm.query.expr.Identifiers.check("schema", s));
  }

  /** No renaming. */
  public static SchemaMapping none() {
    return NONE;
  }

  /** Renames the schemas in {@code schemas}. */
  public static SchemaMapping of(Map<String, String> schemas) {
    return schemas.isEmpty() ? NONE : new SchemaMapping(schemas);
  }

  @Override
  public TableName apply(TableName name) {
    String to = schemas.get(name.schema());
    return to == null ? name : new TableName(to, name.name());
  }
}
