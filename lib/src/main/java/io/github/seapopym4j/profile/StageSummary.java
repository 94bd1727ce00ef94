package io.github.seapopym4j.profile;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a {@link Profiler} recorded for one stage. Durations are exclusive (nested stages on the
 * same thread are not counted twice).
 *
 * @param name the stage
 * @param calls how many times it ran
 * @param totalNanos sum of its durations [ns]
 * @param p50Nanos median duration [ns] (nearest rank, over at most 4096 sampled calls)
 * @param p95Nanos 95th percentile duration [ns]
 * @param allocatedBytes heap bytes its threads allocated in it; -1 when the JVM does not count them
 */
public record StageSummary(String name, long calls, long totalNanos, long p50Nanos, long p95Nanos,
    long allocatedBytes) {

  public StageSummary {
    if (calls < 0 || totalNanos < 0) {
      throw new IllegalArgumentException(String.format("stage '%s': calls and total must be >= 0, "
          + "but were %d and %d ns", name, calls, totalNanos));
    }
  }

  /** A stage that never ran. */
  static StageSummary none(String name) {
    return new StageSummary(name, 0, 0, 0, 0, 0);
  }

  /** Mean duration [ns]; 0 without calls. */
  public double meanNanos() {
    return calls == 0 ? 0 : (double) totalNanos / calls;
  }

  /** Heap bytes per call; -1 when unknown, 0 without calls. */
  public long allocatedBytesPerCall() {
    return allocatedBytes < 0 ? -1 : calls == 0 ? 0 : allocatedBytes / calls;
  }

  /** The table of {@link Profiler#table()} for {@code stages}. */
  public static Table table(List<StageSummary> stages) {
    Table t = Table.create("stages", StringColumn.create("stage"), LongColumn.create("calls"),
        DoubleColumn.create("total_ms"), DoubleColumn.create("mean_ms"),
        DoubleColumn.create("p50_ms"), DoubleColumn.create("p95_ms"), DoubleColumn.create("share"),
        LongColumn.create("allocated_bytes"), LongColumn.create("allocated_bytes_per_call"));
    double sum = stages.stream().mapToLong(StageSummary::totalNanos).sum();
    for (StageSummary s : stages) {
      t.stringColumn("stage").append(s.name);
      t.longColumn("calls").append(s.calls);
      t.doubleColumn("total_ms").append(s.totalNanos / 1e6);
      t.doubleColumn("mean_ms").append(s.meanNanos() / 1e6);
      t.doubleColumn("p50_ms").append(s.p50Nanos / 1e6);
      t.doubleColumn("p95_ms").append(s.p95Nanos / 1e6);
      t.doubleColumn("share").append(sum == 0 ? 0 : s.totalNanos / sum);
      t.longColumn("allocated_bytes").append(s.allocatedBytes);
      t.longColumn("allocated_bytes_per_call").append(s.allocatedBytesPerCall());
    }
    return t;
  }

  @Override
  public String toString() {
    return String.format("%s: %d calls, %.3f ms total, %.3f ms mean, p50 %.3f ms, p95 %.3f ms, "
        + "%.1f MB allocated", name, calls, totalNanos / 1e6, meanNanos() / 1e6, p50Nanos / 1e6,
        p95Nanos / 1e6, allocatedBytes / 1e6);
  }
}
