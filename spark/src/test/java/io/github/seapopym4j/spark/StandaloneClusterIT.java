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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real Spark standalone cluster on 127.0.0.1, set up as on a cluster: a
 * master and a worker started as their own JVMs with no seapopym class, from a {@code SPARK_HOME}
 * whose {@code jars/} holds the Maven-resolved jars of Spark and of the library's dependencies (what
 * the notebook jar carries besides the library); the worker starts executor JVMs per application. The
 * {@code --engine spark} commands run in a driver JVM of their own on the module's and the library's
 * jars, with no extra option: the driver ships both jars to the executors ({@code spark.jars}).
 * {@code run}, {@code sweep model} and {@code calibrate} against {@code spark://127.0.0.1:PORT} give
 * the files of the local engine (run in this JVM).
 */
class StandaloneClusterIT {

  @TempDir
  static Path dir;

  private static final List<Process> PROCESSES = new ArrayList<>();
  private static String master;

  private static List<String> driverClassPath;

  @BeforeAll
  static void startMasterAndWorker() throws Exception {
    TestSpark.stop();
    SparkInputs.write(dir);
    Path module = Path.of(System.getProperty("seapopym.spark.jar", "target/none.jar"));
    if (!Files.isRegularFile(module)) {
      throw new IllegalStateException("the spark module's jar " + module + " is missing: run this "
          + "test through `mvnw verify` (after package)");
    }
    Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
    driverClassPath = new ArrayList<>(List.of(module.toString()));
    int n = 0;
    for (String e : classPath()) {
      Path p = Path.of(e);
      if (p.getFileName().toString().startsWith("seapopym4j")) {
        if (Files.isRegularFile(p) && !e.endsWith("-tests.jar")) {
          driverClassPath.add(e); // the library's (and the examples') jar: shipped by the driver
        }
      } else if (Files.isRegularFile(p) && e.endsWith(".jar")) {
        Files.createSymbolicLink(home.resolve(String.format("%03d-%s", n++, p.getFileName())), p);
        driverClassPath.add(e);
      }
    }
    String sparkJars = home.resolve("*").toString();
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    Path masterLog = dir.resolve("master.log");
    Path workerLog = dir.resolve("worker.log");
    start(sparkJars, home.getParent(), masterLog, "org.apache.spark.deploy.master.Master", "--host",
        "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
    start(sparkJars, home.getParent(), workerLog, "org.apache.spark.deploy.worker.Worker", "--host",
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
  }

  @AfterAll
  static void stopCluster() {
    for (Process p : PROCESSES) {
      p.destroy();
    }
  }

  /**
   * Runs {@code seapopym args} in a driver JVM of its own (the jars, no seapopym class folder);
   * returns its stdout, failing the test on a non-zero exit (with the driver's and the executors'
   * output).
   */
  private static String driver(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "driver", ".out");
    Path err = Files.createTempFile(dir, "driver", ".err");
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g"));
    cmd.addAll(jvmOptions());
    cmd.addAll(List.of("-cp", String.join(File.pathSeparator, driverClassPath),
        "io.github.seapopym4j.cli.SeapopymCli", "--verbose"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    int status = pb.start().waitFor();
    if (status != 0) {
      StringBuilder executors = new StringBuilder();
      try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
        for (Path f : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
          executors.append("\n").append(f).append(":\n").append(log(f));
        }
      }
      throw new AssertionError("driver exited with " + status + ": " + String.join(" ", args)
          + "\n" + log(err) + executors);
    }
    return log(out);
  }

  @Test
  void runOnTheClusterWritesTheLocalOutputs() throws Exception {
    cli(SparkInputs.run(dir, "nc", dir.resolve("run-local")));
    String line = driver(SparkInputs.run(dir, "nc", dir.resolve("run-cluster"), "--engine",
        "spark", "--master", master));
    assertTrue(line.contains("on " + master), line);
    // The executors got the module's and the library's jars from the driver (spark.jars).
    try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
      List<String> shipped = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("seapopym4j") && f.endsWith(".jar")).distinct().toList();
      assertTrue(shipped.contains(Path.of(driverClassPath.get(0)).getFileName().toString())
          && shipped.stream().anyMatch(f -> f.matches("seapopym4j-[0-9].*\\.jar")),
          shipped.toString());
    }
    assertArrayEquals(withoutTimeStamps(dir.resolve("run-local/outputs.nc")),
        withoutTimeStamps(dir.resolve("run-cluster/outputs.nc")));
  }

  @Test
  void sweepModelOnTheClusterWritesTheLocalResults() throws Exception {
    cli(SparkInputs.sweep(dir, dir.resolve("sweep-local")));
    driver(SparkInputs.sweep(dir, dir.resolve("sweep-cluster"), "--engine", "spark", "--master",
        master));
    for (String f : new String[] {"results.csv", "top.csv"}) {
      assertEquals(Files.readString(dir.resolve("sweep-local").resolve(f)),
          Files.readString(dir.resolve("sweep-cluster").resolve(f)), f);
    }
  }

  @Test
  void calibrateOnTheClusterGivesTheLocalLogbookAndRecordsTheMaster() throws Exception {
    cli(SparkInputs.calibrate(dir, dir.resolve("cal-local")));
    driver(SparkInputs.calibrate(dir, dir.resolve("cal-cluster"), "--engine", "spark",
        "--master", master));
    assertEquals(RunOnSparkTest.withoutWallTime(dir.resolve("cal-local/logbook.csv")),
        RunOnSparkTest.withoutWallTime(dir.resolve("cal-cluster/logbook.csv")));
    String summary = Files.readString(dir.resolve("cal-cluster/summary.json"));
    assertTrue(summary.replaceAll("\\s", "").contains("\"master\":\"" + master + "\""), summary);
  }

  /** Starts {@code main} in its own JVM on {@code cp}, output into {@code log}. */
  private static void start(String cp, Path sparkHome, Path log, String main, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m",
        "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider"));
    cmd.addAll(jvmOptions());
    cmd.addAll(List.of("-cp", cp, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    PROCESSES.add(pb.start());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The JVM options Spark needs on Java 17 (the module's spark.jvm.options). */
  private static List<String> jvmOptions() {
    List<String> o = new ArrayList<>(Arrays.asList(System.getProperty("seapopym.spark.jvmOptions",
        "").trim().split("\\s+")));
    o.removeIf(String::isEmpty);
    return o;
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
