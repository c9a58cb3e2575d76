package io.pgorm.bench.changes;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ChangeWaker;
import io.pgorm.listen.PgListener;
import io.pgorm.listen.WakeUpMode;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Change streams on a real server. Run with {@code bin/bench-changes [seconds-per-phase]} (default
 * 5); the server is {@code PGORM_BENCH_URL} (default {@code
 * postgresql://postgres@127.0.0.1:5432/postgres}), where it creates database {@code
 * pgorm_bench_changes} and drops it at the end. Prints Markdown tables:
 *
 * <ul>
 *   <li>the writer: single-row autocommit inserts/s, 1 and then 8 in flight, into a table without
 *       trigger, with the capture trigger, with the trigger quieted ({@code pgorm.notify = off}),
 *       and quieted with a {@link ChangeWaker} wake-up after each insert ({@code CLIENT} mode's
 *       full cost); interleaved runs, since the machine may be shared;
 *   <li>per wake-up mode, commit-to-subscriber latency: 200 single-row autocommit inserts/s, each
 *       measured from the writer seeing its commit acknowledged to the subscriber receiving the
 *       event (in {@code CLIENT} mode the wake-up sent after the commit, through a {@link
 *       ChangeWaker}, is part of it);
 *   <li>per wake-up mode, sustained events/s: 4 writers inserting 100-row statements as fast as
 *       they can for the phase, measured from the first write to the subscriber's last event.
 * </ul>
 */
public final class ChangeStreamBench {

  private static final QualifiedName ITEM = QualifiedName.of("bench", "item");
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final Duration POLL_ONLY_INTERVAL = Duration.ofMillis(50);
  private static final String DATABASE = "pgorm_bench_changes";

  private static final int ROUNDS = 3;

  private final AtomicLong ids = new AtomicLong();
  private double[][] spread = new double[0][0];
  private final int seconds;
  private final PgOrm writer;
  private final PgOrm quietWriter;
  private final PgOrm reader;
  private final PgOrm listenerClient;
  private final ChangeWaker waker;

  ChangeStreamBench(String url, int seconds) {
    this.seconds = seconds;
    this.writer = client(url, "pgorm-bench-writer", 8, Map.of());
    this.quietWriter =
        client(url, "pgorm-bench-quiet-writer", 8, Map.of(ChangeFeed.NOTIFY_SETTING, "off"));
    this.reader = client(url, "pgorm-bench-reader", 4, Map.of());
    this.listenerClient = client(url, "pgorm-bench-listener", 1, Map.of());
    this.waker = ChangeWaker.create(quietWriter);
  }

  private static PgOrm client(String url, String name, int size, Map<String, String> params) {
    PgOrmConfig.Builder b =
        PgOrmConfig.builder()
            .url(url)
            .sslMode(SslMode.DISABLE)
            .applicationName(name)
            .poolName(name)
            .maxSize(size);
    params.forEach(b::serverParameter);
    return PgOrm.create(b.build());
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("soak")) {
      ChangeStreamSoak.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String admin =
        System.getenv()
            .getOrDefault("PGORM_BENCH_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    try (PgOrm db =
        PgOrm.create(PgOrmConfig.builder().url(admin).sslMode(SslMode.DISABLE).build())) {
      db.sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").execute().block(WAIT);
      db.sql("CREATE DATABASE " + DATABASE).execute().block(WAIT);
      String url = admin.substring(0, admin.lastIndexOf('/') + 1) + DATABASE;
      ChangeStreamBench bench = new ChangeStreamBench(url, seconds);
      try {
        bench.run();
      } finally {
        bench.close();
        db.sql("DROP DATABASE " + DATABASE + " WITH (FORCE)").execute().block(WAIT);
      }
    }
  }

  void close() {
    writer.close();
    quietWriter.close();
    reader.close();
    listenerClient.close();
  }

  private void run() {
    install();
    System.out.printf(
        Locale.ROOT,
        "%d s per phase, JDK %s, %d CPUs, server %s%n%n",
        seconds,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        writer.sql("SHOW server_version").first((row, meta) -> row.get(0, String.class)).block());

    writerTable(1);
    writerTable(8);

    System.out.println(
        "| wake-up mode | latency p50 ms | p99 ms | max ms | events | others' hold-back max ms"
            + " | sustained events/s |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (WakeUpMode mode : WakeUpMode.values()) {
      reset();
      AtomicLong holdback = new AtomicLong();
      Disposable sampler = sampleHoldback(holdback);
      Histogram latency = latency(mode);
      sampler.dispose();
      reset();
      double rate = throughput(mode);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %d | %d | %.0f |%n",
          mode == WakeUpMode.POLL ? "POLL (every " + POLL_ONLY_INTERVAL.toMillis() + " ms)" : mode,
          latency.getValueAtPercentile(50) / 1e6,
          latency.getValueAtPercentile(99) / 1e6,
          latency.getMaxValue() / 1e6,
          latency.getTotalCount(),
          holdback.get(),
          rate);
    }
  }

  /**
   * The writer's rate into a table without trigger, with the capture trigger, quieted, and in
   * {@code CLIENT} mode, with {@code inFlight} inserts in flight. With one, no commit waits for
   * another's; with several, those that called NOTIFY queue for PostgreSQL's global notify lock.
   */
  private void writerTable(int inFlight) {
    System.out.println(
        "| writer: single-row autocommit inserts, "
            + inFlight
            + " in flight | inserts/s, median of "
            + ROUNDS
            + " interleaved 2 s runs | min–max |");
    System.out.println("| --- | ---: | ---: |");
    double[][] rates = new double[4][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      rates[0][round] = writerRate(writer, "bench.plain", false, inFlight);
      rates[1][round] = writerRate(writer, "bench.item", false, inFlight);
      rates[2][round] = writerRate(quietWriter, "bench.item", false, inFlight);
      rates[3][round] = writerRate(quietWriter, "bench.item", true, inFlight);
    }
    spread = rates;
    double plain = median(rates[0]);
    double trigger = median(rates[1]);
    double quiet = median(rates[2]);
    double client = median(rates[3]);
    row("no trigger", plain, 0);
    row(
        String.format(Locale.ROOT, "capture trigger + NOTIFY (%+.0f %%)", pct(trigger, plain)),
        trigger,
        1);
    row(
        String.format(
            Locale.ROOT,
            "capture trigger, quiet: pgorm.notify = off (%+.0f %%)",
            pct(quiet, plain)),
        quiet,
        2);
    row(
        String.format(
            Locale.ROOT,
            "CLIENT mode: quiet trigger + ChangeWaker.wake after each insert (%+.0f %%)",
            pct(client, plain)),
        client,
        3);
    System.out.println();
  }

  /**
   * The longest-running writing transaction outside this benchmark, sampled every 20 ms: the
   * watermark is cluster-wide, so such a transaction (another application, a test suite) delays
   * every event committed after it began — that shows in the latency, not as a fault of the feed.
   */
  private Disposable sampleHoldback(AtomicLong maxMillis) {
    return Flux.interval(Duration.ofMillis(20))
        .onBackpressureDrop()
        .concatMap(
            t ->
                reader
                    .sql(
                        "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - xact_start)"
                            + " * 1000), 0)::bigint FROM pg_stat_activity WHERE backend_xid IS"
                            + " NOT NULL AND application_name NOT LIKE 'pgorm-bench%'")
                    .first((row, meta) -> Objects.requireNonNullElse(row.get(0, Long.class), 0L)))
        .subscribe(ms -> maxMillis.accumulateAndGet(ms, Math::max));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double pct(double value, double base) {
    return (value / base - 1) * 100;
  }

  private void row(String name, double value, int variant) {
    double[] runs = spread[variant].clone();
    java.util.Arrays.sort(runs);
    System.out.printf(
        Locale.ROOT, "| %s | %.0f | %.0f–%.0f |%n", name, value, runs[0], runs[runs.length - 1]);
  }

  void install() {
    Table item =
        Table.of(
                ITEM,
                List.of(
                    Column.of("id", TypeRef.builtin("bigint"), false),
                    Column.of("payload", TypeRef.builtin("text"), true)))
            .withPrimaryKey(new PrimaryKey("item_pkey", List.of("id"), List.of(), null, null))
            .withChangeStream(
                new ChangeStream(
                    List.of(
                        ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE)));
    Table plain =
        Table.of(
                QualifiedName.of("bench", "plain"),
                List.of(
                    Column.of("id", TypeRef.builtin("bigint"), false),
                    Column.of("payload", TypeRef.builtin("text"), true)))
            .withPrimaryKey(new PrimaryKey("plain_pkey", List.of("id"), List.of(), null, null));
    SchemaModel model =
        SchemaModel.empty().withSchemas(List.of("bench")).withTables(List.of(item, plain));
    for (String statement : CreateScript.statements(model)) {
      writer.sql(statement).execute().block(WAIT);
    }
  }

  private void reset() {
    writer.sql("TRUNCATE bench.item, bench.plain, pgorm.change_log").execute().block(WAIT);
  }

  private Mono<Long> insertOne(PgOrm db, String table) {
    return db.sql("INSERT INTO " + table + " VALUES ($1, 'payload of a typical row')")
        .bind(0, ids.incrementAndGet())
        .execute();
  }

  /** Closed loop, {@code inFlight} at once: 0.5 s warm-up, then 2 s measured. */
  private double writerRate(PgOrm db, String table, boolean wake, int inFlight) {
    reset();
    loop(db, table, Duration.ofMillis(500), wake, inFlight);
    int length = 2;
    long n = loop(db, table, Duration.ofSeconds(length), wake, inFlight);
    return n / (double) length;
  }

  private long loop(PgOrm db, String table, Duration length, boolean wake, int inFlight) {
    long end = System.nanoTime() + length.toNanos();
    AtomicLong done = new AtomicLong();
    Flux.range(0, inFlight)
        .flatMap(
            w ->
                Mono.defer(
                        () ->
                            wake
                                ? insertOne(db, table).flatMap(n -> waker.wake(ITEM).thenReturn(n))
                                : insertOne(db, table))
                    .doOnNext(x -> done.incrementAndGet())
                    .repeat(() -> System.nanoTime() < end))
        .blockLast(WAIT);
    return done.get();
  }

  private ChangeFeed feed(PgListener listener, WakeUpMode mode) {
    ChangeFeedOptions options = ChangeFeedOptions.defaults().withWakeUp(mode);
    options =
        mode == WakeUpMode.POLL
            ? options.withPollInterval(POLL_ONLY_INTERVAL)
            : options.withPollInterval(Duration.ofSeconds(5));
    return ChangeFeed.create(reader, listener, options);
  }

  /** 200 inserts/s for {@code seconds}, after 1 s of warm-up at the same rate. */
  private Histogram latency(WakeUpMode mode) {
    Histogram histogram = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
    Map<Long, Long> committed = new ConcurrentHashMap<>();
    Map<Long, Long> early = new ConcurrentHashMap<>();
    AtomicLong warmUntil = new AtomicLong(Long.MAX_VALUE);
    PgOrm db = mode == WakeUpMode.CLIENT ? quietWriter : writer;
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = feed(listener, mode);
      ChangePosition now = Objects.requireNonNull(feed.now().block(WAIT));
      AtomicLong received = new AtomicLong();
      Disposable sub =
          feed.changes(ITEM, now)
              .subscribe(
                  change -> {
                    long at = System.nanoTime();
                    long id = change.key().get("id").asLong();
                    Long sent = committed.remove(id);
                    if (sent == null) {
                      early.put(id, at); // the event beat the writer's acknowledgement
                    } else if (sent > warmUntil.get()) {
                      histogram.recordValue(Math.max(0, at - sent));
                    }
                    received.incrementAndGet();
                  });
      sleep(Duration.ofMillis(500)); // LISTEN in place
      warmUntil.set(System.nanoTime() + Duration.ofSeconds(1).toNanos());
      long total = 200L * (seconds + 1);
      Flux.interval(Duration.ofMillis(5))
          .take(total)
          .onBackpressureBuffer()
          .flatMap(
              tick -> {
                long id = ids.incrementAndGet();
                Mono<Long> write =
                    db.sql("INSERT INTO bench.item VALUES ($1, 'payload of a typical row')")
                        .bind(0, id)
                        .execute();
                // From the commit's acknowledgement; in CLIENT mode the wake-up that follows is
                // part of the latency.
                Mono<Long> measured =
                    write.doOnNext(
                        n -> {
                          long at = System.nanoTime();
                          Long seen = early.remove(id);
                          if (seen != null) {
                            if (at > warmUntil.get()) {
                              histogram.recordValue(0);
                            }
                          } else {
                            committed.put(id, at);
                          }
                        });
                return mode == WakeUpMode.CLIENT
                    ? measured.flatMap(n -> waker.wake(ITEM).thenReturn(n))
                    : measured;
              },
              64)
          .blockLast(WAIT);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (received.get() < total && System.nanoTime() < deadline) {
        sleep(Duration.ofMillis(10));
      }
      sub.dispose();
    }
    return histogram;
  }

  /** 4 writers of 100-row statements for {@code seconds}; events/s until the last arrived. */
  private double throughput(WakeUpMode mode) {
    PgOrm db = mode == WakeUpMode.CLIENT ? quietWriter : writer;
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = feed(listener, mode);
      ChangePosition now = Objects.requireNonNull(feed.now().block(WAIT));
      AtomicLong received = new AtomicLong();
      AtomicLong last = new AtomicLong();
      Disposable sub =
          feed.changes(ITEM, now)
              .subscribe(
                  change -> {
                    received.incrementAndGet();
                    last.set(System.nanoTime());
                  });
      sleep(Duration.ofMillis(500));
      long start = System.nanoTime();
      long end = start + Duration.ofSeconds(seconds).toNanos();
      AtomicLong written = new AtomicLong();
      Flux.range(0, 4)
          .flatMap(
              w ->
                  Mono.defer(
                          () -> {
                            long first = ids.getAndAdd(100) + 1;
                            Mono<Long> write =
                                db.sql(
                                        "INSERT INTO bench.item SELECT g, 'payload of a typical"
                                            + " row' FROM generate_series($1::bigint, $1::bigint"
                                            + " + 99) g")
                                    .bind(0, first)
                                    .execute();
                            return mode == WakeUpMode.CLIENT
                                ? write.flatMap(n -> waker.wake(ITEM).thenReturn(n))
                                : write;
                          })
                      .doOnNext(written::addAndGet)
                      .repeat(() -> System.nanoTime() < end))
          .blockLast(WAIT);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (received.get() < written.get() && System.nanoTime() < deadline) {
        sleep(Duration.ofMillis(5));
      }
      sub.dispose();
      if (received.get() < written.get()) {
        System.out.println("(" + mode + ": only " + received + " of " + written + " arrived)");
      }
      return received.get() / ((last.get() - start) / 1e9);
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
