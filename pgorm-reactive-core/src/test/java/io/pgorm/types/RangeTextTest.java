package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RangeTextTest {

  private static final Function<String, String> S = s -> s;

  @Test
  void parsesBoundsFlagsAndEmpty() {
    PgRange<Integer> r = PgRange.parse("[1,5)", Integer::valueOf);
    assertThat(r).isEqualTo(PgRange.closedOpen(1, 5));
    assertThat(r.isLowerInclusive()).isTrue();
    assertThat(r.isUpperInclusive()).isFalse();
    assertThat(PgRange.parse("empty", Integer::valueOf).isEmpty()).isTrue();
    assertThat(PgRange.parse("(,5]", Integer::valueOf)).isEqualTo(PgRange.of(null, false, 5, true));
    assertThat(PgRange.parse("(,)", Integer::valueOf)).isEqualTo(PgRange.unbounded());
  }

  @Test
  void unboundedSidesAreNeverInclusive() {
    assertThat(PgRange.of(null, true, 5, false)).isEqualTo(PgRange.lessThan(5));
    assertThat(PgRange.of(null, true, 5, false)).hasToString("(,5)");
  }

  @Test
  void quotesBoundsLikeTheServer() {
    PgRange<String> r = PgRange.of("a b", true, "x,\"y\"\\z", false);
    assertThat(r).hasToString("[\"a b\",\"x,\"\"y\"\"\\\\z\")");
    assertThat(PgRange.parse(r.toString(), S)).isEqualTo(r);
    assertThat(PgRange.parse("[\"2024-01-01 00:00:00\",\"2024-01-02 00:00:00\")", S).upper())
        .isEqualTo("2024-01-02 00:00:00");
    assertThat(PgRange.parse("[\"\",b)", S).lower()).isEqualTo("");
    assertThat(PgRange.parse("[a\\,b,c)", S).lower()).isEqualTo("a,b");
  }

  @Test
  void mapsBounds() {
    assertThat(PgRange.closedOpen(1, 5).map(i -> i * 10)).isEqualTo(PgRange.closedOpen(10, 50));
    assertThat(PgRange.<Integer>empty().map(i -> i * 10).isEmpty()).isTrue();
  }

  @Test
  void multirangesParseAndPrint() {
    PgMultirange<Integer> m = PgMultirange.parse("{[1,5), [7,9)}", Integer::valueOf);
    assertThat(m).isEqualTo(PgMultirange.of(PgRange.closedOpen(1, 5), PgRange.closedOpen(7, 9)));
    assertThat(m).hasToString("{[1,5),[7,9)}");
    assertThat(PgMultirange.parse("{}", Integer::valueOf).isEmpty()).isTrue();
    assertThat(PgMultirange.parse("{empty}", Integer::valueOf).ranges())
        .containsExactly(PgRange.empty());
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> PgRange.parse("1,5)", Integer::valueOf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a range: \"1,5)\": expected '[', '(' or empty at index 0");
    assertThatThrownBy(() -> PgRange.parse("[1,5", Integer::valueOf))
        .hasMessage("not a range: \"[1,5\": expected ']' or ')' at index 4");
    assertThatThrownBy(() -> PgRange.parse("[1,5) x", Integer::valueOf))
        .hasMessage("not a range: \"[1,5) x\": unexpected text after the range at index 5");
    assertThatThrownBy(() -> PgMultirange.parse("{[1,5) [7,9)}", Integer::valueOf))
        .hasMessage("not a multirange: \"{[1,5) [7,9)}\": expected ',' or '}' at index 7");
  }
}
