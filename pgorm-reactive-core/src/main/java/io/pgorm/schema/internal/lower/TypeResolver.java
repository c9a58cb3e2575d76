package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves written types: built-in names always mean the built-in type; other unqualified names are
 * looked up in the referring declaration's schema, then in {@code public}; extension types need
 * their extension. Checks modifiers.
 */
final class TypeResolver {

  /** Where a type is used: serial types only for columns, pseudo-types only in signatures. */
  enum Use {
    COLUMN,
    ROUTINE,
    OTHER
  }

  /** A resolved type; {@code serial} when it was written as a serial shorthand. */
  record Resolved(TypeRef type, boolean serial) {}

  private final Symbols symbols;
  private final Map<String, String> extensionSchemas;

  /**
   * @param extensionSchemas declared extensions and the schema each lives in
   */
  TypeResolver(Symbols symbols, Map<String, String> extensionSchemas) {
    this.symbols = symbols;
    this.extensionSchemas = extensionSchemas;
  }

  @Nullable Resolved resolve(
      io.pgorm.schema.internal.ast.TypeRef t, String schema, Ctx ctx, Use use) {
    QName name = t.name();
    List<Ident> parts = name.parts();
    if (parts.size() > 2) {
      ctx.error(t.pos(), "expected a type or schema.type, found '" + name + "'");
      return null;
    }
    String last = name.last().text();
    String qualifier = parts.size() == 2 ? parts.get(0).text() : null;
    boolean catalog = qualifier == null || qualifier.equals("pg_catalog");
    if (parts.size() == 1 && name.last().quoted() && last.equals("char")) {
      // "char" in quotes is PostgreSQL's one-byte internal type, not character(1)
      return plain(t, TypeRef.builtin("\"char\""), ctx);
    }
    TypeCatalog.Known known = TypeCatalog.known(last);
    if (catalog && known != null && known.extension() == null) {
      return builtin(t, known, ctx);
    }
    String serialBase = catalog ? TypeCatalog.serialBase(last) : null;
    if (serialBase != null) {
      if (use != Use.COLUMN) {
        ctx.error(
            t.pos(), "'" + last + "' is only for table columns; write " + serialBase + " here");
        return null;
      }
      if (t.arrayDims() > 0 || !t.modifiers().isEmpty()) {
        ctx.error(t.pos(), "'" + last + "' takes no modifiers and cannot be an array");
        return null;
      }
      return new Resolved(TypeRef.builtin(serialBase), true);
    }
    if (catalog && TypeCatalog.isPseudo(last)) {
      if (use != Use.ROUTINE) {
        ctx.error(
            t.pos(), "'" + last + "' is a pseudo-type: only for function arguments and results");
        return null;
      }
      return plain(t, TypeRef.builtin(last), ctx);
    }
    Located<? extends Decl> user = Symbols.resolve(symbols.types, name, schema);
    if (user != null) {
      QualifiedName q = user.name();
      return plain(t, new TypeRef(q.schema(), q.name(), List.of(), 0), ctx);
    }
    if (known != null && known.extension() != null) {
      return extension(t, known, qualifier, ctx);
    }
    if (use != Use.COLUMN) {
      // every table and view is also a composite type of its rows (a function's "setof post");
      // a column whose type names a model is a relation field instead
      Located<? extends Decl> relation = Symbols.resolve(symbols.relations, name, schema);
      if (relation != null && !(relation.decl() instanceof SequenceDecl)) {
        QualifiedName q = relation.name();
        return plain(t, new TypeRef(q.schema(), q.name(), List.of(), 0), ctx);
      }
    }
    List<String> candidates = new ArrayList<>(TypeCatalog.names());
    symbols.types.keySet().forEach(q -> candidates.add(q.name()));
    ctx.error(t.pos(), "unknown type '" + name + "'" + Suggest.didYouMean(last, candidates));
    return null;
  }

  private @Nullable Resolved extension(
      io.pgorm.schema.internal.ast.TypeRef t,
      TypeCatalog.Known known,
      @Nullable String qualifier,
      Ctx ctx) {
    String ext = known.extension();
    String extSchema = ext == null ? null : extensionSchemas.get(ext);
    if (ext == null || extSchema == null) {
      ctx.error(
          t.pos(),
          "type '"
              + known.canonical()
              + "' is provided by extension '"
              + ext
              + "'; declare it: extension "
              + ext);
      return null;
    }
    if (qualifier != null && !qualifier.equals(extSchema)) {
      ctx.error(
          t.pos(),
          "type '"
              + known.canonical()
              + "' of extension '"
              + ext
              + "' lives in schema '"
              + extSchema
              + "', not '"
              + qualifier
              + "'");
      return null;
    }
    List<String> mods = Modifiers.check(t, known, ctx);
    if (mods == null) {
      return null;
    }
    return new Resolved(new TypeRef(extSchema, known.canonical(), mods, t.arrayDims()), false);
  }

  private @Nullable Resolved builtin(
      io.pgorm.schema.internal.ast.TypeRef t, TypeCatalog.Known known, Ctx ctx) {
    List<String> mods = Modifiers.check(t, known, ctx);
    if (mods == null) {
      return null;
    }
    return new Resolved(new TypeRef(null, known.canonical(), mods, t.arrayDims()), false);
  }

  private static @Nullable Resolved plain(
      io.pgorm.schema.internal.ast.TypeRef t, TypeRef base, Ctx ctx) {
    if (!t.modifiers().isEmpty() || t.intervalFields() != null) {
      ctx.error(t.pos(), "type '" + t.name() + "' takes no modifiers");
      return null;
    }
    return new Resolved(new TypeRef(base.schema(), base.name(), List.of(), t.arrayDims()), false);
  }
}
