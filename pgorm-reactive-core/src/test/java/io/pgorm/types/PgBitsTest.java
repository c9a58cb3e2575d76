package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PgBitsTest {

  @Test
  void parsesPlainBinaryAndHexForms() {
    assertThat(PgBits.parse("10110")).hasToString("10110");
    assertThat(PgBits.parse("B'101'")).isEqualTo(PgBits.parse("101"));
    assertThat(PgBits.parse("X'1F'")).hasToString("00011111");
    assertThat(PgBits.parse("")).hasToString("");
    assertThat(PgBits.parse("")).extracting(PgBits::length).isEqualTo(0);
  }

  @Test
  void bitsCountFromTheLeft() {
    PgBits bits = PgBits.of(true, false, true, true);
    assertThat(bits).hasToString("1011");
    assertThat(bits.get(0)).isTrue();
    assertThat(bits.get(1)).isFalse();
    BitSet set = bits.toBitSet();
    assertThat(PgBits.of(set, 4)).isEqualTo(bits);
    assertThat(PgBits.of(set, 6)).hasToString("101100");
  }

  @Test
  void lengthCountsForEquality() {
    assertThat(PgBits.parse("0")).isNotEqualTo(PgBits.parse("00"));
    assertThat(PgBits.parse("01")).hasSameHashCodeAs(PgBits.parse("01"));
  }

  @Test
  void rejectsOtherCharacters() {
    assertThatThrownBy(() -> PgBits.parse("1021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a bit string: \"1021\" has '2' at index 2; use 0 and 1");
    assertThatThrownBy(() -> PgBits.parse("X'1G'"))
        .hasMessage("not a hexadecimal bit string: X'1G'");
  }
}
