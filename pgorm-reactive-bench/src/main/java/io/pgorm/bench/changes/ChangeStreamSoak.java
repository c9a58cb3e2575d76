package io.pgorm.bench.changes;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ListenerOptions;
import io.pgorm.listen.PgListener;
import io.pgorm.schema.ir.QualifiedName;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The soak: {@code changes} committed changes (default 10,000) from 4 concurrent writers mixing
 * short autocommit inserts with transactions held open, while the durable consumer's listener
 * backend is killed {@code kills} times (default 20). Checks that every change arrived exactly once
 * after deduplication by change id, none missing, and prints the duplicates delivered (the
 * at-least-once repeats). Run with {@code bin/bench-changes soak [changes] [kills]}; exits with
 * status 1 when a change is missing.
 */
final class ChangeStreamSoak {

  private static final QualifiedName ITEM = QualifiedName.of("bench", "item");
  private static final String DATABASE = "pgorm_bench_soak";
  private static final Duration WAIT = Duration.ofMinutes(3);

  private ChangeStreamSoak() {}

  static void main(String[] args) {
    int changes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int kills = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    if (changes % 40 != 0) {
      throw new IllegalArgumentException("changes must be a multiple of 40, was " + changes);
    }
    String admin =
        System.getenv()
            .getOrDefault("PGORM_BENCH_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    boolean ok;
    try (PgOrm db =
        PgOrm.create(PgOrmConfig.builder().url(admin).sslMode(SslMode.DISABLE).build())) {
      db.sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").execute().block(WAIT);
      db.sql("CREATE DATABASE " + DATABASE).execute().block(WAIT);
      String url = admin.substring(0, admin.lastIndexOf('/') + 1) + DATABASE;
      try {
        ok = run(url, changes, kills);
      } finally {
        db.sql("DROP DATABASE " + DATABASE + " WITH (FORCE)").execute().block(WAIT);
      }
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static boolean run(String url, int changes, int kills) {
    ChangeStreamBench schema = new ChangeStreamBench(url, 1);
    schema.install();
    schema.close();
    try (PgOrm writer =
            PgOrm.create(
                PgOrmConfig.builder().url(url).sslMode(SslMode.DISABLE).maxSize(6).build());
        PgOrm listenerClient =
            PgOrm.create(
                PgOrmConfig.builder()
                    .url(url)
                    .sslMode(SslMode.DISABLE)
                    .applicationName("pgorm-soak-listener")
                    .build());
        PgListener listener =
            PgListener.create(
                listenerClient,
                ListenerOptions.defaults()
                    .withBackoff(Duration.ofMillis(2), Duration.ofMillis(50)))) {
      ChangeFeed feed =
          ChangeFeed.create(
              writer,
              listener,
              ChangeFeedOptions.defaults().withPollInterval(Duration.ofSeconds(1)));
      feed.position("soak").block(WAIT);
      Map<Long, Long> byChangeId = new ConcurrentHashMap<>();
      AtomicLong deliveries = new AtomicLong();
      Disposable consumer =
          feed.consume(
                  "soak",
                  ITEM,
                  c ->
                      Mono.fromRunnable(
                          () -> {
                            deliveries.incrementAndGet();
                            byChangeId.put(c.id(), c.key().get("id").asLong());
                          }))
              .subscribe(null, e -> System.err.println("consumer failed: " + e));
      long start = System.nanoTime();
      int perWriter = changes / 4;
      Disposable writers =
          Flux.range(0, 4)
              .flatMap(
                  w ->
                      Flux.range(0, perWriter / 10)
                          .concatMap(
                              batch -> {
                                Mono<Void> rows =
                                    Flux.range(0, 10)
                                        .concatMap(
                                            k ->
                                                writer
                                                    .sql("INSERT INTO bench.item VALUES ($1, 'w')")
                                                    .bind(0, (long) w * perWriter + batch * 10L + k)
                                                    .execute())
                                        .then();
                                // Every fifth batch in a transaction held open a while, so that
                                // commits land out of transaction-id order.
                                return batch % 5 == 0
                                    ? writer.inTransaction(
                                        tx -> rows.then(Mono.delay(Duration.ofMillis(15))).then())
                                    : rows;
                              }),
                  4)
              .subscribeOn(Schedulers.boundedElastic())
              .subscribe();
      int done = 0;
      while (done < kills && !writers.isDisposed()) {
        sleep(Duration.ofMillis(300));
        writer
            .sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'pgorm-soak-listener'")
            .execute()
            .block(WAIT);
        done++;
      }
      long deadline = System.nanoTime() + WAIT.toNanos();
      while ((!writers.isDisposed() || byChangeId.size() < changes)
          && System.nanoTime() < deadline) {
        sleep(Duration.ofMillis(20));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      consumer.dispose();
      long distinctRows = byChangeId.values().stream().distinct().count();
      System.out.printf(
          java.util.Locale.ROOT,
          "soak: %d changes from 4 writers, %d listener kills, %.1f s: %d distinct changes,"
              + " %d distinct rows, %d deliveries (%d repeated), %s%n",
          changes,
          done,
          seconds,
          byChangeId.size(),
          distinctRows,
          deliveries.get(),
          deliveries.get() - byChangeId.size(),
          byChangeId.size() == changes && distinctRows == changes ? "none missing" : "MISSING");
      return byChangeId.size() == changes && distinctRows == changes;
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
