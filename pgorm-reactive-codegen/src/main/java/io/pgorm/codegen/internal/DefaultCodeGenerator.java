package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.codegen.CodeGenerator;
import io.pgorm.codegen.CodegenException;
import io.pgorm.codegen.CodegenOptions;
import io.pgorm.codegen.GeneratedFile;
import io.pgorm.codegen.GeneratedSources;
import io.pgorm.schema.changes.ChangeStreams;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The generator: names every class, resolves types and relations, then writes each file. */
public final class DefaultCodeGenerator implements CodeGenerator {

  private final CodegenOptions options;

  public DefaultCodeGenerator(CodegenOptions options) {
    this.options = options;
  }

  /** The version Maven wrote into {@code codegen.properties}. */
  public static String version() {
    try (InputStream in = CodeGenerator.class.getResourceAsStream("codegen.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public GeneratedSources generate(SchemaModel schema) {
    // The change-log objects that @@notify expands into are the library's, not the application's
    // models: a schema in its physical form generates what its declared form does.
    SchemaModel model = ChangeStreams.fold(schema);
    List<String> problems = new ArrayList<>();
    ModelNames names = new ModelNames(model, options.basePackage(), problems);
    TypeResolver types = new TypeResolver(model, names);
    List<JavaFile> files = new ArrayList<>();
    files.add(file(names.types(), TypesWriter.write(model, names.types(), names, types), names));
    for (EnumType e : model.enums()) {
      if (e.values().isEmpty()) {
        problems.add("enum " + e.name() + " has no labels: a Java enum needs at least one");
      } else {
        files.add(
            file(names.enumType(e.name()), EnumWriter.write(e, names.enumType(e.name())), names));
      }
    }
    for (CompositeType c : model.composites()) {
      ClassName name = names.compositeType(c.name());
      files.add(file(name, CompositeWriter.write(c, name, types, problems), names));
    }
    List<ModelSpec> models = ModelSpec.of(model);
    Map<QualifiedName, List<ColumnSpec>> columns = new HashMap<>();
    for (ModelSpec m : models) {
      columns.put(m.name(), ColumnSpec.of(m, types, problems));
      for (String key : m.primaryKey()) {
        if (m.columns().stream().noneMatch(c -> c.name().equals(key))) {
          problems.add("primary key of " + m.name() + ": column " + key + " does not exist");
        }
      }
    }
    RelationResolver relations = new RelationResolver(model);
    for (ModelSpec m : models) {
      List<ResolvedRelation> resolved =
          m.table() == null ? List.of() : resolveRelations(m.table(), relations, problems);
      if (problems.isEmpty()) {
        files.addAll(modelFiles(m, resolved, columns, names));
      }
    }
    if (!problems.isEmpty()) {
      throw new CodegenException(problems);
    }
    return new GeneratedSources(
        files.stream()
            .map(
                f ->
                    new GeneratedFile(
                        f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java",
                        f.toString()))
            .toList());
  }

  /** The record, the metamodel and (for a table with a primary key) the repository of a model. */
  private List<JavaFile> modelFiles(
      ModelSpec m,
      List<ResolvedRelation> relations,
      Map<QualifiedName, List<ColumnSpec>> columns,
      ModelNames names) {
    ClassName record = names.record(m.name());
    ClassName metamodel = names.metamodel(m.name());
    TypeSpec relationsType =
        RelationsWriter.write(
            m.name(),
            metamodel,
            relations,
            names,
            (table, column) ->
                CodeBlock.of(
                    "$T.$L", names.metamodel(table), constant(columns.get(table), column)));
    List<JavaFile> files = new ArrayList<>();
    files.add(file(record, RecordWriter.write(m, record, columns.get(m.name())), names));
    files.add(
        file(
            metamodel,
            MetamodelWriter.write(m, metamodel, record, columns.get(m.name()), relationsType),
            names));
    ClassName repository = names.repository(m.name());
    if (repository != null) {
      files.add(
          file(
              repository,
              RepositoryWriter.write(
                  m, repository, record, metamodel, columns.get(m.name()), relations),
              names));
    }
    return files;
  }

  private static String constant(List<ColumnSpec> columns, String column) {
    return columns.stream()
        .filter(c -> c.column().name().equals(column))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("resolved relations name columns: " + column))
        .constant();
  }

  private static List<ResolvedRelation> resolveRelations(
      Table table, RelationResolver resolver, List<String> problems) {
    List<ResolvedRelation> resolved = new ArrayList<>();
    Set<String> constants = new HashSet<>();
    for (Relation r : table.relations()) {
      if (!constants.add(JavaNames.constantName(r.name()))) {
        problems.add(
            "relation "
                + r.name()
                + " of "
                + table.name()
                + ": another relation has the same Java name");
        continue;
      }
      ResolvedRelation one = resolver.resolve(table, r, problems);
      if (one != null) {
        resolved.add(one);
      }
    }
    return resolved;
  }

  private JavaFile file(ClassName name, TypeSpec.Builder type, ModelNames names) {
    String source = options.sourceName() == null ? "a schema model" : options.sourceName();
    String header =
        "Generated by pgorm-reactive-codegen from "
            + source
            + ".\nDo not edit: change the schema and generate again.";
    return Files.file(name, type, header, names);
  }
}
