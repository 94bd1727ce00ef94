package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A running {@link GeneticAlgorithm}: a Jenetics engine evolved one generation per {@link #next}
 * call, its evaluations batched into the {@link PopulationEvaluator}.
 *
 * <p>State for a checkpoint: the population (genes, fitness and birth generation of each
 * individual). Generation g's randomness is {@link Seeds#forGeneration}(seed, g).
 */
final class GeneticEvolution implements Evolution {

  private final GeneticAlgorithm ga;
  private final Domain domain;
  private final long seed;
  private final Engine<DoubleGene, Double> engine;
  private PopulationEvaluator evaluator;
  private ISeq<Phenotype<DoubleGene, Double>> population;
  private long next;

  GeneticEvolution(GeneticAlgorithm ga, Domain domain, long seed) {
    this.ga = ga;
    this.domain = domain;
    this.seed = seed;
    int n = ga.populationSize();
    int k = ga.elitism();
    Engine.Builder<DoubleGene, Double> b = new Engine.Builder<>(this::evaluate,
        Genes.factory(domain))
        .populationSize(n)
        .minimizing()
        .offspringSelector(new TournamentSelector<>(ga.tournamentSize()))
        .survivorsSelector(new EliteSelector<>(Math.max(k, 1)))
        .offspringFraction((n - k) / (double) n)
        .alterers(new PairCrossover(ga.crossover(), ga.crossoverProbability(), ga.crossoverEta(),
                domain),
            new PolynomialMutation(ga.mutationProbability(), ga.geneMutationProbability(domain.dimension()),
                ga.mutationEta(), domain))
        .maximalPhenotypeAge(Long.MAX_VALUE)
        .executor(Runnable::run);
    this.engine = b.build();
    if (engine.offspringSize() != n - k || engine.survivorsSize() != k) {
      throw new IllegalStateException(String.format("Jenetics split population %d into %d offspring "
          + "and %d survivors, expected %d and %d", n, engine.offspringSize(),
          engine.survivorsSize(), n - k, k));
    }
  }

  @Override
  public long generation() {
    return next;
  }

  @Override
  public ScoredPopulation next(PopulationEvaluator ev) {
    this.evaluator = ev;
    try {
      if (next == 0) {
        double[][] x = SobolPopulation.points(domain, ga.populationSize(),
            Seeds.forGeneration(seed, 0));
        double[] f = ev.evaluate(x);
        MSeq<Phenotype<DoubleGene, Double>> p = MSeq.ofLength(x.length);
        for (int i = 0; i < x.length; i++) {
          p.set(i, Phenotype.of(Genes.genotype(x[i], domain), 0, f[i]));
        }
        population = p.toISeq();
      } else {
        EvolutionStart<DoubleGene, Double> start = EvolutionStart.of(population, next);
        population = RandomRegistry.with(Seeds.forGeneration(seed, next),
            r -> engine.evolve(start)).population();
      }
    } finally {
      this.evaluator = null;
    }
    next++;
    double[][] x = new double[population.size()][];
    double[] f = new double[population.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = Genes.vector(population.get(i));
      f[i] = population.get(i).fitness();
    }
    return new ScoredPopulation(x, f);
  }

  /** Jenetics' evaluator: the not yet evaluated individuals go to the evaluator in one batch. */
  private ISeq<Phenotype<DoubleGene, Double>> evaluate(Seq<Phenotype<DoubleGene, Double>> pop) {
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < pop.size(); i++) {
      if (pop.get(i).nonEvaluated()) {
        todo.add(i);
      }
    }
    if (todo.isEmpty()) {
      return pop.asISeq();
    }
    double[][] x = new double[todo.size()][];
    for (int j = 0; j < x.length; j++) {
      x[j] = Genes.vector(pop.get(todo.get(j)));
    }
    double[] f = evaluator.evaluate(x);
    MSeq<Phenotype<DoubleGene, Double>> out = MSeq.of(pop);
    for (int j = 0; j < x.length; j++) {
      out.set(todo.get(j), out.get(todo.get(j)).withFitness(f[j]));
    }
    return out.toISeq();
  }

  @Override
  public Map<String, String> state() {
    Map<String, String> s = new HashMap<>();
    s.put("size", Integer.toString(population.size()));
    for (int i = 0; i < population.size(); i++) {
      Phenotype<DoubleGene, Double> p = population.get(i);
      StringBuilder b = new StringBuilder().append(p.generation()).append(' ').append(p.fitness());
      for (double v : Genes.vector(p)) {
        b.append(' ').append(v);
      }
      s.put(String.format("individual.%06d", i), b.toString());
    }
    return s;
  }

  static GeneticEvolution restore(GeneticAlgorithm ga, Domain domain, long seed, long next,
      Map<String, String> state) {
    GeneticEvolution e = new GeneticEvolution(ga, domain, seed);
    if (next < 1) {
      throw new IllegalArgumentException("a GA checkpoint must continue at generation >= 1, but "
          + "continues at " + next);
    }
    int n = Integer.parseInt(required(state, "size"));
    if (n != ga.populationSize()) {
      throw new IllegalArgumentException(String.format("GA checkpoint: expected a population of %d, "
          + "found %d", ga.populationSize(), n));
    }
    MSeq<Phenotype<DoubleGene, Double>> p = MSeq.ofLength(n);
    for (int i = 0; i < n; i++) {
      String key = String.format("individual.%06d", i);
      String[] v = required(state, key).trim().split(" ");
      if (v.length != domain.dimension() + 2) {
        throw new IllegalArgumentException(String.format("GA checkpoint %s: expected birth "
            + "generation, fitness and %d parameters, found '%s'", key, domain.dimension(),
            state.get(key)));
      }
      double[] x = new double[domain.dimension()];
      for (int j = 0; j < x.length; j++) {
        x[j] = Double.parseDouble(v[j + 2]);
      }
      p.set(i, Phenotype.of(Genes.genotype(x, domain), Long.parseLong(v[0]),
          Double.parseDouble(v[1])));
    }
    e.population = p.toISeq();
    e.next = next;
    return e;
  }

  private static String required(Map<String, String> state, String key) {
    String v = state.get(key);
    if (v == null) {
      throw new IllegalArgumentException("GA checkpoint: expected an entry '" + key + "', found none");
    }
    return v;
  }
}
