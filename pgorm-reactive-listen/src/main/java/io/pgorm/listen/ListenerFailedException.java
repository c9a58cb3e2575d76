package io.pgorm.listen;

import io.pgorm.error.PgOrmException;
import java.time.Duration;

/** The listener lost its connection and could not get a new one within the reconnect deadline. */
public class ListenerFailedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  public ListenerFailedException(String target, Duration deadline, int attempts, Throwable cause) {
    super(
        "Listener on "
            + target
            + " could not reconnect within "
            + deadline.toMillis()
            + " ms ("
            + attempts
            + " attempts): "
            + cause.getMessage()
            + ". Hint: check that the server is up; raise reconnectDeadline to wait longer.",
        cause);
  }
}
