package io.pgorm.tx;

import io.pgorm.Sql;
import io.r2dbc.spi.Connection;
import reactor.core.publisher.Mono;

/**
 * The transaction a body runs in. Statements made through the client inside the body join it on
 * their own (it travels in the Reactor Context); this handle adds what only a transaction has.
 */
public interface Tx {

  /** A statement on this transaction's connection (the same as the client's inside the body). */
  Sql sql(String sql);

  /**
   * Sets a run-time parameter until the transaction ends ({@code set_config(name, value, true)}),
   * e.g. {@code app.tenant_id} read by row-level security policies. Cold; completes when set.
   */
  Mono<Void> setLocal(String name, String value);

  /** The options it began with. */
  TxOptions options();

  /** 0 for the outermost transaction, 1 and more for savepoints within it. */
  int depth();

  /** The connection, for driver features the client does not cover. Do not close or commit it. */
  Connection connection();
}
