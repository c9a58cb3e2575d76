package io.pgorm.schema.ir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole database schema: every object a schema file declares, in declaration order within each
 * kind. {@code schemas} are the namespaces the file creates ({@code public} is implied); {@code
 * schemaComments} the {@code COMMENT ON SCHEMA} of those that have one, by schema name.
 */
public record SchemaModel(
    List<String> schemas,
    List<Extension> extensions,
    List<Role> roles,
    List<EnumType> enums,
    List<CompositeType> composites,
    List<Domain> domains,
    List<Sequence> sequences,
    List<Table> tables,
    List<View> views,
    List<Routine> routines,
    List<Grant> grants,
    Map<String, String> schemaComments) {

  public SchemaModel {
    schemas = List.copyOf(schemas);
    extensions = List.copyOf(extensions);
    roles = List.copyOf(roles);
    enums = List.copyOf(enums);
    composites = List.copyOf(composites);
    domains = List.copyOf(domains);
    sequences = List.copyOf(sequences);
    tables = List.copyOf(tables);
    views = List.copyOf(views);
    routines = List.copyOf(routines);
    grants = List.copyOf(grants);
    schemaComments = Map.copyOf(schemaComments);
    for (String s : schemaComments.keySet()) {
      if (!schemas.contains(s)) {
        throw new IllegalArgumentException("a comment on schema " + s + ", which is not declared");
      }
    }
  }

  /** A schema with nothing in it. */
  public static SchemaModel empty() {
    return new SchemaModel(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), Map.of());
  }

  /** The table of that name. */
  public Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public SchemaModel withTables(List<Table> value) {
    return new SchemaModel(
        schemas,
        extensions,
        roles,
        enums,
        composites,
        domains,
        sequences,
        value,
        views,
        routines,
        grants,
        schemaComments);
  }

  public SchemaModel withRoutines(List<Routine> value) {
    return new SchemaModel(
        schemas,
        extensions,
        roles,
        enums,
        composites,
        domains,
        sequences,
        tables,
        views,
        value,
        grants,
        schemaComments);
  }

  public SchemaModel withSchemas(List<String> value) {
    return new SchemaModel(
        value,
        extensions,
        roles,
        enums,
        composites,
        domains,
        sequences,
        tables,
        views,
        routines,
        grants,
        schemaComments.entrySet().stream()
            .filter(e -> value.contains(e.getKey()))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }
}
