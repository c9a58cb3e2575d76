package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgLsnTest {

  @Test
  void parsesAndPrintsTheTwoHalves() {
    PgLsn lsn = PgLsn.parse("16/B374D848");
    assertThat(lsn.value()).isEqualTo(0x16_B374D848L);
    assertThat(lsn).hasToString("16/B374D848");
    assertThat(PgLsn.parse("0/0")).hasToString("0/0");
    assertThat(PgLsn.parse("ffffffff/ffffffff")).hasToString("FFFFFFFF/FFFFFFFF");
  }

  @Test
  void ordersUnsigned() {
    assertThat(PgLsn.parse("FFFFFFFF/0")).isGreaterThan(PgLsn.parse("1/0"));
    assertThat(PgLsn.of(-1)).isEqualTo(PgLsn.parse("FFFFFFFF/FFFFFFFF"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "16", "/1", "1/", "1/2/3", "123456789/0", "G/0"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> PgLsn.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a pg_lsn: \"" + text + "\"; expected two hexadecimal halves such as 16/B374D848");
  }
}
