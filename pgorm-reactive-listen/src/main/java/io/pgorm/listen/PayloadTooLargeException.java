package io.pgorm.listen;

import io.pgorm.error.PgOrmException;

/** A NOTIFY payload at or over PostgreSQL's limit of 8000 bytes, refused before it was sent. */
public class PayloadTooLargeException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /** The largest payload PostgreSQL accepts, in bytes (UTF-8): it must be shorter than 8000. */
  public static final int MAX_BYTES = 7999;

  private final String channel;
  private final int bytes;

  public PayloadTooLargeException(String channel, int bytes) {
    super(
        "NOTIFY payload for channel '"
            + channel
            + "' is "
            + bytes
            + " bytes; PostgreSQL accepts at most "
            + MAX_BYTES
            + ". Hint: send a key and read the data from a table (change streams do this).");
    this.channel = channel;
    this.bytes = bytes;
  }

  public String channel() {
    return channel;
  }

  public int bytes() {
    return bytes;
  }
}
