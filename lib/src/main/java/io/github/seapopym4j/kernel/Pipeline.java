package io.github.seapopym4j.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An ordered list of named steps applied to one mutable state, so the order of the model reads top
 * to bottom (SeapoPym's {@code Kernel} of {@code KernelUnit}s, OSMOSE's {@code SimulationStep}).
 *
 * <pre>{@code
 * Pipeline<GroupState> steps = Pipeline.<GroupState>named("group")
 *     .step("average temperature", GroupState::averageTemperature)
 *     .step("mortality", GroupState::mortality)
 *     .build();
 * steps.run(state);
 * }</pre>
 *
 * @param <S> the state the steps read and fill
 * @implNote Immutable and thread-safe; a state must not be shared between concurrent runs.
 */
public final class Pipeline<S> {

  /** One named step. */
  public record Step<S>(String name, Consumer<? super S> action) {
    /** Validates the step. */
    public Step {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("pipeline step name must not be blank, but was '" + name + "'");
      }
      Objects.requireNonNull(action, "action of step '" + name + "'");
    }
  }

  /** Told how long each step took (for profiling). */
  @FunctionalInterface
  public interface Listener {
    void stepDone(String pipeline, String step, long nanos);
  }

  private final String name;
  private final List<Step<S>> steps;

  private Pipeline(String name, List<Step<S>> steps) {
    this.name = name;
    this.steps = List.copyOf(steps);
  }

  /** Starts a pipeline called {@code name}. */
  public static <S> Builder<S> named(String name) {
    return new Builder<>(name);
  }

  public String name() {
    return name;
  }

  /** The steps, in order. */
  public List<Step<S>> steps() {
    return steps;
  }

  /** The step names, in order. */
  public List<String> stepNames() {
    return steps.stream().map(Step::name).toList();
  }

  /** Runs every step on {@code state}, in order. */
  public void run(S state) {
    for (Step<S> s : steps) {
      s.action().accept(state);
    }
  }

  /** Runs every step on {@code state}, telling {@code listener} how long each took. */
  public void run(S state, Listener listener) {
    for (Step<S> s : steps) {
      long start = System.nanoTime();
      s.action().accept(state);
      listener.stepDone(name, s.name(), System.nanoTime() - start);
    }
  }

  @Override
  public String toString() {
    return name + ": " + String.join(" → ", stepNames());
  }

  /** Collects the steps of a pipeline. */
  public static final class Builder<S> {
    private final String name;
    private final List<Step<S>> steps = new ArrayList<>();

    private Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("pipeline name must not be blank, but was '" + name + "'");
      }
      this.name = name;
    }

    /** Appends a step; names must be unique within the pipeline. */
    public Builder<S> step(String stepName, Consumer<? super S> action) {
      Step<S> s = new Step<>(stepName, action);
      if (steps.stream().anyMatch(x -> x.name().equals(stepName))) {
        throw new IllegalArgumentException(
            "pipeline '" + name + "' already has a step named '" + stepName + "'");
      }
      steps.add(s);
      return this;
    }

    public Pipeline<S> build() {
      if (steps.isEmpty()) {
        throw new IllegalStateException("pipeline '" + name + "' has no steps");
      }
      return new Pipeline<>(name, steps);
    }
  }
}
