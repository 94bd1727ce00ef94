package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.netcdf.ExternalTools;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code global-1deg-6y} workload on its smoke grid (17 × 36 cells × 40 days): the same code
 * path as the full size (NetCDF forcings in, {@code BandedRun}, NetCDF out).
 */
class GlobalRunWorkloadTest {

  private static final long MIB = 1 << 20;

  /** The smoke grid writing every output variable. */
  private static GlobalRunWorkload prepare(long memoryLimit, int threads, boolean float32) {
    return GlobalRunWorkload.prepare(true, memoryLimit, threads, float32,
        List.of(OutputVariable.values()));
  }

  /** Bands of fewer rows, two in flight, write the same bytes as the whole grid in one band. */
  @Test
  void bandsAndThreadsWriteTheSameFileAsOneBand() throws IOException {
    byte[] one;
    try (GlobalRunWorkload w = prepare(1L << 30, 1, false)) {
      assertEquals(17, w.rowsPerBlock(), "1 GiB holds the whole smoke grid");
      w.run();
      one = Files.readAllBytes(w.output());
    }
    try (GlobalRunWorkload w = prepare(40 * 1024, 2, false)) {
      assertTrue(w.rowsPerBlock() < 17, "rows per band: " + w.rowsPerBlock());
      GlobalRunWorkload.Repetition r = w.run();
      assertTrue(r.timings().blocks() > 1, "bands: " + r.timings().blocks());
      assertArrayEquals(one, Files.readAllBytes(w.output()));
    }
  }

  /** The phases are timed separately and the run covers every cell and day. */
  @Test
  void aRunReportsItsPhasesAndCellDays() {
    try (GlobalRunWorkload w = prepare(1L << 30, 1, true)) {
      GlobalRunWorkload.Repetition r = w.run();
      assertEquals(17L * 36 * 40, w.cellDays());
      long phases = r.timings().readNanos() + r.timings().computeNanos() + r.timings().writeNanos();
      assertTrue(r.timings().readNanos() > 0 && r.timings().computeNanos() > 0
          && r.timings().writeNanos() > 0, r.toString());
      assertTrue(phases <= r.wallNanos(), "one thread: the phases add up to at most the wall time");
    }
  }

  /** ncdump and xarray read the output with named dimensions and CF coordinates. */
  @Test
  void ncdumpAndXarrayOpenTheOutputWithNamedDimensionsAndCoordinates() {
    try (GlobalRunWorkload w = prepare(1L << 30, 1, true)) {
      w.run();
      String h = ExternalTools.ncdumpHeader(w.output());
      for (String expected : List.of("time = UNLIMITED ; // (40 currently)", "group = 1 ;",
          "lat = 17 ;", "lon = 36 ;", "float biomass(time, group, lat, lon) ;",
          "float day_length(time, lat, lon) ;", "time:units = \"days since 1998-01-01\" ;",
          "lat:units = \"degrees_north\" ;", "lon:units = \"degrees_east\" ;")) {
        assertTrue(h.contains(expected), "ncdump -h lacks '" + expected + "':\n" + h);
      }
      String out = ExternalTools.xarray("""
          import numpy as np
          ds = xr.open_dataset(sys.argv[1])
          b = ds['biomass']
          print(list(b.dims), str(ds['time'].values[-1])[:10], float(ds['lat'][0]), float(ds['lon'][0]))
          print(int(np.isfinite(b.values).sum()) > 0, bool((b.values[np.isfinite(b.values)] >= 0).all()))
          """, w.output().toString());
      List<String> lines = out.strip().lines().toList();
      assertEquals("['time', 'group', 'lat', 'lon'] 1998-02-09 -80.0 -175.0", lines.get(0));
      assertEquals("True True", lines.get(1), "finite biomass exists and is ≥ 0");
    }
  }
}
