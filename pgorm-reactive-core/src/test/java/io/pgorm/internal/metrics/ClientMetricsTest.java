package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.metrics.PgOrmMeters;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ClientMetricsTest {

  @Test
  void withoutRegistryOrSlowLogEveryComponentIsASharedNoop() {
    ClientMetrics metrics = ClientMetrics.create(null, "main", List.of(), Duration.ZERO);
    Mono<String> acquire = Mono.just("connection");

    assertThat(metrics.statements()).isSameAs(DisabledStatementMetrics.INSTANCE);
    assertThat(metrics.statements().start("SELECT 1", 0))
        .isSameAs(metrics.statements().start("SELECT 2", 3));
    assertThat(metrics.transactions().begin()).isSameAs(metrics.transactions().begin());
    assertThat(metrics.pool().timeAcquire(acquire)).isSameAs(acquire);

    StatementSample sample = metrics.statements().start("SELECT 1", 0);
    sample.success(1);
    sample.error(new IllegalStateException());
    metrics.transactions().begin().rollback(RollbackReason.ERROR);
    metrics.transactions().retry(new IllegalStateException());
    metrics.close();
  }

  @Test
  void disabledIsTheSameAsNoRegistryAndNoSlowLog() {
    ClientMetrics metrics = ClientMetrics.disabled();

    assertThat(metrics.statements()).isSameAs(DisabledStatementMetrics.INSTANCE);
    assertThat(metrics.transactions()).isSameAs(DisabledTransactionMetrics.INSTANCE);
    assertThat(metrics.pool()).isSameAs(DisabledConnectionPoolMetrics.INSTANCE);
  }

  @Test
  void withoutRegistryButWithSlowLogOnlyStatementsAreTimed() {
    ClientMetrics metrics = ClientMetrics.create(null, "main", List.of(), Duration.ofSeconds(1));

    assertThat(metrics.statements()).isInstanceOf(DefaultStatementMetrics.class);
    assertThat(metrics.transactions()).isSameAs(DisabledTransactionMetrics.INSTANCE);
    assertThat(metrics.pool()).isSameAs(DisabledConnectionPoolMetrics.INSTANCE);
  }

  @Test
  void clientTagIsAlwaysTheClientName() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ClientMetrics.create(
        registry,
        "orders",
        List.of(Tag.of("client", "spoofed"), Tag.of("region", "eu")),
        Duration.ZERO);

    assertThat(registry.getMeters())
        .isNotEmpty()
        .allSatisfy(
            meter ->
                assertThat(meter.getId().getTags())
                    .contains(Tag.of("client", "orders"), Tag.of("region", "eu"))
                    .doesNotContain(Tag.of("client", "spoofed")));
  }

  @Test
  void closeRemovesOnlyThisClientsMeters() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ClientMetrics first = ClientMetrics.create(registry, "first", List.of(), Duration.ZERO);
    ClientMetrics second = ClientMetrics.create(registry, "second", List.of(), Duration.ZERO);
    first.statements().start("SELECT 1", 0).success(1);
    second.statements().start("SELECT 1", 0).success(1);

    first.close();

    assertThat(registry.getMeters())
        .isNotEmpty()
        .extracting(Meter::getId)
        .allSatisfy(id -> assertThat(id.getTag(PgOrmMeters.TAG_CLIENT)).isEqualTo("second"));
  }

  @Test
  void blankClientNameIsRejected() {
    assertThatThrownBy(() -> ClientMetrics.create(null, " ", List.of(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Client name must not be blank: it is the 'client' tag on every pgorm meter");
  }

  @Test
  void negativeThresholdIsRejected() {
    assertThatThrownBy(() -> ClientMetrics.create(null, "main", List.of(), Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "slowStatementThreshold must be positive, or zero to turn the slow-statement log off;"
                + " was PT-0.001S");
  }
}
