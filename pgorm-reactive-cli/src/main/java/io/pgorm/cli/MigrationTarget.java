package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code migrate} command takes: the database and the migration directory. */
final class MigrationTarget {

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "the database, e.g. postgresql://app@localhost:5432/app")
  String url;

  @Option(
      names = "--dir",
      required = true,
      paramLabel = "DIR",
      description = "the migration directory, e.g. src/main/resources/db/migrations")
  Path dir;

  PgOrm open() {
    return Clients.open(url, "--url");
  }

  Migrator migrator(PgOrm db) {
    return Migrator.create(db, MigratorOptions.builder().location(dir).build());
  }
}
