package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Usage, help and version: what the command line itself answers. */
class CommandLineTest {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Pgorm.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("a command is required\nUsage: pgorm [-hV] [COMMAND]")
        .contains("validate", "format", "generate");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownOptionsAndMissingOnesAreUsageErrors() {
    assertThat(run("generate", "--schema", "a.pgorm")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("Missing required options: '--out=DIR', '--package=P'\nUsage: pgorm generate");
    assertThat(run("validate", "--schema", "a.pgorm", "--frobnicate")).isEqualTo(1);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    assertThat(run("nonsense")).isEqualTo(1);
    assertThat(err.toString()).contains("Unmatched argument at index 0: 'nonsense'");
  }

  @Test
  void aBadPackageIsAUsageError() {
    assertThat(run("generate", "--schema", "a.pgorm", "--out", "x", "--package", "a.b-c"))
        .isEqualTo(1);
    assertThat(err.toString())
        .startsWith("base package 'a.b-c' is not a Java package name (e.g. com.example.db)\n");
  }

  @Test
  void helpAndVersionGoToStdout() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "Exit codes:",
            "1   the input is wrong",
            "2   refused or found",
            "3   the database failed");
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).containsPattern("pgorm \\d+\\.\\d+\\.\\d+");
  }

  @Test
  void aMissingSchemaFileIsAnInputError() {
    assertThat(run("validate", "--schema", "does/not/exist.pgorm")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("pgorm: schema file does/not/exist.pgorm does not exist\n");
  }
}
