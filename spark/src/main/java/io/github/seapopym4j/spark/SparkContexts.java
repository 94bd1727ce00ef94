package io.github.seapopym4j.spark;

import io.github.seapopym4j.model.ModelConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark contexts for seapopym4j: {@link #local(int, int)} for notebooks and tests (this machine
 * only, no web UI, bound to 127.0.0.1), {@link #forMaster(String, String, Class[])} for the command
 * line. Spark on Java 17 needs the JVM options listed in {@code docs/DISTRIBUTED.md} ({@code
 * bin/seapopym} and the module's tests set them).
 */
public final class SparkContexts {

  private static final Logger LOG = LoggerFactory.getLogger(SparkContexts.class);

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
   * come from {@code spark-submit --conf} or {@code -Dspark.*} system properties. For a master that
   * is not local, the jars the executors need are shipped ({@link #shipJars}): those of this module,
   * of the library (or the notebook jar) and of {@code extra} classes (a sweep's function).
   */
  public static JavaSparkContext forMaster(String master, String appName, Class<?>... extra) {
    SparkConf conf = new SparkConf().setAppName(appName);
    conf.setMaster(master(master, conf));
    shipJars(conf, extra);
    return new JavaSparkContext(conf);
  }

  /**
   * The master URL a context for {@code master} runs on: {@code master} itself, else {@code
   * spark.master} of spark-submit or a {@code -Dspark.master} system property, else {@code
   * local[*]}.
   */
  public static String master(String master) {
    return master(master, new SparkConf());
  }

  private static String master(String master, SparkConf conf) {
    return master != null ? master : conf.get("spark.master", "local[*]");
  }

  /**
   * For a master that is not {@code local...}: sets {@code spark.jars} to the jars that hold
   * seapopym's classes (this module, the library or notebook jar, and the jars of {@code extra}: a
   * sweep function's, such as the examples' Bollinger kernel), so that executors load them
   * from the driver. Left alone when {@code spark.jars} or {@code spark.executor.extraClassPath} is
   * set (the jars are then the user's business, e.g. installed on every worker). Classes loaded from
   * a directory (a build's {@code target/classes}) cannot be shipped: a warning names them.
   */
  static void shipJars(SparkConf conf, Class<?>... extra) {
    String master = conf.get("spark.master", "local[*]");
    if (master.startsWith("local") || conf.contains("spark.jars")
        || conf.contains("spark.executor.extraClassPath")) {
      return;
    }
    List<Class<?>> classes = new ArrayList<>(List.of(SparkContexts.class, ModelConfig.class));
    classes.addAll(List.of(extra));
    Set<String> jars = new LinkedHashSet<>();
    Set<String> directories = new LinkedHashSet<>();
    for (Class<?> c : classes) {
      Path p = location(c);
      if (p == null) {
        continue;
      }
      (Files.isDirectory(p) ? directories : jars).add(p.toString());
    }
    if (!directories.isEmpty()) {
      LOG.warn("classes in directories cannot be shipped to the executors of {}: {}; put them on "
          + "every worker and set spark.executor.extraClassPath", master, directories);
    }
    if (!jars.isEmpty()) {
      conf.set("spark.jars", String.join(",", jars));
    }
  }

  /** The jar or directory {@code c} was loaded from, or null when unknown (a JDK class). */
  static Path location(Class<?> c) {
    CodeSource src = c.getProtectionDomain().getCodeSource();
    if (src == null || src.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(src.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The message of a failed Spark job, for one line: the first line of Spark's message (which names
   * the task, the attempts and the cause), without the stack traces that follow it.
   */
  static String failure(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
