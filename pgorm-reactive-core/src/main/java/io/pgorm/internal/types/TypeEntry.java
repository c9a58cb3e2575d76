package io.pgorm.internal.types;

import io.pgorm.types.PgType;
import java.util.Set;

/**
 * One base type in a registry: its public description, its codec, and which reads of it this
 * project takes over from the driver.
 *
 * @param type the public description
 * @param codec text and JSON forms
 * @param arrayCodec text and JSON forms of its arrays
 * @param nativeClasses the Java classes that a column of this type is read as by our codecs rather
 *     than the driver's ({@code row.get(i, PgMoney.class)}); empty where the driver's are right
 * @param claimsObject whether reading as {@code Object} gives our value (the driver has none, or a
 *     wrong one); for arrays, whether {@code Object} gives our {@code List} (the driver cannot read
 *     them)
 */
record TypeEntry(
    PgType type,
    TextCodec codec,
    ArrayCodec arrayCodec,
    Set<Class<?>> nativeClasses,
    boolean claimsObject) {

  TypeEntry(
      PgType type,
      TextCodec codec,
      char delimiter,
      Set<Class<?>> nativeClasses,
      boolean claimsObject) {
    this(type, codec, new ArrayCodec(codec, delimiter), Set.copyOf(nativeClasses), claimsObject);
  }

  String name() {
    return type.name();
  }
}
