package io.github.seapopym4j.fitness;

import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads an observation file of any supported format, chosen from its name and header. */
public final class Observations {

  private Observations() {
  }

  /**
   * Reads {@code file}: a {@code .nc} file with {@link NetcdfObservationReader}; a CSV whose header
   * holds {@code cruise}, {@code tow}, {@code frac} and {@code dwt} with
   * {@link HotZooplanktonReader}; any other CSV with {@link ObservationCsvReader}.
   *
   * @param integrationDepthMetres the thickness of the sampled layer [m] for concentrations, or NaN
   * @throws IllegalArgumentException for bad input, naming the file
   */
  public static ObservationSet read(Path file, double integrationDepthMetres) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("observation file " + file + " does not exist");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".nc") || name.endsWith(".nc4")) {
      return NetcdfObservationReader.read(file, integrationDepthMetres);
    }
    if (isHot(file)) {
      return HotZooplanktonReader.read(file);
    }
    return ObservationCsvReader.read(file, ObservationUnits.MODEL_UNIT, integrationDepthMetres);
  }

  private static boolean isHot(Path file) {
    try (CsvReader r = CsvReader.open(file)) {
      CsvRecord header = r.next();
      return header != null && header.fields().containsAll(List.of("cruise", "tow", "frac", "dwt"));
    }
  }
}
