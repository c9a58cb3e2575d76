package io.pgorm;

/** How a pooled connection is checked before it is handed out. */
public enum PoolValidation {
  /**
   * The client's own view: the socket is open and no fatal error was seen. Free; a backend killed
   * by the server is noticed because the server says so before closing the socket. The default.
   */
  LOCAL,
  /** A round trip to the server on every acquire: catches half-open sockets, costs a round trip. */
  REMOTE
}
