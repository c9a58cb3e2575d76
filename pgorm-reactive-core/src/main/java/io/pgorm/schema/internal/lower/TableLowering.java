package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.ModelDecl;
import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** Models and partitions into table drafts. */
final class TableLowering {

  static final List<String> MODEL_ATTRIBUTES =
      List.of(
          "id",
          "unique",
          "check",
          "foreignKey",
          "exclude",
          "index",
          "rls",
          "policy",
          "notify",
          "partitionBy",
          "managedPartitions",
          "unlogged",
          "with",
          "renamedFrom",
          "java");

  /**
   * A partition's columns are its parent's, but it may have constraints, row-level security,
   * policies and storage of its own (PostgreSQL keeps them per partition, and a pull reads them).
   */
  static final List<String> PARTITION_ATTRIBUTES =
      List.of(
          "id",
          "unique",
          "check",
          "foreignKey",
          "exclude",
          "index",
          "rls",
          "policy",
          "partitionBy",
          "unlogged",
          "with",
          "renamedFrom");

  private final Lowering lowering;
  private final ColumnLowering columns;
  private final BlockLowering blocks;

  TableLowering(Lowering lowering) {
    this.lowering = lowering;
    this.columns = new ColumnLowering(lowering);
    this.blocks = new BlockLowering(lowering);
  }

  TableDraft model(Located<ModelDecl> l) {
    ModelDecl m = l.decl();
    TableDraft t = new TableDraft(l.name(), lowering.ctx(l.source()), m.name().pos());
    t.comment = m.doc();
    for (Member member : m.members()) {
      if (member instanceof Member.Field f) {
        if (isRelation(f, l.schema())) {
          t.relationFields.add(f);
        } else {
          columns.column(t, f, l.schema());
        }
      }
    }
    for (Member member : m.members()) {
      if (member instanceof Member.BlockAttr b) {
        blocks.attribute(t, b, l.schema(), MODEL_ATTRIBUTES);
      }
    }
    if (t.partitionBy != null && t.storagePos != null) {
      t.ctx.error(
          t.storagePos,
          "a partitioned table takes no storage parameters (PostgreSQL refuses them);"
              + " give them to its partitions");
    }
    return t;
  }

  /**
   * A field whose type names a model (and no built-in type) is a relation. Types and tables share
   * one namespace, so the first object of that name (own schema, then {@code public}) decides.
   */
  private boolean isRelation(Member.Field f, String schema) {
    QName name = f.type().name();
    String last = name.last().text();
    if (name.isSimple()
        && TypeCatalog.known(last) != null
        && TypeCatalog.known(last).extension() == null) {
      return false;
    }
    List<QualifiedName> candidates = new ArrayList<>();
    if (name.parts().size() == 2) {
      candidates.add(QualifiedName.of(name.parts().get(0).text(), last));
    } else if (name.isSimple()) {
      candidates.add(QualifiedName.of(schema, last));
      candidates.add(QualifiedName.of(Symbols.PUBLIC, last));
    }
    for (QualifiedName q : candidates) {
      if (lowering.symbols.types.containsKey(q)) {
        return false;
      }
      Located<? extends Decl> target = lowering.symbols.relations.get(q);
      if (target != null) {
        return target.decl() instanceof ModelDecl;
      }
    }
    // An unknown type with @relation is a relation to a model that is misspelt or missing.
    return TypeCatalog.known(last) == null
        && f.attributes().stream().anyMatch(a -> a.name().text().equals("relation"));
  }

  TableDraft partition(Located<PartitionDecl> l) {
    PartitionDecl p = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    TableDraft t = new TableDraft(l.name(), ctx, p.name().pos());
    t.comment = p.doc();
    QualifiedName parent = lowering.tableName(p.parent(), l.schema(), ctx);
    t.partitionOf =
        new PartitionOf(parent == null ? QualifiedName.of("?") : parent, bound(p.bound()));
    t.partitionOfPos = p.bound().pos();
    t.bound = parent == null ? null : p.bound();
    for (Member member : p.members()) {
      if (member instanceof Member.BlockAttr b) {
        blocks.attribute(t, b, l.schema(), PARTITION_ATTRIBUTES);
      }
    }
    if (t.partitionBy != null && t.storagePos != null) {
      ctx.error(
          t.storagePos,
          "a partitioned table takes no storage parameters (PostgreSQL refuses them);"
              + " give them to its partitions");
    }
    return t;
  }

  /** The bound in PostgreSQL's own words. */
  static String bound(PartitionDecl.Bound b) {
    if (b instanceof PartitionDecl.Range r) {
      return "FOR VALUES FROM (" + join(r.from()) + ") TO (" + join(r.to()) + ")";
    } else if (b instanceof PartitionDecl.In in) {
      return "FOR VALUES IN (" + join(in.values()) + ")";
    } else if (b instanceof PartitionDecl.Hash h) {
      return "FOR VALUES WITH (modulus " + h.modulus() + ", remainder " + h.remainder() + ")";
    }
    return "DEFAULT";
  }

  private static String join(List<Value.Sql> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.text()));
    return String.join(", ", out);
  }
}
