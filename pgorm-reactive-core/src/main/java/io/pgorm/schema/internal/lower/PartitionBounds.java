package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.QualifiedName;
import java.util.HashMap;
import java.util.Map;

/** A partition's bound fits its parent's partitioning. */
final class PartitionBounds {

  private final Lowering lowering;

  PartitionBounds(Lowering lowering) {
    this.lowering = lowering;
  }

  void check() {
    Map<QualifiedName, String> defaults = new HashMap<>();
    for (TableDraft t : lowering.tables.values()) {
      PartitionDecl.Bound b = t.bound;
      if (t.partitionOf == null || b == null) {
        continue;
      }
      TableDraft parent = lowering.tables.get(t.partitionOf.parent());
      if (parent == null) {
        continue;
      }
      PartitionBy by = parent.partitionBy;
      if (by == null) {
        t.ctx.error(
            t.pos,
            parent.display()
                + " is not partitioned, so "
                + t.display()
                + " cannot be its partition; add @@partitionBy(...) to it");
        continue;
      }
      String strategy = by.strategy().name().toLowerCase(java.util.Locale.ROOT);
      if (b instanceof PartitionDecl.Default) {
        if (by.strategy() == PartitionStrategy.HASH) {
          t.ctx.error(b.pos(), "a hash-partitioned table has no default partition");
        } else {
          String other = defaults.putIfAbsent(parent.name, t.name.name());
          if (other != null) {
            t.ctx.error(
                b.pos(), parent.display() + " already has the default partition '" + other + "'");
          }
        }
      } else if (b instanceof PartitionDecl.Range r) {
        if (by.strategy() != PartitionStrategy.RANGE) {
          mismatch(t, b, strategy);
        } else if (r.from().size() != by.keys().size() || r.to().size() != by.keys().size()) {
          t.ctx.error(
              b.pos(),
              "the bound of "
                  + t.display()
                  + " has "
                  + r.from().size()
                  + " and "
                  + r.to().size()
                  + " values, but "
                  + parent.display()
                  + " has "
                  + by.keys().size()
                  + " partition key(s)");
        }
      } else if (b instanceof PartitionDecl.In) {
        if (by.strategy() != PartitionStrategy.LIST) {
          mismatch(t, b, strategy);
        }
      } else if (b instanceof PartitionDecl.Hash h) {
        if (by.strategy() != PartitionStrategy.HASH) {
          mismatch(t, b, strategy);
        } else {
          long modulus = Long.parseLong(h.modulus());
          long remainder = Long.parseLong(h.remainder());
          if (modulus < 1 || remainder < 0 || remainder >= modulus) {
            t.ctx.error(
                b.pos(), "a hash partition needs modulus >= 1 and 0 <= remainder < modulus");
          }
        }
      }
    }
  }

  private static void mismatch(TableDraft t, PartitionDecl.Bound b, String strategy) {
    String expected =
        switch (strategy) {
          case "range" -> "for values from (...) to (...)";
          case "list" -> "for values in (...)";
          default -> "for values with (modulus m, remainder r)";
        };
    t.ctx.error(
        b.pos(),
        "the parent of "
            + t.display()
            + " is partitioned by "
            + strategy
            + ", so its bound is written '"
            + expected
            + "'");
  }
}
