package io.github.seapopym4j.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * One local Spark context for every test class of this module (a JVM holds one SparkContext, and
 * starting one costs seconds): 2 threads, each task tried up to 4 times, no UI, loopback only.
 * Stopped when the test JVM exits.
 */
final class TestSpark {

  private static JavaSparkContext sc;

  private TestSpark() {}

  static synchronized JavaSparkContext context() {
    if (sc == null) {
      sc = SparkContexts.local(2, 4);
      Runtime.getRuntime().addShutdownHook(new Thread(sc::stop, "stop-test-spark"));
    }
    return sc;
  }

  /**
   * Stops the shared context (the next {@link #context()} starts a new one), for a test that makes the
   * command line start its own context in this JVM.
   */
  static synchronized void stop() {
    if (sc != null) {
      sc.stop();
      sc = null;
    }
  }
}
