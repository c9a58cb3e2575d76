package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.pgorm.types.PgType;
import io.pgorm.types.TypeRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Java types of built-in and extension types, as the type registry ({@link
 * TypeRegistry#builtIn()}) maps them: what a query reads a column as. Ranges and multiranges are
 * parameterized by their bound type ({@code PgRange<OffsetDateTime>}); {@code hstore} is {@code
 * Map<String, @Nullable String>}.
 */
final class RegistryTypes {

  private static final TypeRegistry REGISTRY = TypeRegistry.builtIn();

  /** Types the schema language accepts and the registry does not map yet: their text form. */
  private static final Set<String> UNMAPPED =
      Set.of(
          "xid",
          "xid8",
          "cid",
          "tid",
          "pg_snapshot",
          "lquery",
          "ltxtquery",
          "cube",
          "halfvec",
          "sparsevec");

  private RegistryTypes() {}

  /** The Java type of a built-in or extension type of that name, or {@code null}. */
  static @Nullable TypeName javaType(String sqlName) {
    Optional<PgType> type = REGISTRY.find(sqlName);
    if (type.isEmpty()) {
      return UNMAPPED.contains(sqlName) ? ClassName.get(String.class) : null;
    }
    return typeName(type.get());
  }

  private static TypeName typeName(PgType type) {
    PgType element = type.element();
    if ((type.kind() == PgType.Kind.RANGE || type.kind() == PgType.Kind.MULTIRANGE)
        && element != null) {
      return ParameterizedTypeName.get(ClassName.get(type.javaType()), typeName(element).box());
    }
    if (type.javaType() == Map.class) {
      // hstore: values may be NULL, keys may not
      return ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          ClassName.get(String.class).annotated(Files.NULLABLE));
    }
    return TypeName.get(type.javaType());
  }
}
