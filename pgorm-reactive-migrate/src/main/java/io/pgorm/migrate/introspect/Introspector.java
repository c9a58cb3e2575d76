package io.pgorm.migrate.introspect;

import io.pgorm.PgOrm;
import io.pgorm.schema.ir.SchemaModel;
import reactor.core.publisher.Mono;

/**
 * Reads a live database into the schema IR: schemas, extensions, types, sequences, tables (columns,
 * defaults, identity, serial and generated columns, collations, constraints, indexes, triggers,
 * row-level security, policies, partitions), views, materialized views, functions, procedures,
 * grants, the roles they name, and comments. System schemas and objects that belong to extensions
 * are left out; expressions are as the server prints them.
 *
 * <pre>{@code
 * SchemaModel schema = Introspector.create(db).introspect().block();
 * }</pre>
 */
public interface Introspector {

  /** Reads every user schema of {@code db}'s database. */
  static Introspector create(PgOrm db) {
    return create(db, IntrospectOptions.defaults());
  }

  static Introspector create(PgOrm db, IntrospectOptions options) {
    return new DefaultIntrospector(db, options);
  }

  /**
   * Reads the catalog. Cold: each subscription reads it afresh, in one read-only REPEATABLE READ
   * transaction on a pooled connection, so the queries see one snapshot even while DDL runs
   * elsewhere; emits the model once. Two reads of an unchanged database emit equal models.
   * Cancelling rolls the transaction back and returns the connection. Fails with {@link
   * IntrospectionException} naming what was being read (the server's error as cause), also when the
   * server is older than PostgreSQL 15.
   */
  Mono<SchemaModel> introspect();
}
