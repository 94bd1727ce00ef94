package io.github.seapopym4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Spark contexts for seapopym4j: {@link #local(int, int)} for notebooks and tests (this machine
 * only, no web UI, bound to 127.0.0.1), {@link #forMaster(String, String)} for the command line.
 * Spark on Java 17 needs the JVM options listed in {@code docs/DISTRIBUTED.md} ({@code bin/seapopym}
 * and the module's tests set them).
 */
public final class SparkContexts {

  private SparkContexts() {}

  /**
   * A local context: {@code threads} executor threads in this JVM, each task tried up to {@code
   * maxFailures} times ({@code local[threads,maxFailures]}), no web UI, network bound to the
   * loopback interface. The caller stops it (it is AutoCloseable).
   */
  public static JavaSparkContext local(int threads, int maxFailures) {
    if (threads < 1 || maxFailures < 1) {
      throw new IllegalArgumentException(String.format(
          "threads and maxFailures must be >= 1, but were %d and %d", threads, maxFailures));
    }
    SparkConf conf = new SparkConf()
        .setMaster("local[" + threads + "," + maxFailures + "]")
        .setAppName("seapopym4j")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.sql.shuffle.partitions", String.valueOf(threads));
    return new JavaSparkContext(conf);
  }

  /**
   * A context for {@code master} (a Spark master URL; null keeps {@code spark.master} from
   * spark-submit or system properties, else {@code local[*]}), named {@code appName}. Other settings
   * come from {@code spark-submit --conf} or {@code -Dspark.*} system properties.
   */
  public static JavaSparkContext forMaster(String master, String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    return new JavaSparkContext(conf);
  }
}
