package io.github.seapopym4j.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A seed ensemble: K independent calibrations of one problem with seeds S, S+1, …, S+K−1, run one
 * after the other through the same {@link PopulationEvaluator} (so they share its worker pool and
 * results do not depend on its thread count), each in its own directory {@code member-<seed>/} with
 * its logbook and checkpoint. Killed anywhere, it resumes: finished members stop again at once
 * from their checkpoints, the interrupted one continues, the rest start; the outputs are those of
 * an uninterrupted run.
 *
 * <pre>{@code
 * Ensemble e = Ensemble.run(seed -> Calibration.builder(CmaEs.withDefaults(), domain, evaluator)
 *     .stop(StopCriteria.evaluations(3000)), 1, 20, out, false);
 * e.writeCsv(out.resolve(Ensemble.CSV));
 * }</pre>
 *
 * @param names the free parameters, GROUP.parameter
 * @param members the members in seed order
 */
public record Ensemble(List<String> names, List<Member> members) {

  /** File of one row per member in the ensemble's directory. */
  public static final String CSV = "ensemble.csv";

  /**
   * One member.
   *
   * @param seed its seed
   * @param directory its output directory
   * @param result its calibration
   */
  public record Member(long seed, Path directory, CalibrationResult result) {

    /** Model evaluations spent, as {@link StopCriteria#maxEvaluations} counts them. */
    public long evaluations() {
      EvaluationBudget b = new EvaluationBudget();
      b.add(result.logbook());
      return b.spent();
    }
  }

  public Ensemble {
    names = List.copyOf(names);
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one member, but had none");
    }
  }

  /** The directory of the member with {@code seed} under {@code dir}. */
  public static Path memberDirectory(Path dir, long seed) {
    return dir.resolve("member-" + seed);
  }

  /**
   * Runs (or resumes) the ensemble.
   *
   * @param member a calibration for a seed, all settings but seed, directory and resume
   * @param firstSeed the first member's seed
   * @param k the number of members, &gt;= 1
   * @param dir where the member directories go
   * @param resume continue the members saved in {@code dir}
   */
  public static Ensemble run(LongFunction<Calibration.Builder> member, long firstSeed, int k,
      Path dir, boolean resume) {
    Objects.requireNonNull(dir, "dir");
    Checks.atLeast(k, 1, "ensemble members");
    List<Member> out = new ArrayList<>();
    List<String> names = null;
    for (int i = 0; i < k; i++) {
      long seed = firstSeed + i;
      Path d = memberDirectory(dir, seed);
      boolean saved = Files.exists(d.resolve(Calibration.CHECKPOINT));
      CalibrationResult r = member.apply(seed).seed(seed).directory(d).resume(resume && saved)
          .build().run();
      names = r.logbook().names();
      out.add(new Member(seed, d, r));
    }
    return new Ensemble(names, out);
  }

  /** The member of the lowest best fitness (the first on ties). */
  public Member best() {
    Member best = members.get(0);
    for (Member m : members) {
      if (m.result().bestFitness() < best.result().bestFitness()) {
        best = m;
      }
    }
    return best;
  }

  /** Writes {@value #CSV}: seed,best_fitness,evaluations,generations,stop_reason,&lt;names&gt;. */
  public void writeCsv(Path file) {
    AtomicFiles.write(file, w -> {
      w.write("seed,best_fitness,evaluations,generations,stop_reason," + String.join(",", names)
          + "\n");
      for (Member m : members) {
        CalibrationResult r = m.result();
        StringBuilder line = new StringBuilder().append(m.seed()).append(',')
            .append(r.bestFitness()).append(',').append(m.evaluations()).append(',')
            .append(r.logbook().generations()).append(',')
            .append(r.stopReason().name().toLowerCase(Locale.ROOT));
        for (double x : r.bestParameters()) {
          line.append(',').append(x);
        }
        w.write(line.append('\n').toString());
      }
    });
  }

  /**
   * The summary.json section: members and, per parameter, the median, 10th and 90th percentiles
   * (linear interpolation, as numpy's default) and the coefficient of variation (population
   * standard deviation over |mean|) of the members' best values.
   */
  public ObjectNode json() {
    ObjectNode o = Json.object().put("members", members.size());
    ObjectNode params = o.putObject("parameters");
    for (int j = 0; j < names.size(); j++) {
      double[] v = new double[members.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = members.get(i).result().bestParameters()[j];
      }
      ObjectNode p = params.putObject(names.get(j));
      Json.number(p, "median", percentile(v, 50));
      Json.number(p, "p10", percentile(v, 10));
      Json.number(p, "p90", percentile(v, 90));
      Json.number(p, "cv", cv(v));
    }
    return o;
  }

  /** The {@code q}-th percentile with linear interpolation between order statistics. */
  static double percentile(double[] v, double q) {
    double[] s = v.clone();
    Arrays.sort(s);
    double pos = q / 100 * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }

  static double cv(double[] v) {
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
    return Math.sqrt(var) / Math.abs(mean);
  }
}
