package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;

import io.pgorm.schema.ir.View;

/** Views and materialized views (the indexes of a materialized view: {@link IndexDdl}). */
public final class ViewDdl {

  private ViewDdl() {}

  /**
   * {@code CREATE [MATERIALIZED] VIEW name [WITH (options)] AS query}; a materialized view is
   * filled at once ({@code WITH DATA}, the default).
   */
  public static String createView(View view) {
    return "CREATE "
        + (view.materialized() ? "MATERIALIZED " : "")
        + "VIEW "
        + qualified(view.name())
        + (view.options().isEmpty() ? "" : " WITH " + IndexDdl.parameters(view.options()))
        + " AS\n"
        + view.query().strip();
  }

  /** {@code DROP [MATERIALIZED] VIEW}. */
  public static String dropView(View view) {
    return "DROP "
        + (view.materialized() ? "MATERIALIZED " : "")
        + "VIEW "
        + qualified(view.name());
  }

  /** {@code REFRESH MATERIALIZED VIEW}. */
  public static String refresh(View view) {
    return "REFRESH MATERIALIZED VIEW " + qualified(view.name());
  }
}
