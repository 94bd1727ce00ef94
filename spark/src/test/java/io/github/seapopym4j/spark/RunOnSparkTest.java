package io.github.seapopym4j.spark;

import static io.github.seapopym4j.spark.SparkInputs.cli;
import static io.github.seapopym4j.spark.SparkInputs.names;
import static io.github.seapopym4j.spark.SparkInputs.withoutTimeStamps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seapopym run --engine spark} writes the files of the local engine: CSV byte for byte, NetCDF
 * byte for byte but for the time stamp of its {@code history} attribute; {@code sweep model} and
 * {@code sweep bollinger} on Spark write the results of the local engine.
 */
class RunOnSparkTest {

  @TempDir
  static Path dir;

  @BeforeAll
  static void inputsAndNoSharedContext() throws IOException {
    TestSpark.stop();
    SparkInputs.write(dir);
  }

  @Test
  void netcdfOutputsOnSparkInSeveralTasksAreTheLocalOnes() throws IOException {
    cli(SparkInputs.run(dir, "nc", dir.resolve("local-nc")));
    String line = cli(SparkInputs.run(dir, "nc", dir.resolve("spark-nc"), "--engine", "spark",
        "--master", "local[2]"));
    assertTrue(line.contains("in 3 tasks of up to 2 rows on local[2]"), line);
    assertArrayEquals(withoutTimeStamps(dir.resolve("local-nc/outputs.nc")),
        withoutTimeStamps(dir.resolve("spark-nc/outputs.nc")));
    for (String f : new String[] {"groups.csv", "land.csv"}) {
      assertEquals(Files.readString(dir.resolve("local-nc").resolve(f)),
          Files.readString(dir.resolve("spark-nc").resolve(f)), f);
    }
    assertEquals(List.of("groups.csv", "land.csv", "outputs.nc"), names(dir.resolve("spark-nc")));
  }

  @Test
  void csvOutputsOnSparkAreTheLocalOnesByteForByte() throws IOException {
    cli(SparkInputs.run(dir, "csv", dir.resolve("local-csv")));
    cli(SparkInputs.run(dir, "csv", dir.resolve("spark-csv"), "--engine", "spark", "--master",
        "local[2]"));
    List<String> files = names(dir.resolve("local-csv"));
    assertEquals(files, names(dir.resolve("spark-csv")));
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local-csv").resolve(f)),
          Files.readAllBytes(dir.resolve("spark-csv").resolve(f)), f);
    }
  }

  @Test
  void sweepModelOnSparkWritesTheResultsOfTheLocalEngine() throws IOException {
    cli(SparkInputs.sweep(dir, dir.resolve("sweep-local")));
    cli(SparkInputs.sweep(dir, dir.resolve("sweep-spark"), "--engine", "spark", "--master",
        "local[2]"));
    for (String f : new String[] {"results.csv", "top.csv"}) {
      assertEquals(Files.readString(dir.resolve("sweep-local").resolve(f)),
          Files.readString(dir.resolve("sweep-spark").resolve(f)), f);
    }
  }

  @Test
  void calibrateOnSparkGivesTheLocalLogbookAndRecordsTheMaster() throws IOException {
    cli(SparkInputs.calibrate(dir, dir.resolve("cal-local")));
    cli(SparkInputs.calibrate(dir, dir.resolve("cal-spark"), "--engine", "spark", "--master",
        "local[2]"));
    assertEquals(withoutWallTime(dir.resolve("cal-local/logbook.csv")),
        withoutWallTime(dir.resolve("cal-spark/logbook.csv")));
    String summary = Files.readString(dir.resolve("cal-spark/summary.json"));
    assertTrue(summary.replaceAll("\\s", "").contains("\"master\":\"local[2]\""), summary);
  }

  /** The logbook without its last column, wall_ms. */
  static List<String> withoutWallTime(Path logbook) throws IOException {
    return Files.readAllLines(logbook).stream().map(l -> l.substring(0, l.lastIndexOf(',')))
        .toList();
  }

  @Test
  void sweepBollingerOnSparkWritesTheResultsOfTheLocalEngine() throws IOException {
    String[] common = {"sweep", "bollinger", "--bars", "2000", "--grid", "4x3x2", "--chunk-size",
        "5", "--threads", "2"};
    cli(SparkInputs.concat(common, "--out", dir.resolve("boll-local").toString()));
    cli(SparkInputs.concat(common, "--out", dir.resolve("boll-spark").toString(), "--engine",
        "spark", "--master", "local[2]"));
    for (String f : new String[] {"results.csv", "top.csv"}) {
      assertEquals(Files.readString(dir.resolve("boll-local").resolve(f)),
          Files.readString(dir.resolve("boll-spark").resolve(f)), f);
    }
  }
}
