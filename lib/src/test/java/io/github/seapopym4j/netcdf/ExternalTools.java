package io.github.seapopym4j.netcdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools modellers open NetCDF files with, run from tests when installed: {@code ncdump} (Debian
 * netcdf-bin) and Python xarray with netCDF4 (Debian python3-xarray python3-netcdf4, run with
 * /usr/bin/python3 so a conda python on PATH does not hide them). A test using an absent tool is
 * skipped with a message naming the package to install.
 */
public final class ExternalTools {

  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private ExternalTools() {}

  /** {@code ncdump -h file} (the header as text); skips the test when ncdump is absent. */
  public static String ncdumpHeader(Path file) {
    Path ncdump = onPath("ncdump");
    Assumptions.assumeTrue(ncdump != null, "ncdump not installed (apt-get install netcdf-bin)");
    return run(List.of(ncdump.toString(), "-h", file.toString()));
  }

  /** {@code nccopy -k nc4 from to}: converts to NetCDF-4 (HDF5); skips the test when absent. */
  public static void toNetcdf4(Path from, Path to) {
    Path nccopy = onPath("nccopy");
    Assumptions.assumeTrue(nccopy != null, "nccopy not installed (apt-get install netcdf-bin)");
    run(List.of(nccopy.toString(), "-k", "nc4", from.toString(), to.toString()));
  }

  /**
   * Runs a Python script with xarray imported as {@code xr} and {@code sys.argv[1:]} = args; returns
   * its stdout. Skips the test when /usr/bin/python3 cannot import xarray and netCDF4.
   */
  public static String xarray(String script, String... args) {
    boolean ok = Files.isExecutable(PYTHON)
        && probe(List.of(PYTHON.toString(), "-c", "import xarray, netCDF4"));
    Assumptions.assumeTrue(ok, "xarray not available to /usr/bin/python3 "
        + "(apt-get install python3-xarray python3-netcdf4)");
    List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c",
        "import sys\nimport xarray as xr\n" + script));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  private static Path onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    Path usr = Path.of("/usr/bin", tool);
    return Files.isExecutable(usr) ? usr : null;
  }

  private static boolean probe(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(cmd.get(0) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
