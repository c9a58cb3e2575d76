package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.metrics.PgOrmMeters;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Pool meters against a real pool over real PostgreSQL. */
class ConnectionPoolMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ClientMetrics metrics =
      ClientMetrics.create(registry, "main", List.of(Tag.of("app", "shop")), Duration.ZERO);
  private ConnectionPool pool = pool(3, Duration.ofSeconds(10));

  @AfterEach
  void closePool() {
    metrics.close();
    pool.disposeLater().block(Duration.ofSeconds(10));
  }

  @Test
  void gaugesFollowThePoolAndAcquisitionsAreTimed() {
    metrics.pool().bind(pool);
    Connection first = acquire();
    Connection second = acquire();

    assertThat(gauge(PgOrmMeters.POOL_ACTIVE)).isEqualTo(2.0);
    assertThat(gauge(PgOrmMeters.POOL_ALLOCATED)).isEqualTo(2.0);
    assertThat(gauge(PgOrmMeters.POOL_IDLE)).isZero();
    assertThat(gauge(PgOrmMeters.POOL_PENDING)).isZero();
    assertThat(gauge(PgOrmMeters.POOL_MAX)).isEqualTo(3.0);

    Connection third = acquire();
    AtomicReference<Connection> waiter = new AtomicReference<>();
    Disposable waiting = metrics.pool().timeAcquire(pool.create()).subscribe(waiter::set);
    await().until(() -> gauge(PgOrmMeters.POOL_PENDING) == 1.0);
    assertThat(gauge(PgOrmMeters.POOL_ACTIVE)).isEqualTo(3.0);

    close(third);
    await().until(() -> waiter.get() != null);
    assertThat(gauge(PgOrmMeters.POOL_PENDING)).isZero();
    close(waiter.get());
    close(second);
    await().until(() -> gauge(PgOrmMeters.POOL_IDLE) == 2.0);
    assertThat(gauge(PgOrmMeters.POOL_ACTIVE)).isEqualTo(1.0);
    assertThat(gauge(PgOrmMeters.POOL_ALLOCATED)).isEqualTo(3.0);
    close(first);
    waiting.dispose();

    assertThat(registry.get(PgOrmMeters.POOL_ACQUIRE).timer().count()).isEqualTo(4);
    assertThat(registry.get(PgOrmMeters.POOL_ACQUIRE).timer().getId().getTags())
        .containsExactlyInAnyOrder(Tag.of("client", "main"), Tag.of("app", "shop"));
    assertThat(registry.get(PgOrmMeters.POOL_ACQUIRE_TIMEOUTS).counter().count()).isZero();
  }

  @Test
  void exhaustedPoolCountsATimeout() {
    pool.dispose();
    pool = pool(1, Duration.ofMillis(200));
    metrics.pool().bind(pool);
    Connection only = acquire();

    StepVerifier.create(metrics.pool().timeAcquire(pool.create()))
        .expectError(R2dbcTimeoutException.class)
        .verify(Duration.ofSeconds(10));

    assertThat(registry.get(PgOrmMeters.POOL_ACQUIRE_TIMEOUTS).counter().count()).isEqualTo(1.0);
    assertThat(registry.get(PgOrmMeters.POOL_ACQUIRE).timer().count()).isEqualTo(1);
    close(only);
  }

  @Test
  void closeRemovesEveryPoolMeter() {
    metrics.pool().bind(pool);
    close(acquire());
    assertThat(registry.find(PgOrmMeters.POOL_ACTIVE).gauge()).isNotNull();

    metrics.close();

    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void gaugesStillReadAfterThePoolIsDisposed() {
    metrics.pool().bind(pool);
    close(acquire());
    pool.dispose();

    assertThat(gauge(PgOrmMeters.POOL_ACTIVE)).isZero();
  }

  @Test
  void bindingTwiceIsRejected() {
    metrics.pool().bind(pool);

    assertThatThrownBy(() -> metrics.pool().bind(pool))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Pool meters of client 'main' are already bound to a pool; bind once");
  }

  @Test
  void aSecondClientWithTheSameNameIsRejected() {
    metrics.pool().bind(pool);
    ClientMetrics twin =
        ClientMetrics.create(registry, "main", List.of(Tag.of("app", "shop")), Duration.ZERO);

    assertThatThrownBy(() -> twin.pool().bind(pool))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot register pool meters of client 'main': the MeterRegistry already has a"
                + " pgorm.pool.active gauge tagged [tag(app=shop),tag(client=main)]; give each"
                + " client a unique name, or close the other client first");
  }

  private Connection acquire() {
    return metrics.pool().timeAcquire(pool.create()).block(Duration.ofSeconds(10));
  }

  private static void close(Connection connection) {
    Mono.from(connection.close()).block(Duration.ofSeconds(10));
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  private static ConnectionPool pool(int size, Duration maxAcquireTime) {
    return new ConnectionPool(
        ConnectionPoolConfiguration.builder(TestPostgres.connectionFactory())
            .name("main")
            .initialSize(0)
            .maxSize(size)
            .maxAcquireTime(maxAcquireTime)
            .acquireRetry(0)
            .build());
  }
}
