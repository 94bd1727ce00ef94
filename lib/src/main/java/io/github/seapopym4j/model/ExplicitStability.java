package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Mortality;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the explicit biomass scheme {@code B_t = B_{t−1} + dt·R − dt·λ·B_{t−1}} stops being a decay:
 * with {@code λ·dt ≥ 1} a step removes more biomass than there is, so biomass turns negative,
 * oscillates or grows to NaN (SeapoPym v0.1 does the same, silently). The implicit scheme has no such
 * limit. Checked from the model's mean temperatures before any run: λ = λ0·exp(γλ·max(Tm, 0)).
 */
public final class ExplicitStability {

  private ExplicitStability() {}

  /**
   * The warning for {@code groups} on {@code model} under the explicit scheme, naming each unstable
   * group with its first cell and date and its largest λ·dt; empty when every λ·dt &lt; 1 or the
   * scheme is implicit.
   */
  public static Optional<String> check(NoTransportModel model, List<FunctionalGroup> groups) {
    PreparedContext c = model.context();
    if (c.config().scheme() != BiomassScheme.EXPLICIT) {
      return Optional.empty();
    }
    List<String> unstable = new ArrayList<>();
    for (FunctionalGroup g : groups) {
      first(c, g).ifPresent(unstable::add);
    }
    if (unstable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(warning(unstable));
  }

  /** How the warning names one unstable group: its first date and cell, λ there, dt, largest λ·dt. */
  static String unstableGroup(FunctionalGroup g, java.time.LocalDate from, double lat, double lon,
      double lambda, int dt, double largestLambdaDt) {
    return String.format("group '%s' from %s in cell lat %s, lon %s (λ = %.4g d⁻¹, dt = %s d, "
        + "largest λ·dt %.4g)", g.name(), from, lat, lon, lambda, dt, largestLambdaDt);
  }

  /** λ = λ0·exp(γλ·max(Tm, 0)) of {@code g} [1/day]. */
  static double rate(FunctionalGroup g, double tm) {
    return Mortality.rate(g.lambdaTemperature0(), g.gammaLambdaTemperature(), Math.max(tm, 0));
  }

  /** The warning naming the unstable groups, each "group 'X' from DATE in cell ...". */
  static String warning(List<String> unstable) {
    return String.format("the explicit scheme is unstable where λ·dt ≥ 1 (biomass may turn "
        + "negative, oscillate or become NaN): %s; use --scheme implicit", String.join("; ", unstable));
  }

  /**
   * How many of {@code parameterSets} (each the groups of one individual) have a group with λ·dt ≥ 1
   * somewhere on {@code model}: the individuals a calibration ran in the unstable regime of the
   * explicit scheme. The largest mean temperature is computed once per layer pair.
   */
  public static int countUnstable(NoTransportModel model, Iterable<List<FunctionalGroup>> parameterSets) {
    PreparedContext c = model.context();
    java.util.Map<List<Integer>, Double> maxT = new java.util.HashMap<>();
    int n = 0;
    for (List<FunctionalGroup> groups : parameterSets) {
      boolean unstable = false;
      for (FunctionalGroup g : groups) {
        double t = maxT.computeIfAbsent(List.of(g.dayLayer(), g.nightLayer()),
            k -> maxTemperature(c, g));
        unstable |= rate(g, t) * c.time().stepDays() >= 1;
      }
      n += unstable ? 1 : 0;
    }
    return n;
  }

  private static double maxTemperature(PreparedContext c, FunctionalGroup g) {
    DoubleBuffer tm = temperatures(c, g);
    double max = Double.NaN;
    for (int i = 0; i < tm.limit(); i++) {
      double v = Math.max(tm.get(i), 0);
      if (!(v <= max)) {
        max = v;
      }
    }
    return max;
  }

  private static DoubleBuffer temperatures(PreparedContext c, FunctionalGroup g) {
    int day = c.layerIndex(g.dayLayer());
    int night = c.layerIndex(g.nightLayer());
    if (day < 0 || night < 0) {
      // not a layer of the forcings: starting the run reports it; nothing to check here
      return DoubleBuffer.allocate(0);
    }
    return c.averageTemperature(day, night);
  }

  private static Optional<String> first(PreparedContext c, FunctionalGroup g) {
    DoubleBuffer tm = temperatures(c, g);
    int cells = c.cellCount();
    double dt = c.time().stepDays();
    for (int i = 0; i < tm.limit(); i++) {
      double t = tm.get(i);
      if (Double.isNaN(t)) {
        continue;
      }
      double lambda = rate(g, t);
      if (lambda * dt >= 1) {
        int cell = i % cells;
        int row = Arrays.binarySearch(c.cells().rows(), c.cells().latIndex(cell));
        int col = Arrays.binarySearch(c.cells().columns(), c.cells().lonIndex(cell));
        return Optional.of(unstableGroup(g, c.time().date(i / cells), c.latitude()[row],
            c.longitude()[col], lambda, c.time().stepDays(), maxLambdaDt(c, g)));
      }
    }
    return Optional.empty();
  }

  private static double maxLambdaDt(PreparedContext c, FunctionalGroup g) {
    return rate(g, maxTemperature(c, g)) * c.time().stepDays();
  }
}
