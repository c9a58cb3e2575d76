package io.pgorm.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.internal.types.DefaultTypeRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL type system: every type the schema language can name, mapped to its Java type, its
 * codec, its JSON form and how to bind it. Immutable and thread-safe; {@link #builtIn()} knows the
 * built-in and extension types, {@link #builder()} adds user enums and composites.
 *
 * <p>Type names are what the schema language and SQL write: {@code integer}, {@code int4}, {@code
 * numeric(10,2)}, {@code character varying(20)}, {@code timestamp(3) with time zone}, {@code
 * interval day to second}, {@code text[]}, {@code integer[][]}, {@code app.mood}. Modifiers do not
 * change the Java type and are ignored; user types are schema-qualified.
 *
 * <p>The client registers the registry's codecs with the driver through {@link #codecRegistrar()},
 * each time a connection opens: the OIDs of extension and user types are looked up then, by
 * qualified name ({@code to_regtype}). A type created later is unknown to connections opened before
 * it (see {@code PgOrm#evictPooledConnections()}).
 */
public interface TypeRegistry {

  /** The built-in and extension types, with the default JSON mapper. Shared instance. */
  static TypeRegistry builtIn() {
    return DefaultTypeRegistry.BUILT_IN;
  }

  /** A builder starting from the built-in types. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The type named {@code name} (see the class comment for the forms).
   *
   * @throws TypeMappingException naming the unknown type
   */
  PgType type(String name);

  /** The type named {@code name}, or empty when the registry does not know it. */
  Optional<PgType> find(String name);

  /** Every base type known (no arrays), built-in first, then extension and user types. */
  List<PgType> types();

  /**
   * Decodes the JSON form of a value of type {@code typeName}: what {@code to_jsonb(value)} wrote,
   * for example in a change event. Gives the same Java value as reading the column as {@link
   * PgType#javaType()}, and {@code null} for JSON null (except for {@code json}/{@code jsonb},
   * where JSON null is a document). Parse the JSON with {@link #objectMapper()} so that numbers
   * keep every digit.
   *
   * @throws TypeMappingException for an unknown type or a JSON value that is not of the type
   */
  @Nullable Object decodeJson(String typeName, JsonNode value);

  /**
   * Reads the server's text form of a value of type {@code typeName} ({@code [1,5)}, {@code
   * $1,234.56}, {@code {1,2,NULL}}).
   *
   * @throws TypeMappingException for an unknown type or a text that is not of the type
   */
  Object parseText(String typeName, String text);

  /**
   * Writes {@code value} in a text form the server reads as type {@code typeName}.
   *
   * @throws TypeMappingException for an unknown type or a value of the wrong Java class
   */
  String formatText(String typeName, Object value);

  /**
   * What to pass to {@code Sql.bind} so that {@code value} arrives as type {@code typeName}: the
   * value itself where its class says the type ({@link PgType.BindMode#DIRECT}), else a {@link
   * TypedValue}; a typed NULL for {@code null}.
   *
   * @throws TypeMappingException for an unknown type
   */
  Object bindValue(String typeName, @Nullable Object value);

  /**
   * The JSON mapper: for {@code json}/{@code jsonb} values and for parsing JSON forms. Keeps
   * decimals exact (big decimals, no trailing zeros stripped, numbers of any length).
   */
  ObjectMapper objectMapper();

  /**
   * The driver extension that registers this registry's codecs on each new connection: pass it to
   * {@code PostgresqlConnectionConfiguration.Builder#codecRegistrar} when using the driver
   * directly; the PG-ORM client does so itself.
   */
  CodecRegistrar codecRegistrar();

  /** Builds a registry: the built-in types plus user enums and composites. */
  final class Builder {

    /** A user enum mapping, as collected. */
    public record EnumMapping(String pgName, Class<? extends Enum<?>> javaType) {}

    /** A user composite mapping, as collected. */
    public record CompositeMapping(
        String pgName, Class<? extends Record> javaType, List<CompositeAttribute> attributes) {}

    /** A user domain, as collected. */
    public record DomainMapping(String pgName, String baseType) {}

    private final List<EnumMapping> enums = new ArrayList<>();
    private final List<CompositeMapping> composites = new ArrayList<>();
    private final List<DomainMapping> domains = new ArrayList<>();
    private @Nullable ObjectMapper mapper;
    private int moneyFractionDigits = 2;

    private Builder() {}

    /**
     * The JSON mapper for {@code json}/{@code jsonb} and user classes in them. Default: a plain
     * {@code ObjectMapper}. Either way the registry uses a copy configured to keep decimals exact.
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Fraction digits of {@code money} in JSON forms, which carry no scale: the server's {@code
     * lc_monetary} decides (2 in most locales, 0 for yen). Default 2. Connections learn it from the
     * server for query results.
     */
    public Builder moneyFractionDigits(int digits) {
      if (digits < 0 || digits > 10) {
        throw new IllegalArgumentException("money fraction digits must be 0..10, not " + digits);
      }
      this.moneyFractionDigits = digits;
      return this;
    }

    /**
     * Maps a PostgreSQL enum to a Java enum, by label ({@link PgEnum#pgLabel()}, else the
     * constant's name). {@code qualifiedName} names the schema ({@code app.mood}), so that enums of
     * the same name in two schemas stay apart.
     */
    public <E extends Enum<E>> Builder enumType(String qualifiedName, Class<E> javaType) {
      enums.add(new EnumMapping(qualifiedName, javaType));
      return this;
    }

    /**
     * Maps a PostgreSQL composite type to a Java record: attribute {@code i} (in declaration order,
     * as listed) to record component {@code i}. {@code qualifiedName} names the schema.
     */
    public <R extends Record> Builder compositeType(
        String qualifiedName, Class<R> javaType, List<CompositeAttribute> attributes) {
      composites.add(new CompositeMapping(qualifiedName, javaType, List.copyOf(attributes)));
      return this;
    }

    /**
     * Names a user domain ({@code CREATE DOMAIN app.email AS citext ...}): its values map as its
     * base type's, which may be built-in, an extension's, or another user type. Needed for {@link
     * TypeRegistry#decodeJson} and {@link TypedValue} by the domain's name; query results already
     * carry the base type.
     */
    public Builder domainType(String qualifiedName, String baseType) {
      domains.add(new DomainMapping(qualifiedName, baseType));
      return this;
    }

    /**
     * Checks the mappings and builds the registry.
     *
     * @throws TypeMappingException for an unqualified or duplicate name, an attribute or base of
     *     unknown type, or a record whose components do not match the attributes
     */
    public TypeRegistry build() {
      return DefaultTypeRegistry.create(
          List.copyOf(enums),
          List.copyOf(composites),
          List.copyOf(domains),
          mapper,
          moneyFractionDigits);
    }
  }
}
