package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.qualified;

import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Views and materialized views (the indexes of a materialized view: {@link IndexDdl}). */
public final class ViewDdl {

  private ViewDdl() {}

  /**
   * {@code CREATE [MATERIALIZED] VIEW name [WITH (options)] AS query}; a materialized view is
   * filled at once ({@code WITH DATA}, the default) unless it is {@link View#withNoData()}.
   */
  public static String createView(View view) {
    return "CREATE "
        + (view.materialized() ? "MATERIALIZED " : "")
        + "VIEW "
        + qualified(view.name())
        + (view.options().isEmpty() ? "" : " WITH " + IndexDdl.parameters(view.options()))
        + " AS\n"
        + view.query().strip()
        + (view.withNoData() ? "\nWITH NO DATA" : "");
  }

  /** {@code DROP [MATERIALIZED] VIEW}. */
  public static String dropView(View view) {
    return "DROP "
        + (view.materialized() ? "MATERIALIZED " : "")
        + "VIEW "
        + qualified(view.name());
  }

  /**
   * {@code ALTER [MATERIALIZED] VIEW ... RESET (names)} for the options {@code to} no longer has,
   * then {@code ... SET (options)} for those it adds or changes; empty when the options are the
   * same.
   */
  public static List<String> alterOptions(View from, View to) {
    Map<String, String> set = new TreeMap<>();
    Set<String> reset = new TreeSet<>();
    to.options()
        .forEach(
            (k, v) -> {
              if (!v.equals(from.options().get(k))) {
                set.put(k, v);
              }
            });
    from.options().keySet().stream().filter(k -> !to.options().containsKey(k)).forEach(reset::add);
    String head =
        "ALTER " + (to.materialized() ? "MATERIALIZED " : "") + "VIEW " + qualified(to.name());
    List<String> out = new ArrayList<>();
    if (!reset.isEmpty()) {
      out.add(head + " RESET (" + SqlText.identList(List.copyOf(reset)) + ")");
    }
    if (!set.isEmpty()) {
      out.add(head + " SET " + IndexDdl.parameters(set));
    }
    return out;
  }

  /** {@code REFRESH MATERIALIZED VIEW}. */
  public static String refresh(View view) {
    return "REFRESH MATERIALIZED VIEW " + qualified(view.name());
  }
}
