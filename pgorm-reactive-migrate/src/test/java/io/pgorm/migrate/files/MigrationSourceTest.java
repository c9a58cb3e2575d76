package io.pgorm.migrate.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.MigrationFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading migrations from directories, the classpath and jars: no database needed. */
class MigrationSourceTest {

  @TempDir Path dir;

  private void write(String migration, String file, String text) throws IOException {
    Path d = Files.createDirectories(dir.resolve(migration));
    Files.writeString(d.resolve(file), text);
  }

  @Test
  void readsADirectoryInVersionOrder() throws IOException {
    write("20250102000000_b", "up.sql", "SELECT 2;");
    write("20250101000000_a", "up.sql", "SELECT 1;");
    write("20250101000000_a", "down.sql", "-- pgorm:irreversible data\n");
    write(".hidden", "up.sql", "not a migration");
    Files.writeString(dir.resolve("README.md"), "notes");

    List<Migration> ms = MigrationSource.directory(dir).load();

    assertThat(ms)
        .extracting(Migration::id)
        .containsExactly("20250101000000_a", "20250102000000_b");
    Migration a = ms.get(0);
    assertThat(a.up().file()).isEqualTo(dir + "/20250101000000_a/up.sql");
    assertThat(a.isReversible()).isFalse();
    assertThat(a.irreversibleReason()).isEqualTo("its down.sql says: data");
    assertThat(ms.get(1).down()).isNull();
    assertThat(ms.get(1).irreversibleReason()).isEqualTo("it has no down.sql");
  }

  @Test
  void badDirectoriesAreErrorsNamingThem() throws IOException {
    write("2025010100_short", "up.sql", "SELECT 1;");
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .isInstanceOf(MigrationFileException.class)
        .hasMessage(
            dir
                + "/2025010100_short is not a migration directory name: expected"
                + " <yyyyMMddHHmmss>_<name>, a UTC time stamp and a name of letters, digits, _ and"
                + " -. Hint: e.g. 20250131093000_add_orders; rename or move the directory.");
    Files.move(dir.resolve("2025010100_short"), dir.resolve("20251301000000_bad_month"));
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .hasMessageStartingWith(
            dir + "/20251301000000_bad_month is not a migration directory name");
  }

  @Test
  void twoMigrationsWithOneVersion() throws IOException {
    write("20250101000000_a", "up.sql", "SELECT 1;");
    write("20250101000000_b", "up.sql", "SELECT 1;");
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .hasMessage(
            "Two migrations have version 20250101000000: "
                + dir
                + "/20250101000000_a (in "
                + dir
                + ") and "
                + dir
                + "/20250101000000_b (in "
                + dir
                + "). Hint: give one of them a later time stamp.");
  }

  @Test
  void upSqlMustExistAndSaySomething() throws IOException {
    write("20250101000000_a", "down.sql", "SELECT 1;");
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .hasMessage(
            dir + "/20250101000000_a has no up.sql. Hint: every migration directory needs one.");
    write("20250101000000_a", "up.sql", "-- nothing yet\n");
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .hasMessage(
            dir
                + "/20250101000000_a/up.sql has no statements. Hint: delete the migration if it has"
                + " nothing to do.");
  }

  @Test
  void filesMustBeUtf8() throws IOException {
    Path d = Files.createDirectories(dir.resolve("20250101000000_a"));
    Files.write(d.resolve("up.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> MigrationSource.directory(dir).load())
        .hasMessage(dir + "/20250101000000_a/up.sql is not valid UTF-8. Hint: save it as UTF-8.");
  }

  @Test
  void aMissingLocationIsAnError() {
    assertThatThrownBy(() -> MigrationSource.directory(dir.resolve("nope")).load())
        .hasMessage(
            "Migration directory "
                + dir.resolve("nope")
                + " does not exist (absolute: "
                + dir.resolve("nope").toAbsolutePath()
                + "). Hint: check the migrations location, or create the directory.");
    assertThatThrownBy(() -> MigrationSource.of("classpath:db/nope").load())
        .hasMessage(
            "No migrations at classpath:db/nope: the class path has no db/nope. Hint: put the"
                + " migration directories under src/main/resources/db/nope, or point the migrator at"
                + " a directory.");
  }

  @Test
  void readsTheClasspathFromDirectoriesAndJars() throws IOException {
    MigrationSource fromDirectory = MigrationSource.of("classpath:db/source-test");
    assertThat(fromDirectory.description()).isEqualTo("classpath:db/source-test");
    List<Migration> ms = fromDirectory.load();
    assertThat(ms)
        .extracting(Migration::id)
        .containsExactly("20250101000000_init", "20250102000000_more");
    assertThat(ms.get(0).up().file())
        .isEqualTo("classpath:db/source-test/20250101000000_init/up.sql");
    assertThat(ms.get(0).isReversible()).isTrue();

    Path jar = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "db/source-test/", null);
      entry(out, "db/source-test/20250103000000_jarred/", null);
      entry(out, "db/source-test/20250103000000_jarred/up.sql", "CREATE TABLE jarred (id int);\n");
      entry(out, "db/source-test/20250103000000_jarred/down.sql", "DROP TABLE jarred;\n");
      entry(out, "db/source-test/20250103000000_jarred/notes.txt", "ignored");
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      List<Migration> merged = MigrationSource.classpath("/db/source-test/", loader).load();
      assertThat(merged)
          .extracting(Migration::id)
          .containsExactly("20250101000000_init", "20250102000000_more", "20250103000000_jarred");
      Migration jarred = merged.get(2);
      assertThat(jarred.up().statements().get(0).sql()).isEqualTo("CREATE TABLE jarred (id int)");
      assertThat(jarred.down()).isNotNull();
      assertThat(jarred.up().file())
          .isEqualTo("classpath:db/source-test/20250103000000_jarred/up.sql");
    }
  }

  @Test
  void directoryNamesForWriters() {
    assertThat(
            MigrationVersions.directoryName(
                java.time.Instant.parse("2025-01-31T09:30:00Z"), "add_orders"))
        .isEqualTo("20250131093000_add_orders");
    assertThatThrownBy(() -> MigrationVersions.directoryName(java.time.Instant.EPOCH, "add orders"))
        .hasMessage(
            "Invalid migration name \"add orders\": use letters, digits, _ and - only. Hint: e.g. add_orders.");
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    if (text != null) {
      OutputStream o = out;
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    out.closeEntry();
  }
}
