package io.pgorm.migrate;

import static io.pgorm.migrate.TableBuilder.table;

import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.SortOrder;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import io.pgorm.schema.ir.Volatility;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A schema that uses every object kind the IR has, in three schemas (one needing quotes), with
 * names that need quoting (keywords, spaces, non-ASCII) and extensions from contrib. Written in the
 * IR's canonical form (built-in type names, defaults left out), so that the structure read back
 * from a database equals it.
 */
public final class RichSchema {

  static final String APP = "app";
  static final String AUDIT = "audit";
  static final String STRASSE = "Straße";

  private RichSchema() {}

  public static SchemaModel model(String reader) {
    return new SchemaModel(
        List.of(APP, AUDIT, STRASSE),
        List.of(
            new Extension("btree_gist", "public", null, null),
            new Extension("citext", "public", null, "case-insensitive text, for e-mail addresses"),
            new Extension("hstore", APP, null, null),
            new Extension("pg_trgm", "public", null, null)),
        List.of(new Role(reader, "reads the app")),
        List.of(
            new EnumType(q(APP, "mood"), List.of("sad", "ok", "happy"), "how it feels", null, null),
            new EnumType(q(STRASSE, "Farbe"), List.of("rot", "grün", "blau"), null, null, null)),
        List.of(
            new CompositeType(
                q(APP, "address"),
                List.of(
                    new Attribute("street", b("text"), null),
                    new Attribute("city", b("text"), "C"),
                    new Attribute("zip", b("varchar", "10"), null),
                    new Attribute("mood", u(APP, "mood"), null)),
                "a postal address",
                null,
                null)),
        List.of(
            new Domain(
                q(APP, "email"),
                u("public", "citext"),
                false,
                null,
                null,
                List.of(check("email_check", "VALUE ~ '^[^@]+@[^@]+$'", "one at sign")),
                "an e-mail address",
                null),
            new Domain(
                q(APP, "posint"),
                b("integer"),
                true,
                "1",
                null,
                List.of(check("posint_positive", "VALUE > 0", null)),
                null,
                null)),
        List.of(
            new Sequence(
                q(APP, "invoice_no"),
                b("integer"),
                new SequenceOptions(200L, 10L, 100L, null, 5L, false),
                null,
                "invoice numbers",
                null),
            new Sequence(
                q(APP, "legacy_seq"),
                null,
                SequenceOptions.DEFAULTS,
                "post.legacy_no",
                null,
                null)),
        List.of(
            account(reader),
            post().build(),
            orderItems().build(),
            booking().build(),
            event().build(),
            partition("event", "event_2026", "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")
                .build(),
            partition("event", "event_2027", "FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')")
                .partitionBy(new PartitionBy(PartitionStrategy.LIST, List.of("kind")))
                .build(),
            partition("event_2027", "event_2027_ab", "FOR VALUES IN ('a', 'b')").build(),
            partition("event_2027", "event_2027_rest", "DEFAULT").build(),
            partition("event", "event_default", "DEFAULT").build(),
            metric().build(),
            partition("metric", "metric_0", "FOR VALUES WITH (modulus 2, remainder 0)").build(),
            partition("metric", "metric_1", "FOR VALUES WITH (modulus 2, remainder 1)").build(),
            keywords().build(),
            auditLog().build(),
            groesse().build()),
        views(),
        routines(),
        List.of(
            new Grant(List.of("USAGE"), "SCHEMA", q(APP, APP), reader, false),
            new Grant(List.of("SELECT"), "TABLE", q(APP, "account"), reader, false),
            new Grant(List.of("ALL"), "TABLE", q(APP, "post"), reader, true),
            new Grant(List.of("SELECT", "UPDATE"), "TABLE", q(APP, "a_emails"), reader, false),
            new Grant(List.of("USAGE"), "SEQUENCE", q(APP, "invoice_no"), reader, false),
            new Grant(
                List.of("EXECUTE"), "FUNCTION", q(APP, "add(integer, integer)"), reader, false),
            new Grant(List.of("USAGE"), "TYPE", q(APP, "mood"), reader, false)),
        java.util.Map.of());
  }

  private static Table account(String reader) {
    QualifiedName name = q(APP, "account");
    List<Column> columns =
        List.of(
            col("id", b("uuid"), false).withDefault("gen_random_uuid()"),
            col("email", u(APP, "email"), false).withComment("where we write"),
            col("role", u(APP, "mood"), false).withDefault("'ok'::app.mood"),
            col("tags", b("text").array(), false).withDefault("'{}'::text[]"),
            col("profile", b("jsonb"), true),
            col("home", u(APP, "address"), true),
            col("created_at", b("timestamptz", "3"), false).withDefault("now()"),
            col("Größe", b("numeric", "10", "2"), true),
            col("attrs", u(APP, "hstore"), true),
            new Column("nick", b("text"), true, null, null, null, false, "C", null, null, null),
            col("matrix", new TypeRef(null, "integer", List.of(), 2), true),
            col("moods", u(APP, "mood").array(), true));
    return new Table(
        name,
        columns,
        new PrimaryKey("account_pkey", List.of("id"), List.of(), "the key", null),
        List.of(
            new UniqueConstraint(
                "account_email_key",
                List.of("email"),
                true,
                List.of(),
                Deferrability.NOT_DEFERRABLE,
                "one account per address",
                null)),
        List.of(check("account_größe_check", "\"Größe\" > 0", "positive")),
        List.of(),
        List.of(),
        List.of(
            where(
                index(
                    "account_email_lower_idx",
                    "btree",
                    false,
                    List.of(expr("lower((email)::text)"))),
                "role <> 'sad'::app.mood"),
            index("account_tags_idx", "gin", false, List.of(IndexElement.column("tags"))),
            index(
                "account_nick_trgm_idx",
                "gin",
                false,
                List.of(opclass(IndexElement.column("nick"), "gin_trgm_ops", Map.of()))),
            index(
                "account_profile_idx",
                "gin",
                false,
                List.of(opclass(IndexElement.column("profile"), "jsonb_path_ops", Map.of()))),
            index("account_nick_hash_idx", "hash", false, List.of(IndexElement.column("nick"))),
            index(
                "account_created_idx",
                "btree",
                true,
                List.of(
                    new IndexElement(
                        "created_at", null, null, null, Map.of(), SortOrder.DESC, NullsOrder.LAST),
                    new IndexElement(
                        "nick", null, "POSIX", null, Map.of(), SortOrder.ASC, NullsOrder.FIRST)),
                List.of("role"),
                true,
                Map.of("fillfactor", "70", "deduplicate_items", "off"))),
        List.of(
            trigger("account_touch", TriggerTiming.BEFORE, List.of(TriggerEvent.UPDATE))
                .withFunction(q(APP, "touch"))
                .withUpdateOf(List.of("email", "role"))
                .withWhen("old.* IS DISTINCT FROM new.*")
                .withArguments(List.of("created_at", "it's", "back\\slash"))
                .build()),
        new RowSecurity(true, true),
        List.of(
            new Policy(
                "own_rows",
                PolicyCommand.ALL,
                true,
                List.of(reader),
                "id = current_setting('app.account_id')::uuid",
                "id = current_setting('app.account_id')::uuid",
                "a reader sees its own account"),
            new Policy(
                "no_sad", PolicyCommand.SELECT, false, List.of(), "role <> 'sad'", null, null)),
        null,
        null,
        null,
        false,
        List.of(),
        new ChangeStream(List.of(ChangeOperation.INSERT, ChangeOperation.DELETE)),
        "people who sign in",
        null,
        null,
        java.util.Map.of());
  }

  private static TableBuilder post() {
    List<Column> columns =
        List.of(
            col("id", b("bigint"), false)
                .withIdentity(
                    new Identity(true, new SequenceOptions(1000L, 2L, null, null, null, false))),
            col("author_id", b("uuid"), false),
            col("body", b("text"), false),
            col("published", b("boolean"), false).withDefault("false"),
            col("at", b("timestamptz"), false).withDefault("now()"),
            new Column(
                "search",
                b("tsvector"),
                true,
                null,
                null,
                "to_tsvector('simple'::regconfig, body)",
                false,
                null,
                null,
                null,
                null),
            col("legacy_no", b("integer"), true).withDefault("nextval('app.legacy_seq'::regclass)"),
            col("invoice", b("integer"), true).withDefault("nextval('app.invoice_no'::regclass)"),
            col("ip", b("inet"), true));
    return table(q(APP, "post"), columns)
        .primaryKey(new PrimaryKey("post_pkey", List.of("id"), List.of(), null, null))
        .foreignKeys(
            List.of(
                new ForeignKey(
                    "post_author_id_fkey",
                    List.of("author_id"),
                    q(APP, "account"),
                    List.of("id"),
                    ForeignKeyAction.CASCADE,
                    ForeignKeyAction.NO_ACTION,
                    ForeignKeyMatch.SIMPLE,
                    Deferrability.NOT_DEFERRABLE,
                    "posts go with their author",
                    null,
                    java.util.List.of())))
        .indexes(
            List.of(
                index(
                    "post_at_brin",
                    "brin",
                    false,
                    List.of(
                        opclass(
                            IndexElement.column("at"), "timestamptz_minmax_multi_ops", Map.of())),
                    List.of(),
                    false,
                    Map.of("pages_per_range", "32")),
                index(
                    "post_body_trgm",
                    "gist",
                    false,
                    List.of(
                        opclass(
                            IndexElement.column("body"), "gist_trgm_ops", Map.of("siglen", "64")))),
                index("post_ip_spgist", "spgist", false, List.of(IndexElement.column("ip"))),
                commented(
                    index("post_search_idx", "gin", false, List.of(IndexElement.column("search"))),
                    "full-text search")))
        .triggers(
            List.of(
                trigger("post_log", TriggerTiming.AFTER, List.of(TriggerEvent.INSERT))
                    .withFunction(q(AUDIT, "log_rows"))
                    .withLevel(TriggerLevel.STATEMENT)
                    .withNewTable("new_rows")
                    .withArguments(List.of("post"))
                    .withComment("keeps a copy")
                    .build()));
  }

  private static TableBuilder orderItems() {
    List<Column> columns =
        List.of(
            new Column("id", b("integer"), false, null, null, null, true, null, null, null, null),
            col("post_id", b("bigint"), true),
            col("qty", b("smallint"), false).withDefault("1"),
            col("code", b("text"), false).withDefault("app.next_code()"),
            col("order", b("integer"), true),
            col("user", b("text"), true),
            new Column("big", b("bigint"), false, null, null, null, true, null, null, null, null));
    return table(q(APP, "Order Items"), columns)
        .primaryKey(new PrimaryKey("Order Items_pkey", List.of("id"), List.of(), null, null))
        .uniques(
            List.of(
                new UniqueConstraint(
                    "order_items_post_qty",
                    List.of("post_id", "qty"),
                    false,
                    List.of("code"),
                    Deferrability.INITIALLY_DEFERRED,
                    null,
                    null)))
        .checks(
            List.of(
                check("Order Items_qty_check", "qty > 0", null),
                new CheckConstraint("order_positive", "\"order\" >= 0", true, null, null)))
        .foreignKeys(
            List.of(
                new ForeignKey(
                    "order_items_post_fk",
                    List.of("post_id"),
                    q(APP, "post"),
                    List.of("id"),
                    ForeignKeyAction.SET_NULL,
                    ForeignKeyAction.RESTRICT,
                    ForeignKeyMatch.FULL,
                    Deferrability.INITIALLY_IMMEDIATE,
                    null,
                    null,
                    java.util.List.of())));
  }

  private static TableBuilder booking() {
    return table(
            q(APP, "booking"),
            List.of(
                col("room", b("integer"), false),
                col("during", b("tstzrange"), false),
                col("note", b("text"), true)))
        .exclusions(
            List.of(
                new ExclusionConstraint(
                    "booking_no_overlap",
                    "gist",
                    List.of(
                        new ExclusionElement("room", null, "="),
                        new ExclusionElement("during", null, "&&")),
                    List.of(),
                    "note IS NULL",
                    Deferrability.INITIALLY_DEFERRED,
                    "no double booking",
                    null)))
        .triggers(
            List.of(
                trigger(
                        "booking_check",
                        TriggerTiming.AFTER,
                        List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE))
                    .withFunction(q(APP, "check_booking"))
                    .withLevel(TriggerLevel.ROW)
                    .withConstraint(Deferrability.INITIALLY_DEFERRED)
                    .build()));
  }

  private static TableBuilder event() {
    return table(
            q(APP, "event"),
            List.of(
                col("id", b("bigint"), false),
                col("at", b("timestamptz"), false),
                col("kind", b("text"), false),
                col("payload", b("jsonb"), true)))
        .primaryKey(
            new PrimaryKey("event_pkey", List.of("id", "at", "kind"), List.of(), null, null))
        .indexes(
            List.of(index("event_kind_idx", "btree", false, List.of(IndexElement.column("kind")))))
        .triggers(
            List.of(
                trigger("event_touch", TriggerTiming.BEFORE, List.of(TriggerEvent.INSERT))
                    .withFunction(q(APP, "touch"))
                    .withArguments(List.of("at"))
                    .build()))
        .partitionBy(new PartitionBy(PartitionStrategy.RANGE, List.of("at")))
        .comment("partitioned by time");
  }

  private static TableBuilder metric() {
    return table(
            q(APP, "metric"), List.of(col("id", b("integer"), false), col("name", b("text"), true)))
        .partitionBy(new PartitionBy(PartitionStrategy.HASH, List.of("id", "(lower(name))")));
  }

  private static TableBuilder partition(String parent, String name, String bound) {
    return table(q(APP, name), List.of()).partitionOf(new PartitionOf(q(APP, parent), bound));
  }

  private static TableBuilder keywords() {
    return table(
        q(APP, "user"),
        List.of(
            col("select", b("text"), true),
            col("Mixed Case", b("double precision"), true),
            col("when", b("date"), true),
            col("at", b("time", "0"), true),
            col("span", b("interval", "day to second", "3"), true),
            col("bits", b("varbit", "5"), true),
            col("flag", b("char", "1"), true),
            col("letter", b("\"char\""), true),
            col("amount", b("real"), true),
            col("tiny", b("smallint"), true)));
  }

  private static TableBuilder auditLog() {
    return table(
            q(AUDIT, "log"),
            List.of(
                new Column(
                    "id", b("bigint"), false, null, null, null, true, null, null, null, null),
                col("source", b("text"), false),
                col("payload", b("jsonb"), true),
                col("at", b("timestamp", "0"), false).withDefault("LOCALTIMESTAMP(0)")))
        .unlogged(true);
  }

  private static TableBuilder groesse() {
    QualifiedName name = q(STRASSE, "Größe");
    return table(
            name,
            List.of(
                col("id", b("integer"), false)
                    .withIdentity(
                        new Identity(false, new SequenceOptions(10L, 5L, 5L, 1000L, null, true))),
                col("Maß", b("numeric", "8", "3"), false).withDefault("0"),
                col("farbe", u(STRASSE, "Farbe"), true).withComment("die Farbe")))
        .primaryKey(new PrimaryKey("Größe_pkey", List.of("id"), List.of(), null, null))
        .rowSecurity(new RowSecurity(true, false))
        .policies(
            List.of(
                new Policy(
                    "alle dürfen",
                    PolicyCommand.INSERT,
                    true,
                    List.of(),
                    null,
                    "true",
                    "für alle")))
        .comment("Größen in Maß und Farbe");
  }

  private static List<View> views() {
    return List.of(
        new View(
            q(APP, "a_emails"),
            "SELECT email FROM app.z_accounts",
            false,
            Map.of(),
            List.of(),
            "depends on z_accounts",
            null,
            null),
        new View(
            q(APP, "z_accounts"),
            "SELECT id, email, role FROM app.account WHERE role <> 'sad'",
            false,
            Map.of("security_barrier", "true"),
            List.of(),
            null,
            null,
            null),
        new View(
            q(APP, "published_posts"),
            "SELECT id, author_id, body, published FROM app.post WHERE published",
            false,
            Map.of("check_option", "local"),
            List.of(),
            null,
            null,
            null),
        new View(
            q(APP, "post_feed"),
            "SELECT p.id, p.body, a.email FROM app.post p JOIN app.account a ON a.id = p.author_id",
            false,
            Map.of(),
            List.of(),
            null,
            null,
            null,
            List.of(
                trigger("post_feed_insert", TriggerTiming.INSTEAD_OF, List.of(TriggerEvent.INSERT))
                    .withFunction(q(APP, "post_feed_insert"))
                    .build())),
        new View(
            q(APP, "post_counts"),
            "SELECT author_id, count(*) AS posts FROM app.post GROUP BY author_id",
            true,
            Map.of(),
            List.of(
                commented(
                    index(
                        "post_counts_author_idx",
                        "btree",
                        true,
                        List.of(IndexElement.column("author_id"))),
                    "refresh concurrently needs it"),
                index(
                    "post_counts_posts_idx",
                    "btree",
                    false,
                    List.of(IndexElement.column("posts")))),
            "posts per author",
            null,
            null));
  }

  private static List<Routine> routines() {
    return List.of(
        plpgsql(q(APP, "touch"), List.of(), "trigger", "BEGIN NEW.at := now(); RETURN NEW; END"),
        plpgsql(q(APP, "post_feed_insert"), List.of(), "trigger", "BEGIN RETURN NEW; END"),
        plpgsql(q(APP, "check_booking"), List.of(), "trigger", "BEGIN RETURN NULL; END"),
        plpgsql(
            q(AUDIT, "log_rows"),
            List.of(),
            "trigger",
            "\nBEGIN\n  INSERT INTO audit.log (source, payload)\n"
                + "  SELECT TG_ARGV[0], to_jsonb(r) FROM new_rows r;\n  RETURN NULL;\nEND\n"),
        plpgsql(q(APP, "next_code"), List.of(), "text", "BEGIN RETURN md5(random()::text); END"),
        new Routine(
            q(APP, "add"),
            RoutineKind.FUNCTION,
            List.of(
                arg(ArgMode.IN, "a", b("integer"), null), arg(ArgMode.IN, "b", b("integer"), "1")),
            RoutineReturn.of(b("integer")),
            "sql",
            Volatility.IMMUTABLE,
            true,
            false,
            ParallelSafety.SAFE,
            Map.of(),
            "RETURN a + b",
            "adds"),
        new Routine(
            q(APP, "account_count"),
            RoutineKind.FUNCTION,
            List.of(),
            RoutineReturn.of(b("bigint")),
            "sql",
            Volatility.STABLE,
            false,
            false,
            ParallelSafety.UNSAFE,
            Map.of(),
            "BEGIN ATOMIC\n SELECT count(*) FROM app.account;\nEND",
            null),
        new Routine(
            q(APP, "posts_of"),
            RoutineKind.FUNCTION,
            List.of(arg(ArgMode.IN, "author", b("uuid"), null)),
            new RoutineReturn(u(APP, "post"), true, List.of()),
            "sql",
            Volatility.STABLE,
            false,
            false,
            ParallelSafety.UNSAFE,
            Map.of(),
            " SELECT * FROM app.post WHERE author_id = author ",
            null),
        new Routine(
            q(APP, "stats"),
            RoutineKind.FUNCTION,
            List.of(
                arg(ArgMode.OUT, "total", b("bigint"), null),
                arg(ArgMode.OUT, "latest", b("timestamptz"), null)),
            RoutineReturn.of(b("record")),
            "sql",
            Volatility.STABLE,
            false,
            false,
            ParallelSafety.UNSAFE,
            Map.of(),
            "SELECT count(*), max(at) FROM app.post",
            null),
        new Routine(
            q(APP, "search"),
            RoutineKind.FUNCTION,
            List.of(
                arg(ArgMode.IN, "q", b("text"), null),
                arg(ArgMode.VARIADIC, "kinds", b("text").array(), "'{}'::text[]")),
            new RoutineReturn(
                null,
                false,
                List.of(
                    new Attribute("id", b("bigint"), null),
                    new Attribute("score", b("real"), null))),
            "plpgsql",
            Volatility.STABLE,
            false,
            false,
            ParallelSafety.RESTRICTED,
            Map.of("work_mem", "64MB"),
            "BEGIN RETURN; END",
            null),
        new Routine(
            q(APP, "archive"),
            RoutineKind.PROCEDURE,
            List.of(
                arg(ArgMode.IN, "before", b("timestamptz"), null),
                arg(ArgMode.INOUT, "moved", b("integer"), "0")),
            null,
            "plpgsql",
            Volatility.VOLATILE,
            false,
            true,
            ParallelSafety.UNSAFE,
            Map.of("search_path", "app, pg_temp"),
            "BEGIN moved := moved + 1; END",
            "moves old posts away"));
  }

  // --- small builders ---

  static QualifiedName q(String schema, String name) {
    return QualifiedName.of(schema, name);
  }

  static TypeRef b(String name, String... modifiers) {
    return TypeRef.builtin(name, modifiers);
  }

  static TypeRef u(String schema, String name) {
    return TypeRef.user(schema, name);
  }

  static Column col(String name, TypeRef type, boolean nullable) {
    return Column.of(name, type, nullable);
  }

  static CheckConstraint check(String name, String expression, @Nullable String comment) {
    return new CheckConstraint(name, expression, false, comment, null);
  }

  static RoutineArg arg(ArgMode mode, String name, TypeRef type, @Nullable String dflt) {
    return new RoutineArg(mode, name, type, dflt);
  }

  static Routine plpgsql(QualifiedName name, List<RoutineArg> args, String returns, String body) {
    return new Routine(
        name,
        RoutineKind.FUNCTION,
        args,
        RoutineReturn.of(b(returns)),
        "plpgsql",
        Volatility.VOLATILE,
        false,
        false,
        ParallelSafety.UNSAFE,
        Map.of(),
        body,
        null);
  }

  static IndexElement expr(String expression) {
    return new IndexElement(
        null, expression, null, null, Map.of(), SortOrder.ASC, NullsOrder.DEFAULT);
  }

  static IndexElement opclass(IndexElement e, String opclass, Map<String, String> parameters) {
    return new IndexElement(
        e.column(), e.expression(), e.collation(), opclass, parameters, e.order(), e.nulls());
  }

  static Index index(String name, String method, boolean unique, List<IndexElement> elements) {
    return index(name, method, unique, elements, List.of(), false, Map.of());
  }

  static Index index(
      String name,
      String method,
      boolean unique,
      List<IndexElement> elements,
      List<String> include,
      boolean nullsNotDistinct,
      Map<String, String> storage) {
    return new Index(
        name, method, unique, nullsNotDistinct, elements, include, null, storage, null, null);
  }

  static Index where(Index i, String where) {
    return new Index(
        i.name(),
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements(),
        i.include(),
        where,
        i.storageParameters(),
        i.comment(),
        null);
  }

  static Index commented(Index i, String comment) {
    return new Index(
        i.name(),
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements(),
        i.include(),
        i.where(),
        i.storageParameters(),
        comment,
        null);
  }

  static TriggerBuilder trigger(String name, TriggerTiming timing, List<TriggerEvent> events) {
    return new TriggerBuilder(name, timing, events);
  }

  /** Builds a trigger: FOR EACH ROW unless told otherwise. */
  static final class TriggerBuilder {
    private final String name;
    private final TriggerTiming timing;
    private final List<TriggerEvent> events;
    private List<String> updateOf = List.of();
    private TriggerLevel level = TriggerLevel.ROW;
    private @Nullable String when;
    private @Nullable String newTable;
    private QualifiedName function = q("public", "missing");
    private List<String> arguments = List.of();
    private boolean constraint;
    private Deferrability deferrability = Deferrability.NOT_DEFERRABLE;
    private @Nullable String comment;

    TriggerBuilder(String name, TriggerTiming timing, List<TriggerEvent> events) {
      this.name = name;
      this.timing = timing;
      this.events = events;
    }

    TriggerBuilder withUpdateOf(List<String> v) {
      updateOf = v;
      return this;
    }

    TriggerBuilder withLevel(TriggerLevel v) {
      level = v;
      return this;
    }

    TriggerBuilder withWhen(String v) {
      when = v;
      return this;
    }

    TriggerBuilder withNewTable(String v) {
      newTable = v;
      return this;
    }

    TriggerBuilder withFunction(QualifiedName v) {
      function = v;
      return this;
    }

    TriggerBuilder withArguments(List<String> v) {
      arguments = v;
      return this;
    }

    TriggerBuilder withConstraint(Deferrability v) {
      constraint = true;
      deferrability = v;
      return this;
    }

    TriggerBuilder withComment(String v) {
      comment = v;
      return this;
    }

    Trigger build() {
      return new Trigger(
          name,
          timing,
          events,
          updateOf,
          level,
          when,
          null,
          newTable,
          function,
          arguments,
          constraint,
          deferrability,
          comment,
          null);
    }
  }
}
