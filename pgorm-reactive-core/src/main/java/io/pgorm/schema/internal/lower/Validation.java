package io.pgorm.schema.internal.lower;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.internal.PgKeywords;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Checks across objects, once every table is built. */
final class Validation {

  private final Lowering lowering;

  Validation(Lowering lowering) {
    this.lowering = lowering;
  }

  void check() {
    for (TableDraft t : lowering.tables.values()) {
      columnsOf(t);
      foreignKeys(t);
      partitioning(t);
      security(t);
      if (t.changeStream != null && t.primaryKey == null) {
        t.ctx.error(t.pos, "@@notify needs a primary key: " + t.display() + " has none");
      }
    }
    for (ViewDraft v : lowering.views.values()) {
      if (!v.columns.isEmpty()) {
        for (Pending<Index> p : v.indexes) {
          indexColumns(p, v.columnNames(), v.display());
        }
      }
    }
    for (Sequence s : lowering.sequences) {
      ownedBy(s);
    }
    new PartitionBounds(lowering).check();
  }

  /** Every column a constraint or index names exists. */
  private void columnsOf(TableDraft t) {
    if (t.partitionOf != null) {
      return;
    }
    Collection<String> cols = t.columnPos.keySet();
    Pending<PrimaryKey> pk = t.primaryKey;
    if (pk != null) {
      exist(pk, pk.value().columns(), cols, t, "primary key");
      exist(pk, pk.value().include(), cols, t, "primary key (include)");
      for (String c : pk.value().columns()) {
        Column col = t.column(c);
        if (col != null && col.nullable()) {
          t.ctx.error(
              t.columnPos.get(c),
              "primary key column '"
                  + c
                  + "' of "
                  + t.display()
                  + " is nullable; drop the '?' (a primary key is NOT NULL)");
        }
      }
    }
    for (Pending<UniqueConstraint> u : t.uniques) {
      exist(u, u.value().columns(), cols, t, "unique constraint");
      exist(u, u.value().include(), cols, t, "unique constraint (include)");
    }
    for (Pending<ExclusionConstraint> x : t.exclusions) {
      List<String> named = new ArrayList<>();
      x.value()
          .elements()
          .forEach(
              e -> {
                String column = Identifiers.nameOf(e.expression());
                if (column != null) {
                  named.add(column);
                }
              });
      exist(x, named, cols, t, "exclusion constraint");
      exist(x, x.value().include(), cols, t, "exclusion constraint (include)");
    }
    for (Pending<Index> p : t.indexes) {
      indexColumns(p, cols, t.display());
    }
  }

  private void indexColumns(Pending<Index> p, Collection<String> cols, String display) {
    List<String> named = new ArrayList<>();
    for (IndexElement e : p.value().elements()) {
      if (e.column() != null) {
        named.add(e.column());
      }
    }
    existIn(p, named, cols, display, "index");
    existIn(p, p.value().include(), cols, display, "index (include)");
  }

  private void exist(
      Pending<?> p, List<String> named, Collection<String> cols, TableDraft t, String what) {
    existIn(p, named, cols, t.display(), what);
  }

  private static void existIn(
      Pending<?> p, List<String> named, Collection<String> cols, String display, String what) {
    for (String c : named) {
      if (!cols.contains(c)) {
        p.ctx()
            .error(
                p.pos(),
                what
                    + " on unknown column '"
                    + c
                    + "': "
                    + display
                    + " has no such column"
                    + Suggest.didYouMean(c, cols));
        return;
      }
    }
  }

  /** The table whose columns {@code t} has: its root parent when it is a partition. */
  private TableDraft columnsOwner(TableDraft t) {
    TableDraft owner = t;
    for (int depth = 0; owner.partitionOf != null && depth < 32; depth++) {
      TableDraft parent = lowering.tables.get(owner.partitionOf.parent());
      if (parent == null) {
        break;
      }
      owner = parent;
    }
    return owner;
  }

  private void foreignKeys(TableDraft partOrTable) {
    TableDraft t = columnsOwner(partOrTable);
    for (Pending<ForeignKey> p : partOrTable.foreignKeys) {
      ForeignKey fk = p.value();
      TableDraft referenced = lowering.tables.get(fk.referencedTable());
      if (referenced == null) {
        continue;
      }
      TableDraft target = columnsOwner(referenced);
      if (!exists(p, fk.columns(), t)) {
        continue;
      }
      if (fk.columns().size() != fk.referencedColumns().size()) {
        p.ctx()
            .error(
                p.pos(),
                "foreign key of "
                    + t.display()
                    + " has "
                    + fk.columns().size()
                    + " column(s) but references "
                    + fk.referencedColumns().size());
        continue;
      }
      if (!exists(p, fk.referencedColumns(), target)) {
        continue;
      }
      if (!RelationLowering.isUnique(target, fk.referencedColumns())) {
        p.ctx()
            .error(
                p.pos(),
                "foreign key of "
                    + t.display()
                    + " references ("
                    + String.join(", ", fk.referencedColumns())
                    + ") of "
                    + target.display()
                    + ", which is neither its primary key nor unique");
        continue;
      }
      for (int i = 0; i < fk.columns().size(); i++) {
        Column from = t.column(fk.columns().get(i));
        Column to = target.column(fk.referencedColumns().get(i));
        if (from != null && to != null && !compatible(from.type(), to.type())) {
          p.ctx()
              .error(
                  p.pos(),
                  "foreign key type mismatch: column '"
                      + from.name()
                      + "' of "
                      + t.display()
                      + " is "
                      + Types.display(from.type())
                      + " but '"
                      + to.name()
                      + "' of "
                      + target.display()
                      + " is "
                      + Types.display(to.type())
                      + "; make them the same type");
          break;
        }
      }
    }
  }

  private static boolean exists(Pending<?> p, List<String> columns, TableDraft t) {
    for (String c : columns) {
      if (t.column(c) == null) {
        p.ctx()
            .error(
                p.pos(),
                "foreign key column '"
                    + c
                    + "' does not exist in "
                    + t.display()
                    + Suggest.didYouMean(c, t.columnPos.keySet()));
        return false;
      }
    }
    return true;
  }

  /** Same type after looking through domains; modifiers ({@code varchar(n)}) may differ. */
  private boolean compatible(TypeRef a, TypeRef b) {
    TypeRef x = base(a);
    TypeRef y = base(b);
    return java.util.Objects.equals(x.schema(), y.schema())
        && x.name().equals(y.name())
        && x.arrayDimensions() == y.arrayDimensions();
  }

  private TypeRef base(TypeRef t) {
    for (int depth = 0; depth < 16 && t.schema() != null; depth++) {
      Domain d = lowering.domains.get(QualifiedName.of(t.schema(), t.name()));
      if (d == null) {
        break;
      }
      TypeRef b = d.baseType();
      t =
          new TypeRef(
              b.schema(), b.name(), b.modifiers(), b.arrayDimensions() + t.arrayDimensions());
    }
    return t;
  }

  private void partitioning(TableDraft t) {
    if (t.partitionBy == null) {
      if (t.managedPartitions != null && t.managedPos != null) {
        t.ctx.error(
            t.managedPos,
            "@@managedPartitions needs @@partitionBy(range: [column]) on " + t.display());
      }
      return;
    }
    Pos pos = t.partitionByPos == null ? t.pos : t.partitionByPos;
    List<String> keyColumns = new ArrayList<>();
    boolean expressions = false;
    for (String key : t.partitionBy.keys()) {
      if (key.startsWith("(")) {
        expressions = true;
        String inner = columnIn(key);
        if (inner != null) {
          keyColumns.add(inner);
        }
      } else {
        keyColumns.add(key);
      }
    }
    if (t.partitionOf == null) {
      for (String c : keyColumns) {
        if (t.column(c) == null) {
          t.ctx.error(
              pos,
              "partition key column '"
                  + c
                  + "' does not exist in "
                  + t.display()
                  + Suggest.didYouMean(c, t.columnPos.keySet()));
          return;
        }
      }
      unique(
          t,
          t.primaryKey == null ? List.of() : List.of(t.primaryKey),
          keyColumns,
          expressions,
          "primary key");
      unique(t, t.uniques, keyColumns, expressions, "unique constraint");
    }
    if (t.managedPartitions != null && t.managedPos != null) {
      if (t.partitionBy.strategy() != PartitionStrategy.RANGE
          || t.partitionBy.keys().size() != 1
          || expressions) {
        t.ctx.error(
            t.managedPos,
            "@@managedPartitions needs range partitioning on one column; "
                + t.display()
                + " is partitioned by "
                + t.partitionBy.strategy().name().toLowerCase(java.util.Locale.ROOT)
                + " on "
                + String.join(", ", t.partitionBy.keys()));
      } else {
        Column c = t.column(keyColumns.get(0));
        if (c != null
            && (c.type().schema() != null
                || c.type().isArray()
                || !Set.of("date", "timestamp", "timestamptz").contains(c.type().name()))) {
          t.ctx.error(
              t.managedPos,
              "@@managedPartitions needs a date, timestamp or timestamptz key; column '"
                  + c.name()
                  + "' is "
                  + Types.display(c.type()));
        }
      }
    }
  }

  /** The column of a key like {@code (region) COLLATE "C"}, or null for an expression. */
  private static String columnIn(String key) {
    int close = key.indexOf(')');
    String inner = key.substring(1, Math.max(1, close)).strip();
    if (inner.startsWith("\"") && inner.endsWith("\"") && inner.length() > 1) {
      return inner.substring(1, inner.length() - 1).replace("\"\"", "\"");
    }
    return PgKeywords.readsAsName(inner) ? inner : null;
  }

  private static <T> void unique(
      TableDraft t,
      List<Pending<T>> constraints,
      List<String> keyColumns,
      boolean expressions,
      String what) {
    for (Pending<T> p : constraints) {
      List<String> cols =
          p.value() instanceof PrimaryKey pk
              ? pk.columns()
              : ((UniqueConstraint) p.value()).columns();
      if (expressions && !(keyColumns.size() == t.partitionBy.keys().size())) {
        p.ctx()
            .error(
                p.pos(),
                "a "
                    + what
                    + " of "
                    + t.display()
                    + " cannot cover a partition key expression; PostgreSQL allows keys on partitioned tables only when the partition key is plain columns");
        return;
      }
      for (String k : keyColumns) {
        if (!cols.contains(k)) {
          p.ctx()
              .error(
                  p.pos(),
                  "partition key column '"
                      + k
                      + "' is missing from the "
                      + what
                      + " ("
                      + String.join(", ", cols)
                      + ") of "
                      + t.display()
                      + "; PostgreSQL requires every unique key of a partitioned table to include the partition key");
          return;
        }
      }
    }
  }

  private static void security(TableDraft t) {
    if (!t.rlsDeclared && !t.policies.isEmpty()) {
      t.ctx.error(
          t.policyPos.get(0),
          "policy '"
              + t.policies.get(0).name()
              + "' on "
              + t.display()
              + " without row-level security has no effect; add @@rls (or @@rls(enabled: false)"
              + " for policies that wait for it)");
    }
  }

  private void ownedBy(Sequence s) {
    String owner = s.ownedBy();
    if (owner == null) {
      return;
    }
    int dot = owner.indexOf('.');
    TableDraft t =
        lowering.tables.get(QualifiedName.of(s.name().schema(), owner.substring(0, dot)));
    String column = owner.substring(dot + 1);
    Located<?> l = null;
    for (var decl : lowering.symbols.sequences) {
      if (decl.name().equals(s.name())) {
        l = decl;
      }
    }
    if (l == null) {
      return;
    }
    Ctx ctx = lowering.ctx(l.source());
    if (t == null || t.partitionOf != null) {
      ctx.error(
          l.decl() instanceof io.pgorm.schema.internal.ast.SequenceDecl d && d.ownedBy() != null
              ? d.ownedBy().pos()
              : Pos.START,
          "sequence '"
              + Symbols.display(s.name())
              + "' is owned by unknown model '"
              + owner.substring(0, dot)
              + "'");
    } else if (t.column(column) == null) {
      ctx.error(
          l.decl() instanceof io.pgorm.schema.internal.ast.SequenceDecl d && d.ownedBy() != null
              ? d.ownedBy().pos()
              : Pos.START,
          "sequence '"
              + Symbols.display(s.name())
              + "' is owned by unknown column '"
              + column
              + "' of "
              + t.display());
    }
  }
}
