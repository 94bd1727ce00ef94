package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator of the command-line samples in {@code data-samples/} (see its README): a groups file,
 * a parameter-space file and twin observations, all fitting the sample forcings. Regenerate them with
 * {@code ./mvnw -B -o test -pl lib -Dtest=QuickStartSamplesTest -Dsamples.regenerate=true}.
 */
final class QuickStartSamples {

  static final String GROUPS = "sample-groups.csv";
  static final String SPACE = "sample-space.csv";
  static final String OBSERVATIONS = "sample-observations.csv";

  /** The known parameters: one epipelagic group (SeapoPym's reference values, λ0 rounded). */
  static final String GROUPS_TEXT = """
      name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr
      D1N1,0.1668,1,1,0.00667,0.15,10.38,-0.11
      """;

  /**
   * Frees the energy transfer (the biomass level) and the recruitment age (its delay after
   * production); the others are fixed at the truth. (Energy transfer and mortality together would not
   * do: the biomass level fixes only their ratio.)
   */
  static final String SPACE_TEXT = """
      group,parameter,value,min,max
      D1N1,energy_transfert,,0.05,0.5
      D1N1,day_layer,1,,
      D1N1,night_layer,1,,
      D1N1,lambda_temperature_0,0.00667,,
      D1N1,gamma_lambda_temperature,0.15,,
      D1N1,tr_0,,1,30
      D1N1,gamma_tr,-0.11,,
      """;

  static final long SEED = 20240602L;
  /** σ of the log-normal observation noise. */
  static final double NOISE = 0.1;
  static final int EVERY_DAYS = 7;
  /** The first observed step: four weeks after the model's start from zero biomass. */
  static final int FIRST_DAY = 28;
  /** The observed cells, as (lat index, lon index) of the sample grid: (20.5, 150.5), (21.5, 152.5). */
  static final int[][] CELLS = {{0, 0}, {1, 2}};

  private QuickStartSamples() {}

  /**
   * The observations: the biomass of the groups of {@link #GROUPS_TEXT} on the sample forcings every
   * 7th day from 2000-01-29 (day 28, after the spin-up from zero biomass) at the two cells of {@link #CELLS}, times exp(0.1 ε), ε a standard normal
   * draw of {@code SplittableRandom(20240602).nextGaussian()} in time then cell order, printed with
   * 4 decimals, as {@code time,lat,lon,value}.
   */
  static String observations(Path samples) {
    StringBuilder out = new StringBuilder("time,lat,lon,value\n");
    SplittableRandom random = new SplittableRandom(SEED);
    try (ForcingSet f = ForcingLoader.load(samples.resolve("sample-temperature.csv"),
            samples.resolve("sample-primary-production.csv"), LoadOptions.defaults().withCache(false));
        NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = m.start(GroupsCsv.read(new StringReader(GROUPS_TEXT), GROUPS))) {
      for (int t = FIRST_DAY; t < f.timeSize(); t += EVERY_DAYS) {
        for (int[] c : CELLS) {
          double value = run.biomass(0, t, c[0], c[1]) * Math.exp(NOISE * random.nextGaussian());
          out.append(run.time().date(t)).append(',').append(f.latitude()[c[0]]).append(',')
              .append(f.longitude()[c[1]]).append(',')
              .append(String.format(Locale.ROOT, "%.4f", value)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Writes the three files into {@code dir}, reading the sample forcings from {@code samples}. */
  static void write(Path samples, Path dir) {
    writeAtomically(dir.resolve(GROUPS), GROUPS_TEXT);
    writeAtomically(dir.resolve(SPACE), SPACE_TEXT);
    writeAtomically(dir.resolve(OBSERVATIONS), observations(samples));
  }

  private static void writeAtomically(Path file, String text) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
