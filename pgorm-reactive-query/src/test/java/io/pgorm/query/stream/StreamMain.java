package io.pgorm.query.stream;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingTest}: streams every row of table
 * {@code big} (more bytes than the heap) and prints what it saw.
 */
public final class StreamMain {

  private StreamMain() {}

  public static void main(String[] args) {
    try (PgOrm db =
        PgOrm.create(
            PgOrmConfig.builder().url(args[0]).sslMode(SslMode.DISABLE).maxSize(2).build())) {
      QueryClient q = QueryClient.of(db);
      AtomicLong rows = new AtomicLong();
      AtomicLong bytes = new AtomicLong();
      q.stream(Dsl.selectFrom(Big.TABLE).orderBy(Big.ID.asc()), 500)
          .doOnNext(
              b -> {
                rows.incrementAndGet();
                bytes.addAndGet(b.payload().length());
              })
          .then()
          .block(Duration.ofMinutes(3));
      Runtime rt = Runtime.getRuntime();
      System.out.println(
          "streamed "
              + rows.get()
              + " rows, "
              + bytes.get()
              + " bytes, max heap "
              + rt.maxMemory());
    }
  }
}
