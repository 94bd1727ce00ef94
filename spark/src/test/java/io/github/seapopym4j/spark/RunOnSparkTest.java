package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.SeapopymCli;
import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingNetcdf;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.netcdf.NcType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seapopym run --engine spark} writes the files of the local engine: CSV byte for byte, NetCDF
 * byte for byte but for the time stamp of its {@code history} attribute.
 */
class RunOnSparkTest {

  static final String GROUPS =
      "name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,"
      + "tr_0,gamma_tr\n"
      + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n"
      + "D2N1,0.0834,2,1,0.0033333333333333335,0.075,5.19,-0.055\n";

  @TempDir
  static Path dir;

  /** A 5 × 4 grid, 40 days, one land cell and one cell with only its top layer. */
  @BeforeAll
  static void forcingsAndNoSharedContext() throws IOException {
    TestSpark.stop();
    writeForcings(dir);
  }

  static void writeForcings(Path dir) throws IOException {
    Files.writeString(dir.resolve("groups.csv"), GROUPS);
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2001, 3, 1), 40).latitude(20.5, 21.5, 22.5, 23.5, 24.5)
        .longitude(150.5, 151.5, 152.5, 153.5).seed(7).land(1, 2).topLayersOnly(0, 3, 1).build()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.DOUBLE);
    }
  }

  /** Runs {@code seapopym run} on the forcings of extension {@code ext} into {@code out}. */
  static String run(Path dir, String ext, String out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run",
        "--temperature", dir.resolve("t." + ext).toString(),
        "--primary-production", dir.resolve("pp." + ext).toString(),
        "--groups", dir.resolve("groups.csv").toString(), "--out", dir.resolve(out).toString()));
    args.addAll(List.of(extra));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(o, true), new PrintWriter(e, true))
        .execute(args.toArray(String[]::new));
    assertEquals(0, status, e.toString());
    return o.toString();
  }

  /** The bytes of {@code file} with every ISO time stamp (the history attribute) blanked. */
  static byte[] withoutTimeStamps(Path file) throws IOException {
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return s.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "YYYY-MM-DDThh:mm:ssZ")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void netcdfOutputsOnSparkInSeveralTasksAreTheLocalOnes() throws IOException {
    run(dir, "nc", "local-nc");
    String line = run(dir, "nc", "spark-nc", "--engine", "spark", "--master", "local[2]");
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
    run(dir, "csv", "local-csv");
    run(dir, "csv", "spark-csv", "--engine", "spark", "--master", "local[2]");
    List<String> files = names(dir.resolve("local-csv"));
    assertEquals(files, names(dir.resolve("spark-csv")));
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local-csv").resolve(f)),
          Files.readAllBytes(dir.resolve("spark-csv").resolve(f)), f);
    }
  }

  static List<String> names(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
