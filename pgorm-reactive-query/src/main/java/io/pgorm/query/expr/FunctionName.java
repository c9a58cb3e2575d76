package io.pgorm.query.expr;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of a function to call. A built-in name ({@code count}, {@code jsonb_set}) is written as
 * is and must be a plain lower-case identifier; a function of a schema ({@code shop.order_total})
 * is written quoted.
 *
 * @param schema the schema of a user function, as stored; {@code null} for a built-in
 * @param name the function's name
 */
public record FunctionName(@Nullable String schema, String name) {

  private static final Pattern BUILT_IN = Pattern.compile("[a-z_][a-z0-9_]*");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException for a built-in name that is not a plain identifier
   */
  public FunctionName {
    Objects.requireNonNull(name, "name");
    if (schema == null && !BUILT_IN.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "not a built-in function name: \""
              + name
              + "\". Hint: call a function of your schema with FunctionName.of(schema, name)");
    }
    if (schema != null) {
      Identifiers.check("function schema", schema);
      Identifiers.check("function name", name);
    }
  }

  /** A built-in function, unqualified. */
  public static FunctionName builtIn(String name) {
    return new FunctionName(null, name);
  }

  /** A function in {@code schema}; both parts quoted when rendered. */
  public static FunctionName of(String schema, String name) {
    return new FunctionName(Objects.requireNonNull(schema, "schema"), name);
  }

  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }
}
