package io.pgorm.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.query.repository.Include;
import io.pgorm.query.repository.Key;
import io.pgorm.query.repository.Loaded;
import io.pgorm.schema.ir.UniqueConstraint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The repository of a table with a primary key: {@code AccountRepository extends
 * BaseRepository<Account, UUID>}, with a nested {@code Id} record for a multi-column key, a typed
 * finder per UNIQUE constraint ({@code findByEmail}; single-column ones coalesce like {@code
 * findById}) and two finders per relation ({@code findAllWithOrders}, {@code findByIdWithOrders}).
 * Conventions: a not-null integer column named {@code version} is the optimistic-locking version; a
 * nullable {@code timestamptz} column named {@code deleted_at} turns on soft delete.
 */
final class RepositoryWriter {

  /** Methods of BaseRepository a generated finder must not overload by accident. */
  private static final Set<String> TAKEN =
      Set.of("findById", "findAllById", "findByUnique", "findOne", "findAll", "findPage");

  private RepositoryWriter() {}

  /** Whether {@code m} gets a repository: a table (not a view) with a primary key. */
  static boolean applies(ModelSpec m) {
    return !m.readOnly() && !m.primaryKey().isEmpty();
  }

  static TypeSpec.Builder write(
      ModelSpec m,
      ClassName name,
      ClassName record,
      ClassName metamodel,
      List<ColumnSpec> columns,
      List<ResolvedRelation> relations) {
    List<ColumnSpec> key = new ArrayList<>();
    for (String k : m.primaryKey()) {
      key.add(column(columns, k));
    }
    TypeName id;
    CodeBlock keyCode;
    @Nullable TypeSpec idRecord = null;
    if (key.size() == 1) {
      id = key.get(0).javaType();
      keyCode = CodeBlock.of("$T.of($T.$L)", Key.class, metamodel, key.get(0).constant());
    } else {
      ClassName idName = name.nestedClass("Id");
      id = idName;
      MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
      CodeBlock.Builder args = CodeBlock.builder();
      for (ColumnSpec c : key) {
        ctor.addParameter(c.javaType(), c.component());
        args.add(",$W$T.$L", metamodel, c.constant());
      }
      idRecord =
          TypeSpec.recordBuilder(idName)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "The primary key of $L: $L.\n",
                  Docs.code(SqlTypes.sql(m.name())),
                  Docs.code(String.join(", ", m.primaryKey())))
              .recordConstructor(ctor.build())
              .build();
      keyCode = CodeBlock.of("$T.composite($T.class$L)", Key.class, idName, args.build());
    }
    ColumnSpec version = versionColumn(columns);
    ColumnSpec deletedAt = deletedAtColumn(columns);
    CodeBlock doc =
        CodeBlock.builder()
            .add(
                "The repository of $L: CRUD, pages, batch writes and includes of {@link $T} rows"
                    + " (see {@link $T}).\n",
                Docs.code(SqlTypes.sql(m.name())),
                record,
                BaseRepository.class)
            .add(version == null ? "" : "\n<p>Optimistic locking by column {@code version}.\n")
            .add(
                deletedAt == null
                    ? ""
                    : "\n<p>Soft delete by column {@code deleted_at}: deletes set it, reads skip"
                        + " rows where it is set.\n")
            .build();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Files.NULL_MARKED)
            .superclass(ParameterizedTypeName.get(ClassName.get(BaseRepository.class), record, id))
            .addJavadoc(doc);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A repository whose statements run on {@code queries}.\n")
            .addParameter(QueryClient.class, "queries")
            .addStatement(
                "super(queries,$W$T.TABLE,$W$L,$W$L,$W$L)",
                metamodel,
                keyCode,
                version == null ? "null" : CodeBlock.of("$T.$L", metamodel, version.constant()),
                deletedAt == null ? "null" : CodeBlock.of("$T.$L", metamodel, deletedAt.constant()))
            .build());
    Set<String> methods = new HashSet<>(TAKEN);
    if (m.table() != null) {
      for (UniqueConstraint u : m.table().uniques()) {
        if (u.columns().equals(m.primaryKey())) {
          continue;
        }
        unique(type, u, record, metamodel, columns, methods);
      }
    }
    for (ResolvedRelation r : relations) {
      relation(type, r, record, id, metamodel, methods);
    }
    if (idRecord != null) {
      type.addType(idRecord);
    }
    return type;
  }

  private static void unique(
      TypeSpec.Builder type,
      UniqueConstraint u,
      ClassName record,
      ClassName metamodel,
      List<ColumnSpec> columns,
      Set<String> methods) {
    List<ColumnSpec> cs = new ArrayList<>();
    StringBuilder method = new StringBuilder("findBy");
    for (int i = 0; i < u.columns().size(); i++) {
      ColumnSpec c = column(columns, u.columns().get(i));
      cs.add(c);
      method.append(i == 0 ? "" : "And").append(capitalize(c.component()));
    }
    if (!methods.add(method.toString())) {
      return;
    }
    MethodSpec.Builder finder =
        MethodSpec.methodBuilder(method.toString())
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Mono.class), record))
            .addJavadoc(
                "The row with this $L (unique constraint $L), or empty. Cold: each subscription"
                    + " runs the query.\n",
                Docs.code(String.join(", ", u.columns())),
                Docs.code(u.name()));
    for (ColumnSpec c : cs) {
      finder.addParameter(ParameterSpec.builder(c.javaType(), c.component()).build());
    }
    if (cs.size() == 1) {
      ColumnSpec c = cs.get(0);
      String constant = c.constant() + "_KEY";
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(ClassName.get(Key.class), record, c.javaType()),
                  constant,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.of($T.$L)", Key.class, metamodel, c.constant())
              .build());
      finder.addJavadoc("Concurrent calls coalesce into one {@code = ANY($$1)} query.\n");
      finder.addStatement("return findByUnique($L, $L)", constant, c.component());
    } else {
      CodeBlock.Builder where = CodeBlock.builder();
      for (int i = 0; i < cs.size(); i++) {
        ColumnSpec c = cs.get(i);
        where.add(
            i == 0 ? "$T.$L.eq($L)" : ".and($T.$L.eq($L))", metamodel, c.constant(), c.component());
      }
      finder.addStatement("return findOne($L)", where.build());
    }
    type.addMethod(finder.build());
  }

  private static void relation(
      TypeSpec.Builder type,
      ResolvedRelation r,
      ClassName record,
      TypeName id,
      ClassName metamodel,
      Set<String> methods) {
    String suffix = "With" + JavaNames.typeName(r.relation().name());
    String all = "findAll" + suffix;
    String one = "findById" + suffix;
    if (!methods.add(all) || !methods.add(one)) {
      return;
    }
    CodeBlock include =
        CodeBlock.of(
            "$T.of($T.Relations.$L)",
            Include.class,
            metamodel,
            JavaNames.constantName(r.relation().name()));
    TypeName loaded = ParameterizedTypeName.get(ClassName.get(Loaded.class), record);
    String kind = r.relation().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    type.addMethod(
        MethodSpec.methodBuilder(all)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Flux.class), loaded))
            .addJavadoc(
                "The rows matching {@code filter}, ordered by {@code sort}, each with relation $L"
                    + " ($L) loaded: one more statement per batch of rows, never one per row.\n",
                Docs.code(r.relation().name()),
                kind)
            .addParameter(Condition.class, "filter")
            .addParameter(SortField[].class, "sort")
            .varargs(true)
            .addStatement("return findAll(filter, $L, sort)", include)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(one)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Mono.class), loaded))
            .addJavadoc(
                "The row with this key and its relation $L ($L), or empty.\n",
                Docs.code(r.relation().name()),
                kind)
            .addParameter(id, "id")
            .addStatement("return findById(id, $L)", include)
            .build());
  }

  private static ColumnSpec column(List<ColumnSpec> columns, String name) {
    for (ColumnSpec c : columns) {
      if (c.column().name().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException("validated: " + name);
  }

  private static @Nullable ColumnSpec versionColumn(List<ColumnSpec> columns) {
    for (ColumnSpec c : columns) {
      String t = c.javaType().toString();
      if (c.column().name().equals("version")
          && !c.column().nullable()
          && (t.equals("java.lang.Long")
              || t.equals("java.lang.Integer")
              || t.equals("java.lang.Short"))) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable ColumnSpec deletedAtColumn(List<ColumnSpec> columns) {
    for (ColumnSpec c : columns) {
      if (c.column().name().equals("deleted_at")
          && c.column().nullable()
          && c.javaType().equals(ClassName.get(OffsetDateTime.class))) {
        return c;
      }
    }
    return null;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
