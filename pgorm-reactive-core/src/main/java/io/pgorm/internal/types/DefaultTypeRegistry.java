package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.pgorm.types.PgType;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry;
import io.pgorm.types.TypedValue;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The {@link TypeRegistry}: built-in entries plus user types, looked up by normalized name. */
public final class DefaultTypeRegistry implements TypeRegistry {

  /** The shared built-in registry. */
  public static final DefaultTypeRegistry BUILT_IN =
      create(List.of(), List.of(), List.of(), null, 2);

  private final List<TypeEntry> entries;
  private final Map<String, TypeEntry> byName;
  private final ObjectMapper mapper;
  private final SessionFormat jsonSession;

  private DefaultTypeRegistry(List<TypeEntry> entries, ObjectMapper mapper, int moneyDigits) {
    this.entries = List.copyOf(entries);
    this.byName = index(entries);
    this.mapper = mapper;
    this.jsonSession = new SessionFormat(moneyDigits, '.', mapper);
  }

  /**
   * A registry of the built-in types plus these user types.
   *
   * @throws TypeMappingException for a bad mapping
   */
  public static DefaultTypeRegistry create(
      List<TypeRegistry.Builder.EnumMapping> enums,
      List<TypeRegistry.Builder.CompositeMapping> composites,
      List<TypeRegistry.Builder.DomainMapping> domains,
      @Nullable ObjectMapper mapper,
      int moneyDigits) {
    List<TypeEntry> all = new ArrayList<>(BuiltInTypes.all());
    UserTypes.add(all, enums, composites, domains);
    return new DefaultTypeRegistry(all, JsonMappers.exact(mapper), moneyDigits);
  }

  private static Map<String, TypeEntry> index(List<TypeEntry> entries) {
    Map<String, TypeEntry> map = new LinkedHashMap<>();
    for (TypeEntry e : entries) {
      map.put(e.name(), e);
      for (String alias : e.type().aliases()) {
        map.put(alias, e);
      }
    }
    return map;
  }

  List<TypeEntry> entries() {
    return entries;
  }

  /** The type named {@code name}, or {@code null}; a malformed name is unknown too. */
  @Nullable Resolved tryResolve(String name) {
    TypeName parsed;
    try {
      parsed = TypeName.parse(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
    TypeEntry base = byName.get(parsed.key());
    if (base == null) {
      return null;
    }
    PgType type = parsed.dimensions() == 0 ? base.type() : base.type().arrayOf(parsed.dimensions());
    return new Resolved(base, parsed.dimensions(), type);
  }

  Resolved resolve(String name) {
    Resolved r = tryResolve(name);
    if (r == null) {
      throw unknown(name);
    }
    return r;
  }

  private TypeMappingException unknown(String name) {
    String hint;
    try {
      hint =
          TypeName.parse(name).qualified()
              ? "register user enums and composites with TypeRegistry.builder().enumType(...) or"
                  + " .compositeType(...), by the schema-qualified name"
              : "user types are named with their schema, e.g. public.mood; built-in names are"
                  + " those of docs/types.md";
    } catch (IllegalArgumentException e) {
      hint = "write a type name such as integer, varchar(20), text[] or app.mood";
    }
    return new TypeMappingException(
        name,
        "Unknown PostgreSQL type '" + name + "'",
        "the type registry does not know it",
        hint,
        null);
  }

  @Override
  public PgType type(String name) {
    return resolve(name).type();
  }

  @Override
  public Optional<PgType> find(String name) {
    Resolved r = tryResolve(name);
    return r == null ? Optional.empty() : Optional.of(r.type());
  }

  @Override
  public List<PgType> types() {
    return entries.stream().map(TypeEntry::type).toList();
  }

  @Override
  public @Nullable Object decodeJson(String typeName, JsonNode value) {
    Resolved r = resolve(typeName);
    boolean jsonDocument = r.base().codec() instanceof JsonCodec && !r.isArray();
    if (value.isNull() || value.isMissingNode()) {
      return jsonDocument ? NullNode.getInstance() : null;
    }
    try {
      return r.codec().fromJson(value, jsonSession);
    } catch (RuntimeException e) {
      throw new TypeMappingException(
          typeName,
          "Cannot decode the JSON form of a value of type " + r.type().name(),
          String.valueOf(e.getMessage()),
          "the JSON must be what to_jsonb() writes for this type",
          e);
    }
  }

  @Override
  public Object parseText(String typeName, String text) {
    Resolved r = resolve(typeName);
    try {
      return r.codec().parse(text, jsonSession);
    } catch (RuntimeException e) {
      throw new TypeMappingException(
          typeName,
          "Cannot read the text form of a value of type " + r.type().name(),
          String.valueOf(e.getMessage()),
          null,
          e);
    }
  }

  @Override
  public String formatText(String typeName, Object value) {
    Resolved r = resolve(typeName);
    try {
      return r.codec().format(value, jsonSession);
    } catch (RuntimeException e) {
      throw new TypeMappingException(
          typeName,
          "Cannot write a " + value.getClass().getName() + " as " + r.type().name(),
          String.valueOf(e.getMessage()),
          "pass a " + r.type().javaType().getSimpleName() + " (see docs/types.md)",
          e);
    }
  }

  @Override
  public Object bindValue(String typeName, @Nullable Object value) {
    Resolved r = resolve(typeName);
    if (value != null
        && r.type().bindMode() == PgType.BindMode.DIRECT
        && r.type().javaType() != Object.class
        && r.type().javaType().isInstance(value)
        && (r.base().type().kind() == PgType.Kind.BASE || JavaTypes.typeNameOf(value) != null)) {
      return value;
    }
    return TypedValue.of(r.type().name(), value);
  }

  @Override
  public ObjectMapper objectMapper() {
    return mapper;
  }

  @Override
  public CodecRegistrar codecRegistrar() {
    return new TypeCodecRegistrar(this);
  }
}
