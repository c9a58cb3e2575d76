package io.pgorm.types;

/**
 * Implemented by a Java enum whose constants are not spelt like the PostgreSQL labels: {@code
 * HAPPY} for {@code 'happy'}. Enums that do not implement it map each constant by {@link
 * Enum#name()}.
 */
public interface PgEnum {

  /** The PostgreSQL label of this constant, exactly as in {@code CREATE TYPE ... AS ENUM}. */
  String pgLabel();
}
