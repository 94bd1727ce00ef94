package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.model.BandEngine;
import io.github.seapopym4j.model.BandRecipe;
import io.github.seapopym4j.model.BandedRun;
import io.github.seapopym4j.model.ExplicitStability;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.StreamedRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym run}: runs the no-transport model on forcing files and a groups file, and writes
 * into DIR either {@code outputs.nc} (one CF NetCDF file, see {@link
 * io.github.seapopym4j.model.ResultNetcdf}; the default for NetCDF forcings) or {@code biomass.csv},
 * {@code production_recruited.csv}, {@code mortality.csv}, {@code average_temperature.csv}, {@code
 * day_length.csv} (long CSV, 17 significant digits; the default for CSV forcings), a copy of the
 * groups as {@code groups.csv} and the land cells as {@code land.csv} (lat,lon).
 *
 * <p>A grid that needs more than {@code --memory-limit} runs in bands of latitude rows, each written
 * into {@code outputs.nc} before the next ({@link RunBlocks}).
 *
 * <p>Everything is written into a hidden temporary directory inside DIR first ({@code .run.<pid>-<n>.tmp},
 * so a writable DIR in a read-only parent works) and each file is then moved into place, so an error
 * leaves nothing partial there. DIR is locked meanwhile ({@link OutputLock}). Bad input exits with status 1 and one line
 * {@code seapopym: error: <what is wrong>} on stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the SEAPOPYM no-transport model; write its outputs (NetCDF or long CSV) into "
        + "DIR.")
public class RunCommand implements Callable<Integer> {

  /** The groups file written next to the outputs, read back by {@code seapopym score}. */
  public static final String GROUPS_FILE = "groups.csv";

  @Spec
  CommandSpec spec;

  @Option(names = "--temperature", required = true, paramLabel = "FILE",
      description = "Temperature [time, lat, lon, layer] in °C: long CSV (time,lat,lon,layer,value) "
          + "or NetCDF (NetCDF-4 or classic).")
  Path temperature;

  @Option(names = "--primary-production", required = true, paramLabel = "FILE",
      description = "Primary production [time, lat, lon] in g/m2/day: long CSV (time,lat,lon,value) "
          + "or NetCDF (NetCDF-4 or classic).")
  Path primaryProduction;

  @Option(names = "--groups", required = true, paramLabel = "FILE",
      description = "Functional groups CSV: name,energy_transfert,day_layer,night_layer,"
          + "lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr.")
  Path groups;

  @Mixin
  ModelOptions model = new ModelOptions();

  @Mixin
  ForcingOptions forcing = new ForcingOptions();

  @Option(names = "--cells", paramLabel = "LATMIN:LATMAX,LONMIN:LONMAX",
      description = "Simulate only the cells in this box (degrees, bounds included); outputs cover "
          + "those cells (default: every cell).")
  String cells;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (created if needed; files of the same names are replaced).")
  Path out;

  @Option(names = "--format", paramLabel = "netcdf|csv",
      description = "Output format: netcdf (one CF file, " + RunOutputs.NETCDF_FILE + ") or csv (one "
          + "long CSV per variable). Default: netcdf when the temperature forcing is NetCDF, csv "
          + "otherwise.")
  String format;

  @Option(names = "--memory-limit", paramLabel = "SIZE",
      description = "Memory the run may use, e.g. 512m or 4g; a grid that needs more runs in blocks "
          + "of latitude rows (NetCDF output). Default: half the JVM's maximum heap (CSV output: "
          + "no blocks unless given).")
  String memoryLimit;

  @Option(names = "--threads", paramLabel = "N",
      description = "Bands of a run in blocks computed at once (default: all processors); the "
          + "outputs are the same whatever the number.")
  Integer threads;

  @Option(names = "--variables", paramLabel = "LIST",
      description = "Output variables, comma separated (default: all): biomass, "
          + "production_recruited, mortality, average_temperature, day_length, or all.")
  String variables;

  @Option(names = "--float32",
      description = "NetCDF output: store values as float32 (half the size) instead of float64.")
  boolean float32;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ModelConfig config = model.config();
      boolean spark = engine.spark();
      if (spark && cells != null) {
        throw new IllegalArgumentException("--cells runs a box of cells locally; leave out --engine "
            + "spark, or --cells to run the whole grid on Spark");
      }
      RunOutputs.Format outputFormat = format();
      if (float32 && outputFormat == RunOutputs.Format.CSV) {
        throw new IllegalArgumentException("--float32 applies to NetCDF output; CSV output writes "
            + "17 significant digits (add --format netcdf)");
      }
      InputFiles.requireFile("temperature file", temperature);
      InputFiles.requireFile("primary production file", primaryProduction);
      List<FunctionalGroup> fg = GroupsCsv.read(InputFiles.requireFile("groups file", groups));
      Path target = out.toAbsolutePath().normalize();
      if (target.getParent() == null) {
        throw new IllegalArgumentException("--out " + out + ": expected an output folder below the "
            + "root of the file system, but found the root itself; choose a folder, e.g. --out ./out");
      }
      if (Files.exists(target) && !Files.isDirectory(target)) {
        throw new IllegalArgumentException("--out " + out + ": expected a directory, but found a file");
      }
      String summary;
      List<String> written;
      try (OutputLock lock = OutputLock.acquire(target, err);
          Interrupts.Handle watch = Interrupts.watch(lock, () -> "while running the model", false)) {
        deleteLegacyStaging(target);
        Path staging = AtomicFiles.temporaryBeside(target.resolve("run"));
        try {
          Files.createDirectory(staging);
          boolean streamable = !spark && cells == null && outputFormat == RunOutputs.Format.NETCDF
              && StreamedRun.possible(temperature, primaryProduction, forcing.loadOptions());
          try (ForcingSet forcings = forcing.load(temperature, primaryProduction, err,
              !streamable)) {
            Map<String, Object> settings = RunOutputs.settings(temperature, primaryProduction,
                config, groups);
            RunBlocks plan = cells != null || spark ? null
                : streamable ? streamedBlocks(forcings, fg, config)
                : blocks(forcings, fg, config, outputFormat);
            if (streamable && plan == null) {
              ForcingOptions.report(io.github.seapopym4j.forcing.ForcingScan.of(forcings), err);
            }
            if (streamable && plan != null) {
              written = new ArrayList<>(List.of(RunOutputs.NETCDF_FILE));
              summary = streamed(forcings, plan, fg, config, settings, staging, err);
            } else if (spark) {
              written = new ArrayList<>();
              summary = onSpark(forcings, fg, config, outputFormat, settings, staging, written);
            } else if (plan == null) {
              try (NoTransportModel m = NoTransportModel.prepare(forcings, config, RunMemory.require(
                      forcings, CellBox.parse("--cells", cells, forcings), fg, config));
                  ModelRun run = warnedStart(m, fg, err)) {
                written = RunOutputs.write(outputFormat, run, staging, forcings, config, float32,
                    variables(), settings);
                LandCells.write(staging.resolve(LandCells.FILE), forcings, m.context().latitude(),
                    m.context().longitude());
                summary = String.format("%d groups × %d steps × %d cells", fg.size(),
                    run.time().size(), m.context().cellCount());
              }
            } else {
              SeapopymCli.note(err, plan.describe());
              written = RunOutputs.writeBlocks(plan, temperature, primaryProduction,
                  forcing.loadOptions(), forcings, fg, config, staging, float32, variables(),
                  settings);
              LandCells.write(staging.resolve(LandCells.FILE), forcings, forcings.latitude(),
                  forcings.longitude());
              summary = String.format("%d groups × %d steps × %d cells, in %d blocks of %d rows",
                  fg.size(), forcings.timeSize(), forcings.cellCount(), plan.blocks(),
                  plan.rowsPerBlock());
            }
            GroupsCsv.write(staging.resolve(GROUPS_FILE), fg);
          }
          written.add(GROUPS_FILE);
          written.add(LandCells.FILE);
          for (String name : written) {
            AtomicFiles.move(staging.resolve(name), target.resolve(name));
          }
        } finally {
          AtomicFiles.deleteTree(staging);
        }
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println("seapopym run: wrote " + String.join(", ", written) + " (" + summary + ") to "
          + out);
      stdout.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    } catch (IOException e) {
      return SeapopymCli.fail(err, new UncheckedIOException("cannot write " + out + ": "
          + e.getMessage(), e));
    }
  }

  /**
   * Streams the grid from the forcing files in bands of rows ({@link StreamedRun#run}) into
   * {@code staging}, scanning the forcings on the way; returns the summary.
   */
  private String streamed(ForcingSet forcings, RunBlocks plan, List<FunctionalGroup> fg,
      ModelConfig config, Map<String, Object> settings, Path staging, PrintWriter err) {
    int n = threads();
    long limit = plan.limit();
    RunBlocks whole = RunBlocks.plan(forcings, fg, config, Long.MAX_VALUE / 4);
    int rows = StreamedRun.bandRows(forcings.latSize(), plan.rowsPerBlock(), n);
    int bands = (forcings.latSize() + rows - 1) / rows;
    List<OutputVariable> vars = variables();
    long slabs = vars.stream().mapToLong(v -> v.perGroup() ? fg.size() : 1).sum();
    long outputBytes = slabs * forcings.timeSize() * forcings.cellCount() * (float32 ? 4 : 8);
    SeapopymCli.note(err, String.format(java.util.Locale.ROOT, "the whole grid needs %s in memory, "
        + "over the memory limit %s: streaming it from the files in %d bands of %d latitude rows, "
        + "%d at a time (%s each), into %s of %s (%d variable%s%s)",
        RunBlocks.human(whole.bytesPerRow() * whole.rows()), RunBlocks.human(limit), bands, rows,
        Math.min(n, bands), RunBlocks.human(plan.bytesPerRow() * rows), RunOutputs.NETCDF_FILE,
        RunBlocks.human(outputBytes), vars.size(), vars.size() == 1 ? "" : "s", float32 ? ", float32"
            : ", float64; --float32 halves it"));
    StreamedRun.Result s = StreamedRun.run(temperature, primaryProduction, forcing.loadOptions(),
        new BandedRun.Grid(forcings.time(), forcings.latitude(), forcings.longitude()),
        forcings.layers(), plan.rowsPerBlock(), n, fg, config, new BandedRun.Output(
            staging.resolve(RunOutputs.NETCDF_FILE), float32, vars, settings), true);
    ForcingOptions.report(s.scan(), err);
    s.stabilityWarning().ifPresent(w -> SeapopymCli.warn(err, w));
    LandCells.write(staging.resolve(LandCells.FILE), forcings.latitude(), forcings.longitude(),
        s.land());
    return String.format("%d groups × %d steps × %d cells, in %d blocks of %d rows", fg.size(),
        forcings.timeSize(), forcings.cellCount(), bands, rows);
  }

  /** Runs the grid on the spark engine into {@code staging}; adds the files to {@code written}. */
  private String onSpark(ForcingSet forcings, List<FunctionalGroup> fg, ModelConfig config,
      RunOutputs.Format outputFormat, Map<String, Object> settings, Path staging,
      List<String> written) {
    long limit = limit();
    BandRecipe recipe = BandRecipe.of(temperature, primaryProduction, forcing.loadOptions(), config,
        fg);
    try (BandEngine on = BandEngine.Factory.find("spark").create(engine.master())) {
      RunOnEngine.Written w = RunOnEngine.run(on, recipe, forcings, outputFormat, float32,
          variables(), settings, staging, limit);
      written.addAll(w.files());
      LandCells.write(staging.resolve(LandCells.FILE), forcings, forcings.latitude(),
          forcings.longitude());
      return w.summary();
    }
  }

  /** --memory-limit in bytes, else half the JVM's maximum heap. */
  private long limit() {
    return memoryLimit == null ? RunBlocks.defaultLimit() : RunBlocks.parseSize(memoryLimit);
  }

  /** --threads, else all processors; checked. */
  private int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be ≥ 1, but was " + n);
    }
    return n;
  }

  /**
   * For forcings the run can stream: null when the whole grid fits the memory limit, else the plan
   * of the streamed run (refused, saying what to set, when the rows in flight alone exceed it).
   */
  private RunBlocks streamedBlocks(ForcingSet forcings, List<FunctionalGroup> fg,
      ModelConfig config) {
    long limit = limit();
    RunBlocks whole = RunBlocks.plan(forcings, fg, config, Long.MAX_VALUE / 4);
    if (whole.bytesPerRow() * whole.rows() <= limit) {
      return null;
    }
    return RunBlocks.streamed(forcings, fg, threads(), limit);
  }

  /**
   * The bands of rows the run needs to stay within the memory limit; null to run the whole grid at
   * once (it fits, or CSV output without an explicit limit, as before limits existed).
   */
  private RunBlocks blocks(ForcingSet forcings, List<FunctionalGroup> fg, ModelConfig config,
      RunOutputs.Format outputFormat) {
    if (memoryLimit == null && outputFormat == RunOutputs.Format.CSV) {
      return null;
    }
    RunBlocks plan = RunBlocks.plan(forcings, fg, config, limit());
    if (plan.blocks() == 1) {
      return null;
    }
    if (outputFormat == RunOutputs.Format.CSV) {
      throw new IllegalArgumentException("--format csv writes each file whole, but " + plan.describe()
          .replace("running", "which needs") + "; use --format netcdf, or set --memory-limit "
          + RunBlocks.human(plan.bytesPerRow() * plan.rows()) + " or more");
    }
    return plan;
  }

  /** The output variables: --variables, else all. */
  List<OutputVariable> variables() {
    return variables == null ? List.of(OutputVariable.values())
        : OutputVariable.parseList(variables);
  }

  /** The output format: as given, else netcdf for NetCDF forcings and csv otherwise. */
  RunOutputs.Format format() {
    return format != null ? RunOutputs.Format.parse(format)
        : RunOutputs.Format.defaultFor(temperature);
  }

  /** Starts the run after warning when the explicit scheme is unstable for these groups. */
  private static ModelRun warnedStart(NoTransportModel m, List<FunctionalGroup> fg, PrintWriter err) {
    ExplicitStability.check(m, fg).ifPresent(w -> SeapopymCli.warn(err, w));
    return m.start(fg);
  }

  /**
   * Deletes the staging directories {@code .<DIR>.tmp-*} that earlier versions left beside
   * {@code DIR} when killed (best effort; the parent may be read-only).
   */
  private static void deleteLegacyStaging(Path target) {
    Path parent = target.getParent();
    if (parent == null) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
        "." + target.getFileName() + ".tmp-*")) {
      s.forEach(AtomicFiles::deleteTree);
    } catch (IOException | RuntimeException ignored) {
      // best effort
    }
  }
}
