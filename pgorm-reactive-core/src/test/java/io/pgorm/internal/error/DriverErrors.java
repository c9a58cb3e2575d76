package io.pgorm.internal.error;

import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.message.backend.Field;
import io.r2dbc.postgresql.message.backend.Field.FieldType;
import io.r2dbc.spi.R2dbcException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The driver's own exceptions, built by the driver's own code: its exception classes are
 * package-private, so we reach its {@code ExceptionFactory} and constructors by reflection. No
 * mock: the result is exactly what the driver raises for the same {@code ErrorResponse}.
 */
final class DriverErrors {

  private DriverErrors() {}

  /** What the driver raises for an {@code ErrorResponse} with these fields. */
  static R2dbcException fromServer(ErrorDetails details) {
    try {
      Class<?> factory = Class.forName("io.r2dbc.postgresql.ExceptionFactory");
      java.lang.reflect.Field instance = factory.getField("INSTANCE");
      instance.setAccessible(true);
      Method create = factory.getMethod("createException", ErrorDetails.class);
      create.setAccessible(true);
      return (R2dbcException) create.invoke(instance.get(null), details);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("driver internals changed", e);
    }
  }

  /** An {@code ErrorResponse} from the server: severity ERROR plus the given code and message. */
  static Details server(String code, String message) {
    return new Details()
        .with(FieldType.SEVERITY_LOCALIZED, "ERROR")
        .with(FieldType.SEVERITY_NON_LOCALIZED, "ERROR")
        .with(FieldType.CODE, code)
        .with(FieldType.MESSAGE, message);
  }

  /** What the driver raises when the connection closed under it. */
  static R2dbcException connectionClosed(String reason, @Nullable Throwable cause) {
    return construct(
        "io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException",
        reason,
        cause);
  }

  /** What the driver raises when it cannot connect. */
  static R2dbcException cannotConnect(String reason, Throwable cause) {
    return construct(
        "io.r2dbc.postgresql.PostgresqlConnectionFactory$PostgresConnectionException",
        reason,
        cause);
  }

  private static R2dbcException construct(
      String className, String reason, @Nullable Throwable cause) {
    try {
      Constructor<?> c =
          Class.forName(className).getDeclaredConstructor(String.class, Throwable.class);
      c.setAccessible(true);
      return (R2dbcException) c.newInstance(reason, cause);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("driver internals changed", e);
    }
  }

  /** The fields of an {@code ErrorResponse}, in the driver's own types. */
  static final class Details {
    private final List<Field> fields = new ArrayList<>();

    Details with(FieldType type, String value) {
      fields.add(new Field(type, value));
      return this;
    }

    ErrorDetails details() {
      return new ErrorDetails(fields);
    }

    R2dbcException exception() {
      return fromServer(details());
    }
  }
}
