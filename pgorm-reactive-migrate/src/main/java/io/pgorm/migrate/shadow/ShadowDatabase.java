package io.pgorm.migrate.shadow;

import io.pgorm.PgOrm;
import io.pgorm.error.PgOrmException;
import io.pgorm.migrate.internal.diff.HintsCopy;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.migrate.sql.SqlText;
import io.pgorm.schema.ir.SchemaModel;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Gives a declared model in the server's normalised form. The server rewrites what a schema file
 * says ({@code price >= 0} becomes {@code (price >= (0)::numeric)}, casts and parentheses appear,
 * keywords change case), so a declared model and an introspected one never compare equal as
 * written. Rather than guessing the server's rewriting, the model is created in a temporary
 * database ({@code CREATE DATABASE}, {@link CreateScript}), read back with {@link Introspector},
 * and the database dropped: what comes back prints every expression as a live database of the same
 * server does. What the database cannot hold (rename hints, Java names, relations, managed
 * partition rules) is carried over from the declared model by name.
 *
 * <pre>{@code
 * ShadowDatabase shadow = ShadowDatabase.create(admin);
 * Mono<Plan> plan = Mono.zip(Introspector.create(live).introspect(), shadow.normalize(declared))
 *     .map(both -> SchemaDiff.diff(both.getT1(), both.getT2()));
 * }</pre>
 *
 * Use the server the live database runs on (or one of the same major version): printing differs
 * between versions.
 */
public final class ShadowDatabase {

  private static final Duration CLOSE = Duration.ofSeconds(10);

  private final PgOrm admin;
  private final String template;

  private ShadowDatabase(PgOrm admin, String template) {
    this.admin = admin;
    this.template = template;
  }

  /**
   * A shadow database factory over {@code admin}, a client whose user may {@code CREATE DATABASE}
   * (and create the roles and extensions the schema names), on the server whose printing is wanted.
   * Shadow databases are created from {@code template0}.
   */
  public static ShadowDatabase create(PgOrm admin) {
    return new ShadowDatabase(admin, "template0");
  }

  /** As {@link #create(PgOrm)}, with shadow databases cloned from {@code template}. */
  public static ShadowDatabase create(PgOrm admin, String template) {
    return new ShadowDatabase(admin, template);
  }

  /**
   * The model as the server holds it. Cold: each subscription creates a database named {@code
   * pgorm_shadow_<random>} from the template, runs the model's create script in it in one
   * transaction, introspects it, and drops it ({@code WITH (FORCE)}) whatever happened, also on
   * cancellation; emits the normalised model once. Fails with {@link ShadowDatabaseException}
   * naming the step and, for a failed statement, its number and text.
   */
  public Mono<SchemaModel> normalize(SchemaModel declared) {
    return Mono.defer(
            () -> {
              String name =
                  "pgorm_shadow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
              return Mono.usingWhen(
                  createDatabase(name),
                  db -> read(db, name, declared),
                  db -> close(db, name),
                  (db, error) -> close(db, name),
                  db -> close(db, name));
            })
        .map(read -> HintsCopy.copy(declared, read));
  }

  /**
   * Runs {@code body} with a client on an empty database of the server, for work that a model
   * cannot describe (replaying migration files, for instance). Cold: each subscription creates a
   * database named {@code pgorm_shadow_<random>} from the template, subscribes to what {@code body}
   * returns, and drops the database ({@code WITH (FORCE)}) whatever happened, also on cancellation;
   * emits what the body emits. Creating or dropping the database fails with {@link
   * ShadowDatabaseException}; the body's errors pass through.
   */
  public <T> Mono<T> use(Function<PgOrm, Mono<T>> body) {
    return Mono.defer(
        () -> {
          String name =
              "pgorm_shadow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
          return Mono.usingWhen(
              createDatabase(name),
              body,
              db -> close(db, name),
              (db, error) -> close(db, name),
              db -> close(db, name));
        });
  }

  private Mono<PgOrm> createDatabase(String name) {
    return admin
        .sql(
            "CREATE DATABASE "
                + SqlText.quoteIdent(name)
                + " TEMPLATE "
                + SqlText.quoteIdent(template))
        .execute()
        .onErrorMap(e -> failure(name, "creating it from " + template, e))
        .then(
            Mono.fromSupplier(
                () ->
                    PgOrm.create(
                        admin.config().toBuilder()
                            .database(name)
                            .minIdle(0)
                            .maxSize(1)
                            .applicationName("pgorm-shadow")
                            .build())));
  }

  private Mono<SchemaModel> read(PgOrm db, String name, SchemaModel declared) {
    List<String> statements = CreateScript.statements(declared);
    Mono<Void> create =
        db.inTransaction(
            tx ->
                Flux.range(0, statements.size())
                    .concatMap(
                        i ->
                            tx.sql(statements.get(i))
                                .execute()
                                .onErrorMap(
                                    e ->
                                        failure(
                                            name,
                                            "running statement "
                                                + (i + 1)
                                                + " of the schema: "
                                                + firstLine(statements.get(i)),
                                            e)))
                    .then());
    return create.then(
        Introspector.create(db)
            .introspect()
            .onErrorMap(
                e ->
                    e instanceof ShadowDatabaseException
                        ? e
                        : failure(name, "reading it back", e)));
  }

  private Mono<Void> close(PgOrm db, String name) {
    return db.shutdown(CLOSE)
        .then(
            admin
                .sql("DROP DATABASE IF EXISTS " + SqlText.quoteIdent(name) + " WITH (FORCE)")
                .execute()
                .onErrorMap(e -> failure(name, "dropping it", e))
                .then());
  }

  private static String firstLine(String sql) {
    int nl = sql.indexOf('\n');
    return nl < 0 ? sql : sql.substring(0, nl) + " ...";
  }

  private static Throwable failure(String name, String what, Throwable e) {
    if (e instanceof ShadowDatabaseException) {
      return e;
    }
    String state = e instanceof PgOrmException p ? p.sqlState() : null;
    return new ShadowDatabaseException(
        "Shadow database "
            + name
            + " failed while "
            + what
            + ": "
            + e.getMessage()
            + (e.getMessage() != null && e.getMessage().contains("Hint:")
                ? ""
                : ". Hint: the admin client's user needs CREATEDB, and the schema must be valid"
                    + " on this server."),
        state,
        e);
  }
}
