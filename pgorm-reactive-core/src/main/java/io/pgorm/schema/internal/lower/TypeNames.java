package io.pgorm.schema.internal.lower;

import org.jspecify.annotations.Nullable;

/** What the printer needs from the type catalog. */
public final class TypeNames {

  private TypeNames() {}

  /** Whether an unqualified use of the name means a built-in type (or serial or pseudo-type). */
  public static boolean isBuiltinName(String name) {
    TypeCatalog.Known k = TypeCatalog.known(name);
    return k != null && k.extension() == null
        || TypeCatalog.serialBase(name) != null
        || TypeCatalog.isPseudo(name);
  }

  /** The extension that provides a type of that name, or null. */
  public static @Nullable String extensionOf(String name) {
    TypeCatalog.Known k = TypeCatalog.known(name);
    return k == null ? null : k.extension();
  }

  /** {@code integer} → {@code serial}, {@code bigint} → {@code bigserial}, ... */
  public static String serialName(String base) {
    return TypeCatalog.serialName(base);
  }
}
