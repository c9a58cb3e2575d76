package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgNumericTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NaN, NaN",
    "nan, NaN",
    "Infinity, Infinity",
    "+inf, Infinity",
    "INF, Infinity",
    "-Infinity, -Infinity",
    "-inf, -Infinity",
    "12.50, 12.50",
    "1E+3, 1000",
    "-0.001, -0.001"
  })
  void parsesAndPrintsTheServersForms(String text, String printed) {
    assertThat(PgNumeric.parse(text)).hasToString(printed);
  }

  @Test
  void specialValuesAreConstants() {
    assertThat(PgNumeric.parse("NaN")).isSameAs(PgNumeric.NAN);
    assertThat(PgNumeric.NAN.isNaN()).isTrue();
    assertThat(PgNumeric.NAN.isFinite()).isFalse();
    assertThat(PgNumeric.POSITIVE_INFINITY.isInfinite()).isTrue();
    assertThat(PgNumeric.NAN.toJava()).isSameAs(PgNumeric.NAN);
  }

  @Test
  void finiteValuesCompareWithScale() {
    assertThat(PgNumeric.parse("1.0")).isEqualTo(PgNumeric.of(new BigDecimal("1.0")));
    assertThat(PgNumeric.parse("1.0")).isNotEqualTo(PgNumeric.parse("1.00"));
    assertThat(PgNumeric.parse("1.0").toJava()).isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void specialValuesHaveNoBigDecimal() {
    assertThatThrownBy(PgNumeric.NAN::bigDecimal)
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("numeric NaN has no BigDecimal value");
    assertThatThrownBy(() -> PgNumeric.parse("12x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a numeric value: \"12x\"");
  }
}
