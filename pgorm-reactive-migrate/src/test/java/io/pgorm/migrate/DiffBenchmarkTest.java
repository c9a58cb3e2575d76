package io.pgorm.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diff benchmark runs (small and untimed here; the figures come from its main method). */
class DiffBenchmarkTest {

  @Test
  void theBenchmarkRunsOnSmallModels() {
    DiffBenchmark.Result r = DiffBenchmark.diff(20, 2);
    assertThat(r.tables()).isEqualTo(20);
    assertThat(r.steps()).isEqualTo(4 * 5);
    assertThat(r.toString()).startsWith("Pure diff of two 20-table models (20 steps)");
    assertThat(DiffBenchmark.shadow(5)).startsWith("Shadow database for 5 tables on ");
  }
}
