package io.pgorm.migrate.history;

import io.pgorm.PgOrm;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;

/**
 * The hash of a database schema that a migration is planned against, so that the runner can tell
 * whether the database it is about to change still has that schema. It is SHA-256 of {@link
 * CreateScript#render} of the introspected schema, leaving out what legitimately differs between
 * databases with the same migrations applied:
 *
 * <ul>
 *   <li>the history table, and its schema when nothing else is in it (the runner creates them);
 *   <li>partitions of RANGE-partitioned tables (managed partitions are created and dropped at run
 *       time, by date);
 *   <li>the order of columns (PostgreSQL cannot reorder them, and no plan depends on it: a column
 *       dropped by a migration and added back by its down migration comes back last).
 * </ul>
 *
 * Expressions are in the server's printed form, so plan and apply on the same PostgreSQL major
 * version. A tool that writes a migration computes the hash of the database it diffed from with
 * {@link #read} (or {@link #of} on a model it already has) and writes it with {@code
 * Directives.schemaHash}.
 */
public final class SchemaHash {

  private SchemaHash() {}

  /** The hash of {@code model}, without {@code history} and runtime partitions. */
  public static String of(SchemaModel model, HistoryTable history) {
    String script = CreateScript.render(relevant(model, history));
    return Checksums.sha256(script.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Introspects {@code db} and emits its hash. Cold: each subscription reads the catalog afresh on
   * a pooled connection (see {@link Introspector#introspect()}, which also says how it fails).
   */
  public static Mono<String> read(PgOrm db, HistoryTable history) {
    return Introspector.create(db).introspect().map(m -> of(m, history));
  }

  /**
   * The model as the hash sees it: without the history table and without the partitions of
   * RANGE-partitioned tables, columns sorted by name. Two databases with the same migrations
   * applied give equal models here; tools that compare a database with what its migrations make
   * (drift) compare these.
   */
  public static SchemaModel relevant(SchemaModel model, HistoryTable history) {
    Set<QualifiedName> ranged = new HashSet<>();
    for (Table t : model.tables()) {
      if (t.partitionBy() != null && t.partitionBy().strategy() == PartitionStrategy.RANGE) {
        ranged.add(t.name());
      }
    }
    List<Table> tables =
        model.tables().stream()
            .filter(t -> t.partitionOf() == null || !ranged.contains(t.partitionOf().parent()))
            .map(SchemaHash::columnsByName)
            .toList();
    return withoutHistory(model.withTables(tables), history);
  }

  /**
   * The model without the history table, its grants, and its schema when nothing else is in it:
   * what a database holds apart from what the runner itself created.
   */
  public static SchemaModel withoutHistory(SchemaModel model, HistoryTable history) {
    QualifiedName historyName = new QualifiedName(history.schema(), history.table());
    SchemaModel m =
        model.withTables(
            model.tables().stream().filter(t -> !t.name().equals(historyName)).toList());
    String schema = history.schema();
    boolean dropSchema = !inUse(m, schema);
    List<Grant> grants =
        m.grants().stream()
            .filter(g -> !g.object().equals(historyName))
            .filter(g -> !(dropSchema && isSchemaGrant(g, schema)))
            .toList();
    List<String> schemas =
        dropSchema ? m.schemas().stream().filter(s -> !s.equals(schema)).toList() : m.schemas();
    return new SchemaModel(
        schemas,
        m.extensions(),
        m.roles(),
        m.enums(),
        m.composites(),
        m.domains(),
        m.sequences(),
        m.tables(),
        m.views(),
        m.routines(),
        grants,
        m.schemaComments().entrySet().stream()
            .filter(e -> schemas.contains(e.getKey()))
            .collect(
                java.util.stream.Collectors.toMap(
                    java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
  }

  /**
   * The table with its columns sorted by name. PostgreSQL cannot reorder columns, so a column that
   * a migration drops and its down migration adds back comes back last: the schema is the same for
   * every statement a plan would run, and must hash the same, or the migration could not be applied
   * again after its own {@code down}.
   */
  private static Table columnsByName(Table t) {
    List<Column> columns = t.columns().stream().sorted(Comparator.comparing(Column::name)).toList();
    return t.withColumns(columns);
  }

  private static boolean inUse(SchemaModel m, String schema) {
    return Stream.of(
                m.tables().stream().map(Table::name),
                m.views().stream().map(v -> v.name()),
                m.enums().stream().map(e -> e.name()),
                m.composites().stream().map(c -> c.name()),
                m.domains().stream().map(d -> d.name()),
                m.sequences().stream().map(s -> s.name()),
                m.routines().stream().map(r -> r.name()))
            .flatMap(s -> s)
            .anyMatch(n -> n.schema().equals(schema))
        || m.extensions().stream().anyMatch(e -> schema.equals(e.schema()));
  }

  private static boolean isSchemaGrant(Grant g, String schema) {
    return g.objectKind().equalsIgnoreCase("SCHEMA") && g.object().name().equals(schema);
  }
}
