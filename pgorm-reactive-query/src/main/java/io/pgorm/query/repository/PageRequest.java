package io.pgorm.query.repository;

/**
 * Which page to read: number (from 0) and size.
 *
 * @param page the page number, from 0
 * @param size rows per page, at least 1
 */
public record PageRequest(int page, int size) {

  /** Checks the numbers. */
  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page " + page + " is negative; the first page is 0");
    }
    if (size < 1) {
      throw new IllegalArgumentException("page size " + size + " must be at least 1");
    }
  }

  /** Page {@code page} of {@code size} rows. */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /** The rows to skip. */
  public long offset() {
    return (long) page * size;
  }
}
