package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.sql.AlterDdl;
import io.pgorm.migrate.sql.CommentDdl;
import io.pgorm.migrate.sql.TypeDdl;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Enums, composite types and domains. */
final class TypeSteps {

  private TypeSteps() {}

  static void render(Ctx ctx, Change c) {
    Object before = c.before() == null ? null : c.before().value();
    Object after = c.after() == null ? null : c.after().value();
    Key key = c.key();
    switch (c.action()) {
      case CREATE -> create(ctx, key, TableSteps.nonNull(after), "create");
      case DROP -> ctx.drop(key, drop(key, TableSteps.nonNull(before), name(before), ""));
      case RECREATE -> recreate(ctx, c, TableSteps.nonNull(before), TableSteps.nonNull(after));
      default -> alter(ctx, key, TableSteps.nonNull(before), TableSteps.nonNull(after));
    }
  }

  private static QualifiedName name(@Nullable Object type) {
    if (type instanceof EnumType e) {
      return e.name();
    }
    if (type instanceof CompositeType c) {
      return c.name();
    }
    return ((Domain) TableSteps.nonNull(type)).name();
  }

  private static void create(Ctx ctx, Key key, Object type, String verb) {
    String sql;
    List<String> comments;
    if (type instanceof EnumType e) {
      sql = TypeDdl.createEnum(e);
      comments = CommentDdl.of(e);
    } else if (type instanceof CompositeType c) {
      sql = TypeDdl.createComposite(c);
      comments = CommentDdl.of(c);
    } else {
      Domain d = (Domain) type;
      sql = TypeDdl.createDomain(d);
      comments = CommentDdl.of(d);
    }
    ctx.create(key, step(key.subject(), verb + " type " + name(type)).sql(sql).build());
    for (String comment : comments) {
      ctx.create(key, step(key.subject(), "comment on type " + name(type)).sql(comment).build());
    }
  }

  private static Step drop(Key key, Object type, QualifiedName name, String why) {
    return step(key.subject(), "drop type " + name + why)
        .sql(type instanceof Domain ? TypeDdl.dropDomain(name) : TypeDdl.dropType(name))
        .build();
  }

  /**
   * The old type renamed aside and the new one created (on the create vertex); the columns are cast
   * by their tables; the old type dropped on the final vertex, once nothing uses it.
   */
  private static void recreate(Ctx ctx, Change c, Object before, Object after) {
    Key key = c.key();
    QualifiedName name = name(before);
    String aside = aside(name.name());
    StepBuilder s =
        step(
                key.subject(),
                "rename type "
                    + name
                    + " to "
                    + aside
                    + " to make it anew ("
                    + (c.reason() == null ? "it cannot be changed in place" : c.reason())
                    + ")")
            .sql(AlterDdl.renameType(name, before instanceof Domain, aside));
    if (before instanceof EnumType x && after instanceof EnumType y) {
      Set<String> removed = new HashSet<>(x.values());
      removed.removeAll(y.values());
      if (!removed.isEmpty()) {
        s.hazard(
            HazardKind.DATA_LOSS,
            "values "
                + String.join(", ", removed.stream().sorted().toList())
                + " of "
                + name
                + " go: rows holding them cannot be cast and make the plan fail");
      }
    }
    ctx.create(key, s.build());
    create(ctx, key, after, "create again");
    ctx.add(
        key,
        Phase.FINAL,
        drop(key, before, QualifiedName.of(name.schema(), aside), ", the old form of " + name));
  }

  /** {@code name__pgorm_old}, cut to 63 bytes. */
  static String aside(String name) {
    String suffix = "__pgorm_old";
    String base = name;
    while ((base + suffix).getBytes(StandardCharsets.UTF_8).length > 63) {
      base = base.substring(0, base.length() - 1);
    }
    return base + suffix;
  }

  private static void alter(Ctx ctx, Key key, Object before, Object after) {
    if (before instanceof EnumType x && after instanceof EnumType y) {
      enumValues(ctx, key, x, y);
      comment(ctx, key, "TYPE " + qualified(y.name()), x.comment(), y.comment());
    } else if (before instanceof CompositeType x && after instanceof CompositeType y) {
      attributes(ctx, key, x, y);
      comment(ctx, key, "TYPE " + qualified(y.name()), x.comment(), y.comment());
      List<Attribute> before2 = new ArrayList<>(x.attributes());
      for (Attribute a : y.attributes()) {
        if (x.attributes().stream().noneMatch(b -> b.name().equals(a.name()))) {
          before2.add(a.withComment(null)); // an added attribute gets its comment afterwards
        }
      }
      for (String sql : CommentDdl.columnChanges(qualified(y.name()), before2, y.attributes())) {
        ctx.create(
            key, step(key.subject(), "comment on attribute of " + y.name()).sql(sql).build());
      }
    } else {
      domain(ctx, key, (Domain) before, (Domain) after);
    }
  }

  private static void enumValues(Ctx ctx, Key key, EnumType x, EnumType y) {
    List<String> have = new ArrayList<>(x.values());
    List<String> want = y.values();
    for (int i = 0; i < want.size(); i++) {
      String v = want.get(i);
      if (have.contains(v)) {
        continue;
      }
      String sql;
      if (i + 1 < want.size() && have.contains(want.get(i + 1))) {
        sql = TypeDdl.addEnumValue(y.name(), v, want.get(i + 1));
      } else if (i > 0) {
        sql = TypeDdl.addEnumValueAfter(y.name(), v, want.get(i - 1));
      } else {
        sql = TypeDdl.addEnumValue(y.name(), v, null);
      }
      have.add(i, v);
      ctx.create(
          key,
          step(key.subject(), "add value '" + v + "' to " + y.name())
              .sql(sql)
              .commitAfter()
              .build());
    }
  }

  private static void attributes(Ctx ctx, Key key, CompositeType x, CompositeType y) {
    Set<String> wanted = new HashSet<>();
    y.attributes().forEach(a -> wanted.add(a.name()));
    Set<String> had = new HashSet<>();
    for (Attribute a : x.attributes()) {
      had.add(a.name());
      if (!wanted.contains(a.name())) {
        ctx.create(
            key,
            step(key.subject(), "drop attribute " + a.name() + " of " + y.name())
                .sql(TypeDdl.dropAttribute(y.name(), a.name()))
                .hazard(HazardKind.DATA_LOSS, "values of " + y.name() + " lose their " + a.name())
                .build());
      }
    }
    for (Attribute a : y.attributes()) {
      if (!had.contains(a.name())) {
        ctx.create(
            key,
            step(key.subject(), "add attribute " + a.name() + " to " + y.name())
                .sql(TypeDdl.addAttribute(y.name(), a))
                .build());
      }
    }
  }

  private static void domain(Ctx ctx, Key key, Domain x, Domain y) {
    QualifiedName n = y.name();
    Map<String, CheckConstraint> had = new HashMap<>();
    x.checks().forEach(c -> had.put(c.name(), c));
    Map<String, CheckConstraint> want = new HashMap<>();
    y.checks().forEach(c -> want.put(c.name(), c));
    for (CheckConstraint c : x.checks()) {
      CheckConstraint w = want.get(c.name());
      if (w == null || !w.expression().equals(c.expression())) {
        ctx.drop(
            key,
            step(key.subject(), "drop check " + c.name() + " of domain " + n)
                .sql(TypeDdl.dropDomainConstraint(n, c.name()))
                .build());
      }
    }
    if (!Objects.equals(x.defaultExpression(), y.defaultExpression())) {
      ctx.create(
          key,
          step(key.subject(), "default of domain " + n)
              .sql(TypeDdl.domainDefault(n, y.defaultExpression()))
              .build());
    }
    if (x.notNull() != y.notNull()) {
      StepBuilder s =
          step(
                  key.subject(),
                  (y.notNull() ? "make domain " : "allow NULL in domain ")
                      + n
                      + (y.notNull() ? " NOT NULL" : ""))
              .sql(TypeDdl.domainNotNull(n, y.notNull()));
      if (y.notNull()) {
        s.hazard(HazardKind.LONG_LOCK, "every column of type " + n + " is scanned");
      }
      ctx.create(key, s.build());
    }
    for (CheckConstraint c : y.checks()) {
      CheckConstraint h = had.get(c.name());
      if (h == null || !h.expression().equals(c.expression())) {
        ctx.create(
            key,
            step(key.subject(), "add check " + c.name() + " to domain " + n)
                .sql(TypeDdl.addDomainCheck(n, c))
                .hazard(HazardKind.LONG_LOCK, "every column of type " + n + " is scanned")
                .build());
        if (c.comment() != null) {
          ctx.create(key, domainCheckComment(key, n, c));
        }
      } else if (!Objects.equals(h.comment(), c.comment())) {
        ctx.create(key, domainCheckComment(key, n, c));
      }
    }
    comment(ctx, key, "DOMAIN " + qualified(n), x.comment(), y.comment());
  }

  private static Step domainCheckComment(Key key, QualifiedName n, CheckConstraint c) {
    return step(key.subject(), "comment on check " + c.name() + " of domain " + n)
        .sql(
            CommentDdl.on(
                "CONSTRAINT " + quoteIdent(c.name()) + " ON DOMAIN " + qualified(n), c.comment()))
        .build();
  }

  static void comment(
      Ctx ctx, Key key, String target, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      ctx.create(
          key,
          step(
                  key.subject(),
                  "comment on "
                      + target.toLowerCase(Locale.ROOT).split(" ")[0]
                      + " "
                      + key.subject())
              .sql(CommentDdl.on(target, after))
              .build());
    }
  }
}
