package io.pgorm.types;

import static io.pgorm.types.TypeCase.of;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** Integers, floats, numeric (1000 digits, NaN, ±Infinity) and money. */
final class NumberCases {

  private NumberCases() {}

  static Stream<TypeCase> cases() {
    String thousandDigits = "9".repeat(600) + "." + "1234567890".repeat(40);
    return Stream.of(
        of("smallint", (short) 0),
        of("smallint", Short.MIN_VALUE),
        of("int2", Short.MAX_VALUE),
        of("integer", Integer.MIN_VALUE),
        of("int4", Integer.MAX_VALUE),
        of("bigint", Long.MIN_VALUE),
        of("int8", Long.MAX_VALUE),
        of("numeric", new BigDecimal("0")),
        of("numeric", new BigDecimal("-123.4500")),
        of("numeric", new BigDecimal(thousandDigits)).label("1000 digits"),
        of("numeric", new BigDecimal("-" + thousandDigits)).label("-1000 digits"),
        TypeCase.normalized("numeric", new BigDecimal("1E-300"), new BigDecimal("1E-300")),
        TypeCase.normalized(
            "numeric(10,2)", new BigDecimal("12345678.9"), new BigDecimal("12345678.90")),
        of("decimal(38,0)", new BigDecimal("9".repeat(38))),
        of("numeric", PgNumeric.NAN).readAs(Object.class),
        of("numeric", PgNumeric.POSITIVE_INFINITY).readAs(Object.class),
        of("numeric", PgNumeric.NEGATIVE_INFINITY).readAs(Object.class),
        of("numeric", PgNumeric.NAN).readAs(PgNumeric.class),
        TypeCase.normalized("numeric", PgNumeric.of(new BigDecimal("2.5")), new BigDecimal("2.5")),
        of("numeric", new BigDecimal("2.5")).readAs(Object.class),
        TypeCase.normalized("numeric", new BigDecimal("2.50"), PgNumeric.of(new BigDecimal("2.50")))
            .readAs(PgNumeric.class),
        of("real", 1.5f),
        of("real", Float.NaN),
        of("float4", Float.POSITIVE_INFINITY),
        of("real", Float.NEGATIVE_INFINITY),
        of("real", Float.MAX_VALUE),
        of("real", Float.MIN_VALUE),
        of("double precision", Math.PI),
        of("double precision", Double.NaN),
        of("float8", Double.POSITIVE_INFINITY),
        of("float", Double.NEGATIVE_INFINITY),
        of("double precision", Double.MIN_VALUE),
        of("double precision", 1e308),
        of("money", PgMoney.of("1234.56")),
        of("money", PgMoney.of("-92233720368547758.08")).label("min"),
        of("money", PgMoney.of("92233720368547758.07")).label("max"),
        of("money", PgMoney.of("0")),
        TypeCase.ofNull("integer"),
        TypeCase.ofNull("numeric"),
        TypeCase.ofNull("money"),
        TypeCase.ofNull("real"));
  }
}
