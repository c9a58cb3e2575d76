package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.types.PgTsVector.Lexeme;
import io.pgorm.types.PgTsVector.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

  @Test
  void tsvectorParsesLexemesPositionsAndWeights() {
    PgTsVector v = PgTsVector.parse("'a' 'cat':3A 'fat':2,4");
    assertThat(v.lexemes())
        .containsExactly(
            new Lexeme("a", List.of()),
            new Lexeme("cat", List.of(new Position(3, 'A'))),
            new Lexeme("fat", List.of(new Position(2, 'D'), new Position(4, 'D'))));
    assertThat(v).hasToString("'a' 'cat':3A 'fat':2,4");
  }

  @Test
  void tsvectorEscapesQuotesAndBackslashes() {
    PgTsVector v = PgTsVector.parse("'back\\\\slash' 'it''s' bare:1b");
    assertThat(v.lexemes()).extracting(Lexeme::text).containsExactly("back\\slash", "it's", "bare");
    assertThat(v).hasToString("'back\\\\slash' 'it''s' 'bare':1B");
    assertThat(PgTsVector.parse("")).hasToString("");
  }

  @Test
  void tsvectorRejectsBadText() {
    assertThatThrownBy(() -> PgTsVector.parse("'open"))
        .hasMessage("not a tsvector: \"'open\": unterminated quoted lexeme");
    assertThatThrownBy(() -> PgTsVector.parse("'a':x"))
        .hasMessage("not a tsvector: \"'a':x\": expected a position number at index 4");
    assertThatThrownBy(() -> new Position(1, 'E'))
        .hasMessage("tsvector weight must be A, B, C or D, not E");
  }

  @Test
  void tsqueryNormalizesSpacingAndMarkers() {
    assertThat(PgTsQuery.parse("fat&(rat|!cat)")).hasToString("'fat' & ( 'rat' | !'cat' )");
    assertThat(PgTsQuery.parse("'a':BA* <-> b")).hasToString("'a':*AB <-> 'b'");
    assertThat(PgTsQuery.parse("a <2> 'it''s'")).isEqualTo(PgTsQuery.parse("'a' <2> 'it''s'"));
    assertThat(PgTsQuery.parse("a <2> 'it''s'").lexemes()).containsExactly("a", "it's");
  }

  @Test
  void tsqueryRejectsBadText() {
    assertThatThrownBy(() -> PgTsQuery.parse("(a & b"))
        .hasMessage("not a tsquery: \"(a & b\": unbalanced parentheses");
    assertThatThrownBy(() -> PgTsQuery.parse("a <x> b"))
        .hasMessage("not a tsquery: \"a <x> b\": expected <-> or <N> at index 2");
    assertThatThrownBy(() -> PgTsQuery.parse("'a"))
        .hasMessage("not a tsquery: \"'a\": unterminated quoted lexeme");
  }
}
