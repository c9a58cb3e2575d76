package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.types.PgNumeric;
import java.math.BigDecimal;

/**
 * {@code numeric}: BigDecimal, or {@link PgNumeric} for NaN and ±Infinity (which the driver's codec
 * throws on). {@code to_jsonb} writes numbers as JSON numbers (every digit kept when parsed with
 * the registry's mapper) and the special values as strings.
 */
final class NumericCodec implements TextCodec {

  static final NumericCodec INSTANCE = new NumericCodec();

  private NumericCodec() {}

  @Override
  public Class<?> javaType() {
    return BigDecimal.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return PgNumeric.parse(text).toJava();
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (value instanceof BigDecimal || value instanceof PgNumeric) {
      return value.toString();
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).toString();
    }
    throw new IllegalArgumentException(
        "expected BigDecimal or PgNumeric, got " + value.getClass().getName());
  }

  @Override
  public Object fromJson(JsonNode json, SessionFormat session) {
    if (json.isBigDecimal() || json.isIntegralNumber()) {
      return json.decimalValue();
    }
    // A double node: the caller's mapper did not keep decimals; its shortest text is the best
    // that is left.
    return parse(json.asText(), session);
  }
}
