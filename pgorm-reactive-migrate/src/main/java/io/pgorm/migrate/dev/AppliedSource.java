package io.pgorm.migrate.dev;

import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.MigrationSource;
import java.util.List;
import java.util.Set;

/** The migrations of a source whose versions are in a set: those applied to the live database. */
record AppliedSource(MigrationSource source, Set<String> versions) implements MigrationSource {

  AppliedSource {
    versions = Set.copyOf(versions);
  }

  @Override
  public String description() {
    return source.description() + " (applied migrations only)";
  }

  @Override
  public List<Migration> load() {
    return source.load().stream().filter(m -> versions.contains(m.version())).toList();
  }
}
