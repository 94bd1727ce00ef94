package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Input files for command-line tests, written into a directory: forcings {@code t.csv} and {@code
 * pp.csv} (the SeapoPym-case formulas, daily from 2000-01-01, one latitude and {@code lons}
 * longitudes), weekly observations {@code obs.csv} of {@link #TRUTH} at every cell, a space {@code
 * space.csv} freeing E and λ0, and {@code groups.csv} holding TRUTH.
 */
record CliInputs(Path dir) {

  static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.1668, 1, 1, 1 / 150.0, 0.15, 10.38, -0.11);
  static final LocalDate START = LocalDate.of(2000, 1, 1);

  /** Writes the files for {@code days} days and {@code lons} cells into {@code dir}. */
  static CliInputs write(Path dir, int days, int lons) throws IOException {
    Files.createDirectories(dir);
    double[] lon = new double[lons];
    for (int x = 0; x < lons; x++) {
      lon[x] = 150.5 + x;
    }
    StringBuilder obs = new StringBuilder("time,lat,lon,value\n");
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(START, days).latitude(20.5).longitude(lon).build()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(TRUTH)) {
        for (int t = 0; t < days; t += 7) {
          for (int x = 0; x < lons; x++) {
            obs.append(START.plusDays(t)).append(",20.5,").append(lon[x]).append(',')
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
    GroupsCsv.write(dir.resolve("groups.csv"), List.of(TRUTH));
    return new CliInputs(dir);
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  /** {@code calibrate} on these inputs into {@code out} (2 threads, seed 9), then {@code more}. */
  String[] calibrate(Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("calibrate", "--temperature", file("t.csv").toString(),
        "--primary-production", file("pp.csv").toString(), "--observations",
        file("obs.csv").toString(), "--space", file("space.csv").toString(), "--out",
        out.toString(), "--threads", "2", "--seed", "9"));
    a.addAll(Arrays.asList(more));
    return a.toArray(String[]::new);
  }

  /** {@code sweep model} over E × λ0 ({@code n} × {@code n}) into {@code out}, then {@code more}. */
  String[] sweep(Path out, int n, String... more) {
    List<String> a = new ArrayList<>(List.of("sweep", "model", "--temperature",
        file("t.csv").toString(), "--primary-production", file("pp.csv").toString(), "--groups",
        file("groups.csv").toString(), "--observations", file("obs.csv").toString(), "--axis",
        "D1N1.energy_transfert=0.05:0.3:" + n, "--axis", "D1N1.lambda_temperature_0=0.003:0.02:"
            + n, "--metric", "rmse", "--threads", "2", "--out", out.toString()));
    a.addAll(Arrays.asList(more));
    return a.toArray(String[]::new);
  }

  /** {@code run} on these inputs into {@code out}. */
  String[] run(Path out) {
    return new String[] {"run", "--temperature", file("t.csv").toString(), "--primary-production",
        file("pp.csv").toString(), "--groups", file("groups.csv").toString(), "--out",
        out.toString()};
  }
}
