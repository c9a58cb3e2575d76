package io.pgorm.spi;

import io.r2dbc.spi.Connection;
import java.util.Optional;
import reactor.util.context.ContextView;

/**
 * Tells the client about a transaction that something else manages, so that its statements join it:
 * a Spring integration answers with the connection bound by {@code TransactionalOperator}. The
 * client's own transactions need no bridge.
 */
@FunctionalInterface
public interface TransactionBridge {

  /**
   * The connection of the transaction the caller runs in, read from the subscriber's context, or
   * empty when there is none. Called once per statement: keep it cheap.
   */
  Optional<Connection> currentConnection(ContextView context);
}
