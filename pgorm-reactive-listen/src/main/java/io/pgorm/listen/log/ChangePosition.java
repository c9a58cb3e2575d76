package io.pgorm.listen.log;

/**
 * Where a reader of the change log stands. Every change of a transaction whose id is below {@code
 * low} has been read. Changes with transaction ids in {@code [low, high)} — all of those
 * transactions had ended when {@code high} was taken — are being read in change-id order, up to and
 * including {@code afterId}. When {@code low == high} no range is open.
 *
 * <p>Transaction ids are 64-bit ({@code xid8}), never reused, assigned at a transaction's first
 * write — not at commit, which is why a position on change ids alone would skip a transaction that
 * wrote early and committed late.
 *
 * @param low transaction-id watermark: everything below it is read
 * @param high end of the range being read ({@code == low} when none)
 * @param afterId last change id read within the open range (0 when none)
 */
public record ChangePosition(long low, long high, long afterId) {

  /** Before the first change ever logged. */
  public static final ChangePosition START = new ChangePosition(0, 0, 0);

  public ChangePosition {
    if (low < 0 || high < low || afterId < 0) {
      throw new IllegalArgumentException(
          "invalid position: need 0 <= low <= high and afterId >= 0, got "
              + low
              + ", "
              + high
              + ", "
              + afterId);
    }
  }

  /** Whether a range is being read. */
  public boolean inRange() {
    return high > low;
  }

  /** {@code low:high:afterId}, the form {@link #parse} reads (for storing positions as text). */
  @Override
  public String toString() {
    return low + ":" + high + ":" + afterId;
  }

  public static ChangePosition parse(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "a change position is low:high:afterId, got '" + text + "'");
    }
    try {
      return new ChangePosition(
          Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a change position is low:high:afterId, got '" + text + "'", e);
    }
  }
}
