package io.pgorm.internal.types;

import io.pgorm.types.PgRange;
import io.pgorm.types.PgType;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypedValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The registry as one connection sees it: the OIDs of extension and user types present when it
 * opened, and the server's money format. Immutable once built.
 */
final class ConnectionTypes {

  /** A value ready to send: the type's OID (0: let the server infer) and text, or null. */
  record Binding(int oid, @Nullable String text) {}

  private final DefaultTypeRegistry registry;
  private final SessionFormat session;
  private final Map<String, int[]> dynamicOids;
  private final Map<Integer, TypeEntry> byOid = new HashMap<>();
  private final Map<Integer, TypeEntry> byArrayOid = new HashMap<>();
  private final Map<Class<?>, TypeEntry> userByClass = new HashMap<>();

  ConnectionTypes(
      DefaultTypeRegistry registry, SessionFormat session, Map<String, int[]> dynamicOids) {
    this.registry = registry;
    this.session = session;
    this.dynamicOids = Map.copyOf(dynamicOids);
    for (TypeEntry e : registry.entries()) {
      if (oid(e) != 0) {
        byOid.put(oid(e), e);
      }
      if (arrayOid(e) != 0) {
        byArrayOid.put(arrayOid(e), e);
      }
      if (e.type().kind() == PgType.Kind.ENUM || e.type().kind() == PgType.Kind.COMPOSITE) {
        userByClass.put(e.type().javaType(), e);
      }
    }
  }

  DefaultTypeRegistry registry() {
    return registry;
  }

  SessionFormat session() {
    return session;
  }

  int oid(TypeEntry e) {
    int[] d = dynamicOids.get(e.name());
    return d != null ? d[0] : e.type().oid();
  }

  int arrayOid(TypeEntry e) {
    int[] d = dynamicOids.get(e.name());
    return d != null ? d[1] : e.type().arrayOid();
  }

  /** The base type with this OID, or null. */
  @Nullable TypeEntry base(int oid) {
    return byOid.get(oid);
  }

  /** The element type of the array type with this OID, or null. */
  @Nullable TypeEntry arrayElement(int oid) {
    return byArrayOid.get(oid);
  }

  List<TypeEntry> entries() {
    return registry.entries();
  }

  /** How to send {@code value}: a TypedValue as its named type, anything else by its class. */
  Binding bind(Object value) {
    if (value instanceof TypedValue tv) {
      return typed(tv);
    }
    String what = value.getClass().getName();
    try {
      if (value instanceof List<?> || (value.getClass().isArray() && !(value instanceof byte[]))) {
        Object leaf = JavaTypes.firstLeaf(value);
        TypeEntry element = leaf == null ? null : entryFor(leaf);
        if (leaf != null && element == null) {
          throw unbindable("a list of " + leaf.getClass().getName(), leaf.getClass());
        }
        TypeEntry codecEntry = element != null ? element : registry.resolve("text").base();
        int oid = element != null ? present(arrayOid(element), element, element.name() + "[]") : 0;
        return new Binding(oid, codecEntry.arrayCodec().format(value, session));
      }
      TypeEntry e = entryFor(value);
      if (e == null) {
        // Empty or unbounded ranges and multiranges: the server infers the type from the context.
        TypeEntry any =
            registry.resolve(value instanceof PgRange<?> ? "int4range" : "int4multirange").base();
        return new Binding(0, any.codec().format(value, session));
      }
      return new Binding(present(oid(e), e, e.name()), e.codec().format(value, session));
    } catch (IllegalArgumentException e) {
      throw new TypeMappingException(
          what, "Cannot bind a " + what, String.valueOf(e.getMessage()), null, e);
    }
  }

  private Binding typed(TypedValue tv) {
    Resolved r = registry.resolve(tv.type());
    int oid = r.isArray() ? arrayOid(r.base()) : oid(r.base());
    if (oid == 0) {
      throw missing(r.base(), r.type().name());
    }
    Object value = tv.value();
    if (value == null) {
      return new Binding(oid, null);
    }
    try {
      return new Binding(oid, r.codec().format(value, session));
    } catch (IllegalArgumentException e) {
      throw new TypeMappingException(
          tv.type(),
          "Cannot bind a " + value.getClass().getName() + " as " + r.type().name(),
          String.valueOf(e.getMessage()),
          "pass a " + r.type().javaType().getSimpleName() + " (see docs/types.md)",
          e);
    }
  }

  /** The OID a NULL of this Java class is sent with (0: the server infers it). */
  int nullOid(Class<?> type) {
    TypeEntry user = userByClass.get(type);
    if (user != null) {
      return oid(user);
    }
    String name = JavaTypes.typeNameOfClass(type);
    return name == null ? 0 : oid(registry.resolve(name).base());
  }

  private @Nullable TypeEntry entryFor(Object value) {
    Class<?> c = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    TypeEntry user = userByClass.get(c);
    if (user != null) {
      return user;
    }
    String name = JavaTypes.typeNameOf(value);
    return name == null ? null : registry.resolve(name).base();
  }

  private TypeMappingException missing(TypeEntry e, String name) {
    String extension = e.type().extension();
    return new TypeMappingException(
        name,
        "Cannot bind a value as " + name,
        "the type did not exist in the database when this connection opened",
        extension != null
            ? "CREATE EXTENSION " + extension + ", then call PgOrm#evictPooledConnections()"
            : "create it (run the migrations) first, then call PgOrm#evictPooledConnections()",
        null);
  }

  private int present(int oid, TypeEntry e, String name) {
    if (oid == 0) {
      throw missing(e, name);
    }
    return oid;
  }

  private TypeMappingException unbindable(String what, Class<?> c) {
    return new TypeMappingException(
        c.getName(),
        "Cannot bind " + what,
        "no PostgreSQL type is known for " + c.getName(),
        "register it (enums, records) or wrap the value: TypedValue.of(\"type[]\", list)",
        null);
  }
}
