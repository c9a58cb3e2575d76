package io.pgorm.migrate.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.MigrationFileException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Header comments of migration files. */
class DirectivesTest {

  private static final String HASH = "a".repeat(64);

  @Test
  void readsTheHeader() {
    SqlScript up =
        SqlScript.parse(
            "up.sql",
            "-- Adds orders.\n"
                + Directives.schemaHash(HASH)
                + "\n"
                + Directives.noTransaction()
                + "\n/* a block comment */\n"
                + Directives.lockTimeout(Duration.ofSeconds(5))
                + "\nCREATE TABLE orders (id int);\n-- pgorm is a word in comments too\n",
            false);
    assertThat(up.header()).isEqualTo(new ScriptHeader(null, HASH, true, Duration.ofMillis(5000)));
    assertThat(up.statements()).hasSize(1);
    assertThat(up.statements().get(0).line()).isEqualTo(6);
  }

  @Test
  void lockTimeoutUnits() {
    assertThat(header("-- pgorm:lock-timeout 2s").lockTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(header("-- pgorm:lock-timeout 1min").lockTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(header("--pgorm:lock-timeout 250").lockTimeout()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void anIrreversibleDownIsNotSplit() {
    SqlScript down =
        SqlScript.parse(
            "down.sql",
            Directives.irreversible("drops column email:\n the data is gone")
                + "\nALTER TABLE t ADD COLUMN email text",
            true);
    assertThat(down.header().irreversibleReason())
        .isEqualTo("drops column email: the data is gone");
    assertThat(down.statements()).isEmpty();
  }

  @Test
  void mistakesAreErrorsNamingFileAndLine() {
    assertThatThrownBy(() -> header("-- pgorm:no-transactions"))
        .isInstanceOf(MigrationFileException.class)
        .hasMessage(
            "up.sql line 1: unknown directive pgorm:no-transactions. Hint: the directives are --"
                + " pgorm:schema-hash, -- pgorm:irreversible, -- pgorm:no-transaction and --"
                + " pgorm:lock-timeout, each on a line of its own at the top of the file.");
    assertThatThrownBy(() -> header("SELECT 1;\n-- pgorm:no-transaction"))
        .hasMessageStartingWith(
            "up.sql line 2: a directive must come before the first statement. Hint:");
    assertThatThrownBy(() -> header("-- pgorm:schema-hash abc"))
        .hasMessageStartingWith(
            "up.sql line 1: pgorm:schema-hash takes 64 lower-case hex digits, in up.sql, not"
                + " \"abc\". Hint:");
    assertThatThrownBy(() -> header("-- pgorm:lock-timeout soon"))
        .hasMessageStartingWith(
            "up.sql line 1: pgorm:lock-timeout takes a number with ms, s or min, not \"soon\".");
    assertThatThrownBy(() -> header("-- pgorm:irreversible no"))
        .hasMessageStartingWith("up.sql line 1: pgorm:irreversible belongs in down.sql. Hint:");
  }

  private static ScriptHeader header(String text) {
    return SqlScript.parse("up.sql", text + "\nSELECT 1", false).header();
  }
}
