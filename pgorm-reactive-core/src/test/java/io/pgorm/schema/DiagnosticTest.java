package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void formatsFileLineColumnTheLineAndACaret() {
    Diagnostic d = new Diagnostic("a.pgorm", 12, 5, "expected a type", "  ab }");
    assertThat(d.format()).isEqualTo("a.pgorm:12:5: expected a type\n  12 |   ab }\n     |     ^");
  }

  @Test
  void keepsTabsBeforeTheCaretSoThatItLinesUp() {
    Diagnostic d = new Diagnostic("a.pgorm", 1, 3, "m", "\t\tx");
    assertThat(d.format()).endsWith("| \t\t^");
  }

  @Test
  void countsColumnsInCodePoints() {
    Diagnostic d = new Diagnostic("a.pgorm", 1, 3, "m", "😀é x");
    assertThat(d.format()).endsWith("|   ^");
  }

  @Test
  void exceptionMessageListsEveryDiagnosticAndACount() {
    SchemaException e =
        new SchemaException(
            List.of(
                new Diagnostic("a.pgorm", 1, 1, "first", "x"),
                new Diagnostic("a.pgorm", 2, 1, "second", "y")));
    assertThat(e.getMessage())
        .isEqualTo(
            "a.pgorm:1:1: first\n  1 | x\n    | ^\n"
                + "a.pgorm:2:1: second\n  2 | y\n    | ^\n2 errors");
    assertThat(e.diagnostics()).hasSize(2);
  }

  @Test
  void positionsAreOneBased() {
    assertThatThrownBy(() -> new Diagnostic("a", 0, 1, "m", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorsOfSeveralFilesComeInFileOrder() {
    SchemaException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            SchemaException.class,
            () ->
                Schemas.parse(
                    List.of(
                        new SchemaSource("one.pgorm", "model a {\n  id uuid @id\n  b b_type\n}\n"),
                        new SchemaSource("two.pgorm", "model b {\n  id nope @id\n}\n"))));
    assertThat(e.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "one.pgorm:3:5: unknown type 'b_type'", "two.pgorm:2:6: unknown type 'nope'");
  }

  @Test
  void aDeclarationMayReferToAnotherFile() {
    assertThat(
            Schemas.parse(
                    List.of(
                        new SchemaSource("types.pgorm", "enum mood { happy sad }\n"),
                        new SchemaSource(
                            "models.pgorm", "model diary {\n  id bigint @id\n  mood mood\n}\n")))
                .tables())
        .hasSize(1);
  }
}
