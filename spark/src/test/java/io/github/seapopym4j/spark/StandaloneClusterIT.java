package io.github.seapopym4j.spark;

import static io.github.seapopym4j.spark.SparkInputs.cli;
import static io.github.seapopym4j.spark.SparkInputs.withoutTimeStamps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real Spark standalone cluster on 127.0.0.1: a master and a worker
 * started as their own JVMs from the Maven-resolved Spark jars (no Spark distribution: an empty
 * {@code SPARK_HOME/jars}), which start executor JVMs per application. {@code run}, {@code sweep
 * model} and {@code calibrate} with {@code --engine spark --master spark://127.0.0.1:PORT} give the
 * files of the local engine. The executors find seapopym's classes as on a cluster where the jars are
 * installed on every worker: {@code spark.executor.extraClassPath} is this JVM's class path (the
 * build's class directories cannot be shipped as {@code spark.jars}).
 */
class StandaloneClusterIT {

  @TempDir
  static Path dir;

  private static final List<Process> PROCESSES = new ArrayList<>();
  private static String master;

  @BeforeAll
  static void startMasterAndWorker() throws Exception {
    TestSpark.stop();
    SparkInputs.write(dir);
    String cp = String.join(File.pathSeparator, classPath());
    Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    Path masterLog = dir.resolve("master.log");
    Path workerLog = dir.resolve("worker.log");
    start(cp, home.getParent(), masterLog, "org.apache.spark.deploy.master.Master", "--host",
        "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
    start(cp, home.getParent(), workerLog, "org.apache.spark.deploy.worker.Worker", "--host",
        "127.0.0.1", "--port", String.valueOf(freePort()), "--webui-port",
        String.valueOf(freePort()), "--cores", "2", "--memory", "2g", "--work-dir",
        Files.createDirectories(dir.resolve("work")).toString(), master);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!log(workerLog).contains("Successfully registered with master")) {
      if (System.nanoTime() > deadline || PROCESSES.stream().anyMatch(p -> !p.isAlive())) {
        throw new IllegalStateException("the worker did not register with " + master
            + "\nmaster log:\n" + log(masterLog) + "\nworker log:\n" + log(workerLog));
      }
      Thread.sleep(200);
    }
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.executor.memory", "768m");
    System.setProperty("spark.executor.extraClassPath", cp);
    System.setProperty("spark.executor.extraJavaOptions",
        "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider");
  }

  @AfterAll
  static void stopCluster() {
    for (String p : List.of("spark.driver.host", "spark.driver.bindAddress", "spark.ui.enabled",
        "spark.executor.memory", "spark.executor.extraClassPath",
        "spark.executor.extraJavaOptions")) {
      System.clearProperty(p);
    }
    for (Process p : PROCESSES) {
      p.destroy();
    }
  }

  @Test
  void runOnTheClusterWritesTheLocalOutputs() throws IOException {
    cli(SparkInputs.run(dir, "nc", dir.resolve("run-local")));
    String line = cli(SparkInputs.run(dir, "nc", dir.resolve("run-cluster"), "--engine", "spark",
        "--master", master));
    assertTrue(line.contains("on " + master), line);
    assertArrayEquals(withoutTimeStamps(dir.resolve("run-local/outputs.nc")),
        withoutTimeStamps(dir.resolve("run-cluster/outputs.nc")));
  }

  @Test
  void sweepModelOnTheClusterWritesTheLocalResults() throws IOException {
    cli(SparkInputs.sweep(dir, dir.resolve("sweep-local")));
    cli(SparkInputs.sweep(dir, dir.resolve("sweep-cluster"), "--engine", "spark", "--master",
        master));
    for (String f : new String[] {"results.csv", "top.csv"}) {
      assertEquals(Files.readString(dir.resolve("sweep-local").resolve(f)),
          Files.readString(dir.resolve("sweep-cluster").resolve(f)), f);
    }
  }

  @Test
  void calibrateOnTheClusterGivesTheLocalLogbookAndRecordsTheMaster() throws IOException {
    cli(SparkInputs.calibrate(dir, dir.resolve("cal-local")));
    cli(SparkInputs.calibrate(dir, dir.resolve("cal-cluster"), "--engine", "spark", "--master",
        master));
    assertEquals(RunOnSparkTest.withoutWallTime(dir.resolve("cal-local/logbook.csv")),
        RunOnSparkTest.withoutWallTime(dir.resolve("cal-cluster/logbook.csv")));
    String summary = Files.readString(dir.resolve("cal-cluster/summary.json"));
    assertTrue(summary.replaceAll("\\s", "").contains("\"master\":\"" + master + "\""), summary);
  }

  /** Starts {@code main} in its own JVM on {@code cp}, output into {@code log}. */
  private static void start(String cp, Path sparkHome, Path log, String main, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider"));
    cmd.addAll(Arrays.asList(System.getProperty("seapopym.spark.jvmOptions", "").trim()
        .split("\\s+")));
    cmd.removeIf(String::isEmpty);
    cmd.addAll(List.of("-cp", cp, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    PROCESSES.add(pb.start());
  }

  /** This JVM's class path, read out of a manifest-only jar (failsafe's booter) where needed. */
  static List<String> classPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      if (e.endsWith(".jar") && Files.isRegularFile(p)) {
        try (JarFile jar = new JarFile(p.toFile())) {
          Manifest m = jar.getManifest();
          String more = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          if (more != null && jar.size() <= 2) {
            for (String u : more.trim().split("\\s+")) {
              entries.add(Path.of(java.net.URI.create(u)).toString());
            }
            continue;
          }
        }
      }
      entries.add(e);
    }
    return entries;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String log(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes());
    }
  }
}
