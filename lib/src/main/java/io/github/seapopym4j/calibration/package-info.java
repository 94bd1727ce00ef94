/**
 * Calibration: fitting functional-group parameters to observations.
 *
 * <ul>
 *   <li>What is searched: a {@link io.github.seapopym4j.space.ParameterSpace} (package {@code
 *       space}, shared with the sweeps), which decodes a {@code double[]} into validated groups and
 *       gives optimisers a {@link io.github.seapopym4j.space.Domain}.
 *   <li>How a population is scored: {@link io.github.seapopym4j.calibration.PopulationEvaluator}
 *       ({@code double[] evaluate(double[][])}), the API for any optimiser and for distributed
 *       engines; {@link io.github.seapopym4j.calibration.LocalPopulationEvaluator} runs an {@link
 *       io.github.seapopym4j.calibration.Objective} (for the model: {@link
 *       io.github.seapopym4j.calibration.ModelObjective}) on local threads behind a {@link
 *       io.github.seapopym4j.calibration.CachingEvaluator}.
 *   <li>Who proposes populations: {@link io.github.seapopym4j.calibration.Optimizer}s, {@link
 *       io.github.seapopym4j.calibration.GeneticAlgorithm} (Jenetics, DEAP-style operators) and
 *       {@link io.github.seapopym4j.calibration.CmaEs} (ask/tell, as pycma, with IPOP/BIPOP
 *       restarts; {@link io.github.seapopym4j.calibration.CmaEs#minimize} for test functions).
 *   <li>The loop: {@link io.github.seapopym4j.calibration.Calibration} produces immutable {@link
 *       io.github.seapopym4j.calibration.Generation}s until a {@link
 *       io.github.seapopym4j.calibration.StopCriteria} or the {@link
 *       io.github.seapopym4j.calibration.MemoryMonitor} stops it, keeping a {@link
 *       io.github.seapopym4j.calibration.Logbook}, a {@link
 *       io.github.seapopym4j.calibration.MemorySeries} and a {@link
 *       io.github.seapopym4j.calibration.Checkpoint} from which a killed run resumes to the same
 *       result.
 * </ul>
 *
 * <p>Reproducibility: generation g of a run with seed s draws its random numbers from a generator
 * seeded by (s, g) only, the optimisers' own work runs on the calling thread, and evaluations are
 * addressed by index, so the logbook depends on the seed and not on the number of threads.
 */
package io.github.seapopym4j.calibration;
