package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.ColumnAction;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.ModelIndex;
import io.pgorm.migrate.internal.introspect.ObjectNames;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.sql.AlterDdl;
import io.pgorm.migrate.sql.CommentDdl;
import io.pgorm.migrate.sql.ConstraintDdl;
import io.pgorm.migrate.sql.SequenceDdl;
import io.pgorm.migrate.sql.SqlText;
import io.pgorm.migrate.sql.TableDdl;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table changed in place. What takes something away (a detached partition, dropped columns,
 * defaults and identities that go or will be set anew) is on the table's drop vertex, so that it
 * runs before what it depended on goes; the rest on its create vertex, after what it needs exists.
 */
final class TableAlter {

  private final Ctx ctx;
  private final Change c;
  private final Key key;
  private final Table a;
  private final Table b;
  private final QualifiedName name;

  private TableAlter(Ctx ctx, Change c, Table before, Table after) {
    this.ctx = ctx;
    this.c = c;
    this.key = c.key();
    this.a = ctx.changes.effectiveSource(before);
    this.b = after;
    this.name = after.name();
  }

  static void render(Ctx ctx, Change c, Table before, Table after) {
    TableAlter t = new TableAlter(ctx, c, before, after);
    t.dropPhase();
    t.createPhase();
  }

  private String col(String column) {
    return name + "." + column;
  }

  private String subject(String column) {
    return key.subject() + "." + column;
  }

  private void dropPhase() {
    PartitionOf was = a.partitionOf();
    if (was != null && !was.equals(b.partitionOf())) {
      ctx.drop(
          key,
          step(key.subject(), "detach partition " + name + " from " + was.parent())
              .sql(TableDdl.detachPartition(name, was.parent()))
              .build());
    }
    for (Map.Entry<String, ColumnAction> e : c.columns().entrySet()) {
      String column = e.getKey();
      Column x = a.column(column);
      if (x == null) {
        continue;
      }
      if (e.getValue() == ColumnAction.DROP) {
        ctx.drop(
            key,
            step(subject(column), "drop column " + col(column))
                .sql(TableDdl.dropColumn(name, column))
                .hazard(HazardKind.DATA_LOSS, "the values of column " + col(column) + " are lost")
                .build());
      } else if (e.getValue() == ColumnAction.REPLACE) {
        StepBuilder s =
            step(subject(column), "drop column " + col(column) + " to add it again")
                .sql(TableDdl.dropColumn(name, column));
        if (x.generatedExpression() == null) {
          s.hazard(
              HazardKind.DATA_LOSS,
              "the values of column " + col(column) + " are replaced by generated ones");
        }
        ctx.drop(key, s.build());
      }
    }
    for (Column y : b.columns()) {
      Column x = a.column(y.name());
      if (x == null || c.columns().get(y.name()) == ColumnAction.REPLACE) {
        continue;
      }
      boolean altered = c.columns().get(y.name()) == ColumnAction.ALTER;
      boolean reset = c.resetDefaults().contains(y.name()) || c.casts().contains(y.name());
      if (x.serial() && !y.serial()) {
        String seq = serialSequence(x.name());
        ctx.drop(
            key,
            step(subject(y.name()), "column " + col(y.name()) + " is no longer serial")
                .sql(AlterDdl.columnDefault(name, y.name(), null))
                .sql(SequenceDdl.dropSequence(QualifiedName.of(name.schema(), seq)))
                .build());
        continue;
      }
      String dflt = x.defaultExpression();
      if (dflt != null
          && (reset
              || (altered
                  && (!dflt.equals(y.defaultExpression())
                      || retyped(x, y)
                      || y.identity() != null
                      || y.serial())))) {
        ctx.drop(
            key,
            step(subject(y.name()), "drop default of " + col(y.name()))
                .sql(AlterDdl.columnDefault(name, y.name(), null))
                .build());
      }
      if (altered && x.identity() != null && y.identity() == null) {
        ctx.drop(
            key,
            step(subject(y.name()), "drop identity of " + col(y.name()))
                .sql(AlterDdl.dropIdentity(name, y.name()))
                .build());
      }
    }
  }

  private static boolean retyped(Column x, Column y) {
    return !x.type().equals(y.type()) || !Objects.equals(x.collation(), y.collation());
  }

  private String serialSequence(String column) {
    return ObjectNames.make(name.name(), column, "seq");
  }

  private void createPhase() {
    for (Column y : b.columns()) {
      ColumnAction action = c.columns().get(y.name());
      Column x = a.column(y.name());
      if (action == ColumnAction.ADD || action == ColumnAction.REPLACE) {
        add(y);
      } else if (x != null
          && (action == ColumnAction.ALTER
              || c.casts().contains(y.name())
              || c.resetDefaults().contains(y.name()))) {
        alter(x, y, action == ColumnAction.ALTER);
      }
    }
    tableLevel();
  }

  private void add(Column y) {
    StepBuilder s =
        step(subject(y.name()), "add column " + col(y.name())).sql(TableDdl.addColumn(name, y));
    if (y.identity() != null || y.serial() || y.generatedExpression() != null) {
      s.hazard(HazardKind.TABLE_REWRITE, "every row of " + name + " gets a value for " + y.name());
    }
    ctx.create(key, s.build());
    if (y.comment() != null) {
      ctx.create(key, comment(y));
    }
  }

  private void alter(Column x, Column y, boolean altered) {
    String column = y.name();
    if (x.generatedExpression() != null && y.generatedExpression() == null) {
      ctx.create(
          key,
          step(subject(column), "column " + col(column) + " is no longer generated")
              .sql(AlterDdl.dropExpression(name, column))
              .build());
    }
    boolean cast = c.casts().contains(column);
    if (retyped(x, y) || cast) {
      type(x, y, cast);
    }
    if (!x.serial() && y.serial()) {
      serial(y);
    }
    String dflt = y.defaultExpression();
    boolean dropped =
        x.defaultExpression() != null
            && (c.resetDefaults().contains(column)
                || cast
                || (altered
                    && (!x.defaultExpression().equals(dflt)
                        || retyped(x, y)
                        || y.identity() != null)));
    if (dflt != null && !y.serial() && (dropped || !dflt.equals(x.defaultExpression()))) {
      ctx.create(
          key,
          step(subject(column), "set default of " + col(column))
              .sql(AlterDdl.columnDefault(name, column, dflt))
              .build());
    }
    boolean nullable = y.nullable();
    boolean wasNullable = x.nullable();
    if (!nullable && wasNullable) {
      notNull(column);
    }
    identity(x, y);
    if (nullable && !wasNullable) {
      ctx.create(
          key,
          step(subject(column), "allow NULL in " + col(column))
              .sql(AlterDdl.columnNotNull(name, column, false))
              .build());
    }
    if (!Objects.equals(x.comment(), y.comment())) {
      ctx.create(key, comment(y));
    }
  }

  /**
   * {@code SET NOT NULL}; online, a {@code NOT VALID} check first, committed, then validated
   * without blocking writes, so that {@code SET NOT NULL} finds it and skips its own scan.
   */
  private void notNull(String column) {
    if (!ctx.options.notValidConstraints() || b.partitionBy() != null) {
      ctx.create(
          key,
          step(subject(column), "make " + col(column) + " NOT NULL")
              .sql(AlterDdl.columnNotNull(name, column, true))
              .hazard(
                  HazardKind.LONG_LOCK,
                  "the whole of " + name + " is scanned under an ACCESS EXCLUSIVE lock")
              .build());
      return;
    }
    String check = ObjectNames.make(name.name(), column, "pgorm_nn");
    CheckConstraint c =
        new CheckConstraint(check, quoteIdent(column) + " IS NOT NULL", false, null, null);
    ctx.create(
        key,
        step(subject(column), "check " + col(column) + " for NULL, NOT VALID")
            .sql(ConstraintDdl.addNotValid(name, ConstraintDdl.definition(c)))
            .commitAfter()
            .build());
    ctx.create(
        key,
        step(subject(column), "make " + col(column) + " NOT NULL after validating the check")
            .sql(ConstraintDdl.validate(name, check))
            .sql(AlterDdl.columnNotNull(name, column, true))
            .sql(ConstraintDdl.drop(name, check))
            .build());
  }

  private void type(Column x, Column y, boolean cast) {
    String column = y.name();
    TypeRef to = y.type();
    String using =
        quoteIdent(column) + (ctx.recreated(to) ? "::text::" : "::") + SqlText.typeName(to);
    String collation = y.collation();
    if (collation == null && x.collation() != null) {
      collation = "default";
    }
    StepBuilder s =
        step(
                subject(column),
                "change type of "
                    + col(column)
                    + (x.type().equals(to)
                        ? (cast ? " to the recreated " + SqlText.typeName(to) : " (collation)")
                        : ": " + SqlText.typeName(x.type()) + " to " + SqlText.typeName(to)))
            .sql(AlterDdl.columnType(name, column, to, collation, using));
    if (cast || TypeChanges.rewrites(x.type(), to)) {
      s.hazard(HazardKind.TABLE_REWRITE, name + " is rewritten")
          .hazard(
              HazardKind.LONG_LOCK, name + " is locked (ACCESS EXCLUSIVE) while it is rewritten");
    }
    if (!cast && TypeChanges.lossy(x.type(), to)) {
      s.hazard(
          HazardKind.DATA_LOSS,
          "values of "
              + col(column)
              + " may be truncated or rounded, or fail to convert, from "
              + SqlText.typeName(x.type())
              + " to "
              + SqlText.typeName(to));
    }
    if (x.serial() && y.serial()) {
      String seq = SequenceDdl.alterSequence(sequence(x, x.type()), sequence(y, y.type()));
      if (seq != null) {
        s.sql(seq);
      }
    }
    ctx.create(key, s.build());
  }

  private Sequence sequence(Column col, TypeRef type) {
    return new Sequence(
        QualifiedName.of(name.schema(), serialSequence(col.name())),
        type.name().equals("bigint") ? null : type,
        SequenceOptions.DEFAULTS,
        null,
        null,
        null);
  }

  private void serial(Column y) {
    Sequence seq =
        new Sequence(
            QualifiedName.of(name.schema(), serialSequence(y.name())),
            y.type().name().equals("bigint") ? null : y.type(),
            SequenceOptions.DEFAULTS,
            name.name() + "." + y.name(),
            null,
            null);
    ctx.create(
        key,
        step(subject(y.name()), "make " + col(y.name()) + " serial")
            .sql(SequenceDdl.createSequence(seq))
            .sql(nonNull(SequenceDdl.ownedBy(seq)))
            .sql(
                AlterDdl.columnDefault(
                    name,
                    y.name(),
                    "nextval(" + SqlText.literal(qualified(seq.name())) + "::regclass)"))
            .build());
  }

  private void identity(Column x, Column y) {
    Identity from = x.identity();
    Identity to = y.identity();
    String column = y.name();
    if (to == null) {
      return;
    }
    if (from == null) {
      ctx.create(
          key,
          step(subject(column), "make " + col(column) + " an identity column")
              .sql(AlterDdl.addIdentity(name, column, to))
              .build());
      return;
    }
    if (from.always() != to.always()) {
      ctx.create(
          key,
          step(
                  subject(column),
                  "identity of " + col(column) + ": " + (to.always() ? "ALWAYS" : "BY DEFAULT"))
              .sql(AlterDdl.identityGeneration(name, column, to.always()))
              .build());
    }
    String options = AlterDdl.identityOptions(name, column, from.options(), to.options(), y.type());
    if (options != null) {
      StepBuilder s = step(subject(column), "identity options of " + col(column));
      String move =
          SequenceDdl.moveIntoRange(
              "pg_get_serial_sequence("
                  + SqlText.literal(qualified(name))
                  + ", "
                  + SqlText.literal(column)
                  + ")",
              from.options(),
              x.type(),
              to.options(),
              y.type());
      if (move != null) {
        s.sql(move);
      }
      ctx.create(key, s.sql(options).build());
    }
  }

  private Step comment(Column y) {
    return step(subject(y.name()), "comment on column " + col(y.name()))
        .sql(CommentDdl.on("COLUMN " + qualified(name) + "." + quoteIdent(y.name()), y.comment()))
        .build();
  }

  private void tableLevel() {
    PartitionOf of = b.partitionOf();
    if (of != null && !of.equals(a.partitionOf())) {
      Table parent = ctx.targetTable(ModelIndex.relation(of.parent()));
      if (a.partitionOf() == null && parent != null) {
        for (Column p : parent.columns()) {
          Column mine = a.column(p.name());
          if (!p.nullable() && mine != null && mine.nullable()) {
            ctx.create(
                key,
                step(subject(p.name()), "make " + col(p.name()) + " NOT NULL, as in " + of.parent())
                    .sql(AlterDdl.columnNotNull(name, p.name(), true))
                    .build());
          }
        }
      }
      ctx.create(
          key,
          step(key.subject(), "attach " + name + " to " + of.parent() + " " + of.bound())
              .sql(TableDdl.attachPartition(name, of))
              .hazard(
                  HazardKind.LONG_LOCK, name + " is scanned to check that its rows fit the bound")
              .build());
    }
    java.util.List<String> storage =
        TableDdl.alterStorage(name, a.storageParameters(), b.storageParameters());
    if (!storage.isEmpty()) {
      ctx.create(key, step(key.subject(), "storage parameters of " + name).sql(storage).build());
    }
    if (a.unlogged() != b.unlogged()) {
      ctx.create(
          key,
          step(key.subject(), "make " + name + (b.unlogged() ? " UNLOGGED" : " LOGGED"))
              .sql(TableDdl.setLogged(name, !b.unlogged()))
              .hazard(HazardKind.TABLE_REWRITE, name + " is rewritten")
              .hazard(
                  HazardKind.LONG_LOCK,
                  name + " is locked (ACCESS EXCLUSIVE) while it is rewritten")
              .build());
    }
    if (a.rowSecurity().enabled() != b.rowSecurity().enabled()) {
      ctx.create(
          key,
          step(
                  key.subject(),
                  (b.rowSecurity().enabled() ? "enable" : "disable")
                      + " row-level security on "
                      + name)
              .sql(TableDdl.enableRowSecurity(name, b.rowSecurity().enabled()))
              .build());
    }
    if (a.rowSecurity().forced() != b.rowSecurity().forced()) {
      ctx.create(
          key,
          step(
                  key.subject(),
                  (b.rowSecurity().forced() ? "force" : "stop forcing")
                      + " row-level security on "
                      + name)
              .sql(TableDdl.forceRowSecurity(name, b.rowSecurity().forced()))
              .build());
    }
    if (!Objects.equals(a.comment(), b.comment())) {
      ctx.create(
          key,
          step(key.subject(), "comment on table " + name)
              .sql(CommentDdl.on("TABLE " + qualified(name), b.comment()))
              .build());
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    return TableSteps.nonNull(value);
  }
}
