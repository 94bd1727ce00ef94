package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@link SparkContexts}: which master a context runs on, and which jars it ships to executors. */
class SparkContextsTest {

  private static SparkConf conf(String master) {
    return new SparkConf(false).setMaster(master);
  }

  @Test
  void aClusterMasterShipsTheJarsOfSeapopymsClassesAndLeavesDirectoriesOut() {
    SparkConf c = conf("spark://127.0.0.1:7077");
    SparkContexts.shipJars(c, CommandLine.class);
    // The module's and the library's classes come from jars after `package`, from target/classes
    // folders before (only jars can be shipped); the extra class's jar (picocli's) is always there.
    List<String> jars = List.of(c.get("spark.jars").split(","));
    assertTrue(jars.contains(SparkContexts.location(CommandLine.class).toString()), jars.toString());
    for (Class<?> k : List.of(SparkContexts.class, ModelConfig.class)) {
      Path from = SparkContexts.location(k);
      assertEquals(!Files.isDirectory(from), jars.contains(from.toString()), k + " from " + from);
    }
    assertTrue(jars.stream().allMatch(j -> j.endsWith(".jar")), jars.toString());
  }

  @Test
  void localMastersAndJarsTheUserSetAreLeftAlone() {
    SparkConf local = conf("local[2]");
    SparkContexts.shipJars(local, CommandLine.class);
    assertFalse(local.contains("spark.jars"));
    SparkConf given = conf("spark://h:7077").set("spark.jars", "/opt/a.jar");
    SparkContexts.shipJars(given, CommandLine.class);
    assertEquals("/opt/a.jar", given.get("spark.jars"));
    SparkConf installed = conf("spark://h:7077").set("spark.executor.extraClassPath", "/opt/*");
    SparkContexts.shipJars(installed, CommandLine.class);
    assertFalse(installed.contains("spark.jars"));
  }

  @Test
  void theMasterIsTheRequestedOneElseSparkMasterElseLocalStar() {
    assertEquals("spark://h:7077", SparkContexts.master("spark://h:7077"));
    String before = System.getProperty("spark.master");
    try {
      System.clearProperty("spark.master");
      assertEquals("local[*]", SparkContexts.master(null));
      System.setProperty("spark.master", "local[3]");
      assertEquals("local[3]", SparkContexts.master(null));
    } finally {
      if (before == null) {
        System.clearProperty("spark.master");
      } else {
        System.setProperty("spark.master", before);
      }
    }
  }

  @Test
  void aFailedJobIsReportedByTheFirstLineOfSparksMessage() {
    Exception e = new Exception("Job aborted due to stage failure: Task 0 failed 4 times: "
        + "java.lang.Error: boom\n\tat a.b.C.d(C.java:1)\nDriver stacktrace:");
    assertEquals("Job aborted due to stage failure: Task 0 failed 4 times: java.lang.Error: boom",
        SparkContexts.failure(e));
  }
}
