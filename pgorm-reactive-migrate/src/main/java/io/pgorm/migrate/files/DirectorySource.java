package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Migrations in a directory of the file system. */
final class DirectorySource implements MigrationSource {

  private final Path dir;

  DirectorySource(Path dir) {
    this.dir = dir;
  }

  @Override
  public String description() {
    return dir.toString();
  }

  @Override
  public List<Migration> load() {
    if (!Files.isDirectory(dir)) {
      throw new MigrationFileException(
          "Migration directory "
              + dir
              + " does not exist (absolute: "
              + dir.toAbsolutePath()
              + "). Hint: check the migrations location, or create the directory.",
          dir.toString(),
          0);
    }
    return MigrationReader.assemble(scan(dir, description(), dir.toString()));
  }

  /** The sub-directories of {@code root} with their up.sql and down.sql, hidden ones left out. */
  static List<RawMigration> scan(Path root, String description, String origin) {
    List<RawMigration> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child) && !name.startsWith(".")) {
          String label = description + "/" + name;
          found.add(
              new RawMigration(
                  name,
                  label,
                  origin,
                  read(child.resolve(MigrationReader.UP), label),
                  read(child.resolve(MigrationReader.DOWN), label)));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new MigrationFileException(
          "Cannot read migration directory " + root + ": " + e.getMessage(), description, 0, e);
    }
    return found;
  }

  private static @Nullable String read(Path file, String label) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return MigrationReader.utf8(Files.readAllBytes(file), label + "/" + file.getFileName());
  }
}
