package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.kernel.Production;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The model against the SeapoPym v0.1 reference cases 1, 3 and 4, the cohort thresholds, the
 * pre-production trace and the published constant-forcing benchmark (reference/cases/README.md).
 * Tolerance: {@link Tolerance}.
 */
class NoTransportModelCasesTest {

  private static List<FunctionalGroup> groups;

  @BeforeAll
  static void readGroups() {
    groups = GroupsCsv.read(Reference.path("cases/case_functional_groups.csv"));
  }

  /** A 1-cell forcing set from the forcing columns of case 1 or 3. */
  private static ForcingSet oneCell(Map<String, double[]> cols, TimeAxis time) {
    int n = time.size();
    double[] t = new double[n * 3];
    for (int i = 0; i < n; i++) {
      t[3 * i] = cols.get("T_layer1_degC")[i];
      t[3 * i + 1] = cols.get("T_layer2_degC")[i];
      t[3 * i + 2] = cols.get("T_layer3_degC")[i];
    }
    return ForcingSet.builder().time(time).latitude(22.75).longitude(-158).layers(1, 2, 3)
        .temperature(t).primaryProduction(cols.get("npp_g_m2_day").clone()).source("case forcings")
        .build();
  }

  private static Map<String, double[]> case1(List<String> dates) {
    return Reference.columns("cases/case1_1d_daily_4fg.csv", dates);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void case1DailyMatchesEveryColumn(KernelStrategy strategy) {
    List<String> dates = new ArrayList<>();
    Map<String, double[]> cols = case1(dates);
    TimeAxis time = TimeAxis.daily(LocalDate.parse(dates.get(0)), dates.size());
    Tolerance tol = new Tolerance("case 1");
    try (ForcingSet f = oneCell(cols, time);
        NoTransportModel explicit = NoTransportModel.prepare(f, ModelConfig.defaults(), strategy);
        NoTransportModel implicit = NoTransportModel.prepare(f,
            ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT), strategy);
        ModelRun e = explicit.start(groups);
        ModelRun i = implicit.start(groups)) {
      for (int t = 0; t < time.size(); t++) {
        tol.check(cols.get("day_length_frac")[t], e.dayLength(t, 0, 0), "day length t=" + t);
        for (int g = 0; g < groups.size(); g++) {
          String n = groups.get(g).name();
          String at = n + " t=" + t;
          tol.check(cols.get(n + "_avg_temperature_gillooly")[t], e.averageTemperature(g, t, 0, 0), "Tm " + at);
          tol.check(cols.get(n + "_mortality_per_day")[t], e.mortality(g, t, 0, 0), "λ " + at);
          tol.check(cols.get(n + "_recruited_g_m2_day")[t], e.recruitedProduction(g, t, 0, 0), "R " + at);
          tol.check(cols.get(n + "_recruited_g_m2_day")[t], i.recruitedProduction(g, t, 0, 0), "R impl " + at);
          tol.check(cols.get(n + "_biomass_explicit_g_m2")[t], e.biomass(g, t, 0, 0), "B expl " + at);
          tol.check(cols.get(n + "_biomass_implicit_g_m2")[t], i.biomass(g, t, 0, 0), "B impl " + at);
        }
      }
    }
    tol.assertAllAgree();
    assertEquals(731L * (1 + 4 * 6), tol.compared());
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void case1CohortThresholdsMatch(KernelStrategy strategy) {
    List<String> names = new ArrayList<>();
    Map<String, double[]> cols = Reference.columns("cases/case1_min_temperature_by_cohort.csv", names);
    List<String> dates = new ArrayList<>();
    TimeAxis time = TimeAxis.daily(LocalDate.of(2000, 1, 1), 10);
    Map<String, double[]> forcing = case1(dates);
    Tolerance tol = new Tolerance("case 1 Tmin");
    try (ForcingSet f = oneCell(truncate(forcing, 10), time);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults(), strategy);
        ModelRun run = model.start(groups)) {
      for (int g = 0; g < groups.size(); g++) {
        assertEquals(groups.get(g).name(), names.get(g));
        double[] tmin = run.minTemperature(g);
        for (int k = 0; k < cols.size(); k++) {
          double expected = cols.get(String.valueOf(k))[g];
          if (k < tmin.length) {
            tol.check(expected, tmin[k], names.get(g) + " cohort " + k);
          } else {
            assertTrue(Double.isNaN(expected), "reference pads beyond the cohort count with NaN");
          }
        }
      }
    }
    tol.assertAllAgree();
  }

  /**
   * The cohort state over the first 60 days: {@code preproduction[t, k]} after injecting E·PP(t) and
   * before recruitment, the recruitment mask, and at t = 59 the aged carry-out (upstream overwrites
   * the last index), reproduced with the {@link Production} kernel on the model's Tm and Tmin.
   */
  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void case1PreproductionTraceMatchesTheCohortKernel(KernelStrategy strategy) {
    List<String[]> rows = Reference.rows("cases/case1_preproduction_first60days.csv");
    List<String> dates = new ArrayList<>();
    Map<String, double[]> cols = truncate(case1(dates), 60);
    TimeAxis time = TimeAxis.daily(LocalDate.of(2000, 1, 1), 60);
    Tolerance tol = new Tolerance("case 1 pre-production");
    int masks = 0;
    try (ForcingSet f = oneCell(cols, time);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults(), strategy);
        ModelRun run = model.start(groups)) {
      for (int g = 0; g < groups.size(); g++) {
        FunctionalGroup fg = groups.get(g);
        double[] tmin = run.minTemperature(g);
        double[][] state = new double[60][];
        boolean[][] mask = new boolean[60][tmin.length];
        double[] cohorts = new double[tmin.length];
        for (int t = 0; t < 60; t++) {
          double tm = run.averageTemperature(g, t, 0, 0);
          Production.inject(cohorts, fg.energyTransfert() * cols.get("npp_g_m2_day")[t]);
          state[t] = cohorts.clone();
          for (int k = 0; k < tmin.length; k++) {
            mask[t][k] = tm >= tmin[k];
          }
          Production.recruit(cohorts, tmin, tm);
          Production.age(cohorts);
        }
        state[59] = cohorts.clone();
        for (String[] r : rows.subList(1, rows.size())) {
          if (!r[0].equals(fg.name())) {
            continue;
          }
          int t = Integer.parseInt(r[1]);
          int k = Integer.parseInt(r[2]);
          tol.check(Double.parseDouble(r[3]), state[t][k], fg.name() + " t=" + t + " k=" + k);
          assertEquals(Boolean.parseBoolean(r[4].toLowerCase()), mask[t][k],
              "recruit mask of " + fg.name() + " t=" + t + " k=" + k);
          masks++;
        }
      }
    }
    tol.assertAllAgree();
    assertEquals(rows.size() - 1, masks, "every reference row was compared");
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void case3WeeklyMatchesEveryColumn(KernelStrategy strategy) {
    List<String> dates = new ArrayList<>();
    Map<String, double[]> cols = Reference.columns("cases/case3_1d_weekly_4fg.csv", dates);
    TimeAxis time = new TimeAxis(LocalDate.parse(dates.get(0)), 7, dates.size());
    assertEquals(LocalDate.parse(dates.get(dates.size() - 1)), time.end());
    Tolerance tol = new Tolerance("case 3");
    try (ForcingSet f = oneCell(cols, time);
        NoTransportModel explicit = NoTransportModel.prepare(f, ModelConfig.defaults(), strategy);
        NoTransportModel implicit = NoTransportModel.prepare(f,
            ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT), strategy);
        ModelRun e = explicit.start(groups);
        ModelRun i = implicit.start(groups)) {
      for (int t = 0; t < time.size(); t++) {
        tol.check(cols.get("day_length_frac")[t], e.dayLength(t, 0, 0), "day length t=" + t);
        for (int g = 0; g < groups.size(); g++) {
          String n = groups.get(g).name();
          tol.check(cols.get(n + "_recruited_g_m2_day")[t], e.recruitedProduction(g, t, 0, 0), "R " + n + t);
          tol.check(cols.get(n + "_biomass_explicit_g_m2")[t], e.biomass(g, t, 0, 0), "B expl " + n + t);
          tol.check(cols.get(n + "_biomass_implicit_g_m2")[t], i.biomass(g, t, 0, 0), "B impl " + n + t);
        }
      }
    }
    tol.assertAllAgree();
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void case4WithoutGilloolyMatchesTheV01LightModel(KernelStrategy strategy) {
    List<String> dates = new ArrayList<>();
    Map<String, double[]> forcing = case1(dates);
    Map<String, double[]> cols = Reference.columns(
        "cases/case4_1d_daily_lightmodel_v0.1_no_gillooly.csv", new ArrayList<>());
    TimeAxis time = TimeAxis.daily(LocalDate.parse(dates.get(0)), dates.size());
    Tolerance tol = new Tolerance("case 4");
    try (ForcingSet f = oneCell(forcing, time);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults().withGillooly(false), strategy);
        ModelRun run = model.start(groups)) {
      for (int t = 0; t < time.size(); t++) {
        for (int g = 0; g < groups.size(); g++) {
          String n = groups.get(g).name();
          tol.check(cols.get(n + "_biomass_explicit_g_m2_NO_GILLOOLY")[t], run.biomass(g, t, 0, 0),
              n + " t=" + t);
        }
      }
    }
    tol.assertAllAgree();
  }

  /**
   * The benchmark published with SeapoPym v0.1: constant T ∈ {0, 10, 20, 30} °C (one cell each),
   * NPP = 300 mg m⁻² d⁻¹ given as float32 (0.3f g), biomass in mg m⁻² (g × 1000). The benchmark's
   * forcings are float32 (temperature too: its Gillooly transform ran in float32, which moves λ by
   * ~1e-7 relative), so the forcing set is FLOAT.
   */
  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void constantForcingBenchmarkMatches(KernelStrategy strategy) {
    List<String[]> rows = Reference.rows("cases/benchmark_constant_forcing_v0.1_explicit.csv");
    int days = 2555;
    double[] temps = {0, 10, 20, 30};
    double[] t = new double[days * temps.length];
    double[] pp = new double[days * temps.length];
    for (int d = 0; d < days; d++) {
      for (int c = 0; c < temps.length; c++) {
        t[d * temps.length + c] = temps[c];
        pp[d * temps.length + c] = 0.3f;
      }
    }
    FunctionalGroup g = FunctionalGroup.builder("benchmark").energyTransfert(0.1668).layers(1, 1)
        .lambdaTemperature0(0.006667).gammaLambdaTemperature(0.15)
        .tr0(10.38).gammaTr(-0.11).build();
    Tolerance tol = new Tolerance("benchmark");
    try (ForcingSet f = ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), days).latitude(0)
            .longitude(0, 1, 2, 3).layers(1).temperature(t).primaryProduction(pp)
            .dataType(org.nd4j.linalg.api.buffer.DataType.FLOAT).build();
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults(), strategy);
        ModelRun run = model.start(g)) {
      for (String[] r : rows.subList(1, rows.size())) {
        int c = java.util.Arrays.binarySearch(temps, Double.parseDouble(r[0]));
        int day = Integer.parseInt(r[1]);
        tol.check(Double.parseDouble(r[2]), run.biomass(0, day - 1, 0, c) * 1000, "T=" + r[0] + " day " + day);
      }
    }
    tol.assertAllAgree();
    assertEquals(days * 4L, tol.compared());
  }

  private static Map<String, double[]> truncate(Map<String, double[]> cols, int n) {
    Map<String, double[]> out = new java.util.LinkedHashMap<>();
    cols.forEach((k, v) -> out.put(k, java.util.Arrays.copyOf(v, n)));
    return out;
  }
}
