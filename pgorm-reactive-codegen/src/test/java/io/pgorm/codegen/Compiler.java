package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources the way the build compiles ours: {@code --release 17 -Xlint:all
 * -Werror}, against the test class path (which has the metamodel, jspecify and Jackson).
 */
final class Compiler {

  private Compiler() {}

  /** An empty directory {@code target/codegen-tests/<name>}. */
  static Path cleanDirectory(String name) throws IOException {
    Path dir = Path.of("target", "codegen-tests", name);
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /** Writes and compiles the sources under {@code dir}; a class loader over the classes. */
  static ClassLoader compile(GeneratedSources sources, Path dir) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    sources.writeTo(src);
    List<Path> files = new ArrayList<>();
    for (GeneratedFile file : sources.files()) {
      files.add(src.resolve(file.path()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Werror",
              "-encoding",
              "UTF-8",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      boolean ok =
          javac
              .getTask(output, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files))
              .call();
      assertThat(output.toString()).as("javac output").isEmpty();
      assertThat(ok).as("javac succeeded").isTrue();
    }
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
  }
}
