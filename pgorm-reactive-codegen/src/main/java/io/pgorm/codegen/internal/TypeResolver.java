package io.pgorm.codegen.internal;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.pgorm.query.meta.JavaTypes;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Java type of a column or attribute: generated enums and records for user enums and
 * composites, a domain's base type for a domain, {@link RegistryTypes} for built-in and extension
 * types, and {@code List<E>} for each array dimension.
 */
final class TypeResolver {

  private static final ClassName LIST = ClassName.get(List.class);

  private final ModelNames names;
  private final Map<QualifiedName, Domain> domains = new HashMap<>();

  TypeResolver(SchemaModel model, ModelNames names) {
    this.names = names;
    for (Domain d : model.domains()) {
      domains.put(d.name(), d);
    }
  }

  /** The Java type, or {@code null} when the type is neither declared nor known. */
  @Nullable TypeName javaType(TypeRef type) {
    return javaType(type, 0);
  }

  private @Nullable TypeName javaType(TypeRef type, int depth) {
    TypeName result = elementType(type, depth);
    for (int i = 0; result != null && i < type.arrayDimensions(); i++) {
      result = ParameterizedTypeName.get(LIST, result.box());
    }
    return result;
  }

  private @Nullable TypeName elementType(TypeRef type, int depth) {
    if (type.schema() != null) {
      QualifiedName name = QualifiedName.of(type.schema(), type.name());
      ClassName generated = names.enumType(name);
      if (generated == null) {
        generated = names.compositeType(name);
      }
      if (generated != null) {
        return generated;
      }
      Domain domain = domains.get(name);
      if (domain != null) {
        // a cycle of domains (which validation rejects) must not recurse forever
        return depth > domains.size() ? null : javaType(domain.baseType(), depth + 1);
      }
    }
    return RegistryTypes.javaType(type.name());
  }

  /**
   * The name the type registry knows {@code type} by: user types schema-qualified ({@code
   * public.mood[]}), built-in and extension types by their bare name with modifiers ({@code
   * varchar(10)}, {@code citext}).
   */
  String registryName(TypeRef type) {
    if (type.schema() != null) {
      QualifiedName name = QualifiedName.of(type.schema(), type.name());
      if (names.enumType(name) != null
          || names.compositeType(name) != null
          || domains.containsKey(name)) {
        return SqlTypes.sql(name) + "[]".repeat(type.arrayDimensions());
      }
    }
    return SqlTypes.sql(new TypeRef(null, type.name(), type.modifiers(), type.arrayDimensions()));
  }

  /** An expression for the {@link java.lang.reflect.Type} of {@code type} at run time. */
  static CodeBlock runtimeType(TypeName type) {
    if (type instanceof ParameterizedTypeName p) {
      CodeBlock.Builder code =
          CodeBlock.builder().add("$T.parameterized($T.class", JavaTypes.class, p.rawType());
      for (TypeName argument : p.typeArguments()) {
        code.add(", ").add(runtimeType(argument));
      }
      return code.add(")").build();
    }
    if (type instanceof ClassName || type instanceof ArrayTypeName) {
      return CodeBlock.of("$T.class", type.withoutAnnotations());
    }
    throw new IllegalArgumentException("no run-time type for " + type);
  }
}
