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
          "renamedFrom",
          "java");

  static final List<String> PARTITION_ATTRIBUTES = List.of("partitionBy", "index", "renamedFrom");

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
    return t;
  }

  /** A field whose type names a model (and no built-in type) is a relation. */
  private boolean isRelation(Member.Field f, String schema) {
    QName name = f.type().name();
    if (name.isSimple()
        && TypeCatalog.known(name.last().text()) != null
        && TypeCatalog.known(name.last().text()).extension() == null) {
      return false;
    }
    Located<? extends Decl> target = Symbols.resolve(lowering.symbols.relations, name, schema);
    return target != null && target.decl() instanceof ModelDecl;
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
