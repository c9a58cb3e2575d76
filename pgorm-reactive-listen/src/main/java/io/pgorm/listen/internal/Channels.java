package io.pgorm.listen.internal;

/** Channel names in LISTEN/UNLISTEN, which take an identifier rather than a string. */
final class Channels {

  private Channels() {}

  /**
   * The channel as a quoted identifier: {@code pg_notify('MyChannel', ...)} reaches {@code LISTEN
   * "MyChannel"}, whatever its case or characters.
   */
  static String quoted(String channel) {
    if (channel.isEmpty() || channel.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "channel name must be non-empty and free of NUL characters, was '" + channel + "'");
    }
    return '"' + channel.replace("\"", "\"\"") + '"';
  }
}
