package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.sensitivity.SensitivityFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SensitivityCommandTest {

  static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.1668, 1, 1, 1 / 150.0, 0.15, 10.38, -0.11);

  @TempDir
  static Path inputs;

  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  /** Forcings (1 × 2 cells, 2 years), monthly observations of TRUTH, a space freeing 3 parameters. */
  @BeforeAll
  static void inputs() throws IOException {
    LocalDate start = LocalDate.of(2000, 1, 1);
    StringBuilder obs = new StringBuilder("time,lat,lon,value\n");
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(start, 731).latitude(20.5).longitude(150.5, 151.5).build()) {
      ForcingCsv.write(f, inputs.resolve("t.csv"), inputs.resolve("pp.csv"));
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(TRUTH)) {
        for (int t = 0; t < 731; t += 30) {
          obs.append(start.plusDays(t)).append(",20.5,150.5,").append(run.biomass(0, t, 0, 0))
              .append('\n');
        }
      }
    }
    Files.writeString(inputs.resolve("obs.csv"), obs);
    Files.writeString(inputs.resolve("space.csv"), """
        group,parameter,value,min,max
        D1N1,energy_transfert,,0.05,0.3
        D1N1,day_layer,1,,
        D1N1,night_layer,1,,
        D1N1,lambda_temperature_0,,0.002,0.01
        D1N1,gamma_lambda_temperature,,0.1,0.18
        D1N1,tr_0,10.38,,
        D1N1,gamma_tr,-0.11,,
        """);
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SeapopymCli.commandLine(new PrintWriter(out), new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static String[] model(Path out, String... more) {
    return model(inputs.resolve("space.csv"), out, more);
  }

  private static String[] model(Path space, Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("sensitivity", "sobol",
        "--temperature", inputs.resolve("t.csv").toString(),
        "--primary-production", inputs.resolve("pp.csv").toString(),
        "--space", space.toString(), "--out", out.toString(),
        "--threads", "2", "--bootstrap", "100"));
    a.addAll(Arrays.asList(more));
    return a.toArray(String[]::new);
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all.toArray(String[]::new);
  }

  @Test
  void sobolOnIshigamiWritesIndicesSamplesAndTheJsonLine() throws IOException {
    Path out = dir.resolve("ishigami");
    Result r = run("sensitivity", "sobol", "--function", "ishigami", "--samples", "1024",
        "--bootstrap", "100", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("\\{\"method\":\"sobol\",\"parameters\":3,\"samples\":1024,"
        + "\"simulations\":5120,\"seconds\":[0-9.]+,\"simulations_per_s\":[0-9.]+}\\R"), r.out());
    List<String> indices = Files.readAllLines(out.resolve("indices.csv"));
    assertEquals(SensitivityFiles.INDICES_HEADER, indices.get(0));
    assertEquals(List.of("y,x1", "y,x2", "y,x3"),
        indices.subList(1, 4).stream().map(l -> l.substring(0, 4)).toList());
    List<String> samples = Files.readAllLines(out.resolve("samples.csv"));
    assertEquals("point,row,matrix,x1,x2,x3,y", samples.get(0));
    assertEquals(5121, samples.size());
    assertTrue(r.err().contains("memory estimate") && r.err().contains("simulations: 5120/5120"),
        r.err());
  }

  @Test
  void sobolGWithSecondOrderWritesOneRowPerPairOfParameters() throws IOException {
    Path out = dir.resolve("g");
    Result r = run("sensitivity", "sobol", "--function", "sobol-g", "--g-coefficients",
        "0,1,4.5,9,99,99,99,99", "--samples", "512", "--second-order", "--bootstrap", "50",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> s2 = Files.readAllLines(out.resolve("second_order.csv"));
    assertEquals(SensitivityFiles.SECOND_ORDER_HEADER, s2.get(0));
    assertEquals(1 + 28, s2.size());
    assertTrue(s2.get(1).startsWith("y,x1,x2,"), s2.get(1));
    assertTrue(r.out().contains("\"simulations\":9216"), r.out());
  }

  @Test
  void morrisWritesMuStarAndSigmaInParameterOrder() throws IOException {
    Path out = dir.resolve("morris");
    Result r = run("sensitivity", "morris", "--function", "sobol-g", "--trajectories", "20",
        "--levels", "6", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"method\":\"morris\",\"parameters\":8,\"samples\":20,"
        + "\"simulations\":180,"), r.out());
    List<String> m = Files.readAllLines(out.resolve("morris.csv"));
    assertEquals(SensitivityFiles.MORRIS_HEADER, m.get(0));
    assertEquals(9, m.size());
    assertTrue(m.get(8).startsWith("y,x8,"), m.get(8));
  }

  @Test
  void aSampleCountThatIsNotAPowerOfTwoSaysWhichToUse() {
    Result r = run("sensitivity", "sobol", "--function", "ishigami", "--samples", "1000",
        "--out", dir.resolve("x").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("use 512 (2^9) or 1,024 (2^10)"), r.err());
  }

  @Test
  void theModelGivesIndicesPerOutputAndTheFitToObservations() throws IOException {
    Path out = dir.resolve("model");
    Result r = run(concat(model(out, "--samples", "64", "--output",
        "mean-biomass,cv:D1N1,max-day", "--cells", "20.5,150.5"), "--observations",
        inputs.resolve("obs.csv").toString(), "--metric", "rmse"));
    assertEquals(0, r.code(), r.err());
    List<String> indices = Files.readAllLines(out.resolve("indices.csv"));
    assertEquals(1 + 4 * 3, indices.size());
    assertTrue(indices.get(1).startsWith("mean-biomass,D1N1.energy_transfert,"), indices.get(1));
    assertTrue(indices.get(4).startsWith("cv:D1N1,D1N1.energy_transfert,"), indices.get(4));
    assertTrue(indices.get(12).startsWith("rmse,D1N1.gamma_lambda_temperature,"), indices.get(12));
    String header = Files.readAllLines(out.resolve("samples.csv")).get(0);
    assertEquals("point,row,matrix,D1N1.energy_transfert,D1N1.lambda_temperature_0,"
        + "D1N1.gamma_lambda_temperature,mean-biomass,cv:D1N1,max-day,rmse", header);
    assertTrue(r.out().contains("\"parameters\":3,\"samples\":64,\"simulations\":320"), r.out());
  }

  @Test
  void aModelRunResumedAfterTheFirstRunGivesTheSameIndices() throws IOException {
    Path out = dir.resolve("resume");
    assertEquals(0, run(model(out, "--samples", "32", "--chunk-size", "7")).code());
    String first = Files.readString(out.resolve("indices.csv"));
    Result again = run(model(out, "--samples", "32", "--chunk-size", "7", "--resume"));
    assertEquals(0, again.code(), again.err());
    assertEquals(first, Files.readString(out.resolve("indices.csv")));
  }

  @Test
  void fewerThanTwoFreeParametersAreRefused() throws IOException {
    Path space = dir.resolve("one.csv");
    Files.writeString(space, Files.readString(inputs.resolve("space.csv"))
        .replace("lambda_temperature_0,,0.002,0.01", "lambda_temperature_0,0.005,,")
        .replace("gamma_lambda_temperature,,0.1,0.18", "gamma_lambda_temperature,0.15,,"));
    Result r = run(model(space, dir.resolve("o"), "--samples", "64"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("needs at least 2 free parameters"), r.err());
  }

  @Test
  void aCellOutsideTheGridIsRefusedNamingTheGrid() {
    Result r = run(model(dir.resolve("o"), "--samples", "64", "--cells", "20.5,150.5;40,151.5"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--cells: latitude 40.0 is outside the forcing grid (latitude 20.5 "
        + "to 20.5)"), r.err());
  }

  @Test
  void anUnknownOutputListsTheValidNames() {
    Result r = run(model(dir.resolve("o"), "--samples", "64", "--output", "mean-biomass:D9"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no group 'D9' in the space file; its groups are [D1N1]"), r.err());
  }

  @Test
  void aTestFunctionRefusesModelOptions() {
    Result r = run(concat(model(dir.resolve("o"), "--samples", "64"), "--function", "ishigami"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--function replaces the model"), r.err());
  }
}
