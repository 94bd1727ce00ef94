package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.cli.SeapopymCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sensitivity sobol --engine spark} gives the files of the local engine, byte for byte. */
class SensitivityOnSparkTest {

  @TempDir
  Path dir;

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    assertEquals(0, status, err.toString());
    return status;
  }

  @BeforeAll
  static void theCommandStartsItsOwnContext() {
    TestSpark.stop();
  }

  @Test
  void sobolOnSparkWritesTheIndicesAndSamplesOfTheLocalEngine() throws IOException {
    String[] common = {"sensitivity", "sobol", "--function", "ishigami", "--samples", "256",
        "--bootstrap", "50", "--seed", "3", "--chunk-size", "128"};
    run(concat(common, "--out", dir.resolve("local").toString()));
    run(concat(common, "--engine", "spark", "--master", "local[2]", "--out",
        dir.resolve("spark").toString()));
    for (String f : new String[] {"indices.csv", "samples.csv"}) {
      assertEquals(Files.readString(dir.resolve("local").resolve(f)),
          Files.readString(dir.resolve("spark").resolve(f)), f);
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = new String[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
