package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.SyntheticObservations;
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
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepModelCommandTest {

  private static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.15, 1, 1, 0.007, 0.15, 10.38, -0.11);

  @TempDir
  static Path files;

  /** The last execution. */
  private Result last;

  /**
   * Forcings: the reference-case formulas on a 2 × 3 grid (lat 20.5, 21.5; lon 150.5..152.5), 120
   * days. Groups file: D1N1 with E and λ0 away from the truth. Observations: the truth's noise-free
   * biomass at cell (21.5, 152.5) every 10 days, placed 0.3° N and 0.2° W of the cell centre.
   */
  @BeforeAll
  static void write() throws IOException {
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(LocalDate.of(2000, 1, 1), 120).latitude(20.5, 21.5).longitude(150.5, 151.5, 152.5)
        .build();
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TRUTH)) {
      ForcingCsv.write(f, files.resolve("t.csv"), files.resolve("pp.csv"));
      ObservationSet obs = SyntheticObservations.sample(run, 10, 0, 1);
      StringBuilder sb = new StringBuilder("time,lat,lon,value\n");
      for (int i = 0; i < obs.size(); i++) {
        if (obs.latitude(i) == 21.5 && obs.longitude(i) == 152.5) {
          sb.append(String.format(Locale.ROOT, "%s,21.8,152.3,%s%n", obs.date(i), obs.value(i)));
        }
      }
      Files.writeString(files.resolve("obs.csv"), sb);
    }
    GroupsCsv.write(files.resolve("groups.csv"),
        List.of(TRUTH.withEnergyTransfert(0.3).withLambdaTemperature0(0.02)));
  }

  private int execute(String... args) {
    last = CliRun.command(new SweepCommand(), args);
    return last.status();
  }

  private String[] args(Path dir, String... more) {
    List<String> a = new java.util.ArrayList<>(List.of("model",
        "--temperature", files.resolve("t.csv").toString(),
        "--primary-production", files.resolve("pp.csv").toString(),
        "--groups", files.resolve("groups.csv").toString(),
        "--observations", files.resolve("obs.csv").toString(), "--out", dir.toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void aLandscapeFindsTheTruthAndPrintsOneJsonLine(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("landscape");
    int rc = execute(args(dir, "--axis", "D1N1.energy_transfert=0.05:0.25:5",
        "--axis", "D1N1.lambda_temperature_0=0.003:0.011:5", "--metric", "rmse", "--metric", "bias",
        "--threads", "2", "--progress-every", "10"));
    assertEquals(0, rc, last.err());
    List<String> lines = last.out().lines().toList();
    assertEquals(1, lines.size(), last.out());
    // 120 steps × 1 simulated cell (only the observed one of the 6).
    assertTrue(Pattern.compile("\\{\"combinations\": 25, \"bars_or_steps\": 120, \"kernel_s\": "
        + "[0-9.]+, \"results_s\": [0-9.]+, \"combination_bars_per_s\": [0-9.]+e[+-][0-9]+, .*\\}")
        .matcher(lines.get(0)).matches(), lines.get(0));
    List<String> results = Files.readAllLines(dir.resolve("results.csv"));
    assertEquals("combination,D1N1.energy_transfert,D1N1.lambda_temperature_0,rmse,bias",
        results.get(0));
    assertEquals(26, results.size());
    List<String> top = Files.readAllLines(dir.resolve("top.csv"));
    // Combination 12 = (E index 2, λ0 index 2) = (0.15, 0.007): the truth, rmse exactly 0.
    assertTrue(top.get(1).startsWith("12,0.15,0.007,0"), top.get(1));
    assertTrue(last.err().contains("1 cells"), last.err());
  }

  @Test
  void theFirstMetricRanksTopInItsDirection(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("bias");
    assertEquals(0, execute(args(dir, "--axis", "energy_transfert=0.1:0.2:3", "--metric", "bias",
        "--top", "2")), last.err());
    List<String> top = Files.readAllLines(dir.resolve("top.csv"));
    assertEquals(3, top.size());
    // With λ0 = 0.02 from the groups file, no E is unbiased; |bias| ranks, not bias.
    double first = Double.parseDouble(top.get(1).split(",")[2]);
    double second = Double.parseDouble(top.get(2).split(",")[2]);
    assertTrue(Math.abs(first) <= Math.abs(second), top.toString());
  }

  @Test
  void badAxesExitWithOneLineNamingTheProblem(@TempDir Path tmp) {
    assertEquals(1, execute(args(tmp.resolve("a"), "--axis", "D1N1.energy_transfert=0.1:0.2")));
    assertTrue(last.err().contains("--axis must be GROUP.PARAMETER=MIN:MAX:COUNT (e.g. "
        + "D1N1.energy_transfert=0.05:0.3:15), but was 'D1N1.energy_transfert=0.1:0.2'"),
        last.err());
    assertEquals(1, execute(args(tmp.resolve("b"), "--axis", "D2N1.tr_0=1:2:2")));
    assertTrue(last.err().contains("no group 'D2N1' in the groups file; its groups are [D1N1]"),
        last.err());
    assertEquals(1, execute(args(tmp.resolve("c"), "--axis", "D1N1.day_layer=1:2:2")));
    assertTrue(last.err().contains("'day_layer' is not a parameter a sweep can set"),
        last.err());
    assertEquals(1, execute(args(tmp.resolve("d"), "--axis", "D1N1.tr_0=-1:2:2")));
    assertTrue(last.err().contains("tr_0 [day] must be > 0, but was -1.0"), last.err());
    assertEquals(1, execute(args(tmp.resolve("f"), "--axis", "D1N1_tr_0=5:15:4")));
    assertTrue(last.err().contains("--axis 'D1N1_tr_0=5:15:4' uses the old spelling "
        + "GROUP_parameter; write D1N1.tr_0=5:15:4"), last.err());
    assertEquals(1, execute(args(tmp.resolve("e"), "--axis", "tr_0=1:2:2", "--metric", "rsme")));
    assertTrue(last.err().contains("unknown metric 'rsme'"), last.err());
    assertEquals("", last.out());
  }
}
