package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.migrate.internal.run.Runner;
import reactor.core.publisher.Mono;

final class DefaultMigrator implements Migrator {

  private final Runner runner;

  DefaultMigrator(PgOrm client, MigratorOptions options) {
    this.runner = new Runner(client, options);
  }

  @Override
  public Mono<MigrationReport> migrate() {
    return runner.migrate();
  }

  @Override
  public Mono<MigrationStatus> status() {
    return runner.status();
  }

  @Override
  public Mono<MigrationReport> down(int n) {
    return runner.down(n);
  }
}
