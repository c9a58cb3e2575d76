package io.pgorm.schema.gen;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.ManagedPartitions;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionInterval;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Partitioned models and their partitions, sub-partitions included. */
final class PartitionGen {

  private final Random r;
  private final Features f;
  private final Names2 names;
  private final TableGen tables;

  PartitionGen(Random r, Features f, Names2 names, TableGen tables) {
    this.r = r;
    this.f = f;
    this.names = names;
    this.tables = tables;
  }

  void partitioned(String schema) {
    TB t = new TB(QualifiedName.of(schema, names.relation(schema, "pt")));
    String id = names.field(t, "id");
    String at = names.field(t, "at");
    String region = names.field(t, "region");
    TypeRef atType = TypeRef.builtin(Pools.pick(r, List.of("timestamptz", "timestamp", "date")));
    t.columns.add(Column.of(id, TypeRef.builtin("bigint"), false));
    t.columns.add(Column.of(at, atType, false));
    t.columns.add(Column.of(region, TypeRef.builtin("text"), false));
    PartitionStrategy strategy = Pools.pick(r, List.of(PartitionStrategy.values()));
    List<String> keys = new ArrayList<>();
    List<String> keyColumns = new ArrayList<>();
    switch (strategy) {
      case RANGE -> {
        keys.add(at);
        keyColumns.add(at);
        if (r.nextInt(4) == 0) {
          keys.add(id);
          keyColumns.add(id);
        }
      }
      case LIST -> {
        if (r.nextBoolean()) {
          keys.add(region);
        } else {
          keys.add("(" + io.pgorm.schema.Identifiers.quote(region) + ") COLLATE \"C\" text_ops");
          f.add("partition key with collation and opclass");
        }
        keyColumns.add(region);
      }
      default -> {
        keys.add(id);
        keyColumns.add(id);
      }
    }
    boolean expression =
        strategy == PartitionStrategy.RANGE && keys.size() == 1 && r.nextInt(5) == 0;
    if (expression) {
      keys.set(0, "(date_trunc('day', " + io.pgorm.schema.Identifiers.quote(at) + "))");
      f.add("partition key expression");
    } else {
      List<String> pk = new ArrayList<>(keyColumns);
      if (!pk.contains(id)) {
        pk.add(0, id);
      }
      t.pk =
          new PrimaryKey(
              names.constraint(schema, t.name.name(), null, "pkey"), pk, List.of(), null, null);
    }
    t.partitionBy = new PartitionBy(strategy, keys);
    t.keyColumns = t.columns;
    f.add("partition by " + strategy.name().toLowerCase(java.util.Locale.ROOT));
    if (strategy == PartitionStrategy.RANGE && keys.size() == 1 && !expression && r.nextBoolean()) {
      t.managed =
          new ManagedPartitions(
              Pools.pick(r, List.of(PartitionInterval.values())),
              r.nextInt(5),
              r.nextBoolean() ? null : 1 + r.nextInt(24));
      f.add("@@managedPartitions");
    }
    tables.tableHints(t);
    tables.tables.add(t);
    partitions(t, strategy, keys.size(), 1 + r.nextInt(3), 0);
  }

  private void partitions(TB parent, PartitionStrategy strategy, int keyCount, int n, int depth) {
    String schema = parent.name.schema();
    for (int i = 0; i < n; i++) {
      TB p = new TB(QualifiedName.of(schema, names.relation(schema, "part")));
      String bound = bound(parent, strategy, keyCount, i, n);
      if (bound == null) {
        continue;
      }
      p.partitionOf = new PartitionOf(parent.name, bound);
      p.keyColumns = parent.keyColumns;
      f.add("partition");
      if (Pools.chance(r, 0.3)) {
        p.comment = Pools.comment(r);
      }
      if (Pools.chance(r, 0.2)) {
        p.renamedFrom = "old_part";
      }
      if (Pools.chance(r, 0.3)) {
        Index index = tables.index(p.name, p.keyColumns);
        p.indexes.add(index);
        f.add("index on partition");
      }
      boolean sub =
          depth == 0
              && strategy != PartitionStrategy.LIST
              && Pools.chance(r, 0.3)
              && !bound.equals("DEFAULT");
      if (sub) {
        String region = p.keyColumns.get(2).name();
        p.partitionBy = new PartitionBy(PartitionStrategy.LIST, List.of(region));
        f.add("sub-partitioning");
      } else if (Pools.chance(r, 0.2)) {
        p.storage.put("fillfactor", "80");
        f.add("storage parameters on partition");
      }
      if (Pools.chance(r, 0.2)) {
        p.checks.add(
            new io.pgorm.schema.ir.CheckConstraint(
                p.name.name() + "_own_check",
                Pools.pick(r, Pools.EXPRESSIONS),
                false,
                Pools.chance(r, 0.5) ? Pools.comment(r) : null,
                null));
        p.rls = new io.pgorm.schema.ir.RowSecurity(true, r.nextBoolean());
        f.add("constraint and rls on partition");
      }
      tables.tables.add(p);
      if (sub) {
        partitions(p, PartitionStrategy.LIST, 1, 1 + r.nextInt(2), depth + 1);
      }
    }
  }

  private String bound(TB parent, PartitionStrategy strategy, int keyCount, int i, int n) {
    if (strategy != PartitionStrategy.HASH
        && !parent.defaultPartition
        && i == n - 1
        && r.nextInt(3) == 0) {
      parent.defaultPartition = true;
      f.add("default partition");
      return "DEFAULT";
    }
    return switch (strategy) {
      case RANGE -> {
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
          from.add(i == 0 && r.nextBoolean() ? "MINVALUE" : "'2026-0" + (i + 1) + "-01'");
          to.add("'2026-0" + (i + 2) + "-01'");
        }
        yield "FOR VALUES FROM ("
            + String.join(", ", from)
            + ") TO ("
            + String.join(", ", to)
            + ")";
      }
      case LIST -> "FOR VALUES IN ('r" + i + "'" + (r.nextBoolean() ? ", 'x" + i + "'" : "") + ")";
      default -> "FOR VALUES WITH (modulus " + n + ", remainder " + i + ")";
    };
  }
}
