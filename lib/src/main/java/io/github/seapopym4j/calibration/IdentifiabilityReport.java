package io.github.seapopym4j.calibration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link Identifiability} found at a calibration's best point: parameter correlations, 1-D
 * cost profiles, the poorly constrained parameters, and the same in words ({@link #sentences()}).
 *
 * @param names the free parameters, GROUP.parameter
 * @param correlation the correlation matrix, {@code correlation[i][j]} for names i and j
 * @param profiles one cost profile per parameter, in {@code names} order
 * @param poorlyConstrained the parameters across whose range the cost barely changes
 * @param notes caveats of the estimate (a best point on a bound, failures, no minimum)
 */
public record IdentifiabilityReport(List<String> names, double[][] correlation,
    List<Profile> profiles, List<String> poorlyConstrained, List<String> notes) {

  /** File of the pairwise correlations in a calibration's output directory. */
  public static final String CSV = "identifiability.csv";
  /** File of the cost profiles in a calibration's output directory. */
  public static final String PROFILES = "profiles.csv";

  /**
   * The cost along one parameter with the others at the best point.
   *
   * @param parameter GROUP.parameter
   * @param points {value, fitness} pairs in increasing value
   */
  public record Profile(String parameter, List<double[]> points) {
    public Profile {
      points = List.copyOf(points);
    }

    /** The highest finite cost of the profile (NaN when none is finite). */
    public double maxFitness() {
      return points.stream().mapToDouble(p -> p[1]).filter(v -> v < PopulationEvaluator.PENALTY)
          .max().orElse(Double.NaN);
    }
  }

  public IdentifiabilityReport {
    names = List.copyOf(names);
    profiles = List.copyOf(profiles);
    poorlyConstrained = List.copyOf(poorlyConstrained);
    notes = List.copyOf(notes);
    if (correlation.length != names.size()) {
      throw new IllegalArgumentException(String.format("correlation matrix has %d rows, but there "
          + "are %d parameters", correlation.length, names.size()));
    }
  }

  /** The correlation of parameters {@code a} and {@code b} (by name). */
  public double correlation(String a, String b) {
    return correlation[index(a)][index(b)];
  }

  /** The pairs (i &lt; j) with |r| &gt;= {@link Identifiability#STRONG}, as "A|B". */
  public List<String> tradedOffPairs() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (Math.abs(correlation[i][j]) >= Identifiability.STRONG) {
          out.add(names.get(i) + "|" + names.get(j));
        }
      }
    }
    return out;
  }

  /** What the report means, in a modeller's words, one sentence per finding. */
  public List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        double r = correlation[i][j];
        if (Math.abs(r) >= Identifiability.STRONG) {
          String a = names.get(i);
          String b = names.get(j);
          out.add(r > 0
              ? String.format(Locale.ROOT, "the observations constrain %s/%s, not each (r = %.2f: "
                  + "raising one is made up by raising the other)", a, b, r)
              : String.format(Locale.ROOT, "the observations constrain %s×%s, not each (r = %.2f: "
                  + "raising one is made up by lowering the other)", a, b, r));
        }
      }
    }
    for (String p : poorlyConstrained) {
      out.add(String.format(Locale.ROOT, "the cost changes by less than %.0f %% across the whole "
          + "range of %s: the observations hardly constrain it", 100 * Identifiability.FLAT, p));
    }
    if (out.isEmpty()) {
      out.add(String.format(Locale.ROOT, "every free parameter is constrained on its own: no pair "
          + "has |r| >= %.1f and every profile rises by more than %.0f %% across its range",
          Identifiability.STRONG, 100 * Identifiability.FLAT));
    }
    out.addAll(notes);
    return out;
  }

  /** The summary.json section: correlations by "A|B", poorly_constrained, note. */
  public ObjectNode json() {
    ObjectNode o = Json.object();
    ObjectNode c = o.putObject("correlations");
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Json.number(c, names.get(i) + "|" + names.get(j), correlation[i][j]);
      }
    }
    ArrayNode flat = o.putArray("poorly_constrained");
    poorlyConstrained.forEach(flat::add);
    ArrayNode pairs = o.putArray("traded_off");
    tradedOffPairs().forEach(pairs::add);
    return o.put("note", String.join("; ", sentences()) + ".");
  }

  /** Writes {@value #CSV} (parameter_a,parameter_b,correlation; every pair i &lt; j) atomically. */
  public void writeCorrelations(Path file) {
    AtomicFiles.write(file, w -> {
      w.write("parameter_a,parameter_b,correlation\n");
      for (int i = 0; i < names.size(); i++) {
        for (int j = i + 1; j < names.size(); j++) {
          w.write(names.get(i) + "," + names.get(j) + "," + correlation[i][j] + "\n");
        }
      }
    });
  }

  /** Writes {@value #PROFILES} (parameter,value,fitness) atomically. */
  public void writeProfiles(Path file) {
    AtomicFiles.write(file, w -> {
      w.write("parameter,value,fitness\n");
      for (Profile p : profiles) {
        for (double[] v : p.points()) {
          w.write(p.parameter() + "," + v[0] + "," + v[1] + "\n");
        }
      }
    });
  }

  private int index(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no free parameter '" + name + "'; expected one of "
          + names);
    }
    return i;
  }
}
