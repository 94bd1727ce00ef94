package io.github.seapopym4j.cli;

import io.github.seapopym4j.sensitivity.Design;
import io.github.seapopym4j.sensitivity.DesignResult;
import io.github.seapopym4j.sensitivity.SaltelliDesign;
import io.github.seapopym4j.sensitivity.SensitivityFiles;
import io.github.seapopym4j.sensitivity.SobolEstimator;
import io.github.seapopym4j.sensitivity.SobolIndices;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seapopym sensitivity sobol}: Sobol indices from a Saltelli design. Writes {@code
 * indices.csv}, with {@code --second-order} also {@code second_order.csv}, and {@code samples.csv};
 * prints one JSON line {@code {"method":"sobol",...}}.
 */
@Command(name = "sobol", mixinStandardHelpOptions = true,
    description = "Sobol first- and total-order (and second-order) indices with bootstrap "
        + "confidence intervals, from a Saltelli design of N·(k+2) (or N·(2k+2)) simulations.")
public final class SensitivitySobolCommand extends SensitivityBase {

  @Option(names = "--samples", required = true, paramLabel = "N",
      description = "Base sample size N, a power of two.")
  int samples;

  @Option(names = "--second-order",
      description = "Also second-order indices (adds k·N simulations; writes second_order.csv).")
  boolean secondOrder;

  @Override
  DesignRecipe design(int k) {
    int n = samples;
    boolean second = secondOrder;
    long s = seed;
    return () -> SaltelliDesign.of(k, n, second, s);
  }

  @Override
  int samples() {
    return samples;
  }

  @Override
  void analyze(DesignResult result, List<String> parameters, Path out) {
    SaltelliDesign d = (SaltelliDesign) result.design();
    List<SobolIndices> indices = IntStream.range(0, result.outputs().size()).mapToObj(o ->
        SobolEstimator.analyze(d, parameters, result.values()[o], bootstrap, seed + 1 + o)).toList();
    SensitivityFiles.writeIndices(out.resolve("indices.csv"), result.outputs(), indices);
    if (secondOrder) {
      SensitivityFiles.writeSecondOrder(out.resolve("second_order.csv"), result.outputs(), indices);
    }
  }
}
