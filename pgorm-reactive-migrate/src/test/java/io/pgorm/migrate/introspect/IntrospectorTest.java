package io.pgorm.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.SortOrder;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What introspection makes of particular catalog contents. Each test works in a schema of its own
 * and reads only that schema.
 */
@PgTest
class IntrospectorTest {

  private static PgOrm db;

  @BeforeAll
  static void connect(TestDatabase database) {
    db = Databases.client(database);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static SchemaModel read(String schema, String ddl) {
    Databases.run(
        db, "CREATE SCHEMA " + schema + "; SET LOCAL search_path = " + schema + "; " + ddl);
    return read(IntrospectOptions.builder().schemas(List.of(schema)).build());
  }

  private static SchemaModel read(IntrospectOptions options) {
    SchemaModel m = Introspector.create(db, options).introspect().block(Duration.ofSeconds(30));
    assertThat(m).isNotNull();
    return m;
  }

  private static Table table(SchemaModel m, String schema, String name) {
    return m.table(QualifiedName.of(schema, name)).orElseThrow();
  }

  @Test
  void typesGetTheirCanonicalNamesAndModifiers() {
    SchemaModel m =
        read(
            "types",
            "CREATE TABLE t (a int4, b int8, c int2, d float8, e float4, f bool,"
                + " g character varying(20), h character(3), i timestamp with time zone,"
                + " j timestamp(3) without time zone, k time(2) with time zone, l time,"
                + " m interval day to second(3), n interval(2), o interval year, p numeric(10,2),"
                + " q bit varying(8), r bpchar, s \"char\", u text[], v int[][], w uuid, x jsonb,"
                + " y varchar(5)[])");
    assertThat(table(m, "types", "t").columns())
        .extracting(Column::type)
        .containsExactly(
            TypeRef.builtin("integer"),
            TypeRef.builtin("bigint"),
            TypeRef.builtin("smallint"),
            TypeRef.builtin("double precision"),
            TypeRef.builtin("real"),
            TypeRef.builtin("boolean"),
            TypeRef.builtin("varchar", "20"),
            TypeRef.builtin("char", "3"),
            TypeRef.builtin("timestamptz"),
            TypeRef.builtin("timestamp", "3"),
            TypeRef.builtin("timetz", "2"),
            TypeRef.builtin("time"),
            TypeRef.builtin("interval", "day to second", "3"),
            TypeRef.builtin("interval", "2"),
            TypeRef.builtin("interval", "year"),
            TypeRef.builtin("numeric", "10", "2"),
            TypeRef.builtin("varbit", "8"),
            TypeRef.builtin("bpchar"),
            TypeRef.builtin("\"char\""),
            TypeRef.builtin("text").array(),
            TypeRef.builtin("integer").array().array(),
            TypeRef.builtin("uuid"),
            TypeRef.builtin("jsonb"),
            TypeRef.builtin("varchar", "5").array());
  }

  @Test
  void aSerialIsOnlyASerialWhenItsSequenceIsAsSerialMadeIt() {
    SchemaModel m =
        read(
            "serials",
            "CREATE TABLE t (a serial, b bigserial, c smallserial, d integer NOT NULL,"
                + " e integer NOT NULL);"
                + " CREATE SEQUENCE own_name OWNED BY t.d;"
                + " ALTER TABLE t ALTER d SET DEFAULT nextval('own_name');"
                + " CREATE SEQUENCE t_e_seq AS integer INCREMENT 2 OWNED BY t.e;"
                + " ALTER TABLE t ALTER e SET DEFAULT nextval('t_e_seq');");
    Table t = table(m, "serials", "t");
    assertThat(t.columns().subList(0, 3)).allSatisfy(c -> assertThat(c.serial()).isTrue());
    assertThat(t.columns().subList(0, 3))
        .allSatisfy(c -> assertThat(c.defaultExpression()).isNull());
    Column d = t.column("d");
    assertThat(d).isNotNull();
    assertThat(d.serial()).isFalse();
    assertThat(d.defaultExpression()).isEqualTo("nextval('serials.own_name'::regclass)");
    assertThat(m.sequences())
        .containsExactly(
            new Sequence(
                QualifiedName.of("serials", "own_name"),
                null,
                SequenceOptions.DEFAULTS,
                "t.d",
                null,
                null),
            new Sequence(
                QualifiedName.of("serials", "t_e_seq"),
                TypeRef.builtin("integer"),
                new SequenceOptions(null, 2L, null, null, null, false),
                "t.e",
                null,
                null));
  }

  @Test
  void identityOptionsAreThoseThatDifferFromTheDefaults() {
    SchemaModel m =
        read(
            "identities",
            "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY,"
                + " b bigint GENERATED BY DEFAULT AS IDENTITY (START 10 INCREMENT 5 CACHE 20),"
                + " c smallint GENERATED ALWAYS AS IDENTITY (INCREMENT -1))");
    Table t = table(m, "identities", "t");
    assertThat(t.columns())
        .extracting(Column::identity)
        .containsExactly(
            new Identity(true, SequenceOptions.DEFAULTS),
            new Identity(false, new SequenceOptions(10L, 5L, null, null, 20L, false)),
            new Identity(true, new SequenceOptions(null, -1L, null, null, null, false)));
    assertThat(m.sequences()).isEmpty();
  }

  @Test
  void indexElementsNameOnlyWhatIsNotTheDefault() {
    SchemaModel m =
        read(
            "indexes",
            "CREATE TABLE t (a int PRIMARY KEY, b text, c text COLLATE \"C\", d int UNIQUE);"
                + " CREATE INDEX t_mix ON t (b DESC, c COLLATE \"POSIX\" text_pattern_ops NULLS FIRST,"
                + " (a + d) DESC NULLS LAST, lower(b)) INCLUDE (d) WHERE a > 0;"
                + " CREATE INDEX t_c ON t (c);");
    Table t = table(m, "indexes", "t");
    assertThat(t.indexes()).extracting(Index::name).containsExactly("t_c", "t_mix");
    assertThat(t.indexes().get(1).elements())
        .containsExactly(
            new IndexElement("b", null, null, null, Map.of(), SortOrder.DESC, NullsOrder.DEFAULT),
            new IndexElement(
                "c", null, "POSIX", "text_pattern_ops", Map.of(), SortOrder.ASC, NullsOrder.FIRST),
            new IndexElement(
                null, "((a + d))", null, null, Map.of(), SortOrder.DESC, NullsOrder.LAST),
            new IndexElement(
                null, "lower(b)", null, null, Map.of(), SortOrder.ASC, NullsOrder.DEFAULT));
    assertThat(t.indexes().get(1).include()).containsExactly("d");
    assertThat(t.indexes().get(1).where()).isEqualTo("(a > 0)");
    assertThat(t.indexes().get(0).elements()).containsExactly(IndexElement.column("c"));
  }

  @Test
  void partitionsKeepTheirOwnObjectsAndNotTheirParentsCopies() {
    SchemaModel m =
        read(
            "parts",
            "CREATE TABLE r (id int PRIMARY KEY);"
                + " CREATE TABLE p (id int, at date, r int REFERENCES r, CHECK (id > 0),"
                + " PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
                + " CREATE INDEX p_at ON p (at);"
                + " CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';"
                + " CREATE TRIGGER p_t BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION f();"
                + " CREATE TABLE p1 PARTITION OF p (CONSTRAINT p1_own CHECK (id < 100))"
                + " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                + " CREATE INDEX p1_own_idx ON p1 (id);");
    Table p1 = table(m, "parts", "p1");
    assertThat(p1.columns()).isEmpty();
    assertThat(p1.primaryKey()).isNull();
    assertThat(p1.foreignKeys()).isEmpty();
    assertThat(p1.triggers()).isEmpty();
    assertThat(p1.checks()).extracting(c -> c.name()).containsExactly("p1_own");
    assertThat(p1.indexes()).extracting(Index::name).containsExactly("p1_own_idx");
    assertThat(p1.partitionOf()).isNotNull();
    assertThat(p1.partitionOf().bound())
        .isEqualTo("FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
    Table p = table(m, "parts", "p");
    assertThat(p.indexes()).extracting(Index::name).containsExactly("p_at");
    assertThat(p.triggers()).extracting(Trigger::name).containsExactly("p_t");
    assertThat(p.checks()).extracting(c -> c.name()).containsExactly("p_id_check");
  }

  @Test
  void objectsThatBelongToAnExtensionAreLeftOut() {
    SchemaModel m =
        read(
            "ext",
            "CREATE EXTENSION pg_trgm SCHEMA ext; CREATE EXTENSION citext SCHEMA ext;"
                + " CREATE TABLE mine (a ext.citext);"
                + " CREATE TABLE adopted (a int); ALTER EXTENSION citext ADD TABLE adopted;");
    assertThat(m.tables()).extracting(t -> t.name().name()).containsExactly("mine");
    assertThat(m.routines()).isEmpty();
    assertThat(m.enums()).isEmpty();
    assertThat(m.domains()).isEmpty();
    assertThat(m.composites()).isEmpty();
    assertThat(m.extensions()).extracting(e -> e.name()).containsExactly("citext", "pg_trgm");
    assertThat(table(m, "ext", "mine").columns().get(0).type())
        .isEqualTo(TypeRef.user("ext", "citext"));
  }

  @Test
  void changeStreamsAreFoldedUnlessAskedNotTo() {
    Databases.run(
        db,
        "CREATE SCHEMA notify; CREATE TABLE notify.t (id int PRIMARY KEY);"
            + " CREATE SCHEMA pgorm; CREATE FUNCTION pgorm.capture_change() RETURNS trigger"
            + " LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';"
            + " COMMENT ON FUNCTION pgorm.capture_change() IS 'pgorm:notify capture function';"
            + " CREATE TABLE pgorm.change_log (id bigint);"
            + " COMMENT ON TABLE pgorm.change_log IS 'pgorm:notify change log';"
            + " CREATE TRIGGER pgorm_notify AFTER INSERT OR UPDATE ON notify.t FOR EACH ROW"
            + " EXECUTE FUNCTION pgorm.capture_change('id');"
            + " COMMENT ON TRIGGER pgorm_notify ON notify.t IS 'pgorm:notify notify.t';");
    List<String> scope = List.of("notify", "pgorm");
    SchemaModel folded = read(IntrospectOptions.builder().schemas(scope).build());
    assertThat(folded.schemas()).containsExactly("notify");
    assertThat(folded.tables()).hasSize(1);
    assertThat(folded.tables().get(0).changeStream()).isNotNull();
    assertThat(folded.tables().get(0).triggers()).isEmpty();

    SchemaModel physical =
        read(IntrospectOptions.builder().schemas(scope).foldChangeStreams(false).build());
    assertThat(physical.schemas()).containsExactly("notify", "pgorm");
    assertThat(physical.tables()).hasSize(2);
    assertThat(physical.routines()).hasSize(1);
  }

  @Test
  void aScopedReadSeesOnlyItsSchemas() {
    Databases.run(
        db,
        "CREATE SCHEMA scope_a; CREATE SCHEMA scope_b;"
            + " CREATE TABLE scope_a.t (a int); CREATE TABLE scope_b.t (b int)");
    SchemaModel m = read(IntrospectOptions.builder().schemas(List.of("scope_b")).build());
    assertThat(m.schemas()).containsExactly("scope_b");
    assertThat(m.tables())
        .extracting(Table::name)
        .containsExactly(QualifiedName.of("scope_b", "t"));
  }
}
