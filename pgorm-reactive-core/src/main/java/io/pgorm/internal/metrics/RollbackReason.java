package io.pgorm.internal.metrics;

import java.util.Locale;

/** Why a transaction rolled back, as the {@code reason} tag of {@code pgorm.tx.rollbacks} says. */
public enum RollbackReason {
  /** The transaction body or its commit failed. */
  ERROR,
  /** The subscriber cancelled while the transaction was open. */
  CANCEL,
  /** The application asked for the rollback (e.g. rollback-only). */
  EXPLICIT;

  private final String tag = name().toLowerCase(Locale.ROOT);

  String tag() {
    return tag;
  }
}
