package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.internal.Engines;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the bands of a spatial run somewhere else than this JVM ({@code seapopym run --engine
 * spark}): each band is one task, which runs it with {@link BandRecipe#run} and writes its outputs
 * into {@link #partFile} of the parts directory (atomically, so a retried task rewrites the same
 * file and changes nothing); the caller then reads the parts in row order and writes one output.
 * Engines are found through {@link java.util.ServiceLoader} by {@link Factory#find}, as calibration's
 * {@code EvaluatorFactory} and the sweep's {@code SweepEngineFactory}: an engine module registers its
 * factory in {@code META-INF/services/io.github.seapopym4j.model.BandEngine$Factory}.
 */
public interface BandEngine extends AutoCloseable {

  /** Where the engine runs, in its terms (for Spark the actual master URL). */
  String master();

  /** How many tasks it runs at once (a hint for how many bands to make). */
  int parallelism();

  /**
   * Runs every band of {@code bands} and writes its part into {@code parts} (a directory that the
   * caller and every worker share); returns when all are written.
   *
   * @throws IllegalStateException when a band still fails after the engine's retries
   */
  void run(BandRecipe recipe, List<Rows> bands, Path parts);

  /** Releases what the engine started. */
  @Override
  void close();

  /** The part file of the band starting at {@code rows.first()}. */
  static Path partFile(Path parts, Rows rows) {
    return parts.resolve(String.format(Locale.ROOT, "band-%06d.part", rows.first()));
  }

  /** A source of band engines, found by name. */
  interface Factory {

    /** The name {@code --engine} selects this factory by, e.g. {@code spark}. */
    String engine();

    /**
     * An engine for {@code master} (in the engine's terms, e.g. a Spark master URL; null for its
     * default); closing it releases what it started.
     */
    BandEngine create(String master);

    /**
     * The factory registered for {@code engine}.
     *
     * @throws IllegalStateException when no factory on the classpath has that name
     */
    static Factory find(String engine) {
      return Engines.find(Factory.class, engine, Factory::engine, "run engine");
    }
  }
}
