package io.pgorm.schema.ir;

/** A table's row-level security switches: ENABLE and FORCE. */
public record RowSecurity(boolean enabled, boolean forced) {

  /** Row-level security off. */
  public static final RowSecurity OFF = new RowSecurity(false, false);
}
