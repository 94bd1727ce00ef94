package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.kernel.AverageTemperature;
import io.github.seapopym4j.kernel.DayLength;
import io.github.seapopym4j.kernel.LayerMask;
import io.github.seapopym4j.kernel.Pipeline;
import io.github.seapopym4j.kernel.TemperatureGillooly;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.seapopym4j.internal.HostBuffers;
import io.github.seapopym4j.internal.OffHeapDoubles;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Everything of the model that does not depend on group parameters, computed once per forcing set,
 * {@link ModelConfig} and {@link CellSelection}, and shared read-only by every run:
 *
 * <ul>
 *   <li>temperature [time, cell, layer] in °C, Gillooly-transformed when the config says so;
 *   <li>the layer mask [cell, layer] from the first step;
 *   <li>day length [time, cell] as a fraction of the day;
 *   <li>primary production [time, cell] in the model unit, NaN → 0;
 *   <li>the mean temperature Tm [time, cell] of each (day layer, night layer) pair, computed on first
 *       use and cached.
 * </ul>
 *
 * <p>It also recycles the off-heap blocks that runs write their results into (3 fields [time, cell]
 * per group): a closed run hands its blocks back, and the next run reuses them instead of asking
 * the operating system for fresh pages, whose first touch costs a page fault every 4 KB (measured:
 * about 5 µs each, 230 ms for the 176 MB of a 100 × 100 × 366-day, 2-group run). At most {@link
 * #maxIdleBlocks()} blocks wait for reuse; {@link #close()} frees them.
 *
 * <p>The preparation order is the pipeline {@link #STEPS}.
 *
 * @implNote Thread-safe: after construction every field is only read, and the mean-temperature
 *     cache computes each layer pair once, under its map's lock. {@link #close()} frees all off-heap
 *     memory and must not race with runs still reading it.
 */
public final class PreparedContext implements AutoCloseable {

  /** The preparation steps, in order. */
  static final Pipeline<PreparedContext> STEPS = Pipeline.<PreparedContext>named("prepare context")
      .step("standardise forcings", PreparedContext::standardiseStep)
      .step("Gillooly temperature", PreparedContext::gilloolyStep)
      .step("layer masks", PreparedContext::layerMaskStep)
      .step("day length", PreparedContext::dayLengthStep)
      .build();

  private ForcingSet forcings; // only while preparing
  private final ModelConfig config;
  private final CellSelection cells;
  private final OutputGrid grid;
  private final TimeAxis time;
  private final int[] layers;
  private final String source;
  private final Map<Long, INDArray> meanTemperature = new ConcurrentHashMap<>();
  private final Map<Long, Double> meanTemperatureMax = new ConcurrentHashMap<>();
  private final Map<Long, FieldBounds> meanTemperatureBounds = new ConcurrentHashMap<>();
  private volatile double productionMaxAbs = -1;
  private final ConcurrentLinkedDeque<OffHeapDoubles> idleBlocks = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final int maxIdleBlocks = 2 * Runtime.getRuntime().availableProcessors();
  private INDArray temperature;
  private INDArray production;
  private INDArray dayLength;
  private boolean[] layerMask;
  private volatile boolean closed;

  private PreparedContext(ForcingSet forcings, ModelConfig config, CellSelection cells) {
    this.forcings = forcings;
    this.config = config;
    this.cells = cells;
    this.grid = OutputGrid.of(cells, forcings.latitude(), forcings.longitude());
    this.time = forcings.time();
    this.layers = forcings.layers();
    this.source = forcings.source();
  }

  /** Prepares every cell of {@code forcings}. */
  public static PreparedContext prepare(ForcingSet forcings, ModelConfig config) {
    return prepare(forcings, config, CellSelection.all(forcings.latSize(), forcings.lonSize()));
  }

  /**
   * Prepares the selected cells of {@code forcings}; the forcings are read, not kept.
   *
   * @throws IllegalArgumentException when a selected cell lies outside the grid or a field would not
   *     fit one buffer (2³¹ bytes)
   */
  public static PreparedContext prepare(ForcingSet forcings, ModelConfig config, CellSelection cells) {
    cells.checkWithin(forcings.latSize(), forcings.lonSize(), forcings.source());
    long values = (long) forcings.timeSize() * cells.size() * forcings.layerSize() * Double.BYTES;
    if (values > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(
          "%s: the temperature of %d steps × %d cells × %d layers takes %d bytes, more than one buffer "
              + "holds (%d); select fewer cells with a CellSelection", forcings.source(),
          forcings.timeSize(), cells.size(), forcings.layerSize(), values, Integer.MAX_VALUE));
    }
    PreparedContext context = new PreparedContext(forcings, config, cells);
    try {
      STEPS.run(context);
      context.forcings = null;
      return context;
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  private void standardiseStep() {
    int[] la = cells.latIndices();
    int[] lo = cells.lonIndices();
    temperature = ForcingAdapter.temperature(forcings, la, lo);
    production = ForcingAdapter.production(forcings, la, lo, config.units().factorFromGram());
  }

  private void gilloolyStep() {
    if (config.gillooly()) {
      TemperatureGillooly.applyInPlace(temperature, forcings.dataType());
    }
  }

  private void layerMaskStep() {
    layerMask = LayerMask.fromFirstStep(HostBuffers.doubles(temperature), cells.size(), layers.length);
  }

  private void dayLengthStep() {
    double[] lat = forcings.latitude();
    double[] cellLat = new double[cells.size()];
    for (int c = 0; c < cellLat.length; c++) {
      cellLat[c] = lat[cells.latIndex(c)];
    }
    int[] doy = new int[time.size()];
    for (int t = 0; t < doy.length; t++) {
      doy[t] = time.dayOfYear(t);
    }
    double[] field = DayLength.field(doy, cellLat, config.angleHorizonSun());
    if ((long) field.length * Double.BYTES > Integer.MAX_VALUE) { // beyond one NIO buffer
      dayLength = Nd4j.create(field, new long[] {time.size(), cells.size()}, DataType.DOUBLE);
      return;
    }
    dayLength = Nd4j.createUninitialized(DataType.DOUBLE, time.size(), cells.size());
    HostBuffers.doubles(dayLength).put(field); // bulk: Nd4j.create(double[]) stores value by value
  }

  public ModelConfig config() {
    return config;
  }

  public TimeAxis time() {
    return time;
  }

  /** The simulated cells. */
  public CellSelection cells() {
    return cells;
  }

  public int timeSize() {
    return time.size();
  }

  public int cellCount() {
    return cells.size();
  }

  /** Layer labels (a copy). */
  public int[] layers() {
    return layers.clone();
  }

  /** Where the forcings come from. */
  public String source() {
    return source;
  }

  /** The position of layer {@code label}, or -1 when the forcings have no such layer. */
  public int layerIndex(int label) {
    return java.util.stream.IntStream.range(0, layers.length).filter(i -> layers[i] == label)
        .findFirst().orElse(-1);
  }

  /** Latitudes of the output grid's rows (a copy). */
  public double[] latitude() {
    return grid.latitude().clone();
  }

  /** Longitudes of the output grid's columns (a copy). */
  public double[] longitude() {
    return grid.longitude().clone();
  }

  OutputGrid grid() {
    return grid;
  }

  /** Whether layer index {@code layer} exists in cell {@code cell} (from the first step). */
  public boolean layerExists(int cell, int layer) {
    checkOpen();
    return layerMask[cell * layers.length + layer];
  }

  /** The group mask [cell] of a (day layer, night layer) pair, given by index (a new array). */
  public boolean[] groupMask(int dayLayer, int nightLayer) {
    checkOpen();
    return LayerMask.group(layerMask, layers.length, dayLayer, nightLayer);
  }

  /** Temperature [time, cell, layer] in °C (Gillooly scale when configured), read-only. */
  public DoubleBuffer temperature() {
    return readOnly(temperature);
  }

  /** Day length [time, cell], fraction of the day, read-only. */
  public DoubleBuffer dayLength() {
    return readOnly(dayLength);
  }

  /** Primary production [time, cell] in the model unit, NaN replaced by 0, read-only. */
  public DoubleBuffer primaryProduction() {
    return readOnly(production);
  }

  /**
   * The mean temperature Tm [time, cell] in °C of a (day layer, night layer) pair, given by index;
   * computed on first request and cached. Read-only.
   */
  public DoubleBuffer averageTemperature(int dayLayer, int nightLayer) {
    return readOnly(averageTemperatureArray(dayLayer, nightLayer));
  }

  /** The cached Tm array (shared: callers must neither write nor close it). */
  INDArray averageTemperatureArray(int dayLayer, int nightLayer) {
    checkOpen();
    if (dayLayer < 0 || dayLayer >= layers.length || nightLayer < 0 || nightLayer >= layers.length) {
      throw new IndexOutOfBoundsException(String.format("layer indices (%d, %d) must be in [0, %d)",
          dayLayer, nightLayer, layers.length));
    }
    long key = ((long) dayLayer << 32) | nightLayer;
    return meanTemperature.computeIfAbsent(key, k -> computeMean(dayLayer, nightLayer));
  }

  private INDArray computeMean(int dayLayer, int nightLayer) {
    INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, time.size(), cells.size());
    DoubleBuffer values = HostBuffers.doubles(out);
    AverageTemperature.into(time.size(), HostBuffers.doubles(temperature), layers.length, dayLayer,
        nightLayer, HostBuffers.doubles(dayLength), groupMask(dayLayer, nightLayer), values);
    Nd4j.getAffinityManager().tagLocation(out, AffinityManager.Location.HOST); // written on the host
    double max = 0;
    double[] chunk = new double[Math.min(values.capacity(), 1 << 14)];
    for (int from = 0; from < values.capacity(); from += chunk.length) {
      int n = Math.min(chunk.length, values.capacity() - from);
      values.get(from, chunk, 0, n);
      for (int i = 0; i < n; i++) {
        max = Math.max(max, chunk[i]);
      }
    }
    meanTemperatureMax.put(((long) dayLayer << 32) | nightLayer, max);
    return out;
  }

  /** The largest Tm [°C] of a (day layer, night layer) pair (Tm is ≥ 0 everywhere). */
  double maxAverageTemperature(int dayLayer, int nightLayer) {
    averageTemperatureArray(dayLayer, nightLayer);
    return meanTemperatureMax.get(((long) dayLayer << 32) | nightLayer);
  }

  /** The range of Tm per step and chunk of cells of a layer pair ({@link FieldBounds}), cached. */
  FieldBounds averageTemperatureBounds(int dayLayer, int nightLayer) {
    DoubleBuffer tm = averageTemperature(dayLayer, nightLayer);
    return meanTemperatureBounds.computeIfAbsent(((long) dayLayer << 32) | nightLayer,
        k -> new FieldBounds(tm, time.size(), cells.size()));
  }

  /** The largest |primary production| (NaN if one is NaN; never, once standardised), cached. */
  double productionMaxAbs() {
    checkOpen();
    if (productionMaxAbs < 0) {
      productionMaxAbs = FieldBounds.maxAbs(HostBuffers.doubles(production),
          (long) time.size() * cells.size());
    }
    return productionMaxAbs;
  }

  /** The (day, night) layer index pairs whose mean temperature is cached now. */
  public List<int[]> cachedLayerPairs() {
    return meanTemperature.keySet().stream().sorted()
        .map(k -> new int[] {(int) (k >>> 32), (int) (long) k}).toList();
  }

  /**
   * A block of 3 × [time, cell] doubles for one group of a run, recycled when one is idle (its
   * values are stale: the kernels write every value).
   */
  OffHeapDoubles acquireGroupBlock() {
    checkOpen();
    OffHeapDoubles block = idleBlocks.pollFirst();
    if (block != null) {
      idleCount.decrementAndGet();
      return block;
    }
    return new OffHeapDoubles(3, (long) time.size() * cells.size());
  }

  /** Takes a block back for reuse, or frees it when enough are idle or the context is closed. */
  void releaseGroupBlock(OffHeapDoubles block) {
    if (closed || block.isClosed() || idleCount.incrementAndGet() > maxIdleBlocks) {
      if (!closed && !block.isClosed()) {
        idleCount.decrementAndGet();
      }
      block.close();
      return;
    }
    idleBlocks.addFirst(block);
    if (closed) {
      freeIdleBlocks();
    }
  }

  /** How many result blocks may wait for reuse: twice the number of processors. */
  public int maxIdleBlocks() {
    return maxIdleBlocks;
  }

  /** Off-heap bytes of the result blocks waiting for reuse (not part of {@link #sizeInBytes()}). */
  public long idleBlockBytes() {
    long n = 0;
    for (OffHeapDoubles b : idleBlocks) {
      n += b.bytes();
    }
    return n;
  }

  private void freeIdleBlocks() {
    for (OffHeapDoubles b = idleBlocks.pollFirst(); b != null; b = idleBlocks.pollFirst()) {
      idleCount.decrementAndGet();
      b.close();
    }
  }

  /** Off-heap bytes held now, mean-temperature cache included. */
  public long sizeInBytes() {
    long n = 0;
    for (INDArray a : new INDArray[] {temperature, production, dayLength}) {
      n += a == null ? 0 : a.length() * Double.BYTES;
    }
    return n + meanTemperature.size() * (long) time.size() * cells.size() * Double.BYTES;
  }

  public boolean isClosed() {
    return closed;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("prepared context of '" + source + "' is closed; its memory has been released");
    }
  }

  private DoubleBuffer readOnly(INDArray a) {
    checkOpen();
    return HostBuffers.doubles(a).asReadOnlyBuffer();
  }

  /** Frees every off-heap array, the cache and the idle result blocks included. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    freeIdleBlocks();
    for (INDArray a : new INDArray[] {temperature, production, dayLength}) {
      if (a != null && !a.wasClosed()) {
        a.close();
      }
    }
    meanTemperature.values().forEach(INDArray::close);
    meanTemperature.clear();
    meanTemperatureMax.clear();
    meanTemperatureBounds.clear();
    temperature = null;
    production = null;
    dayLength = null;
  }

  @Override
  public String toString() {
    return String.format("PreparedContext[%s; %s; %s; layers %s; %s%s]", source, time, cells,
        Arrays.toString(layers), config, closed ? "; closed" : "");
  }
}
