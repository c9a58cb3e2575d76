package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * Work was submitted to a client after its shutdown began. Client-side: no SQLSTATE. The message
 * names the client and its state, e.g.
 *
 * <pre>{@code
 * Client 'pgorm' does not accept new work: it is CLOSING. Hint: close the client only after the work that uses it has finished, or create a new client.
 * }</pre>
 */
public class ClientClosedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final String clientName;
  private final String state;

  /** Same as the constructor with a cause, without one. */
  public ClientClosedException(String clientName, String state) {
    this(clientName, state, null);
  }

  /**
   * Work refused because the client is shutting down or shut down.
   *
   * @param clientName the client's name, as configured
   * @param state the client's state, e.g. {@code CLOSING} or {@code CLOSED}
   * @param cause the underlying exception, e.g. the pool's shutdown exception; {@code null} if none
   */
  public ClientClosedException(String clientName, String state, @Nullable Throwable cause) {
    super(
        Messages.forClient(
            "Client '" + clientName + "' does not accept new work",
            "it is " + state,
            "close the client only after the work that uses it has finished, or create a new"
                + " client"),
        cause);
    this.clientName = clientName;
    this.state = state;
  }

  /** The client's name. */
  public String clientName() {
    return clientName;
  }

  /** The client's state when the work was refused, e.g. {@code CLOSING}. */
  public String state() {
    return state;
  }
}
