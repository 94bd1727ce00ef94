package io.github.seapopym4j.fitness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What matching did with an observation set: how many observations were matched and which were
 * left out, and why: dated outside the simulated period, or on a land cell (where the model's
 * biomass is 0 by construction, not a prediction). None is dropped silently.
 *
 * @param source the observation set's source
 * @param observations the number of observations in the set
 * @param matched the number matched to model output
 * @param outsidePeriod one description per observation dated outside the simulated period
 * @param simulatedFrom the first simulated date
 * @param simulatedTo the last date covered by the simulation (last step + step − 1 days)
 * @param onLand one description per observation on a land cell
 */
public record MatchReport(String source, int observations, int matched, List<String> outsidePeriod,
    LocalDate simulatedFrom, LocalDate simulatedTo, List<String> onLand) {

  /** How many skipped observations {@link #summary()} names per reason. */
  public static final int EXAMPLES = 3;

  /** Copies the lists. */
  public MatchReport {
    outsidePeriod = List.copyOf(outsidePeriod);
    onLand = List.copyOf(onLand);
  }

  /** A report with no observation on land. */
  public MatchReport(String source, int observations, int matched, List<String> outsidePeriod,
      LocalDate simulatedFrom, LocalDate simulatedTo) {
    this(source, observations, matched, outsidePeriod, simulatedFrom, simulatedTo, List.of());
  }

  /** The number of observations left out, for any reason. */
  public int skipped() {
    return outsidePeriod.size() + onLand.size();
  }

  /** Whether fewer than half of the observations were matched. */
  public boolean fewMatched() {
    return 2L * matched < observations;
  }

  /**
   * One short line: "12 of 15 observations matched; 2 outside the simulated period a..b not scored
   * (first: …); 1 on land cells not scored (first: …)", naming at most {@value #EXAMPLES} per reason.
   */
  public String summary() {
    StringBuilder s = new StringBuilder(String.format("%s: %d of %d observations matched", source,
        matched, observations));
    if (!outsidePeriod.isEmpty()) {
      s.append(String.format("; %d outside the simulated period %s..%s not scored (%s)",
          outsidePeriod.size(), simulatedFrom, simulatedTo, first(outsidePeriod)));
    }
    if (!onLand.isEmpty()) {
      s.append(String.format("; %d on land cells not scored (%s)", onLand.size(), first(onLand)));
    }
    return s.toString();
  }

  /** Every skipped observation as a CSV row {@code reason,observation}, after a header line. */
  public List<String> skippedRows() {
    List<String> rows = new ArrayList<>();
    rows.add("reason,observation");
    outsidePeriod.forEach(o -> rows.add("outside_period," + io.github.seapopym4j.internal.csv
        .CsvReader.quote(o)));
    onLand.forEach(o -> rows.add("land," + io.github.seapopym4j.internal.csv.CsvReader.quote(o)));
    return rows;
  }

  private static String first(List<String> list) {
    String head = String.join("; ", list.subList(0, Math.min(EXAMPLES, list.size())));
    return (list.size() > EXAMPLES ? "first: " : "") + head + (list.size() > EXAMPLES ? "; ..." : "");
  }
}
