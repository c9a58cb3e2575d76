package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/pgorm, run from a copy of the checkout that has no built jar. */
class LauncherScriptTest {

  @Test
  void saysHowToBuildTheJarWhenItIsMissing(@TempDir Path root) throws Exception {
    Path script = Path.of("").toAbsolutePath().getParent().resolve("bin/pgorm");
    Path copy = Files.createDirectories(root.resolve("bin")).resolve("pgorm");
    Files.copy(script, copy);
    Process process =
        new ProcessBuilder("bash", copy.toString(), "--version").redirectErrorStream(true).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output)
        .isEqualTo(
            "pgorm: the command is not built: no"
                + " pgorm-reactive-cli/target/pgorm-reactive-cli-*-all.jar\n"
                + "build it with:  mvn -B -q -pl pgorm-reactive-cli -am package -DskipTests   (in "
                + root.toRealPath()
                + ")\n");
  }
}
