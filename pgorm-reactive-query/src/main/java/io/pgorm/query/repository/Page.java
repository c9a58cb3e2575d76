package io.pgorm.query.repository;

import java.util.List;

/**
 * One page of an offset-paginated result, with the total.
 *
 * @param items the rows of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total the number of rows over all pages
 * @param <R> the row type
 */
public record Page<R>(List<R> items, int page, int size, long total) {

  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }

  /** The number of pages: {@code ceil(total / size)}. */
  public long totalPages() {
    return (total + size - 1) / size;
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
