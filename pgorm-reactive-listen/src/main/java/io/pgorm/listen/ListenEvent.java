package io.pgorm.listen;

import java.util.Set;

/**
 * What a {@link PgListener#listen} subscriber receives: notifications, and signals about the
 * listener's connection.
 */
public sealed interface ListenEvent
    permits ListenEvent.Listening, ListenEvent.Notification, ListenEvent.Reconnected {

  /**
   * The subscriber's channels are being listened to: a notification committed after this event
   * reaches the subscriber. Emitted once per subscription, first.
   */
  record Listening(Set<String> channels) implements ListenEvent {
    public Listening {
      channels = Set.copyOf(channels);
    }
  }

  /** A notification: its channel, its payload ({@code ""} when none) and the sender's pid. */
  record Notification(String channel, String payload, int senderPid) implements ListenEvent {}

  /**
   * The connection was lost and a new one listens again. Notifications sent while it was away are
   * lost — PostgreSQL keeps none for absent listeners — so a subscriber that must see every change
   * re-reads its source of truth (a change stream does that by itself).
   */
  record Reconnected(int attempts, String cause) implements ListenEvent {}
}
