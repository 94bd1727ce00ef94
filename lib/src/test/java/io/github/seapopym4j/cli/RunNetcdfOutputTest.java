package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingNetcdf;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.netcdf.ExternalTools;
import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seapopym run --format netcdf}: outputs.nc against the CSV export of the same run. */
class RunNetcdfOutputTest {

  private static final String GROUPS =
      "name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr\n"
      + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n"
      + "D2N1,0.0834,2,1,0.0033333333333333335,0.075,5.19,-0.055\n";

  @TempDir Path dir;
  private Path groups;

  /** A 3 × 4 grid, 40 days, one land cell (1, 2) and one cell with only its top layer. */
  @BeforeEach
  void forcings() throws IOException {
    groups = Files.writeString(dir.resolve("groups.csv"), GROUPS);
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2001, 3, 1), 40).latitude(20.5, 21.5, 22.5)
        .longitude(150.5, 151.5, 152.5, 153.5).seed(7).land(1, 2).topLayersOnly(0, 3, 1).build()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.DOUBLE);
    }
  }

  private String run(String forcingExt, String out, String... extra) {
    String[] r = execute(0, forcingExt, out, extra);
    return r[0];
  }

  /** Runs and checks the exit status; returns stdout and stderr. */
  private String[] execute(int status, String forcingExt, String out, String... extra) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cl = new CommandLine(new RunCommand());
    cl.setOut(new PrintWriter(o));
    cl.setErr(new PrintWriter(e));
    List<String> args = new java.util.ArrayList<>(List.of(
        "--temperature", dir.resolve("t." + forcingExt).toString(),
        "--primary-production", dir.resolve("pp." + forcingExt).toString(),
        "--groups", groups.toString(), "--out", dir.resolve(out).toString()));
    args.addAll(List.of(extra));
    assertEquals(status, cl.execute(args.toArray(String[]::new)), e.toString());
    return new String[] {o.toString(), e.toString()};
  }

  private long bytesPerRow() {
    try (ForcingSet f = io.github.seapopym4j.forcing.ForcingLoader.load(dir.resolve("t.nc"),
        dir.resolve("pp.nc"))) {
      return RunBlocks.plan(f, io.github.seapopym4j.model.GroupsCsv.read(groups),
          io.github.seapopym4j.model.ModelConfig.defaults(), Long.MAX_VALUE / 4).bytesPerRow();
    }
  }

  /**
   * A run in blocks of 1 or 2 latitude rows (from NetCDF or CSV forcings) writes the same outputs as
   * the whole-grid run, value for value.
   */
  @Test
  void blocksOfRowsGiveTheWholeRunsOutputsExactly() {
    run("nc", "whole");
    long row = bytesPerRow();
    String[] one = execute(0, "nc", "one", "--memory-limit", Long.toString(row), "--threads", "2");
    assertTrue(one[0].contains("in 3 blocks of 1 rows"), one[0]);
    assertTrue(one[1].contains("seapopym: note: the whole grid needs"), one[1]);
    assertTrue(one[1].contains("streaming it from the files in 3 bands of 1 latitude rows"), one[1]);
    // 4 per-group variables × 2 groups + day length = 9 slabs of 40 days × 12 cells × 8 bytes
    assertTrue(one[1].contains("into outputs.nc of 34k (5 variables, float64; --float32 halves "
        + "it)"), one[1]);
    assertTrue(execute(0, "nc", "two", "--memory-limit", Long.toString(row), "--threads", "1")[0]
        .contains("in 2 blocks of 2 rows"));
    execute(0, "csv", "csv", "--format", "netcdf", "--memory-limit", Long.toString(row));
    try (NetcdfFile whole = NetcdfFile.open(dir.resolve("whole/outputs.nc"))) {
      for (String blocked : List.of("one", "two", "csv")) {
        try (NetcdfFile b = NetcdfFile.open(dir.resolve(blocked + "/outputs.nc"))) {
          for (String v : whole.variables().keySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(whole.read(v), b.read(v), 0.0,
                blocked + " " + v);
          }
        }
      }
    }
  }

  /**
   * A run in blocks reads each band with the variable names of the options, as the whole-grid run
   * does (the bands were read with the default names before). The temperature variable is renamed
   * in the file's header to a name the loader does not guess.
   */
  @Test
  void aRunInBlocksReadsTheTemperatureVariableTheOptionNames() throws IOException {
    run("nc", "whole");
    Path renamed = Files.createDirectories(dir.resolve("renamed"));
    byte[] nc = Files.readAllBytes(dir.resolve("t.nc"));
    byte[] from = "\0\0\0\u000btemperature".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] to = "\0\0\0\u000bsea_temp_c_".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = indexOf(nc, from);
    assertTrue(at > 0 && indexOf(java.util.Arrays.copyOfRange(nc, at + 1, nc.length), from) < 0,
        "the variable's name occurs once in the header");
    System.arraycopy(to, 0, nc, at, to.length);
    Files.write(renamed.resolve("t.nc"), nc);
    Files.copy(dir.resolve("pp.nc"), renamed.resolve("pp.nc"));
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature",
        renamed.resolve("t.nc").toString(), "--primary-production",
        renamed.resolve("pp.nc").toString(), "--groups", groups.toString(), "--out",
        dir.resolve("blocks").toString(), "--memory-limit", Long.toString(bytesPerRow()),
        "--temperature-variable", "sea_temp_c_", "--threads", "2");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().contains("in 3 blocks of 1 rows"), r.out());
    try (NetcdfFile whole = NetcdfFile.open(dir.resolve("whole/outputs.nc"));
        NetcdfFile b = NetcdfFile.open(dir.resolve("blocks/outputs.nc"))) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(whole.read("biomass"),
          b.read("biomass"), 0.0);
    }
  }

  /**
   * {@code --variables} writes only the variables named, whole or in blocks, NetCDF or CSV, with the
   * whole run's values; an unknown name is refused naming the accepted ones.
   */
  @Test
  void theVariablesOptionWritesOnlyTheVariablesNamed() throws IOException {
    run("nc", "whole");
    run("nc", "some", "--variables", "mortality,biomass");
    execute(0, "nc", "someBlocks", "--variables", "biomass,mortality", "--memory-limit",
        Long.toString(bytesPerRow()));
    for (String out : List.of("some", "someBlocks")) {
      try (NetcdfFile whole = NetcdfFile.open(dir.resolve("whole/outputs.nc"));
          NetcdfFile some = NetcdfFile.open(dir.resolve(out + "/outputs.nc"))) {
        assertEquals(List.of("time", "group", "lat", "lon", "biomass", "mortality"),
            List.copyOf(some.variables().keySet()), out);
        for (String v : List.of("biomass", "mortality")) {
          org.junit.jupiter.api.Assertions.assertArrayEquals(whole.read(v), some.read(v), 0.0, v);
        }
      }
    }
    run("nc", "all", "--variables", "all");
    try (NetcdfFile all = NetcdfFile.open(dir.resolve("all/outputs.nc"))) {
      assertEquals(9, all.variables().size(), "4 coordinates and the 5 variables");
    }
    assertTrue(run("csv", "csv", "--variables", "biomass")
        .startsWith("seapopym run: wrote biomass.csv, groups.csv, land.csv ("));
    assertFalse(Files.exists(dir.resolve("csv/mortality.csv")));
    String err = execute(1, "nc", "bad", "--variables", "biomas")[1];
    assertTrue(err.contains("output variable 'biomas' is unknown; expected a comma separated list "
        + "of [biomass, production_recruited, mortality, average_temperature, day_length], or all"),
        err);
  }

  /**
   * A streamed run (a grid over the memory limit) checks the values it reads as the whole-grid run
   * does before its file is committed: a temperature no ocean has (500 °C, one value of one day) is
   * refused naming it, and nothing is written; a missing production value is noted the same way.
   */
  @Test
  void aStreamedRunRefusesUnphysicalValuesAndWritesNothing() throws IOException {
    int nt = 40;
    int cells = 3 * 4;
    double[] t = new double[nt * cells];
    double[] pp = new double[nt * cells];
    for (int i = 0; i < t.length; i++) {
      t[i] = 15 + (i % 7);
      pp[i] = 0.5;
    }
    t[(25 * cells + 5)] = 500;
    pp[(30 * cells + 2)] = Double.NaN;
    try (ForcingSet f = ForcingSet.builder().daily(LocalDate.of(2001, 3, 1), nt)
        .latitude(20.5, 21.5, 22.5).longitude(150.5, 151.5, 152.5, 153.5).layers(1)
        .temperature(t).primaryProduction(pp).build()) {
      ForcingNetcdf.write(f, dir.resolve("hot.nc"), dir.resolve("hotpp.nc"), NcType.DOUBLE);
    }
    Path groups1 = Files.writeString(dir.resolve("g1.csv"), GROUPS.split("\n")[0] + "\n"
        + GROUPS.split("\n")[1] + "\n");
    String[] whole = new String[2];
    for (String limit : List.of("1g", "1k")) {
      CliRun.Result r = CliRun.run(new RunCommand(), "--temperature",
          dir.resolve("hot.nc").toString(), "--primary-production", dir.resolve("hotpp.nc").toString(),
          "--groups", groups1.toString(), "--out", dir.resolve("hot-" + limit).toString(),
          "--memory-limit", limit, "--threads", "1");
      assertEquals(1, r.status(), r.toString());
      assertTrue(r.err().contains("temperature must be in [-10.0, 100.0] °C, but was 500.0 °C at "
          + "2001-03-26, lat 21.5, lon 151.5"), r.err());
      assertFalse(Files.exists(dir.resolve("hot-" + limit + "/outputs.nc")), "nothing written");
      whole[limit.equals("1g") ? 0 : 1] = r.err().lines()
          .filter(l -> l.contains("temperature must be")).findFirst().orElseThrow()
          .replaceAll("^.*?temperature must be", "");
    }
    assertEquals(whole[0], whole[1], "the same message, streamed or not");
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aLimitBelowOneRowOrACsvOutputThatWouldNeedBlocksIsRefusedSayingWhatToSet() {
    long row = bytesPerRow();
    // a streamed run needs far less than a loaded row (4 cells × (layers, outputs, cohorts)): 1k is
    // below two rows in flight
    String err = execute(1, "nc", "x", "--memory-limit", "1k", "--threads", "2")[1];
    assertTrue(err.contains("seapopym: error: --memory-limit 1k is too small: streaming 2 latitude "
        + "rows at once (one per thread) of 4 cells needs ") && err.contains("or more, or fewer "
        + "--threads"), err);
    // half a loaded row is plenty for a streamed run (execute checks the exit status 0)
    execute(0, "nc", "w", "--memory-limit", Long.toString(row / 2));
    assertTrue(Files.exists(dir.resolve("w/outputs.nc")));
    err = execute(1, "csv", "v", "--format", "netcdf", "--memory-limit", Long.toString(row / 2))[1];
    assertTrue(err.contains("seapopym: error: --memory-limit ") && err.contains("or more"), err);
    err = execute(1, "nc", "y", "--format", "csv", "--memory-limit", Long.toString(row))[1];
    assertTrue(err.contains("use --format netcdf, or set --memory-limit"), err);
    err = execute(1, "csv", "z", "--float32")[1];
    assertTrue(err.contains("--float32 applies to NetCDF output"), err);
    assertFalse(Files.exists(dir.resolve("x")) || Files.exists(dir.resolve("y"))
        || Files.exists(dir.resolve("z")) || Files.exists(dir.resolve("v")));
  }

  @Test
  void netcdfForcingsDefaultToOneNetcdfFileAndCsvForcingsToCsv() {
    assertTrue(run("nc", "a").startsWith("seapopym run: wrote outputs.nc, groups.csv"));
    assertTrue(Files.exists(dir.resolve("a/outputs.nc")));
    assertFalse(Files.exists(dir.resolve("a/biomass.csv")));
    assertTrue(run("csv", "b").startsWith("seapopym run: wrote biomass.csv"));
    assertFalse(Files.exists(dir.resolve("b/outputs.nc")));
  }

  /**
   * Every value of every output variable equals the CSV export's bit for bit on ocean cells; land
   * cells (where the CSV export has the model's 0) are NaN.
   */
  @Test
  void valuesEqualTheCsvExportExactlyAndLandIsNaN() throws IOException {
    run("csv", "csv", "--format", "csv");
    run("csv", "nc", "--format", "netcdf");
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("nc/outputs.nc"))) {
      assertEquals(40, nc.records());
      for (String v : List.of("biomass", "production_recruited", "mortality",
          "average_temperature", "day_length")) {
        double[] values = nc.read(v);
        List<String> rows = Files.readAllLines(dir.resolve("csv/" + v + ".csv"));
        boolean perGroup = rows.get(0).contains("group");
        int compared = 0;
        for (int i = 1; i < rows.size(); i++) {
          String[] f = rows.get(i).split(",");
          int g = perGroup ? Integer.parseInt(f[3]) : 0;
          int t = (int) LocalDate.of(2001, 3, 1).until(LocalDate.parse(f[0]),
              java.time.temporal.ChronoUnit.DAYS);
          int y = (int) Math.round(Double.parseDouble(f[1]) - 20.5);
          int x = (int) Math.round(Double.parseDouble(f[2]) - 150.5);
          int k = (((t * (perGroup ? 2 : 1)) + g) * 3 + y) * 4 + x;
          double expected = Double.parseDouble(f[perGroup ? 4 : 3]);
          if (y == 1 && x == 2) {
            assertTrue(Double.isNaN(values[k]), v + " land row " + (i + 1));
          } else {
            assertEquals(expected, values[k], 0.0, v + " row " + (i + 1));
            compared++;
          }
        }
        assertEquals((rows.size() - 1) * 11 / 12, compared, v);
      }
      assertEquals("D1N1,D2N1", nc.attributes().get("group_name"));
      assertEquals("explicit", nc.attributes().get("biomass_scheme"));
    }
  }

  /** Scoring reads a NetCDF run directory as it reads a CSV one (land as the model's 0). */
  @Test
  void aNetcdfRunDirectoryReadsBackLikeTheCsvOne() {
    run("csv", "csv", "--format", "csv");
    run("csv", "nc", "--format", "netcdf");
    RunDirectory csv = RunDirectory.read(dir.resolve("csv"));
    RunDirectory nc = RunDirectory.read(dir.resolve("nc"));
    assertEquals(csv.grid().time(), nc.grid().time());
    assertEquals(csv.grid().groups(), nc.grid().groups());
    for (int g = 0; g < 2; g++) {
      for (int t = 0; t < 40; t++) {
        for (int y = 0; y < 3; y++) {
          for (int x = 0; x < 4; x++) {
            assertEquals(csv.biomass(g, t, y, x), nc.biomass(g, t, y, x), 0.0,
                "group " + g + " step " + t + " cell " + y + "," + x);
          }
        }
      }
    }
  }

  @Test
  void float32StoresFloats() {
    run("nc", "f", "--float32");
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("f/outputs.nc"))) {
      assertEquals(NcType.FLOAT, nc.variable("biomass").type());
      assertEquals(NcType.DOUBLE, nc.variable("lat").type());
    }
  }

  @Test
  void ncdumpShowsNamedDimensionsCfCoordinatesAndSettings() {
    run("nc", "a");
    String h = ExternalTools.ncdumpHeader(dir.resolve("a/outputs.nc"));
    for (String expected : List.of("time = UNLIMITED ; // (40 currently)", "group = 2 ;",
        "lat = 3 ;", "lon = 4 ;", "double biomass(time, group, lat, lon) ;",
        "double day_length(time, lat, lon) ;", "biomass:_FillValue = NaN ;",
        "time:units = \"days since 2001-03-01\" ;", "time:calendar = \"proleptic_gregorian\" ;",
        "lat:axis = \"Y\" ;", "lon:units = \"degrees_east\" ;", ":group_name = \"D1N1,D2N1\" ;",
        ":Conventions = \"CF-1.8\" ;", ":gillooly = \"on\" ;")) {
      assertTrue(h.contains(expected), "ncdump -h lacks '" + expected + "':\n" + h);
    }
  }

  /** xarray decodes the file and its biomass equals the CSV export's (max |difference| = 0). */
  @Test
  void xarrayOpensItAndBiomassEqualsTheCsvWriter() {
    run("csv", "csv", "--format", "csv");
    run("csv", "nc", "--format", "netcdf");
    String out = ExternalTools.xarray("""
        import numpy as np, pandas as pd
        ds = xr.open_dataset(sys.argv[1])
        df = pd.read_csv(sys.argv[2], parse_dates=['time'], float_precision='round_trip')
        csv = df.set_index(['time', 'group', 'lat', 'lon'])['value'].to_xarray()
        nc = ds['biomass'].transpose('time', 'group', 'lat', 'lon')
        ocean = ~np.isnan(nc.values)
        print(list(ds['biomass'].dims), str(ds['time'].values[0])[:10], ds['lat'].attrs['units'])
        print(int(ocean.sum()), int((~ocean).sum()))
        print(float(np.abs(nc.values[ocean] - csv.values[ocean]).max()))
        print(float(np.abs(csv.values[~ocean]).max()))
        """, dir.resolve("nc/outputs.nc").toString(), dir.resolve("csv/biomass.csv").toString());
    List<String> lines = out.strip().lines().toList();
    assertEquals("['time', 'group', 'lat', 'lon'] 2001-03-01 degrees_north", lines.get(0));
    assertEquals((40 * 2 * 11) + " " + (40 * 2), lines.get(1), "ocean and land values");
    assertEquals(0.0, Double.parseDouble(lines.get(2)), "max |nc − csv| on ocean");
    assertEquals(0.0, Double.parseDouble(lines.get(3)), "the CSV export has 0 on land");
  }
}
