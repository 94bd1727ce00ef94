package io.github.seapopym4j.forcing;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The generator of the sample forcings in {@code data-samples/} (see its README). Regenerate them with
 * {@code ./mvnw -B -o test -pl lib -Dtest=SampleFilesTest -Dsamples.regenerate=true}.
 */
final class SampleFiles {

  static final long SEED = 20240601L;
  static final String TEMPERATURE = "sample-temperature.csv";
  static final String PRODUCTION = "sample-primary-production.csv";

  private SampleFiles() {}

  /**
   * The sample: formula SUBTROPICAL on a 3 × 4 grid (lat 20.5..22.5, lon 150.5..153.5), layers 1..3,
   * 731 daily steps from 2000-01-01, seed 20240601, cell (lat 22.5, lon 153.5) land, values rounded to
   * 3 decimals.
   */
  static ForcingSet build() {
    return SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 1, 1), 731)
        .latitude(20.5, 21.5, 22.5).longitude(150.5, 151.5, 152.5, 153.5)
        .seed(SEED).land(2, 3).decimals(3).build();
  }

  /** Writes both sample files into {@code dir}. */
  static void write(Path dir) {
    try (ForcingSet f = build()) {
      ForcingCsv.write(f, dir.resolve(TEMPERATURE), dir.resolve(PRODUCTION));
    }
  }

  /** Writes the sample files into {@code args[0]}, by default {@code ../data-samples} (run from lib/). */
  public static void main(String[] args) {
    write(Path.of(args.length > 0 ? args[0] : "../data-samples"));
  }
}
