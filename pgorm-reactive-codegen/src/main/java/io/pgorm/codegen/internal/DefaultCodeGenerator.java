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
    List<Table> models = model.tables().stream().filter(t -> t.partitionOf() == null).toList();
    Map<QualifiedName, Map<String, ColumnSpec>> columns = new HashMap<>();
    Map<QualifiedName, List<ColumnSpec>> ordered = new HashMap<>();
    for (Table t : models) {
      List<ColumnSpec> specs = ColumnSpec.of(t, types, problems);
      ordered.put(t.name(), specs);
      Map<String, ColumnSpec> byName = new HashMap<>();
      specs.forEach(c -> byName.put(c.column().name(), c));
      columns.put(t.name(), byName);
      if (t.primaryKey() != null) {
        for (String key : t.primaryKey().columns()) {
          if (t.column(key) == null) {
            problems.add("primary key of " + t.name() + ": column " + key + " does not exist");
          }
        }
      }
    }
    RelationResolver relations = new RelationResolver(model);
    for (Table t : models) {
      List<ResolvedRelation> resolved = resolveRelations(t, relations, problems);
      if (!problems.isEmpty()) {
        continue;
      }
      ClassName record = names.record(t.name());
      ClassName metamodel = names.metamodel(t.name());
      TypeSpec relationsType =
          RelationsWriter.write(
              t,
              metamodel,
              resolved,
              names,
              (table, column) ->
                  CodeBlock.of(
                      "$T.$L", names.metamodel(table), columns.get(table).get(column).constant()));
      files.add(file(record, RecordWriter.write(t, record, ordered.get(t.name())), names));
      files.add(
          file(
              metamodel,
              MetamodelWriter.write(
                  t, metamodel, record, ordered.get(t.name()), false, relationsType),
              names));
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
