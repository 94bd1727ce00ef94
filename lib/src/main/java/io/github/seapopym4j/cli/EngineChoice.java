package io.github.seapopym4j.cli;

/**
 * The {@code --engine local|spark} and {@code --master URL} options of the commands that can run on
 * Apache Spark ({@code run}, {@code calibrate}, {@code sweep model}, the examples' {@code sweep
 * bollinger}): one check of both.
 */
public final class EngineChoice {

  private EngineChoice() {}

  /**
   * True for {@code spark}, false for {@code local}.
   *
   * @throws IllegalArgumentException for another engine, or {@code --master} beside {@code local}
   */
  public static boolean spark(String engine, String master) {
    return switch (engine) {
      case "local" -> {
        if (master != null) {
          throw new IllegalArgumentException("--master is for --engine spark, but the engine is "
              + "local");
        }
        yield false;
      }
      case "spark" -> true;
      default -> throw new IllegalArgumentException(
          "--engine must be local or spark, but was '" + engine + "'");
    };
  }
}
