package io.pgorm.bench.query;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A closed loop: {@code concurrency} workers each run the operation again as soon as it completes,
 * until the time is up. Reports operations per second, client CPU per operation (the whole JVM's
 * CPU time, event loops included) and bytes allocated per operation (over every live thread).
 */
final class ClosedLoop {

  record Result(long ops, double opsPerSecond, double cpuMicrosPerOp, double bytesPerOp) {}

  private ClosedLoop() {}

  static Result run(Supplier<Mono<?>> op, int concurrency, Duration duration) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long allocatedBefore = allocated(threads);
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    Long ops =
        Flux.range(0, concurrency)
            .flatMap(
                w -> Mono.defer(op).repeat(() -> System.nanoTime() < deadline).count(), concurrency)
            .reduce(0L, Long::sum)
            .block(duration.plusMinutes(2));
    long elapsed = System.nanoTime() - start;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long allocatedBytes = allocated(threads) - allocatedBefore;
    long n = ops == null ? 0 : ops;
    return new Result(
        n,
        n / (elapsed / 1e9),
        n == 0 ? 0 : cpu / 1e3 / n,
        n == 0 ? 0 : (double) allocatedBytes / n);
  }

  /** Runs {@code op} {@code n} times one after the other. */
  static Result times(Supplier<Mono<?>> op, int n) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long allocatedBefore = allocated(threads);
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    Mono.defer(op).repeat(n - 1L).then().block(Duration.ofMinutes(10));
    long elapsed = System.nanoTime() - start;
    return new Result(
        n,
        n / (elapsed / 1e9),
        (os.getProcessCpuTime() - cpuBefore) / 1e3 / n,
        (double) (allocated(threads) - allocatedBefore) / n);
  }

  private static long allocated(ThreadMXBean threads) {
    long total = 0;
    for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (b > 0) {
        total += b;
      }
    }
    return total;
  }
}
