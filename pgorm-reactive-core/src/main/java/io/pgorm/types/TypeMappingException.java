package io.pgorm.types;

import io.pgorm.error.PgOrmException;
import org.jspecify.annotations.Nullable;

/**
 * A value could not be mapped between PostgreSQL and Java: an unknown type name, a text or JSON
 * form that does not parse, a Java value of the wrong class for the type, a user type missing on
 * the server. Client-side: no SQLSTATE. The message reads {@code <what failed>: <why>. Hint: <what
 * to do>.}
 */
public class TypeMappingException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final String typeName;

  /**
   * A mapping failure.
   *
   * @param typeName the PostgreSQL type involved, as written by the caller or the server
   * @param what what failed, e.g. {@code Cannot read a money value}
   * @param why what is wrong
   * @param hint what to do, or {@code null}
   * @param cause the parse error or similar, if any
   */
  public TypeMappingException(
      String typeName, String what, String why, @Nullable String hint, @Nullable Throwable cause) {
    super(what + ": " + sentence(why) + (hint == null ? "" : " Hint: " + sentence(hint)), cause);
    this.typeName = typeName;
  }

  private static String sentence(String s) {
    return s.endsWith(".") ? s : s + ".";
  }

  /** The PostgreSQL type involved. */
  public String typeName() {
    return typeName;
  }
}
