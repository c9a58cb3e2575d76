package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgMoneyTest {

  @ParameterizedTest(name = "{0} with {1} digits is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$1,234.56|2|1234.56",
        "-$1,234.56|2|-1234.56",
        "($1,234.56)|2|-1234.56",
        "1.234,56 €|2|1234.56",
        "-1.234,56 €|2|-1234.56",
        "￥1,235|0|1235",
        "KWD 1,234.567|3|1234.567",
        "$0.00|2|0.00",
        "-$92,233,720,368,547,758.08|2|-92233720368547758.08",
      })
  void readsTheServersTextInAnyLocale(String text, int digits, String amount) {
    assertThat(PgMoney.parse(text, digits).amount()).isEqualTo(new BigDecimal(amount));
  }

  @Test
  void equalityIgnoresScale() {
    assertThat(PgMoney.of("1.5"))
        .isEqualTo(PgMoney.of("1.50"))
        .hasSameHashCodeAs(PgMoney.of("1.50"));
    assertThat(PgMoney.of("0")).isEqualTo(PgMoney.of("0.00")).hasSameHashCodeAs(PgMoney.of("0.00"));
    assertThat(PgMoney.of("1.5")).isNotEqualTo(PgMoney.of("1.51"));
    assertThat(PgMoney.of("1.5")).isLessThan(PgMoney.of("1.51"));
  }

  @Test
  void printsThePlainAmount() {
    assertThat(PgMoney.of(new BigDecimal("-1234.50"))).hasToString("-1234.50");
    assertThat(PgMoney.parse("$1,234.56")).hasToString("1234.56");
  }

  @Test
  void rejectsTextWithoutDigitsOrOutOfRange() {
    assertThatThrownBy(() -> PgMoney.parse("$", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a money value: \"$\" holds no digit");
    assertThatThrownBy(() -> PgMoney.parse("$92,233,720,368,547,758.08", 2))
        .hasMessage(
            "not a money value: \"$92,233,720,368,547,758.08\" is out of range for 64-bit money");
  }
}
