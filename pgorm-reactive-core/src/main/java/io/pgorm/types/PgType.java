package io.pgorm.types;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link TypeRegistry} knows about one PostgreSQL type: its canonical name as the schema
 * language writes it, its aliases, its OID, the Java type its values map to, and how to bind one.
 *
 * @param name canonical name: {@code integer}, {@code timestamptz}, {@code integer[]}, {@code
 *     app.mood} (user types are schema-qualified)
 * @param aliases other names the server or SQL uses: {@code int4}, {@code int}; empty for arrays
 * @param oid the type's OID where it is fixed (built-in types); 0 where it is looked up by name
 *     when a connection opens (extension and user types)
 * @param arrayOid the OID of its array type, or 0 as for {@code oid}
 * @param javaType the class of the Java values: what a query returns when the column is read as
 *     this class, and what {@link TypeRegistry#decodeJson} returns ({@code List} for arrays)
 * @param kind base, array, range, multirange, enum, composite or domain
 * @param extension the extension that provides the type ({@code citext}), or {@code null}
 * @param bindMode whether the Java value binds as this type by itself
 * @param element the element type of an array, the bound type of a range or multirange, else {@code
 *     null}
 * @param dimensions the number of array dimensions written in the type name (0 for non-arrays; the
 *     server does not enforce it)
 */
public record PgType(
    String name,
    List<String> aliases,
    int oid,
    int arrayOid,
    Class<?> javaType,
    Kind kind,
    @Nullable String extension,
    BindMode bindMode,
    @Nullable PgType element,
    int dimensions) {

  /** The sort of type. */
  public enum Kind {
    BASE,
    ARRAY,
    RANGE,
    MULTIRANGE,
    ENUM,
    COMPOSITE,
    DOMAIN
  }

  /** How a Java value is bound to a parameter of this type. */
  public enum BindMode {
    /**
     * {@code Sql.bind(i, value)} sends the value as this very type: its Java class says it ({@code
     * Integer} is {@code integer}, {@code PgMoney} is {@code money}).
     */
    DIRECT,
    /**
     * The Java class alone does not say the type ({@code String} for {@code xml}, {@code citext},
     * {@code ltree}; a {@code List} that may be empty): bind {@link TypedValue#of(String, Object)},
     * which sends the value as text with this type's OID. {@link TypeRegistry#bindValue} does so.
     * Writing {@code $1::type} in the SQL works too.
     */
    TYPED
  }

  /** Copies the aliases. */
  public PgType {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bindMode, "bindMode");
  }

  /** Whether the OID is looked up by name when a connection opens. */
  public boolean isResolvedPerConnection() {
    return oid == 0;
  }

  /** The array of this type with {@code dims} dimensions, e.g. {@code integer[][]}. */
  public PgType arrayOf(int dims) {
    if (dims < 1) {
      throw new IllegalArgumentException("an array has at least one dimension, not " + dims);
    }
    return new PgType(
        name + "[]".repeat(dims),
        List.of(),
        arrayOid,
        0,
        List.class,
        Kind.ARRAY,
        extension,
        BindMode.TYPED,
        this,
        dims);
  }
}
