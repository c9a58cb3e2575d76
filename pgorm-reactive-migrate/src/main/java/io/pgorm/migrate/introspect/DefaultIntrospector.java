package io.pgorm.migrate.introspect;

import io.pgorm.PgOrm;
import io.pgorm.migrate.internal.introspect.CatalogReader;
import io.pgorm.schema.changes.ChangeStreams;
import io.pgorm.schema.ir.SchemaModel;
import reactor.core.publisher.Mono;

final class DefaultIntrospector implements Introspector {

  private final CatalogReader reader;
  private final IntrospectOptions options;

  DefaultIntrospector(PgOrm db, IntrospectOptions options) {
    this.reader = new CatalogReader(db, options.schemas());
    this.options = options;
  }

  @Override
  public Mono<SchemaModel> introspect() {
    Mono<SchemaModel> physical = reader.read();
    return options.foldChangeStreams() ? physical.map(ChangeStreams::fold) : physical;
  }
}
