package io.pgorm.listen.log;

import java.util.List;

/**
 * What one prune did.
 *
 * @param deleted changes removed from the log
 * @param oldestRetained the horizon after the prune: every change from here on is kept
 * @param consumersBehind durable consumers now older than the horizon: they get the reset signal
 */
public record PruneResult(
    long deleted, ChangePosition oldestRetained, List<String> consumersBehind) {

  public PruneResult {
    consumersBehind = List.copyOf(consumersBehind);
  }
}
