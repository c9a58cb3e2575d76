package io.pgorm.examples.quickstart;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.examples.quickstart.db.Todo;
import io.pgorm.examples.quickstart.db.TodoTable;
import io.pgorm.listen.ChangeEvent;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.PgListener;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.test.DatabaseResolver;
import io.pgorm.test.DatabaseServer;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The main job: connects (to {@code PGORM_URL}, else a Docker container, else an embedded
 * PostgreSQL 17 that needs no install), migrates on boot, subscribes to the todo table's change
 * stream, writes rows in a transaction, prints the typed change events, the rows and a few pool
 * metrics. Exits 0 when all of that worked.
 */
public final class Quickstart {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Quickstart() {}

  public static void main(String[] args) {
    DatabaseServer server = DatabaseResolver.forExamples().resolve();
    String url = server.url(server.maintenanceDatabase());
    System.out.println("PostgreSQL: " + server.label());
    run(url, System.out);
  }

  /** The example proper, against the database at {@code url}; prints to {@code out}. */
  public static void run(String url, PrintStream out) {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    PgOrmConfig config =
        PgOrmConfig.builder()
            .url(url)
            .poolName("quickstart")
            .maxSize(4)
            .meterRegistry(metrics)
            .build();

    // try-with-resources: close() waits for work under way, then closes the pool.
    try (PgOrm db = PgOrm.create(config);
        PgListener listener = PgListener.create(db)) {
      // Migrate on boot: db/quickstart/*/up.sql is rendered from db/quickstart.pgorm; the runner
      // applies what is pending, once, under an advisory lock.
      MigrationReport report =
          Migrator.create(db, MigratorOptions.builder().location("classpath:db/quickstart").build())
              .migrate()
              .block(TIMEOUT);
      out.println("migrations applied now: " + (report == null ? 0 : report.migrations().size()));

      // Subscribe to the todo table's change stream from now on, before writing. TodoTable and
      // Todo are generated from db/quickstart.pgorm (goal pgorm:generate): each event carries the
      // row decoded into the record a query of the table returns.
      ChangeFeed feed = ChangeFeed.create(db, listener, ChangeFeedOptions.defaults());
      ChangePosition now = feed.now().block(TIMEOUT);
      List<ChangeEvent<Todo>> events = new CopyOnWriteArrayList<>();
      Disposable stream =
          feed.changes(TodoTable.TABLE, now == null ? ChangePosition.START : now)
              .subscribe(events::add);

      // The inserts commit together or not at all; statements made through `db` inside the body
      // join the transaction on their own.
      Long written =
          db.inTransaction(
                  tx ->
                      Flux.just("write the schema", "run the migration", "ship it")
                          .concatMap(
                              title ->
                                  db.sql("INSERT INTO todo (title) VALUES ($1)")
                                      .bind(0, title)
                                      .execute())
                          .reduce(0L, Long::sum))
              .block(TIMEOUT);
      out.println("inserted " + written + " rows in one transaction");

      // The stream sees the inserts once committed (the transaction ran on a pooled connection,
      // the listener has its own), read from the change log after a wake-up.
      Mono.fromCallable(events::size)
          .filter(n -> n >= 3)
          .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofMillis(20)))
          .block(TIMEOUT);
      stream.dispose();
      events.forEach(e -> out.println("change: " + e.operation() + " " + e.row()));

      db.sql("SELECT id, title, done, created_at FROM todo ORDER BY id DESC LIMIT 3")
          .map(
              (row, meta) ->
                  new Todo(
                      row.get("id", Long.class),
                      row.get("title", String.class),
                      row.get("done", Boolean.class),
                      row.get("created_at", OffsetDateTime.class)))
          .doOnNext(todo -> out.println("  " + todo))
          .blockLast(TIMEOUT);

      out.println("pool: " + db.poolStats());
      long statements =
          metrics.get("pgorm.statement").timers().stream().mapToLong(Timer::count).sum();
      Timer acquire = metrics.get("pgorm.pool.acquire").timer();
      out.printf(
          "metrics: %d statements, %.0f commit(s), %d acquisitions averaging %.2f ms%n",
          statements,
          metrics.get("pgorm.tx.commits").counter().count(),
          acquire.count(),
          acquire.mean(TimeUnit.MILLISECONDS));
    }
  }
}
