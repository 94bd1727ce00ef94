package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class ForcingLoaderTest {

  @TempDir Path dir;

  private static final LoadOptions NO_CACHE = LoadOptions.defaults().withCache(false);

  @AfterEach
  void clearCache() {
    ForcingLoader.clearCache();
  }

  private Path copy(Path resource, String name) {
    try {
      return Files.copy(resource, dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void csvAndNetcdfOfGridAGiveTheSameSet() {
    try (ForcingSet csv = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
            ReferenceFiles.GRID_A_PRODUCTION, NO_CACHE);
        ForcingSet nc = ForcingLoader.load(ReferenceFiles.GRID_A_STATE, ReferenceFiles.GRID_A_STATE,
            NO_CACHE)) {
      assertEquals(csv.time(), nc.time());
      assertArrayEquals(csv.latitude(), nc.latitude());
      assertArrayEquals(csv.layers(), nc.layers());
      assertArrayEquals(csv.temperature().toDoubleArray(), nc.temperature().toDoubleArray());
      assertArrayEquals(csv.primaryProduction().toDoubleArray(), nc.primaryProduction().toDoubleArray());
      assertEquals(ReferenceFiles.GRID_A_STATE.toString(), nc.source());
    }
  }

  @Test
  void theTwoForcingsMayComeFromDifferentFormats() {
    try (ForcingSet f = ForcingLoader.load(ReferenceFiles.GRID_A_STATE, ReferenceFiles.GRID_A_PRODUCTION,
        NO_CACHE)) {
      assertEquals(0.46249871447827412, f.primaryProduction().get(0, 0, 0));
      assertEquals(23.730683079567566, f.temperature().get(0, 0, 0, 0));
    }
  }

  @Test
  void nothingStaysAllocatedWhenTheSecondVariableOrTheAxisCheckFails() {
    GridVariable t = LongCsvReader.readTemperature(ReferenceFiles.GRID_A_TEMPERATURE, NO_CACHE);
    assertThrows(IllegalArgumentException.class, () -> ForcingLoader.assemble(() -> t, () -> {
      throw new IllegalArgumentException("bad production file");
    }, "test", true));
    assertTrue(t.forcing().isClosed(), "temperature read before the failure is released");

    GridVariable t2 = LongCsvReader.readTemperature(ReferenceFiles.GRID_A_TEMPERATURE, NO_CACHE);
    GridVariable pp = NetcdfReader.production(ReferenceFiles.CASE2, NO_CACHE);
    assertThrows(IllegalArgumentException.class,
        () -> ForcingLoader.assemble(() -> t2, () -> pp, "test", true));
    assertTrue(t2.forcing().isClosed() && pp.forcing().isClosed(), "both released on a mismatch");
  }

  /**
   * FLOAT rounds every input to the nearest float32: relative error ≤ 2⁻²⁴ ≈ 5.96e-8 (half an ulp),
   * measured here on the grid-A reference forcings (the figure quoted in the README).
   */
  @Test
  void floatLoadsRoundEachReferenceInputByAtMostHalfAFloatUlp() {
    LoadOptions f32 = NO_CACHE.withDataType(DataType.FLOAT);
    try (ForcingSet d = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
            ReferenceFiles.GRID_A_PRODUCTION, NO_CACHE);
        ForcingSet f = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
            ReferenceFiles.GRID_A_PRODUCTION, f32)) {
      assertEquals(DataType.FLOAT, f.dataType());
      assertEquals(d.sizeInBytes(), 2 * f.sizeInBytes());
      double t = maxRelativeError(d.temperature().toDoubleArray(), f.temperature().toDoubleArray());
      double pp = maxRelativeError(d.primaryProduction().toDoubleArray(),
          f.primaryProduction().toDoubleArray());
      System.out.printf("float32 input rounding on grid A: max relative error T %.3g, PP %.3g%n", t, pp);
      assertTrue(t <= 0x1p-24 && pp <= 0x1p-24, t + " " + pp);
      assertTrue(t > 0 && pp > 0, "17-digit inputs are not float32 values");
    }
  }

  private static double maxRelativeError(double[] exact, double[] rounded) {
    double max = 0;
    for (int i = 0; i < exact.length; i++) {
      if (!Double.isNaN(exact[i]) && exact[i] != 0) {
        max = Math.max(max, Math.abs(rounded[i] - exact[i]) / Math.abs(exact[i]));
      }
    }
    return max;
  }

  @Test
  void aMissingFileNamesTheFileWithOrWithoutCache() {
    Path none = dir.resolve("none.csv");
    for (LoadOptions o : new LoadOptions[] {LoadOptions.defaults(), NO_CACHE}) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE, none, o));
      assertTrue(e.getMessage().contains("primary production file") && e.getMessage().contains("none.csv")
          && e.getMessage().contains("does not exist"), e.getMessage());
    }
  }

  @Test
  void anUnknownExtensionIsRefused() {
    Path txt = copy(ReferenceFiles.GRID_A_STATE, "state.txt");
    String m = assertThrows(IllegalArgumentException.class,
        () -> ForcingLoader.load(txt, txt, NO_CACHE)).getMessage();
    assertTrue(m.contains("state.txt") && m.contains(".csv, .csv.gz, .nc or .nc4"), m);
  }

  @Test
  void differentTimeAxesAreADimensionMismatchNamingBothFiles() {
    String m = assertThrows(IllegalArgumentException.class, () -> ForcingLoader.load(
        ReferenceFiles.GRID_A_TEMPERATURE, ReferenceFiles.CASE2, NO_CACHE)).getMessage();
    assertTrue(m.contains("dimension mismatch on 'time'") && m.contains("forcing_temperature.csv.gz")
        && m.contains("case2_2d_land_shallow.nc variable 'primary_production'") && m.contains("731 steps")
        && m.contains("400 steps"), m);
  }

  @Test
  void differentLatitudesAreADimensionMismatchListingBoth() {
    Path t = ReferenceFiles.write(dir, "t.csv", "time,lat,lon,layer,value", "2000-01-01,0,5,1,20");
    Path pp = ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value", "2000-01-01,1,5,0.5");
    String m = assertThrows(IllegalArgumentException.class, () -> ForcingLoader.load(t, pp, NO_CACHE))
        .getMessage();
    assertTrue(m.contains("'lat'") && m.contains("t.csv") && m.contains("pp.csv") && m.contains("[0.0]")
        && m.contains("[1.0]"), m);
  }

  @Test
  void aSecondLoadOfUnchangedFilesIsTheCachedSet() throws IOException {
    Path t = copy(ReferenceFiles.GRID_A_STATE, "state.nc");
    ForcingSet a = ForcingLoader.load(t, t);
    assertSame(a, ForcingLoader.load(t, t));
    assertTrue(ForcingLoader.cacheSize() >= 1);
    ForcingSet f32 = ForcingLoader.load(t, t, LoadOptions.builder().dataType(DataType.FLOAT).build());
    assertNotSame(a, f32, "other options, other entry");
    ForcingSet uncached = ForcingLoader.load(t, t, NO_CACHE);
    assertNotSame(a, uncached);
    Files.setLastModifiedTime(t, FileTime.fromMillis(Files.getLastModifiedTime(t).toMillis() + 5000));
    ForcingSet changed = ForcingLoader.load(t, t);
    assertNotSame(a, changed, "a changed file is read again");
    changed.close();
    ForcingSet reloaded = ForcingLoader.load(t, t);
    assertNotSame(changed, reloaded, "a closed set is not handed out again");
    assertFalse(reloaded.isClosed());
    ForcingLoader.clearCache();
    assertEquals(0, ForcingLoader.cacheSize());
    for (ForcingSet s : new ForcingSet[] {a, f32, uncached, reloaded}) {
      s.close();
    }
  }

  @Test
  void eagerLoadingReportsBadValuesDuringTheLoad() {
    Path f = NetcdfFixture.write(dir.resolve("neg.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, new long[] {0, 1}, new double[] {0}, new double[] {5}, null);
      NetcdfFixture.variable(w, "T", NetcdfFixture.array3(2, 1, 1, i -> 20), new int[] {0, 1, 2}, "degC");
      NetcdfFixture.variable(w, "npp", NetcdfFixture.array3(2, 1, 1, i -> -1), new int[] {0, 1, 2}, "g/m2/d");
    });
    LoadOptions eager = NO_CACHE.toBuilder().lazy(false).build();
    String m = assertThrows(IllegalArgumentException.class, () -> ForcingLoader.load(f, f, eager))
        .getMessage();
    assertTrue(m.contains("neg.nc variable 'npp'") && m.contains("≥ 0"), m);
    try (ForcingSet lazy = ForcingLoader.load(f, f, NO_CACHE)) {
      assertFalse(lazy.primaryProduction().isLoaded());
    }
  }

  /**
   * 1,000 loads and closes of a grid-A-sized set (731 × 3 × 4 × 3 temperature and 731 × 3 × 4
   * production, read eagerly through the NetCDF reader from a file holding just these two variables)
   * must not grow the resident set: each close must release the off-heap arrays, and nothing may stay
   * behind on the heap.
   *
   * <p>Method: every 25 loads, a full GC (which also shrinks the committed heap, so that heap pages the
   * young generation touches for the first time do not pass for growth), then an RSS sample. The
   * median of the last 8 samples (loads 800..1000) is compared with that of samples 4..11 (loads
   * 100..300, after the JIT and the native allocator have warmed up). 10% is the bound; the
   * noise seen is a few MB, and a leak of one set per load would add 1000 × 280 kB = 280 MB.
   */
  @Test
  void thousandLoadsAndClosesLeaveResidentMemoryFlat() {
    org.junit.jupiter.api.Assumptions.assumeTrue(MemorySnapshot.currentResidentBytes() > 0,
        "resident set size is only readable on Linux (/proc/self/status)");
    Path file = gridASizedNetcdf();
    LoadOptions eager = NO_CACHE.toBuilder().lazy(false).build();
    long[] rss = new long[40];
    for (int i = 0; i < 1000; i++) {
      try (ForcingSet f = ForcingLoader.load(file, file, eager)) {
        assertTrue(f.temperature().isLoaded() && f.primaryProduction().isLoaded());
      }
      if (i % 25 == 24) {
        System.gc();
        rss[i / 25] = MemorySnapshot.currentResidentBytes();
      }
    }
    long early = median(Arrays.copyOfRange(rss, 4, 12));
    long late = median(Arrays.copyOfRange(rss, 32, 40));
    System.out.printf("1000 loads and closes: median RSS %.1f MB (loads 100..300), %.1f MB (800..1000)%n",
        early / 1e6, late / 1e6);
    assertTrue(late <= early * 1.10, String.format("resident set grew from %.1f MB to %.1f MB",
        early / 1e6, late / 1e6));
  }

  /** The grid-A forcings as a NetCDF file with only time, lat, lon, Z, T and npp. */
  private Path gridASizedNetcdf() {
    try (ForcingSet a = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
        ReferenceFiles.GRID_A_PRODUCTION, NO_CACHE)) {
      long[] days = new long[a.timeSize()];
      Arrays.setAll(days, i -> i);
      long[] z = Arrays.stream(a.layers()).asLongStream().toArray();
      Forcing t = a.temperature();
      Forcing pp = a.primaryProduction();
      return NetcdfFixture.write(dir.resolve("grid-a.nc"), w -> {
        NetcdfFixture.standardCoordinates(w, days, a.latitude(), a.longitude(), z);
        NetcdfFixture.variable(w, "T", NetcdfFixture.array4(731, 3, 4, 3, i -> t.get(i[0], i[1], i[2], i[3])),
            new int[] {0, 1, 2, 3}, "degC");
        NetcdfFixture.variable(w, "npp", NetcdfFixture.array3(731, 3, 4, i -> pp.get(i[0], i[1], i[2])),
            new int[] {0, 1, 2}, "g m-2 d-1");
      });
    }
  }

  private static long median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  @Test
  void oneSharedSetReadFromTwoThreadsAtOnceGivesIdenticalResults() throws Exception {
    try (ForcingSet shared = ForcingLoader.load(ReferenceFiles.GRID_A_STATE, ReferenceFiles.GRID_A_STATE,
        NO_CACHE)) {
      assertFalse(shared.temperature().isLoaded(), "both threads race on the lazy first read");
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<double[][]> a = pool.submit(() -> readAll(shared, start));
        Future<double[][]> b = pool.submit(() -> readAll(shared, start));
        double[][] ra = a.get();
        double[][] rb = b.get();
        for (int k = 0; k < ra.length; k++) {
          assertArrayEquals(ra[k], rb[k]);
        }
        try (ForcingSet csv = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
            ReferenceFiles.GRID_A_PRODUCTION, NO_CACHE)) {
          assertArrayEquals(csv.temperature().toDoubleArray(), ra[0]);
          assertArrayEquals(csv.primaryProduction().toDoubleArray(), ra[2]);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  /** Every value three ways: a heap copy, element by element, and production through its buffer. */
  private static double[][] readAll(ForcingSet f, CyclicBarrier start) throws Exception {
    start.await();
    double[] copy = f.temperature().toDoubleArray();
    double[] single = new double[copy.length];
    for (int i = 0; i < single.length; i++) {
      single[i] = f.temperature().getFlat(i);
    }
    java.nio.DoubleBuffer b = f.primaryProduction().asReadOnlyDoubleBuffer();
    double[] pp = new double[b.remaining()];
    b.get(pp);
    return new double[][] {copy, single, pp};
  }
}
