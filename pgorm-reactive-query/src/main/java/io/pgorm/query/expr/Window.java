package io.pgorm.query.expr;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A window for {@code OVER (...)}: partitions, order, frame. Immutable; each method returns a new
 * window.
 *
 * @param partitionBy the PARTITION BY expressions
 * @param orderBy the ORDER BY items
 * @param frame the frame clause, or {@code null} for the default
 */
public record Window(List<Expr<?>> partitionBy, List<SortField> orderBy, @Nullable Frame frame) {

  /** Copies the lists. */
  public Window {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  /** {@code OVER ()}: the whole result. */
  public static Window empty() {
    return new Window(List.of(), List.of(), null);
  }

  /** {@code PARTITION BY ...}. */
  public static Window partitionBy(Expr<?>... exprs) {
    return new Window(Arrays.asList(exprs), List.of(), null);
  }

  /** {@code ORDER BY ...} only. */
  public static Window orderedBy(SortField... order) {
    return new Window(List.of(), Arrays.asList(order), null);
  }

  /** This window with {@code ORDER BY ...}. */
  public Window orderBy(SortField... order) {
    return new Window(partitionBy, Arrays.asList(order), frame);
  }

  /** This window with a frame. */
  public Window frame(Frame frame) {
    return new Window(partitionBy, orderBy, frame);
  }

  /**
   * A frame: {@code ROWS|RANGE|GROUPS BETWEEN start AND end}. Offsets are numbers written into the
   * SQL (they are never text).
   *
   * @param unit ROWS, RANGE or GROUPS
   * @param start the start bound
   * @param end the end bound
   */
  public record Frame(Unit unit, Bound start, Bound end) {

    /** How the frame counts. */
    public enum Unit {
      ROWS,
      RANGE,
      GROUPS
    }

    /** {@code ROWS BETWEEN start AND end}. */
    public static Frame rows(Bound start, Bound end) {
      return new Frame(Unit.ROWS, start, end);
    }

    /** {@code RANGE BETWEEN start AND end}. */
    public static Frame range(Bound start, Bound end) {
      return new Frame(Unit.RANGE, start, end);
    }

    /** {@code GROUPS BETWEEN start AND end}. */
    public static Frame groups(Bound start, Bound end) {
      return new Frame(Unit.GROUPS, start, end);
    }
  }

  /**
   * A frame bound.
   *
   * @param offset rows before (negative) or after (positive) the current one; ignored unless {@code
   *     kind} is {@code OFFSET}
   * @param kind which bound
   */
  public record Bound(Kind kind, long offset) {

    /** The kinds of bound. */
    public enum Kind {
      UNBOUNDED_PRECEDING,
      OFFSET,
      CURRENT_ROW,
      UNBOUNDED_FOLLOWING
    }

    /** {@code UNBOUNDED PRECEDING}. */
    public static Bound unboundedPreceding() {
      return new Bound(Kind.UNBOUNDED_PRECEDING, 0);
    }

    /** {@code CURRENT ROW}. */
    public static Bound currentRow() {
      return new Bound(Kind.CURRENT_ROW, 0);
    }

    /** {@code UNBOUNDED FOLLOWING}. */
    public static Bound unboundedFollowing() {
      return new Bound(Kind.UNBOUNDED_FOLLOWING, 0);
    }

    /** {@code n PRECEDING}. */
    public static Bound preceding(long n) {
      return new Bound(Kind.OFFSET, -Math.abs(n));
    }

    /** {@code n FOLLOWING}. */
    public static Bound following(long n) {
      return new Bound(Kind.OFFSET, Math.abs(n));
    }
  }
}
