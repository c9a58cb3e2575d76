package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Java class of every generated type. Objects in schema {@code public} go to the base package,
 * those of another schema to a sub-package named after it; two objects that would get the same
 * class are reported.
 */
final class ModelNames {

  private final String basePackage;
  private final List<String> problems;
  private final Map<ClassName, String> owners = new HashMap<>();
  private final ClassName types;
  private final Map<QualifiedName, ClassName> records = new HashMap<>();
  private final Map<QualifiedName, ClassName> metamodels = new HashMap<>();
  private final Map<QualifiedName, ClassName> repositories = new HashMap<>();
  private final Map<QualifiedName, ClassName> enums = new HashMap<>();
  private final Map<QualifiedName, ClassName> composites = new HashMap<>();

  ModelNames(SchemaModel model, String basePackage, List<String> problems) {
    this.basePackage = basePackage;
    this.problems = problems;
    types =
        claim(
            QualifiedName.of("public", TypesWriter.NAME),
            TypesWriter.NAME,
            "",
            "the schema's " + TypesWriter.NAME + " class");
    for (EnumType e : model.enums()) {
      enums.put(e.name(), claim(e.name(), e.javaName(), "", "enum " + e.name()));
    }
    for (CompositeType c : model.composites()) {
      composites.put(c.name(), claim(c.name(), c.javaName(), "", "composite type " + c.name()));
    }
    for (ModelSpec m : ModelSpec.of(model)) {
      int before = problems.size();
      ClassName record =
          claim(m.name(), m.javaName(), "", "record of " + m.kind() + " " + m.name());
      records.put(m.name(), record);
      ClassName metamodel =
          claim(
              m.name(),
              record.simpleName(),
              m.metamodelSuffix(),
              "metamodel of " + m.kind() + " " + m.name());
      metamodels.put(m.name(), metamodel);
      if (RepositoryWriter.applies(m)) {
        repositories.put(
            m.name(),
            claim(
                m.name(),
                record.simpleName(),
                "Repository",
                "repository of " + m.kind() + " " + m.name()));
      }
      while (problems.size() > before + 1) {
        problems.remove(problems.size() - 1); // the others clash because the records do
      }
    }
  }

  /** The class that registers the schema's user types. */
  ClassName types() {
    return types;
  }

  /** The record of a model. */
  ClassName record(QualifiedName table) {
    return records.get(table);
  }

  /** The metamodel class of a model, or {@code null}. */
  @Nullable ClassName metamodel(QualifiedName table) {
    return metamodels.get(table);
  }

  /** The repository class of a table with a primary key, or {@code null}. */
  @Nullable ClassName repository(QualifiedName table) {
    return repositories.get(table);
  }

  @Nullable ClassName enumType(QualifiedName name) {
    return enums.get(name);
  }

  @Nullable ClassName compositeType(QualifiedName name) {
    return composites.get(name);
  }

  /** The simple names of all generated classes in {@code packageName}. */
  Set<String> simpleNamesIn(String packageName) {
    Set<String> names = new HashSet<>();
    for (ClassName name : owners.keySet()) {
      if (name.packageName().equals(packageName)) {
        names.add(name.simpleName());
      }
    }
    return names;
  }

  private ClassName claim(
      QualifiedName object, @Nullable String javaName, String suffix, String what) {
    String simple;
    if (javaName == null) {
      simple = JavaNames.typeName(object.name());
    } else if (JavaNames.isTypeName(javaName)) {
      simple = javaName;
    } else {
      problems.add(what + ": Java name '" + javaName + "' is not a valid Java class name");
      simple = JavaNames.typeName(javaName);
    }
    String packageName =
        object.schema().equals("public")
            ? basePackage
            : basePackage + "." + JavaNames.packageSegment(object.schema());
    ClassName name = ClassName.get(packageName, simple + suffix);
    String previous = owners.putIfAbsent(name, what);
    if (previous != null) {
      problems.add(
          what
              + " and "
              + previous
              + " would both be class "
              + name.canonicalName()
              + ": give one of them another Java name with @@java(name: ...)");
    }
    return name;
  }
}
