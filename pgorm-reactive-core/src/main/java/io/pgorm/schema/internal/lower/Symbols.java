package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.CompositeDecl;
import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.DomainDecl;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.ExtensionDecl;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.ModelDecl;
import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.RoleDecl;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.internal.ast.SchemaDecl;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.ViewDecl;
import io.pgorm.schema.ir.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every declaration of every file by kind, in declaration order, and the namespaces PostgreSQL
 * keeps: relations (tables, partitions, views, sequences) and types (enums, composites, domains and
 * the row type every relation has). Reports names declared twice and schemas never declared.
 */
final class Symbols {

  static final String PUBLIC = "public";

  final Map<String, Located<SchemaDecl>> schemas = new LinkedHashMap<>();
  final List<Located<ExtensionDecl>> extensions = new ArrayList<>();
  final List<Located<RoleDecl>> roles = new ArrayList<>();
  final List<Located<EnumDecl>> enums = new ArrayList<>();
  final List<Located<CompositeDecl>> composites = new ArrayList<>();
  final List<Located<DomainDecl>> domains = new ArrayList<>();
  final List<Located<SequenceDecl>> sequences = new ArrayList<>();
  final List<Located<ModelDecl>> models = new ArrayList<>();
  final List<Located<PartitionDecl>> partitions = new ArrayList<>();

  /** Models and partitions together, in declaration order: the order of the IR's tables. */
  final List<Located<? extends Decl>> tables = new ArrayList<>();

  final List<Located<ViewDecl>> views = new ArrayList<>();
  final List<Located<RoutineDecl>> routines = new ArrayList<>();
  final List<Located<TriggerDecl>> triggers = new ArrayList<>();
  final List<Located<GrantDecl>> grants = new ArrayList<>();

  /** Tables, partitions, views and sequences by name. */
  final Map<QualifiedName, Located<? extends Decl>> relations = new LinkedHashMap<>();

  /** The doc comments of schemas, by name. */
  final Map<String, String> schemaDocs = new LinkedHashMap<>();

  /** Enums, composites and domains by name. */
  final Map<QualifiedName, Located<? extends Decl>> types = new LinkedHashMap<>();

  private final Lowering lowering;

  Symbols(Lowering lowering) {
    this.lowering = lowering;
  }

  /** Collects the declarations of one file. */
  void collect(io.pgorm.schema.internal.Source source, List<Decl> decls, @Nullable String block) {
    Ctx ctx = lowering.ctx(source);
    for (Decl d : decls) {
      if (d instanceof SchemaDecl s) {
        String name = s.name().text();
        schemas.putIfAbsent(name, new Located<>(s, source, QualifiedName.of(name, name)));
        if (s.doc() != null) {
          if (name.equals(PUBLIC)) {
            ctx.error(
                s.pos(),
                "schema public takes no doc comment: it is implied, not created, so its"
                    + " comment is not the file's to set");
          } else {
            String had = schemaDocs.putIfAbsent(name, s.doc());
            if (had != null && !had.equals(s.doc())) {
              ctx.error(
                  s.pos(), "schema '" + name + "' has two different doc comments; give it one");
            }
          }
        }
        collect(source, s.body(), name);
      } else if (d instanceof ExtensionDecl e) {
        extensions.add(new Located<>(e, source, QualifiedName.of(e.name().text())));
      } else if (d instanceof RoleDecl r) {
        roles.add(new Located<>(r, source, QualifiedName.of(r.name().text())));
      } else if (d instanceof EnumDecl e) {
        type(enums, e, e.name(), ctx, source, block, "enum");
      } else if (d instanceof CompositeDecl c) {
        type(composites, c, c.name(), ctx, source, block, "type");
      } else if (d instanceof DomainDecl x) {
        type(domains, x, x.name(), ctx, source, block, "domain");
      } else if (d instanceof SequenceDecl x) {
        relation(sequences, x, x.name(), ctx, source, block, "sequence");
      } else if (d instanceof ModelDecl m) {
        if (relation(models, m, m.name(), ctx, source, block, "model")) {
          tables.add(models.get(models.size() - 1));
        }
      } else if (d instanceof PartitionDecl p) {
        if (relation(partitions, p, p.name(), ctx, source, block, "partition")) {
          tables.add(partitions.get(partitions.size() - 1));
        }
      } else if (d instanceof ViewDecl v) {
        relation(
            views,
            v,
            v.name(),
            ctx,
            source,
            block,
            v.materialized() ? "materialized view" : "view");
      } else if (d instanceof RoutineDecl r) {
        QualifiedName n = declName(r.name(), ctx, block);
        if (n != null) {
          routines.add(new Located<>(r, source, n));
        }
      } else if (d instanceof TriggerDecl t) {
        triggers.add(new Located<>(t, source, QualifiedName.of(schemaOf(block), t.name().text())));
      } else if (d instanceof GrantDecl g) {
        grants.add(new Located<>(g, source, QualifiedName.of(schemaOf(block), "grant")));
      }
    }
  }

  private static String schemaOf(@Nullable String block) {
    return block == null ? PUBLIC : block;
  }

  private <D extends Decl> void type(
      List<Located<D>> list,
      D d,
      QName name,
      Ctx ctx,
      io.pgorm.schema.internal.Source source,
      @Nullable String block,
      String kind) {
    QualifiedName n = declName(name, ctx, block);
    if (n == null) {
      return;
    }
    Located<D> loc = new Located<>(d, source, n);
    if (unique(n, name.pos(), kind, ctx)) {
      types.put(n, loc);
      list.add(loc);
    }
  }

  private <D extends Decl> boolean relation(
      List<Located<D>> list,
      D d,
      QName name,
      Ctx ctx,
      io.pgorm.schema.internal.Source source,
      @Nullable String block,
      String kind) {
    QualifiedName n = declName(name, ctx, block);
    if (n == null) {
      return false;
    }
    Located<D> loc = new Located<>(d, source, n);
    if (unique(n, name.pos(), kind, ctx)) {
      relations.put(n, loc);
      list.add(loc);
      return true;
    }
    return false;
  }

  /** Tables and types share PostgreSQL's type namespace (every table has a row type). */
  private boolean unique(QualifiedName n, Pos pos, String kind, Ctx ctx) {
    Located<? extends Decl> other = relations.get(n);
    if (other == null) {
      other = types.get(n);
    }
    if (other == null) {
      return true;
    }
    ctx.error(
        pos,
        "duplicate name: "
            + kind
            + " '"
            + display(n)
            + "' has the name of the "
            + Lowering.describe(other.decl())
            + " declared at "
            + where(other));
    return false;
  }

  /** The qualified name of a declaration, or null after an error. */
  @Nullable QualifiedName declName(QName name, Ctx ctx, @Nullable String block) {
    List<Ident> parts = name.parts();
    if (!checkLength(name.last(), ctx)) {
      return null;
    }
    if (parts.size() == 1) {
      return QualifiedName.of(schemaOf(block), parts.get(0).text());
    }
    if (parts.size() > 2) {
      ctx.error(name.pos(), "expected a name or schema.name, found '" + name + "'");
      return null;
    }
    if (block != null) {
      ctx.error(
          name.pos(),
          "a declaration inside schema '"
              + block
              + "' takes an unqualified name, not '"
              + name
              + "'");
      return null;
    }
    return QualifiedName.of(parts.get(0).text(), parts.get(1).text());
  }

  /** PostgreSQL cuts names at 63 bytes; a longer one would not be the name written. */
  static boolean checkLength(Ident name, Ctx ctx) {
    int bytes = name.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > Names.MAX_BYTES) {
      ctx.error(
          name.pos(),
          "name '"
              + name.text()
              + "' has "
              + bytes
              + " bytes; PostgreSQL names have at most "
              + Names.MAX_BYTES);
      return false;
    }
    return true;
  }

  /** Reports declarations in schemas that are neither {@code public} nor declared. */
  void checkSchemas() {
    List<List<? extends Located<? extends Decl>>> all =
        List.of(enums, composites, domains, sequences, models, partitions, views, routines);
    for (List<? extends Located<? extends Decl>> list : all) {
      for (Located<? extends Decl> l : list) {
        String s = l.schema();
        if (!s.equals(PUBLIC) && !schemas.containsKey(s)) {
          lowering
              .ctx(l.source())
              .error(
                  namePos(l.decl()),
                  "unknown schema '"
                      + s
                      + "': declare it with 'schema "
                      + s
                      + "'"
                      + Suggest.didYouMean(s, schemas.keySet()));
        }
      }
    }
  }

  static Pos namePos(Decl d) {
    if (d instanceof ModelDecl m) {
      return m.name().pos();
    } else if (d instanceof EnumDecl e) {
      return e.name().pos();
    } else if (d instanceof CompositeDecl c) {
      return c.name().pos();
    } else if (d instanceof DomainDecl x) {
      return x.name().pos();
    } else if (d instanceof SequenceDecl x) {
      return x.name().pos();
    } else if (d instanceof PartitionDecl p) {
      return p.name().pos();
    } else if (d instanceof ViewDecl v) {
      return v.name().pos();
    } else if (d instanceof RoutineDecl r) {
      return r.name().pos();
    }
    return d.pos();
  }

  static String where(Located<?> l) {
    Pos p = l.decl() instanceof Decl d ? namePos(d) : Pos.START;
    return l.source().file() + ":" + p.line() + ":" + p.col();
  }

  /** {@code name} in public, {@code schema.name} elsewhere. */
  static String display(QualifiedName n) {
    return n.schema().equals(PUBLIC) ? n.name() : n.schema() + "." + n.name();
  }

  /**
   * Resolves a reference: a qualified name exactly; an unqualified one in {@code schema}, then in
   * {@code public}. Null when there is no such object.
   */
  static <T> @Nullable T resolve(Map<QualifiedName, T> map, QName ref, String schema) {
    List<Ident> parts = ref.parts();
    if (parts.size() == 2) {
      return map.get(QualifiedName.of(parts.get(0).text(), parts.get(1).text()));
    }
    if (parts.size() != 1) {
      return null;
    }
    String name = parts.get(0).text();
    T found = map.get(QualifiedName.of(schema, name));
    return found != null ? found : map.get(QualifiedName.of(PUBLIC, name));
  }
}
