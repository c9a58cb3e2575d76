package io.pgorm.migrate.pull;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.RichSchema;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.SchemaException;
import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.View;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code db pull} round trip (issue 5's acceptance): a database that uses every object kind is
 * introspected, printed with {@link Schemas#print}, parsed back, and (a) the parsed model equals
 * the introspected one, (b) the diff from the live database to the parsed model is empty, and so is
 * the diff to the parsed model materialised in a shadow database (the way {@code pgorm diff --from
 * URL --to FILE} goes). A kind that introspection, the printer or the parser loses fails the test:
 * the kinds present in the pulled model are checked against the full list first.
 */
@PgTest
class PullRoundTripTest {

  /** The constructs closed in this round, in raw SQL, next to what {@link RichSchema} creates. */
  static final String GAPS =
      """
      CREATE EXTENSION ltree;
      CREATE SCHEMA ledger;
      COMMENT ON SCHEMA ledger IS 'Books of account.';
      CREATE TYPE ledger.postal AS (street text, city text);
      COMMENT ON COLUMN ledger.postal.street IS 'Street and number.';
      CREATE DOMAIN ledger.cents AS bigint CONSTRAINT cents_nonneg CHECK (VALUE >= 0);
      COMMENT ON CONSTRAINT cents_nonneg ON DOMAIN ledger.cents IS 'Never negative.';
      COMMENT ON DOMAIN ledger.cents IS 'Money in cents.';
      CREATE TABLE ledger.book (id int PRIMARY KEY, path ltree) WITH (fillfactor = 70,
        autovacuum_enabled = false, toast.autovacuum_enabled = false);
      COMMENT ON TABLE ledger.book IS E'Written on Windows\r\nwith a trailing blank ';
      CREATE TABLE ledger.entry (
        book int NOT NULL,
        id int,
        payer int,
        amount ledger.cents,
        PRIMARY KEY (book, id),
        CONSTRAINT entry_payer_fkey FOREIGN KEY (book, payer) REFERENCES ledger.entry
          ON DELETE SET NULL (payer)
      ) WITH (parallel_workers = 2);
      CREATE TABLE ledger.month (at date NOT NULL, n int) PARTITION BY RANGE (at);
      CREATE TABLE ledger.month_2026 PARTITION OF ledger.month
        FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') WITH (fillfactor = 90);
      ALTER TABLE ledger.month_2026 ADD CONSTRAINT month_2026_n_check CHECK (n > 0);
      COMMENT ON CONSTRAINT month_2026_n_check ON ledger.month_2026 IS 'Only this year.';
      ALTER TABLE ledger.month_2026 ENABLE ROW LEVEL SECURITY;
      CREATE POLICY month_2026_positive ON ledger.month_2026 USING (n > 0);
      CREATE TABLE ledger.pending (id int);
      CREATE POLICY pending_all ON ledger.pending USING (id > 0);
      CREATE TABLE ledger.forced (id int);
      ALTER TABLE ledger.forced FORCE ROW LEVEL SECURITY;
      CREATE FUNCTION ledger.check_entry() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER entry_book_exists AFTER INSERT ON ledger.entry FROM ledger.book
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.check_entry();
      CREATE FUNCTION ledger.same(a int) RETURNS int LANGUAGE sql IMMUTABLE LEAKPROOF COST 0.5
        AS $$ SELECT a $$;
      CREATE FUNCTION ledger.series(n int) RETURNS SETOF int LANGUAGE sql ROWS 20 COST 300
        AS $$ SELECT generate_series(1, n) $$;
      CREATE VIEW ledger.big AS SELECT book, id, amount FROM ledger.entry WHERE amount > 100;
      COMMENT ON COLUMN ledger.big.amount IS 'Gross amount.';
      CREATE MATERIALIZED VIEW ledger.totals AS SELECT book, sum(amount) AS total
        FROM ledger.entry GROUP BY book WITH NO DATA;
      COMMENT ON COLUMN ledger.totals.total IS 'Sum per book.';
      """;

  /** Every kind the pulled model must hold; see {@link #kinds}. */
  static final Set<String> KINDS =
      new TreeSet<>(
          List.of(
              "schema",
              "schema comment",
              "extension citext",
              "extension hstore",
              "extension ltree",
              "role",
              "enum",
              "composite",
              "composite attribute comment",
              "domain",
              "domain check comment",
              "sequence",
              "table",
              "column comment",
              "storage parameters",
              "partitioned table",
              "partition",
              "partition storage parameters",
              "partition constraint",
              "partition policy",
              "policy before rls is enabled",
              "rls forced but not enabled",
              "primary key",
              "unique",
              "check",
              "foreign key",
              "foreign key set null columns",
              "exclusion",
              "index",
              "trigger",
              "constraint trigger from",
              "rls",
              "policy",
              "change stream",
              "view",
              "view column comment",
              "materialized view",
              "materialized view with no data",
              "function",
              "procedure",
              "leakproof",
              "cost",
              "rows",
              "grant"));

  @Test
  void pullPrintParseAndDiffGiveNothingLost(TestDatabase database) {
    String reader = "pgorm_pull_" + UUID.randomUUID().toString().substring(0, 8);
    try (PgOrm admin = Databases.client(database)) {
      try (TestDatabase live = database.server().createTestDatabase("pull");
          PgOrm db = Databases.client(live)) {
        Databases.create(db, RichSchema.model(reader));
        Databases.run(db, GAPS);
        SchemaModel pulled = Databases.introspect(db);
        assertThat(kinds(pulled)).as("kinds the pulled model holds").containsAll(KINDS);

        String text = Schemas.print(pulled);
        SchemaModel parsed = parse(text);
        assertThat(parsed)
            .as("the printed file parsed back differs in:\n" + differences(pulled, parsed) + text)
            .isEqualTo(pulled);
        assertThat(SchemaDiff.diff(pulled, parsed).upSql())
            .isEqualTo("-- pgorm plan: no changes\n");

        SchemaModel shadow =
            ShadowDatabase.create(admin).normalize(parsed).block(Duration.ofSeconds(120));
        assertThat(shadow).isNotNull();
        assertThat(kinds(shadow)).containsAll(KINDS);
        assertThat(SchemaDiff.diff(pulled, shadow).upSql())
            .as("live database against the pulled file in a shadow database")
            .isEqualTo("-- pgorm plan: no changes\n");

        // a materialized view filled after its WITH NO DATA creation is state, not a change
        Databases.run(db, "REFRESH MATERIALIZED VIEW ledger.totals");
        SchemaModel refreshed = Databases.introspect(db);
        assertThat(refreshed.views())
            .filteredOn(v -> v.name().name().equals("totals"))
            .singleElement()
            .extracting(View::withNoData)
            .isEqualTo(false);
        assertThat(SchemaDiff.diff(refreshed, parsed).upSql())
            .isEqualTo("-- pgorm plan: no changes\n");
      } finally {
        Databases.run(admin, "DROP ROLE IF EXISTS " + reader);
      }
    }
  }

  /** The objects of each kind that only one side has, for a readable failure. */
  private static String differences(SchemaModel a, SchemaModel b) {
    StringBuilder out = new StringBuilder();
    for (var c : SchemaModel.class.getRecordComponents()) {
      try {
        Object x = c.getAccessor().invoke(a);
        Object y = c.getAccessor().invoke(b);
        if (x instanceof List<?> lx && y instanceof List<?> ly) {
          lx.stream()
              .filter(e -> !ly.contains(e))
              .forEach(e -> out.append("pulled: ").append(e).append('\n'));
          ly.stream()
              .filter(e -> !lx.contains(e))
              .forEach(e -> out.append("parsed: ").append(e).append('\n'));
        } else if (!x.equals(y)) {
          out.append(c.getName()).append(": ").append(x).append(" / ").append(y).append('\n');
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return out.toString();
  }

  private static SchemaModel parse(String text) {
    try {
      return Schemas.parse("pulled.pgorm", text);
    } catch (SchemaException e) {
      StringBuilder b = new StringBuilder("the printed file does not parse:\n");
      e.diagnostics().forEach(d -> b.append(d.format()).append('\n'));
      throw new AssertionError(b + "\n" + text, e);
    }
  }

  /** The kinds of object a model holds, by the names of {@link #KINDS}. */
  static Set<String> kinds(SchemaModel m) {
    Set<String> out = new TreeSet<>();
    m.schemas().forEach(s -> out.add("schema"));
    m.schemaComments().forEach((s, c) -> out.add("schema comment"));
    m.extensions().forEach(e -> out.add("extension " + e.name()));
    m.roles().forEach(r -> out.add("role"));
    m.enums().forEach(e -> out.add("enum"));
    m.composites()
        .forEach(
            c -> {
              out.add("composite");
              if (c.attributes().stream().anyMatch(a -> a.comment() != null)) {
                out.add("composite attribute comment");
              }
            });
    for (Domain d : m.domains()) {
      out.add("domain");
      if (d.checks().stream().anyMatch(c -> c.comment() != null)) {
        out.add("domain check comment");
      }
    }
    m.sequences().forEach(s -> out.add("sequence"));
    for (Table t : m.tables()) {
      out.add(t.partitionOf() != null ? "partition" : "table");
      if (t.partitionBy() != null) {
        out.add("partitioned table");
      }
      if (!t.storageParameters().isEmpty()) {
        out.add(t.partitionOf() != null ? "partition storage parameters" : "storage parameters");
      }
      if (t.columns().stream().anyMatch(c -> c.comment() != null)) {
        out.add("column comment");
      }
      if (t.partitionOf() != null && !t.checks().isEmpty()) {
        out.add("partition constraint");
      }
      if (t.partitionOf() != null && !t.policies().isEmpty()) {
        out.add("partition policy");
      }
      if (t.primaryKey() != null) {
        out.add("primary key");
      }
      t.uniques().forEach(u -> out.add("unique"));
      t.checks().forEach(c -> out.add("check"));
      for (ForeignKey f : t.foreignKeys()) {
        out.add("foreign key");
        if (!f.onDeleteColumns().isEmpty()) {
          out.add("foreign key set null columns");
        }
      }
      t.exclusions().forEach(x -> out.add("exclusion"));
      t.indexes().forEach(i -> out.add("index"));
      for (Trigger tr : t.triggers()) {
        out.add(tr.referencedTable() != null ? "constraint trigger from" : "trigger");
      }
      if (t.rowSecurity().enabled()) {
        out.add("rls");
      } else if (t.rowSecurity().forced()) {
        out.add("rls forced but not enabled");
      } else if (!t.policies().isEmpty()) {
        out.add("policy before rls is enabled");
      }
      t.policies().forEach(p -> out.add("policy"));
      if (t.changeStream() != null) {
        out.add("change stream");
      }
    }
    for (View v : m.views()) {
      out.add(v.materialized() ? "materialized view" : "view");
      if (v.withNoData()) {
        out.add("materialized view with no data");
      }
      if (!v.materialized() && v.columns().stream().anyMatch(a -> a.comment() != null)) {
        out.add("view column comment");
      }
    }
    for (Routine r : m.routines()) {
      out.add(r.kind() == RoutineKind.PROCEDURE ? "procedure" : "function");
      if (r.leakproof()) {
        out.add("leakproof");
      }
      if (r.cost() != null) {
        out.add("cost");
      }
      if (r.rows() != null) {
        out.add("rows");
      }
    }
    m.grants().forEach(g -> out.add("grant"));
    return out;
  }
}
