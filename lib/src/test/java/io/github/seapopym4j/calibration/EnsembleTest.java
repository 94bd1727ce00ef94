package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleTest {

  static final Domain DOMAIN = Domain.cube(3, -2, 2);
  static final Objective SHIFTED_SPHERE = x -> {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - 0.3 * i) * (x[i] - 0.3 * i);
    }
    return s;
  };

  @TempDir
  Path dir;

  /** A 4-member ensemble of CMA-ES (IPOP) with early stopping and an evaluation budget. */
  static Ensemble run(PopulationEvaluator ev, Path out, boolean resume,
      CalibrationListener listener) {
    return Ensemble.run(seed -> Calibration.builder(CmaEs.withDefaults()
            .restarts(CmaEs.RestartStrategy.IPOP, 2), DOMAIN, ev)
        .stop(StopCriteria.evaluations(300).withPatience(5, 1e-3, 10)).listener(listener),
        7, 4, out, resume);
  }

  /** ensemble.csv and every member's logbook without its wall-time column. */
  static List<String> outputs(Path out) throws Exception {
    List<String> all = new ArrayList<>(List.of(Files.readString(out.resolve(Ensemble.CSV))));
    for (long seed = 7; seed < 11; seed++) {
      all.add(Logbook.read(Ensemble.memberDirectory(out, seed).resolve(Calibration.LOGBOOK))
          .csv(false));
    }
    return all;
  }

  @Test
  void aKilledEnsembleResumesToTheOutputsOfAnUninterruptedOne() throws Exception {
    Path straight = dir.resolve("straight");
    Path killed = dir.resolve("killed");
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(SHIFTED_SPHERE).threads(2)
        .build()) {
      run(ev, straight, false, CalibrationListener.none()).writeCsv(straight.resolve(Ensemble.CSV));
      AtomicInteger generations = new AtomicInteger();
      // Killed in the second member's 6th generation (the first takes fewer than 40).
      CalibrationListener kill = g -> {
        if (generations.incrementAndGet() > 40) {
          throw new IllegalStateException("killed");
        }
      };
      assertThrows(IllegalStateException.class, () -> run(ev, killed, false, kill));
      assertTrue(Files.exists(Ensemble.memberDirectory(killed, 8).resolve(Calibration.CHECKPOINT)),
          "the kill happened after the first member");
      run(ev, killed, true, CalibrationListener.none()).writeCsv(killed.resolve(Ensemble.CSV));
    }
    assertEquals(outputs(straight), outputs(killed));
  }

  @Test
  void oneAndTwoThreadsGiveTheSameEnsemble() throws Exception {
    for (int t = 1; t <= 2; t++) {
      try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(SHIFTED_SPHERE).threads(t)
          .build()) {
        Path out = dir.resolve("t" + t);
        run(ev, out, false, CalibrationListener.none()).writeCsv(out.resolve(Ensemble.CSV));
      }
    }
    assertEquals(outputs(dir.resolve("t1")), outputs(dir.resolve("t2")));
  }

  @Test
  void theCsvAndSummaryDescribeEveryMemberAndTheSpreadOfEachParameter() throws Exception {
    Ensemble e;
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(SHIFTED_SPHERE).threads(2)
        .build()) {
      e = run(ev, dir, false, CalibrationListener.none());
    }
    e.writeCsv(dir.resolve(Ensemble.CSV));
    List<String> csv = Files.readAllLines(dir.resolve(Ensemble.CSV));
    assertEquals("seed,best_fitness,evaluations,generations,stop_reason,x0,x1,x2", csv.get(0));
    assertEquals(5, csv.size());
    assertTrue(csv.get(1).startsWith("7,"), csv.get(1));
    for (Ensemble.Member m : e.members()) {
      assertTrue(m.evaluations() >= 1 && m.evaluations() <= 300 + 40, "budget 300 + one generation");
      assertTrue(Files.exists(m.directory().resolve(Calibration.LOGBOOK)));
    }
    String json = e.json().toString();
    assertTrue(json.startsWith("{\"members\":4,\"parameters\":{\"x0\":{\"median\":"), json);
    assertEquals(2.5, Ensemble.percentile(new double[] {4, 1, 3, 2}, 50), 1e-15);
    assertEquals(1.3, Ensemble.percentile(new double[] {4, 1, 3, 2}, 10), 1e-12);
  }
}
