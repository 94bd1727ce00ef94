package io.github.seapopym4j.fitness;

import java.time.LocalDate;
import java.util.List;

/**
 * What matching did with an observation set: how many observations were matched and which were
 * left out because they fall outside the simulated period (never dropped silently).
 *
 * @param source the observation set's source
 * @param observations the number of observations in the set
 * @param matched the number matched to model output
 * @param outsidePeriod one description per observation dated outside the simulated period
 * @param simulatedFrom the first simulated date
 * @param simulatedTo the last date covered by the simulation (last step + step − 1 days)
 */
public record MatchReport(String source, int observations, int matched, List<String> outsidePeriod,
    LocalDate simulatedFrom, LocalDate simulatedTo) {

  /** Copies the list. */
  public MatchReport {
    outsidePeriod = List.copyOf(outsidePeriod);
  }

  /** One line: "12 of 15 observations matched; 3 outside the simulated period … not scored: …". */
  public String summary() {
    String s = String.format("%s: %d of %d observations matched", source, matched, observations);
    if (outsidePeriod.isEmpty()) {
      return s;
    }
    return String.format("%s; %d outside the simulated period %s..%s not scored: %s", s,
        outsidePeriod.size(), simulatedFrom, simulatedTo, String.join("; ", outsidePeriod));
  }
}
