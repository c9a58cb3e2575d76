package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.dotted;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;
import static io.pgorm.migrate.sql.SqlText.typeName;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Tables, columns, partitions and row-level security switches. */
public final class TableDdl {

  private TableDdl() {}

  /**
   * {@code CREATE TABLE} with the columns and the primary key, unique, check and exclusion
   * constraints; foreign keys come separately ({@link #foreignKeys}) so that tables can refer to
   * each other in any order. A partition is created {@code PARTITION OF} its parent, after it.
   */
  public static String createTable(Table table) {
    List<String> elements = new ArrayList<>();
    table.columns().forEach(c -> elements.add(columnDefinition(c)));
    PrimaryKey pk = table.primaryKey();
    if (pk != null) {
      elements.add(ConstraintDdl.definition(pk));
    }
    for (UniqueConstraint u : table.uniques()) {
      elements.add(ConstraintDdl.definition(u));
    }
    for (CheckConstraint c : table.checks()) {
      elements.add(ConstraintDdl.definition(c));
    }
    for (ExclusionConstraint x : table.exclusions()) {
      elements.add(ConstraintDdl.definition(x));
    }
    StringBuilder b = new StringBuilder("CREATE ");
    if (table.unlogged()) {
      b.append("UNLOGGED ");
    }
    b.append("TABLE ").append(qualified(table.name()));
    PartitionOf of = table.partitionOf();
    if (of != null) {
      b.append(" PARTITION OF ").append(qualified(of.parent()));
      if (!elements.isEmpty()) {
        b.append(" (\n  ").append(String.join(",\n  ", elements)).append("\n)");
      }
      b.append(' ').append(of.bound());
    } else {
      b.append(" (");
      if (!elements.isEmpty()) {
        b.append("\n  ").append(String.join(",\n  ", elements)).append('\n');
      }
      b.append(')');
    }
    PartitionBy by = table.partitionBy();
    if (by != null) {
      b.append(' ').append(partitionBy(by));
    }
    if (!table.storageParameters().isEmpty()) {
      b.append(" WITH ").append(IndexDdl.parameters(table.storageParameters()));
    }
    return b.toString();
  }

  /**
   * {@code ALTER TABLE ... RESET (names)} for the storage parameters {@code to} no longer has, then
   * {@code ... SET (name = value, ...)} for those it adds or changes; empty when they are the same.
   * Neither rewrites the table.
   */
  public static List<String> alterStorage(
      QualifiedName table, java.util.Map<String, String> from, java.util.Map<String, String> to) {
    java.util.Map<String, String> set = new java.util.TreeMap<>();
    java.util.Set<String> reset = new java.util.TreeSet<>();
    to.forEach(
        (k, v) -> {
          if (!v.equals(from.get(k))) {
            set.put(k, v);
          }
        });
    from.keySet().stream().filter(k -> !to.containsKey(k)).forEach(reset::add);
    List<String> out = new ArrayList<>();
    if (!reset.isEmpty()) {
      out.add(
          "ALTER TABLE "
              + qualified(table)
              + " RESET ("
              + String.join(", ", reset.stream().map(IndexDdl::parameterName).toList())
              + ")");
    }
    if (!set.isEmpty()) {
      out.add("ALTER TABLE " + qualified(table) + " SET " + IndexDdl.parameters(set));
    }
    return out;
  }

  /** {@code PARTITION BY RANGE (key, ...)}. */
  public static String partitionBy(PartitionBy by) {
    StringJoiner keys = new StringJoiner(", ", " (", ")");
    for (String key : by.keys()) {
      keys.add(key.startsWith("(") ? key : quoteIdent(key));
    }
    return "PARTITION BY " + by.strategy().name() + keys;
  }

  /** One {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} per foreign key of the table. */
  public static List<String> foreignKeys(Table table) {
    List<String> out = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      out.add(ConstraintDdl.add(table.name(), ConstraintDdl.definition(fk)));
    }
    return out;
  }

  /**
   * A column as in {@code CREATE TABLE}: name, type (a serial column as {@code serial}, {@code
   * bigserial} or {@code smallserial}), collation, identity, default or generation expression, NOT
   * NULL.
   */
  public static String columnDefinition(Column c) {
    StringBuilder b = new StringBuilder(quoteIdent(c.name())).append(' ');
    b.append(c.serial() ? serialType(c) : typeName(c.type()));
    String collation = c.collation();
    if (collation != null) {
      b.append(" COLLATE ").append(dotted(collation));
    }
    Identity identity = c.identity();
    if (identity != null) {
      b.append(
          identity.always()
              ? " GENERATED ALWAYS AS IDENTITY"
              : " GENERATED BY DEFAULT AS IDENTITY");
      String options = SequenceDdl.options(identity.options());
      if (!options.isEmpty()) {
        b.append(" (").append(options.strip()).append(')');
      }
    }
    String dflt = c.defaultExpression();
    if (dflt != null && !c.serial()) {
      b.append(" DEFAULT ").append(dflt);
    }
    String generated = c.generatedExpression();
    if (generated != null) {
      b.append(" GENERATED ALWAYS AS (").append(generated).append(") STORED");
    }
    if (!c.nullable() && !c.serial()) {
      b.append(" NOT NULL");
    }
    return b.toString();
  }

  private static String serialType(Column c) {
    if (c.type().schema() == null && !c.type().isArray()) {
      switch (c.type().name()) {
        case "integer":
          return "serial";
        case "bigint":
          return "bigserial";
        case "smallint":
          return "smallserial";
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "Column "
            + c.name()
            + " is serial but of type "
            + typeName(c.type())
            + ". Hint: a serial column is integer, bigint or smallint.");
  }

  /** {@code DROP TABLE}; loses its rows. */
  public static String dropTable(QualifiedName name) {
    return "DROP TABLE " + qualified(name);
  }

  /** {@code ALTER TABLE ... ADD COLUMN} with the full column definition. */
  public static String addColumn(QualifiedName table, Column column) {
    return "ALTER TABLE " + qualified(table) + " ADD COLUMN " + columnDefinition(column);
  }

  /** {@code ALTER TABLE ... DROP COLUMN}; loses its values. */
  public static String dropColumn(QualifiedName table, String column) {
    return "ALTER TABLE " + qualified(table) + " DROP COLUMN " + quoteIdent(column);
  }

  /** {@code ALTER TABLE parent ATTACH PARTITION table bound}, for a table made on its own. */
  public static String attachPartition(QualifiedName table, PartitionOf of) {
    return "ALTER TABLE "
        + qualified(of.parent())
        + " ATTACH PARTITION "
        + qualified(table)
        + " "
        + of.bound();
  }

  /** {@code ALTER TABLE parent DETACH PARTITION table}; the table and its rows stay. */
  public static String detachPartition(QualifiedName table, QualifiedName parent) {
    return "ALTER TABLE " + qualified(parent) + " DETACH PARTITION " + qualified(table);
  }

  /** {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY} as the table has them; empty when off. */
  public static List<String> rowSecurity(Table table) {
    List<String> out = new ArrayList<>();
    if (table.rowSecurity().enabled()) {
      out.add("ALTER TABLE " + qualified(table.name()) + " ENABLE ROW LEVEL SECURITY");
    }
    if (table.rowSecurity().forced()) {
      out.add("ALTER TABLE " + qualified(table.name()) + " FORCE ROW LEVEL SECURITY");
    }
    return out;
  }

  /** {@code ALTER TABLE ... SET LOGGED|UNLOGGED}; rewrites the table under an exclusive lock. */
  public static String setLogged(QualifiedName table, boolean logged) {
    return "ALTER TABLE " + qualified(table) + (logged ? " SET LOGGED" : " SET UNLOGGED");
  }

  /** {@code ALTER TABLE ... ENABLE|DISABLE ROW LEVEL SECURITY}. */
  public static String enableRowSecurity(QualifiedName table, boolean enable) {
    return "ALTER TABLE "
        + qualified(table)
        + (enable ? " ENABLE" : " DISABLE")
        + " ROW LEVEL SECURITY";
  }

  /** {@code ALTER TABLE ... [NO] FORCE ROW LEVEL SECURITY}. */
  public static String forceRowSecurity(QualifiedName table, boolean force) {
    return "ALTER TABLE "
        + qualified(table)
        + (force ? " FORCE" : " NO FORCE")
        + " ROW LEVEL SECURITY";
  }
}
