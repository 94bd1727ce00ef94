package io.github.seapopym4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds an engine factory by name through {@link ServiceLoader}: the one lookup of {@code
 * calibration.EvaluatorFactory} and {@code sweep.SweepEngineFactory}. The core library knows no
 * engine; an engine module (such as {@code seapopym4j-spark}, engine {@code spark}) registers its
 * factories in {@code META-INF/services}.
 */
public final class Engines {

  private static final String SPARK_HINT = "the spark engine needs the seapopym4j-spark jar and "
      + "Apache Spark 3.5 (Scala 2.13) on the classpath, which bin/seapopym adds for --engine spark";

  private Engines() {}

  /**
   * The factory of {@code type} whose {@code nameOf} is {@code engine}.
   *
   * @param kind what the factories make, for messages, e.g. "evaluation engine"
   * @throws IllegalStateException when none on the classpath has that name (the message lists the
   *     engines found and says which module provides {@code spark}), or one could not be loaded
   */
  public static <T> T find(Class<T> type, String engine, Function<? super T, String> nameOf,
      String kind) {
    Objects.requireNonNull(engine, "engine");
    List<String> found = new ArrayList<>();
    try {
      for (T f : ServiceLoader.load(type)) {
        String name = nameOf.apply(f);
        if (name.equals(engine)) {
          return f;
        }
        found.add(name);
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      throw new IllegalStateException(String.format("engine '%s' could not be loaded (%s); %s",
          engine, e.getCause() != null ? e.getCause().getMessage() : e.toString(), SPARK_HINT), e);
    }
    throw new IllegalStateException(String.format("no %s '%s' on the classpath (engines found: "
        + "%s); %s", kind, engine, found.isEmpty() ? "none" : String.join(", ", found), SPARK_HINT));
  }
}
