package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 5: a calibration with no finite evaluation fails, fixed parameters are checked
 * against the forcings before any evaluation, and an out-of-memory error is never a penalty.
 */
class CalibrationFailuresCliTest {

  @TempDir
  Path dir;

  private static final String SPACE = """
      group,parameter,value,min,max
      G,energy_transfert,,0.05,0.5
      G,day_layer,%d,,
      G,night_layer,1,,
      G,lambda_temperature_0,,0.001,0.01
      G,gamma_lambda_temperature,0.15,,
      G,tr_0,10.38,,
      G,gamma_tr,-0.11,,
      """;

  private CliRun.Result calibrate(int dayLayer, String obsRows, String... more) throws IOException {
    Path[] f = CliRun.forcings(dir, 30, 3, 20, 1, (d, lon, l, line) -> line);
    Path space = Files.writeString(dir.resolve("space.csv"), String.format(SPACE, dayLayer));
    Path obs = Files.writeString(dir.resolve("obs.csv"), "time,lat,lon,value\n" + obsRows);
    List<String> a = new ArrayList<>(List.of("--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--observations", obs.toString(), "--space",
        space.toString(), "--out", dir.resolve("cal").toString(), "--threads", "1",
        "--population", "4", "--generations", "2"));
    a.addAll(Arrays.asList(more));
    return CliRun.run(new CalibrateCommand(), a.toArray(String[]::new));
  }

  @Test
  void aDayLayerTheForcingsLackIsAnUpFrontError() throws IOException {
    CliRun.Result r = calibrate(7, "2000-01-10,0.5,0.5,1\n2000-01-20,0.5,1.5,2\n");
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("parameter space: group 'G': day_layer 7 is not a layer of the "
        + "forcings") && r.err().contains("which have the layer labels [1, 2, 3]; no evaluation "
        + "was run"), r.err());
    assertTrue(Files.notExists(dir.resolve("cal/logbook.csv")), "nothing evaluated");
  }

  /** Constant observations make Pearson's correlation NaN for every individual. */
  @Test
  void aCalibrationWhereEveryEvaluationFailsExitsNonZero() throws IOException {
    CliRun.Result r = calibrate(1, "2000-01-10,0.5,0.5,1\n2000-01-20,0.5,1.5,1\n",
        "--metric", "pearson");
    assertEquals(1, r.status(), r.toString());
    // the count depends on the default optimiser (CMA-ES with restarts stops a flat cost early)
    assertTrue(r.err().contains("seapopym: error: no evaluation succeeded: all ")
        && r.err().contains(" individuals evaluated failed and got the penalty (first failure: "
        + "objective value was NaN)"), r.err());
    assertTrue(Files.notExists(dir.resolve("cal/best.csv")), "no best.csv");
  }

  @Test
  void anOutOfMemoryErrorIsNeverAPenalty() {
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(x -> {
      if (x[0] > 0.5) {
        throw new OutOfMemoryError("Cannot allocate 2100000000 bytes");
      }
      return x[0];
    }).threads(1).build()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ev.evaluate(new double[][] {{0.1}, {0.9}}));
      assertTrue(e.getMessage().startsWith("out of memory evaluating individual #1 [0.9] (Cannot "
          + "allocate 2100000000 bytes); this is not a bad parameter set, so it is not given a "
          + "penalty"), e.getMessage());
    }
  }
}
