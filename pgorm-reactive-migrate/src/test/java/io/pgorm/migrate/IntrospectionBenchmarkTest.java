package io.pgorm.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark runs (small and untimed here; the figures come from its main method). */
class IntrospectionBenchmarkTest {

  @Test
  void theBenchmarkRunsOnASmallDatabase() {
    IntrospectionBenchmark.Result r = IntrospectionBenchmark.run(20, 2);
    assertThat(r.tables()).isEqualTo(20);
    assertThat(r.toString()).startsWith("Introspection of 20 tables on ");
  }
}
