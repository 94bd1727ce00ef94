package io.github.seapopym4j.forcing;

import io.github.seapopym4j.internal.csv.CsvFormatException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads the long CSV forcing files of SeapoPym's reference runs: temperature as
 * {@code time,lat,lon,layer,value} (°C) and primary production as {@code time,lat,lon,value}
 * (g m⁻² d⁻¹ unless {@link LoadOptions#productionUnits()} says otherwise).
 *
 * <p>What is read when: the whole file is read during the load (a long CSV has no header that gives
 * the grid, so the coordinates are only known after the last row); the header line is checked
 * before any row. Rows may come in any order: they are sorted into the grid, so row order (and thus
 * the order of the time column) never matters. Each (time, lat, lon[, layer]) combination must appear
 * exactly once; NaN (or an empty value) marks land or a missing layer. Dates are ISO
 * {@code yyyy-MM-dd}, optionally followed by a midnight time {@code T00:00:00}.
 */
final class LongCsvReader {

  static final String TEMPERATURE_HEADER = "time,lat,lon,layer,value";
  static final String PRODUCTION_HEADER = "time,lat,lon,value";
  private static final String[] KEY_NAMES = {"time", "lat", "lon", "layer"};

  private LongCsvReader() {}

  static GridVariable readTemperature(Path file, LoadOptions options) {
    LongCsvRows rows = LongCsvRows.read(file, TEMPERATURE_HEADER, PRODUCTION_HEADER, "temperature");
    String units = options.temperatureUnits() == null ? ForcingSet.TEMPERATURE_UNITS
        : options.temperatureUnits();
    double offset = ForcingUnits.temperatureOffset(units);
    return assemble(rows, "temperature", ForcingSet.TEMPERATURE_DIMS, ForcingSet.TEMPERATURE_UNITS,
        1.0, offset, options.dataType());
  }

  static GridVariable readProduction(Path file, LoadOptions options) {
    LongCsvRows rows = LongCsvRows.read(file, PRODUCTION_HEADER, TEMPERATURE_HEADER, "primary production");
    String units = options.productionUnits() == null ? ForcingSet.PRODUCTION_UNITS
        : options.productionUnits();
    double factor = ForcingUnits.productionFactor(units);
    return assemble(rows, "primary_production", ForcingSet.PRODUCTION_DIMS,
        ForcingSet.PRODUCTION_UNITS, factor, 0.0, options.dataType());
  }

  private static GridVariable assemble(LongCsvRows rows, String name, List<String> dims, String units,
      double factor, double offset, DataType type) {
    Path file = rows.file;
    int rank = rows.keyColumns;
    int[][] index = new int[rank][];
    List<LocalDate> dates = dates(rows, index);
    double[] lat = coordinate(rows, 1, index);
    double[] lon = coordinate(rows, 2, index);
    int[] layers = rank == 4 ? layers(rows, index) : null;
    TimeAxis time = TimeAxis.of(dates, file + " (column time)");
    long[] shape = rank == 4
        ? new long[] {dates.size(), lat.length, lon.length, layers.length}
        : new long[] {dates.size(), lat.length, lon.length};
    long cells = 1;
    for (long s : shape) {
      cells *= s;
    }
    if (cells > 4L * rows.size + 1024) {
      throw new IllegalArgumentException(String.format(
          "%s: rows do not form a full grid: %s distinct (%s) make %d combinations, but the file "
              + "has %d rows (missing rows)", file, Arrays.toString(shape),
          String.join(",", Arrays.copyOf(KEY_NAMES, rank)), cells, rows.size));
    }
    double[] grid = new double[(int) cells];
    int[] firstLine = new int[(int) cells];
    boolean production = rank == 3;
    for (int r = 0; r < rows.size; r++) {
      int flat = 0;
      for (int k = 0; k < rank; k++) {
        flat = flat * (int) shape[k] + index[k][rows.ids[k][r]];
      }
      if (firstLine[flat] != 0) {
        throw new CsvFormatException(file.toString(), rows.lines[r], null, "each combination once",
            "a duplicate row: " + where(flat, shape, time, lat, lon, layers)
                + " was already given on line " + firstLine[flat]);
      }
      double v = rows.values[r];
      if (production && v < 0) {
        throw new CsvFormatException(file.toString(), rows.lines[r], "value",
            "primary production ≥ 0 (or NaN for land)", Double.toString(v));
      }
      firstLine[flat] = rows.lines[r];
      grid[flat] = v * factor + offset;
    }
    checkComplete(file, firstLine, shape, time, lat, lon, layers);
    INDArray data = type == DataType.DOUBLE ? Nd4j.create(grid, shape, DataType.DOUBLE)
        : Nd4j.create(toFloat(grid), shape, DataType.FLOAT);
    return new GridVariable(Forcing.of(name, dims, units, data), time, lat, lon, layers, file.toString());
  }

  private static void checkComplete(Path file, int[] firstLine, long[] shape, TimeAxis time,
      double[] lat, double[] lon, int[] layers) {
    int missing = 0;
    int first = -1;
    for (int i = 0; i < firstLine.length; i++) {
      if (firstLine[i] == 0) {
        missing++;
        first = first < 0 ? i : first;
      }
    }
    if (missing > 0) {
      throw new IllegalArgumentException(String.format(
          "%s: missing rows: expected one row for each of the %d combinations of the grid %s, "
              + "but %d are absent, the first %s (write NaN for land or a missing layer)",
          file, firstLine.length, Arrays.toString(shape), missing,
          where(first, shape, time, lat, lon, layers)));
    }
  }

  private static String where(int flat, long[] shape, TimeAxis time, double[] lat, double[] lon,
      int[] layers) {
    int[] idx = new int[shape.length];
    for (int k = shape.length - 1; k >= 0; k--) {
      idx[k] = (int) (flat % shape[k]);
      flat /= (int) shape[k];
    }
    String s = String.format("time=%s, lat=%s, lon=%s", time.date(idx[0]), lat[idx[1]], lon[idx[2]]);
    return layers == null ? s : s + ", layer=" + layers[idx[3]];
  }

  private static List<LocalDate> dates(LongCsvRows rows, int[][] index) {
    LongCsvRows.Keys keys = rows.keys[0];
    double[] days = new double[keys.strings.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = parseDate(rows.file, keys.strings.get(i), keys.firstLine.get(i)).toEpochDay();
    }
    double[] sorted = distinctSorted(days);
    index[0] = positions(days, sorted);
    List<LocalDate> dates = new ArrayList<>(sorted.length);
    for (double d : sorted) {
      dates.add(LocalDate.ofEpochDay((long) d));
    }
    return dates;
  }

  private static LocalDate parseDate(Path file, String s, int line) {
    String t = s.trim();
    String rest = t.length() > 10 ? t.substring(10) : "";
    boolean midnight = rest.isEmpty() || rest.matches("[T ]00:00(:00(\\.0+)?)?Z?");
    try {
      if (midnight) {
        return LocalDate.parse(t.substring(0, Math.min(10, t.length())));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new CsvFormatException(file.toString(), line, "time",
        "an ISO date yyyy-MM-dd (optionally T00:00:00)", "'" + s + "'");
  }

  private static double[] coordinate(LongCsvRows rows, int column, int[][] index) {
    LongCsvRows.Keys keys = rows.keys[column];
    double[] values = new double[keys.strings.size()];
    for (int i = 0; i < values.length; i++) {
      String s = keys.strings.get(i).trim();
      try {
        values[i] = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        values[i] = Double.NaN;
      }
      if (!Double.isFinite(values[i])) {
        throw new CsvFormatException(rows.file.toString(), keys.firstLine.get(i), KEY_NAMES[column],
            "a finite number", "'" + s + "'");
      }
    }
    double[] sorted = distinctSorted(values);
    index[column] = positions(values, sorted);
    return sorted;
  }

  private static int[] layers(LongCsvRows rows, int[][] index) {
    LongCsvRows.Keys keys = rows.keys[3];
    double[] values = new double[keys.strings.size()];
    for (int i = 0; i < values.length; i++) {
      String s = keys.strings.get(i).trim();
      try {
        values[i] = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new CsvFormatException(rows.file.toString(), keys.firstLine.get(i), "layer",
            "an integer layer label (e.g. 1, 2, 3)", "'" + s + "'");
      }
    }
    double[] sorted = distinctSorted(values);
    index[3] = positions(values, sorted);
    return Arrays.stream(sorted).mapToInt(d -> (int) d).toArray();
  }

  private static double[] distinctSorted(double[] values) {
    return Arrays.stream(values).sorted().distinct().toArray();
  }

  /** For each dictionary entry, its position among the sorted distinct values. */
  private static int[] positions(double[] values, double[] sorted) {
    int[] pos = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      pos[i] = Arrays.binarySearch(sorted, values[i]);
    }
    return pos;
  }

  private static float[] toFloat(double[] values) {
    float[] f = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
  }
}
