package io.github.seapopym4j.cli;

import io.github.seapopym4j.sensitivity.Design;
import io.github.seapopym4j.sensitivity.DesignResult;
import io.github.seapopym4j.sensitivity.MorrisDesign;
import io.github.seapopym4j.sensitivity.MorrisEstimator;
import io.github.seapopym4j.sensitivity.MorrisIndices;
import io.github.seapopym4j.sensitivity.SensitivityFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seapopym sensitivity morris}: Morris screening. Writes {@code morris.csv} and {@code
 * samples.csv}; prints one JSON line {@code {"method":"morris",...}}.
 */
@Command(name = "morris", mixinStandardHelpOptions = true,
    description = "Morris elementary effects (mu, mu*, sigma, bootstrap interval on mu*) from R "
        + "trajectories of k+1 simulations on a p-level grid.")
public final class SensitivityMorrisCommand extends SensitivityBase {

  @Option(names = "--trajectories", required = true, paramLabel = "R",
      description = "Number of trajectories R (R·(k+1) simulations).")
  int trajectories;

  @Option(names = "--levels", paramLabel = "P", defaultValue = "4",
      description = "Grid levels p, even (default ${DEFAULT-VALUE}); step Δ = p/(2(p-1)).")
  int levels;

  @Option(names = "--candidates", paramLabel = "M", defaultValue = "0",
      description = "Campolongo's improved spread: draw M candidate trajectories and keep the R "
          + "most spread out (greedy; default ${DEFAULT-VALUE}: no selection, at most 2000).")
  int candidates;

  @Override
  DesignRecipe design(int k) {
    int r = trajectories;
    int p = levels;
    var m = candidates;
    long s = seed;
    return () -> MorrisDesign.of(k, r, p, m, s);
  }

  @Override
  int samples() {
    return trajectories;
  }

  @Override
  void analyze(DesignResult result, List<String> parameters, Path out) {
    MorrisDesign d = (MorrisDesign) result.design();
    List<MorrisIndices> indices = IntStream.range(0, result.outputs().size()).mapToObj(o ->
        MorrisEstimator.analyze(d, parameters, result.values()[o], bootstrap, seed + 1 + o)).toList();
    SensitivityFiles.writeMorris(out.resolve("morris.csv"), result.outputs(), indices);
  }
}
