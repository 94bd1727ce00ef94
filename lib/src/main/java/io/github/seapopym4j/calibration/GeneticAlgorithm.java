package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.space.Domain;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A genetic algorithm on Jenetics 7.2 with DEAP-style operators, the defaults of the SeapoPym v0.1
 * paper: population 256, tournament selection of size 3, two-point crossover of consecutive pairs
 * with probability 0.9, bounded polynomial mutation of every offspring (probability 1) with per-gene
 * probability 0.2 and η = 20, no elitism. Generation 0 is a seeded Sobol population.
 *
 * <p>Reproducible whatever the number of threads: Jenetics' own work (selection, variation) runs on
 * the calling thread ({@code executor(Runnable::run)}) with generation g's generator scoped through
 * {@code RandomRegistry.with} (derived from (seed, g), no global state); only the fitness evaluation
 * is parallel, through the {@link PopulationEvaluator}, one batch per generation. Jenetics' age
 * limit is switched off, so an individual lives as long as selection keeps it.
 *
 * <p>{@link #realValued()} holds settings sound for real-valued genes (simulated binary crossover,
 * elitism, per-gene mutation probability 1/n); {@link #builder()} keeps the paper's, the {@code
 * seapopym-optimization} preset of {@code calibrate}, for reproducing published runs.
 *
 * <pre>{@code
 * GeneticAlgorithm ga = GeneticAlgorithm.builder().populationSize(64).elitism(2).build();
 * }</pre>
 */
public final class GeneticAlgorithm implements Optimizer {

  /** The crossover operator. */
  public enum Crossover {
    /** DEAP {@code cxTwoPoint}: swap the genes between two cut points (SeapoPym's default). */
    TWO_POINT,
    /** DEAP {@code cxSimulatedBinaryBounded} with index {@link Builder#crossoverEta}. */
    SIMULATED_BINARY
  }

  private final Builder b;

  private GeneticAlgorithm(Builder b) {
    this.b = b.copy();
  }

  /** A builder with the SeapoPym v0.1 defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with settings sound for real-valued genes, as the GA literature recommends for
   * continuous parameters (Deb and Agrawal 1995; Deb 2001): population 32, tournament 3, simulated
   * binary crossover (η = 20) with probability 0.9, polynomial mutation (η = 20) of every offspring
   * with per-gene probability 1/n (n free parameters), elitism 2, a seeded Sobol population first.
   * Unlike the paper's settings, the best individual is never lost and every offspring changes on
   * average one gene, whatever n.
   */
  public static Builder realValued() {
    return new Builder().populationSize(32).crossover(Crossover.SIMULATED_BINARY)
        .geneMutationPerParameter().elitism(2);
  }

  public int populationSize() {
    return b.populationSize;
  }

  int tournamentSize() {
    return b.tournamentSize;
  }

  Crossover crossover() {
    return b.crossover;
  }

  double crossoverProbability() {
    return b.crossoverProbability;
  }

  double crossoverEta() {
    return b.crossoverEta;
  }

  double mutationProbability() {
    return b.mutationProbability;
  }

  /** The per-gene mutation probability for {@code dimension} free parameters. */
  double geneMutationProbability(int dimension) {
    return Double.isNaN(b.geneMutationProbability) ? 1.0 / dimension : b.geneMutationProbability;
  }

  double mutationEta() {
    return b.mutationEta;
  }

  int elitism() {
    return b.elitism;
  }

  @Override
  public String name() {
    return "ga";
  }

  @Override
  public String settings() {
    return String.format(Locale.ROOT, "population=%d tournament=%d crossover=%s cxpb=%s cxeta=%s "
            + "mutpb=%s indpb=%s eta=%s elitism=%d", b.populationSize, b.tournamentSize,
        b.crossover.name().toLowerCase(Locale.ROOT), b.crossoverProbability, b.crossoverEta,
        b.mutationProbability, Double.isNaN(b.geneMutationProbability) ? "1/n"
            : Double.toString(b.geneMutationProbability), b.mutationEta, b.elitism);
  }

  @Override
  public Evolution start(Domain domain, long seed) {
    return new GeneticEvolution(this, domain, seed);
  }

  @Override
  public Evolution resume(Domain domain, long seed, long nextGeneration, Map<String, String> state) {
    return GeneticEvolution.restore(this, domain, seed, nextGeneration, state);
  }

  @Override
  public String toString() {
    return "GeneticAlgorithm[" + settings() + "]";
  }

  /** Settings of a {@link GeneticAlgorithm}; every setter checks its argument at once. */
  public static final class Builder implements Cloneable {
    private int populationSize = 256;
    private int tournamentSize = 3;
    private Crossover crossover = Crossover.TWO_POINT;
    private double crossoverProbability = 0.9;
    private double crossoverEta = 20;
    private double mutationProbability = 1.0;
    private double geneMutationProbability = 0.2;
    private double mutationEta = 20;
    private int elitism;

    private Builder() {}

    /** A field-by-field copy (every field is a primitive or an enum). */
    private Builder copy() {
      try {
        return (Builder) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    /** Individuals per generation, &gt;= 2 (default 256). */
    public Builder populationSize(int n) {
      populationSize = Checks.atLeast(n, 2, "population size");
      return this;
    }

    /** Tournament size, &gt;= 1 (default 3). */
    public Builder tournamentSize(int n) {
      tournamentSize = Checks.atLeast(n, 1, "tournament size");
      return this;
    }

    public Builder crossover(Crossover c) {
      crossover = Objects.requireNonNull(c, "crossover");
      return this;
    }

    /** Probability that a pair is crossed, in [0, 1] (default 0.9). */
    public Builder crossoverProbability(double p) {
      crossoverProbability = probability("crossover probability", p);
      return this;
    }

    /** Distribution index of simulated binary crossover, &gt; 0 (default 20). */
    public Builder crossoverEta(double eta) {
      crossoverEta = positive("crossover eta", eta);
      return this;
    }

    /** Probability that an offspring goes through mutation, in [0, 1] (default 1). */
    public Builder mutationProbability(double p) {
      mutationProbability = probability("mutation probability", p);
      return this;
    }

    /** Probability that a gene of a mutated offspring changes, in [0, 1] (default 0.2). */
    public Builder geneMutationProbability(double p) {
      geneMutationProbability = probability("per-gene mutation probability", p);
      return this;
    }

    /** Per-gene mutation probability 1/n for n free parameters (one gene on average). */
    public Builder geneMutationPerParameter() {
      geneMutationProbability = Double.NaN;
      return this;
    }

    /** Distribution index of polynomial mutation, &gt; 0 (default 20). */
    public Builder mutationEta(double eta) {
      mutationEta = positive("mutation eta", eta);
      return this;
    }

    /** The number of best individuals copied unchanged into the next generation (default 0). */
    public Builder elitism(int k) {
      elitism = Checks.atLeast(k, 0, "elitism");
      return this;
    }

    /**
     * The algorithm.
     *
     * @throws IllegalArgumentException when elitism leaves no room for offspring
     */
    public GeneticAlgorithm build() {
      if (elitism >= populationSize) {
        throw new IllegalArgumentException(String.format(
            "elitism must be < population size %d, but was %d", populationSize, elitism));
      }
      return new GeneticAlgorithm(this);
    }

    private static double probability(String what, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(what + " must be in [0, 1], but was " + p);
      }
      return p;
    }

    private static double positive(String what, double v) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(what + " must be finite and > 0, but was " + v);
      }
      return v;
    }
  }
}
