package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where migrations are read from: a directory, or a location on the classpath (applications ship
 * their migrations in their jar). Each migration is a sub-directory {@code <yyyyMMddHHmmss>_<name>}
 * with {@code up.sql} and optionally {@code down.sql}; other files and hidden directories are
 * ignored.
 */
public interface MigrationSource {

  /** The migrations in directory {@code dir}. */
  static MigrationSource directory(Path dir) {
    return new DirectorySource(dir);
  }

  /**
   * The migrations under {@code location} (e.g. {@code db/migrations}) on {@code loader}'s
   * classpath, in directories or jars; several roots with that location (several jars) are merged.
   */
  static MigrationSource classpath(String location, ClassLoader loader) {
    return new ClasspathSource(location, loader);
  }

  /**
   * {@code classpath:<location>} for {@link #classpath} with the current thread's context class
   * loader (else this library's), anything else for {@link #directory} (an optional {@code
   * filesystem:} prefix is dropped).
   */
  static MigrationSource of(String location) {
    if (location.startsWith("classpath:")) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return classpath(
          location.substring("classpath:".length()),
          loader != null ? loader : MigrationSource.class.getClassLoader());
    }
    String path = location.startsWith("filesystem:") ? location.substring(11) : location;
    return directory(Path.of(path));
  }

  /**
   * The location as a user would write it: {@code db/migrations}, {@code classpath:db/migrations}.
   */
  String description();

  /**
   * Reads and splits every migration, ordered by version. Blocking file I/O: call it off event-loop
   * threads (the runner does so on {@code Schedulers.boundedElastic()}).
   *
   * @throws MigrationFileException when the location does not exist, a directory name is not {@code
   *     <yyyyMMddHHmmss>_<name>}, two migrations share a version, {@code up.sql} is missing or
   *     empty, a file is not UTF-8, or a file cannot be split (see {@link SqlScript#parse})
   */
  List<Migration> load();
}
