package io.github.seapopym4j.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where the CPU time of a workload goes: a Java Flight Recorder recording (JDK's {@code profile}
 * settings, with a Java execution sample every {@value #SAMPLE_PERIOD_MS} ms per running thread in
 * place of 10 ms, so that a workload of a second gives hundreds of samples) around the workload,
 * summarised as the methods most often on top of the sampled stacks. The {@code .jfr} file is kept for JDK
 * Mission Control ({@code jmc}) or {@code jfr print --events jdk.ExecutionSample FILE}.
 *
 * <pre>{@code
 * HotSpots h = HotSpots.record(Path.of("out/profile.jfr"), 10, () -> calibration.run());
 * System.out.println(h.table().print());
 * }</pre>
 *
 * <p>Only Java frames are sampled: time inside native code (ND4J's libnd4j, BLAS) shows as the Java
 * method that called it, or not at all while the thread runs outside the JVM.
 *
 * @param file the recording
 * @param samples execution samples in it
 * @param table the top methods: {@code rank, method, samples, share} (share of all samples)
 */
public record HotSpots(Path file, long samples, Table table) {

  /** Name of the execution sample event. */
  public static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

  /** The period of the execution samples [ms]. */
  public static final int SAMPLE_PERIOD_MS = 1;

  public HotSpots {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(table, "table");
  }

  /**
   * Records {@code workload} with JFR's {@code profile} settings into {@code jfrFile} (replaced if it
   * exists) and summarises its top {@code top} methods.
   *
   * @throws IllegalStateException when this JVM cannot start a recording
   */
  public static HotSpots record(Path jfrFile, int top, Runnable workload) {
    Objects.requireNonNull(workload, "workload");
    Configuration settings;
    try {
      settings = Configuration.getConfiguration("profile");
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot read the JFR 'profile' settings of this JDK", e);
    }
    try (Recording recording = new Recording(settings)) {
      recording.setName("seapopym4j profile");
      recording.enable(EXECUTION_SAMPLE).withPeriod(Duration.ofMillis(SAMPLE_PERIOD_MS));
      recording.start();
      try {
        workload.run();
      } finally {
        recording.stop();
        Files.createDirectories(jfrFile.toAbsolutePath().getParent());
        recording.dump(jfrFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JFR recording " + jfrFile, e);
    }
    return summarise(jfrFile, top);
  }

  /**
   * The top {@code top} methods of an existing recording by {@value #EXECUTION_SAMPLE} count, the
   * method being the top frame of each sample ({@code package.Class.method}).
   */
  public static HotSpots summarise(Path jfrFile, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1 methods, but was " + top);
    }
    Map<String, Long> counts = new HashMap<>();
    long total = 0;
    try (RecordingFile in = new RecordingFile(jfrFile)) {
      while (in.hasMoreEvents()) {
        RecordedEvent e = in.readEvent();
        if (!e.getEventType().getName().equals(EXECUTION_SAMPLE) || e.getStackTrace() == null
            || e.getStackTrace().getFrames().isEmpty()) {
          continue;
        }
        RecordedFrame frame = e.getStackTrace().getFrames().get(0);
        RecordedMethod m = frame.getMethod();
        counts.merge(m.getType().getName() + "." + m.getName(), 1L, Long::sum);
        total++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JFR recording " + jfrFile, e);
    }
    List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey())).limit(top).toList();
    IntColumn rank = IntColumn.create("rank");
    StringColumn method = StringColumn.create("method");
    LongColumn n = LongColumn.create("samples");
    DoubleColumn share = DoubleColumn.create("share");
    for (int i = 0; i < sorted.size(); i++) {
      rank.append(i + 1);
      method.append(sorted.get(i).getKey());
      n.append(sorted.get(i).getValue());
      share.append(sorted.get(i).getValue() / (double) total);
    }
    return new HotSpots(jfrFile, total, Table.create("hot methods", rank, method, n, share));
  }

  @Override
  public String toString() {
    return String.format("HotSpots[%s, %d samples, top %d methods]", file, samples, table.rowCount());
  }
}
