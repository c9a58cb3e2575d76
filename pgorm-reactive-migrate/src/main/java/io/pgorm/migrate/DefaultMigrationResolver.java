package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.internal.run.HistoryEditor;
import reactor.core.publisher.Mono;

final class DefaultMigrationResolver implements MigrationResolver {

  private final HistoryEditor editor;

  DefaultMigrationResolver(PgOrm client, MigratorOptions options) {
    this.editor = new HistoryEditor(client, options);
  }

  @Override
  public Mono<HistoryEntry> markApplied(String version) {
    return editor.markApplied(version);
  }

  @Override
  public Mono<HistoryEntry> markRolledBack(String version) {
    return editor.markRolledBack(version);
  }
}
