package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.cli.SeapopymCli;
import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingNetcdf;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.netcdf.NcType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of the command-line tests on Spark, written into one directory: forcings of a 5 × 4
 * grid over 40 days (one land cell, one cell with only its top layer) as NetCDF ({@code t.nc},
 * {@code pp.nc}) and CSV ({@code t.csv}, {@code pp.csv}), two groups ({@code groups.csv}), weekly
 * observations of the first group's biomass in two cells ({@code obs.csv}) and a space freeing
 * D1N1's E and λ0 ({@code space.csv}); and how to run {@code seapopym} on them.
 */
final class SparkInputs {

  static final String GROUPS =
      "name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,"
      + "tr_0,gamma_tr\n"
      + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n"
      + "D2N1,0.0834,2,1,0.0033333333333333335,0.075,5.19,-0.055\n";

  private SparkInputs() {}

  static void write(Path dir) throws IOException {
    Files.writeString(dir.resolve("groups.csv"), GROUPS);
    LocalDate start = LocalDate.of(2001, 3, 1);
    StringBuilder obs = new StringBuilder("time,lat,lon,value\n");
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(start, 40).latitude(20.5, 21.5, 22.5, 23.5, 24.5)
        .longitude(150.5, 151.5, 152.5, 153.5).seed(7).land(1, 2).topLayersOnly(0, 3, 1).build()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.DOUBLE);
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(GroupsCsv.read(dir.resolve("groups.csv")))) {
        for (int t = 0; t < 40; t += 7) {
          for (int x = 0; x < 2; x++) {
            obs.append(start.plusDays(t)).append(",20.5,").append(150.5 + x).append(',')
                .append(run.biomass(0, t, 0, x)).append('\n');
          }
        }
      }
    }
    Files.writeString(dir.resolve("obs.csv"), obs);
    Files.writeString(dir.resolve("space.csv"), """
        group,parameter,value,min,max
        D1N1,energy_transfert,,0,0.5
        D1N1,day_layer,1,,
        D1N1,night_layer,1,,
        D1N1,lambda_temperature_0,,0.001,0.1
        D1N1,gamma_lambda_temperature,0.15,,
        D1N1,tr_0,10.38,,
        D1N1,gamma_tr,-0.11,,
        """);
  }

  /** {@code seapopym run} on the forcings of extension {@code ext} (nc, csv) into {@code out}. */
  static String[] run(Path dir, String ext, Path out, String... more) {
    return concat(new String[] {"run", "--temperature", dir.resolve("t." + ext).toString(),
        "--primary-production", dir.resolve("pp." + ext).toString(),
        "--groups", dir.resolve("groups.csv").toString(), "--out", out.toString()}, more);
  }

  /** {@code seapopym sweep model} over 4 × 3 values of D1N1's E and λ0, rmse and bias. */
  static String[] sweep(Path dir, Path out, String... more) {
    return concat(new String[] {"sweep", "model", "--temperature", dir.resolve("t.nc").toString(),
        "--primary-production", dir.resolve("pp.nc").toString(),
        "--groups", dir.resolve("groups.csv").toString(),
        "--observations", dir.resolve("obs.csv").toString(), "--out", out.toString(),
        "--axis", "D1N1.energy_transfert=0.05:0.25:4",
        "--axis", "D1N1.lambda_temperature_0=0.003:0.011:3", "--metric", "rmse", "--metric", "bias",
        "--chunk-size", "2", "--threads", "2"}, more);
  }

  /** {@code seapopym calibrate}: a 3-generation CMA-ES of 8 individuals, seed 9. */
  static String[] calibrate(Path dir, Path out, String... more) {
    return concat(new String[] {"calibrate", "--temperature", dir.resolve("t.nc").toString(),
        "--primary-production", dir.resolve("pp.nc").toString(),
        "--observations", dir.resolve("obs.csv").toString(),
        "--space", dir.resolve("space.csv").toString(), "--out", out.toString(),
        "--population", "8", "--generations", "3", "--seed", "9", "--threads", "2"}, more);
  }

  /** Runs {@code seapopym args} in this JVM; returns stdout, failing the test on a non-zero exit. */
  static String cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(o, true), new PrintWriter(e, true))
        .execute(args);
    assertEquals(0, status, String.join(" ", args) + "\n" + e);
    return o.toString();
  }

  /** The bytes of {@code file} with every ISO time stamp (NetCDF's history attribute) blanked. */
  static byte[] withoutTimeStamps(Path file) throws IOException {
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return s.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "YYYY-MM-DDThh:mm:ssZ")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The names of the files in {@code d}, sorted. */
  static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String[] concat(String[] a, String... b) {
    String[] r = new String[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
