package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error that docs/codegen.md shows is what pgorm validate prints. */
class CliDocTest {

  @Test
  void theDocumentedErrorIsWhatValidatePrints(@TempDir Path dir) throws Exception {
    String doc = Files.readString(Path.of("../docs/codegen.md"));
    Matcher block =
        Pattern.compile("```\n\\$ bin/pgorm validate --schema shop.pgorm\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    assertThat(block.find()).isTrue();
    Path schema = Files.writeString(dir.resolve("shop.pgorm"), SchemaCommandsTest.BROKEN);
    StringWriter err = new StringWriter();
    int code =
        Pgorm.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "validate",
            "--schema",
            schema.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().replace(schema.toString(), "shop.pgorm")).isEqualTo(block.group(1));
  }

  @Test
  void cliMdListsEveryCommand() throws Exception {
    String doc = Files.readString(Path.of("../docs/cli.md"));
    java.util.List<String> missing = new java.util.ArrayList<>();
    collect(new picocli.CommandLine(new Pgorm()), "pgorm", doc, missing);
    assertThat(missing).isEmpty();
    assertThat(doc).contains("| `0` |", "| `1` |", "| `2` |", "| `3` |", "| `4` |");
  }

  private static void collect(
      picocli.CommandLine cmd, String path, String doc, java.util.List<String> missing) {
    if (cmd.getSubcommands().isEmpty() && !doc.contains("`" + path + " ")) {
      missing.add(path);
    }
    cmd.getSubcommands().forEach((name, sub) -> collect(sub, path + " " + name, doc, missing));
  }
}
