package io.pgorm.query.repository;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated result: the rows, and the cursor of the next page ({@code null} on
 * the last page).
 *
 * @param items the rows
 * @param next where the next page starts, or {@code null} when there is none
 * @param <R> the row type
 */
public record CursorPage<R>(List<R> items, @Nullable Cursor next) {

  /** Copies the list. */
  public CursorPage {
    items = List.copyOf(items);
  }
}
