package io.github.seapopym4j.fitness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An immutable set of biomass observations, stored as primitive columns: observation {@code i} is a
 * value in g m⁻² at a date and a (lat, lon) position, optionally tagged with a {@link Period} and a
 * group name, and remembers where it came from (file and line or record) for error messages.
 *
 * <p>Values are always in the model's unit, g m⁻²: loaders convert on reading (see
 * {@link ObservationUnits}). Which model biomass an observation compares with: a group name selects
 * that group; otherwise a {@link Period#DAY} or {@link Period#NIGHT} tag selects the groups of the
 * {@link PeriodRule}; an untagged observation compares with the total of all groups.
 *
 * @implNote Immutable and thread-safe.
 */
public final class ObservationSet implements java.io.Serializable {

  private final String source;
  private final String rowKind;
  private final int[] epochDay;
  private final double[] lat;
  private final double[] lon;
  private final double[] value;
  private final byte[] period;
  private final int[] group;
  private final List<String> groupNames;
  private final int[] row;
  private final List<String> notes;

  private ObservationSet(Builder b, int[] keep) {
    this.source = b.source;
    this.rowKind = b.rowKind;
    int n = keep == null ? b.size : keep.length;
    epochDay = new int[n];
    lat = new double[n];
    lon = new double[n];
    value = new double[n];
    period = new byte[n];
    group = new int[n];
    row = new int[n];
    for (int k = 0; k < n; k++) {
      int i = keep == null ? k : keep[k];
      epochDay[k] = b.epochDay[i];
      lat[k] = b.lat[i];
      lon[k] = b.lon[i];
      value[k] = b.value[i];
      period[k] = b.period[i];
      group[k] = b.group[i];
      row[k] = b.row[i];
    }
    groupNames = List.copyOf(b.groupNames);
    notes = List.copyOf(b.notes);
  }

  /**
   * A builder for a set read from {@code source}, whose rows are called {@code rowKind} in messages
   * (e.g. "line", "tow", "record").
   */
  public static Builder builder(String source, String rowKind) {
    return new Builder(source, rowKind);
  }

  public int size() {
    return value.length;
  }

  /** The file or description the set was read from. */
  public String source() {
    return source;
  }

  public LocalDate date(int i) {
    return LocalDate.ofEpochDay(epochDay[i]);
  }

  /** The date of observation {@code i} as days since 1970-01-01. */
  public int epochDay(int i) {
    return epochDay[i];
  }

  /** Latitude [°N]. */
  public double latitude(int i) {
    return lat[i];
  }

  /** Longitude [°E]. */
  public double longitude(int i) {
    return lon[i];
  }

  /** Observed biomass [g m⁻²]. */
  public double value(int i) {
    return value[i];
  }

  /** All observed values [g m⁻²] (a copy). */
  public double[] values() {
    return value.clone();
  }

  public Period period(int i) {
    return Period.values()[period[i]];
  }

  /** The group the observation is restricted to, if any. */
  public Optional<String> group(int i) {
    return group[i] < 0 ? Optional.empty() : Optional.of(groupNames.get(group[i]));
  }

  /** The line, tow or record number of observation {@code i} in its source (1-based). */
  public int row(int i) {
    return row[i];
  }

  /** "file line 12 (2000-01-03, 22.75°N, -158.0°E, day)": where observation {@code i} comes from. */
  public String describe(int i) {
    String tag = group[i] >= 0 ? "group " + groupNames.get(group[i])
        : period[i] == Period.NONE.ordinal() ? "all groups" : period(i).label();
    return String.format("%s %s %d (%s, %s°N, %s°E, %s)", source, rowKind, row[i], date(i), lat[i],
        lon[i], tag);
  }

  /** What the loader did beyond reading (skipped records, conversions), one line each. */
  public List<String> notes() {
    return notes;
  }

  /** The earliest date, or null when the set is empty. */
  public LocalDate firstDate() {
    return value.length == 0 ? null : LocalDate.ofEpochDay(Arrays.stream(epochDay).min().getAsInt());
  }

  /** The latest date, or null when the set is empty. */
  public LocalDate lastDate() {
    return value.length == 0 ? null : LocalDate.ofEpochDay(Arrays.stream(epochDay).max().getAsInt());
  }

  /** The observations for which {@code keep} is true, in order (same source and notes). */
  public ObservationSet filter(IntPredicate keep) {
    Builder b = toBuilder();
    return new ObservationSet(b, IntStream.range(0, size()).filter(keep).toArray());
  }

  /** The observations dated from {@code from} to {@code to}, both inclusive. */
  public ObservationSet between(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    return filter(i -> epochDay[i] >= a && epochDay[i] <= b);
  }

  /**
   * The set as a table with columns {@code date, lat, lon, period, group, value} (g m⁻²) and
   * {@code row}, for plotting and inspection in notebooks. Each call builds a new table.
   */
  public Table toTable() {
    int n = size();
    DateColumn d = DateColumn.create("date");
    StringColumn p = StringColumn.create("period");
    StringColumn g = StringColumn.create("group");
    for (int i = 0; i < n; i++) {
      d.append(date(i));
      p.append(period(i).label());
      g.append(group(i).orElse(""));
    }
    return Table.create(source, d, DoubleColumn.create("lat", lat), DoubleColumn.create("lon", lon),
        p, g, DoubleColumn.create("value", value), IntColumn.create("row", row));
  }

  private Builder toBuilder() {
    Builder b = new Builder(source, rowKind);
    b.epochDay = epochDay;
    b.lat = lat;
    b.lon = lon;
    b.value = value;
    b.period = period;
    b.group = group;
    b.row = row;
    b.size = value.length;
    b.groupNames.addAll(groupNames);
    b.notes.addAll(notes);
    return b;
  }

  @Override
  public String toString() {
    return String.format("ObservationSet[%s: %d observations, %s..%s, g/m2]", source, size(),
        firstDate(), lastDate());
  }

  /** Collects observations one at a time, validating each. Not thread-safe. */
  public static final class Builder {
    private final String source;
    private final String rowKind;
    private int size;
    private int[] epochDay = new int[16];
    private double[] lat = new double[16];
    private double[] lon = new double[16];
    private double[] value = new double[16];
    private byte[] period = new byte[16];
    private int[] group = new int[16];
    private int[] row = new int[16];
    private final List<String> groupNames = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String source, String rowKind) {
      this.source = Objects.requireNonNull(source, "source");
      this.rowKind = Objects.requireNonNull(rowKind, "rowKind");
    }

    /**
     * Adds one observation.
     *
     * @param date the date of the sample
     * @param latitude [°N], in [-90, 90]
     * @param longitude [°E], in [-360, 360]
     * @param gramsPerSquareMetre the biomass in g m⁻², finite and ≥ 0
     * @param p the period tag ({@link Period#NONE} when untagged)
     * @param groupName the group it is restricted to, or null
     * @param sourceRow the line, tow or record number in the source, named in messages
     * @throws IllegalArgumentException naming the source and row when a value is out of range
     */
    public Builder add(LocalDate date, double latitude, double longitude,
        double gramsPerSquareMetre, Period p, String groupName, int sourceRow) {
      String where = source + " " + rowKind + " " + sourceRow;
      Objects.requireNonNull(date, () -> where + ": date must not be null");
      Objects.requireNonNull(p, () -> where + ": period must not be null (use Period.NONE)");
      if (!(latitude >= -90 && latitude <= 90)) {
        throw new IllegalArgumentException(
            where + ": latitude [°N] must be in [-90, 90], but was " + latitude);
      }
      if (!(longitude >= -360 && longitude <= 360)) {
        throw new IllegalArgumentException(
            where + ": longitude [°E] must be in [-360, 360], but was " + longitude);
      }
      if (!(gramsPerSquareMetre >= 0) || Double.isInfinite(gramsPerSquareMetre)) {
        throw new IllegalArgumentException(String.format(
            "%s: biomass must be a finite number ≥ 0, but was %s", where, gramsPerSquareMetre));
      }
      if (size == value.length) {
        grow();
      }
      epochDay[size] = Math.toIntExact(date.toEpochDay());
      lat[size] = latitude;
      lon[size] = longitude;
      value[size] = gramsPerSquareMetre;
      period[size] = (byte) p.ordinal();
      group[size] = groupName == null || groupName.isBlank() ? -1 : groupIndex.computeIfAbsent(
          groupName.trim(), k -> {
            groupNames.add(k);
            return groupNames.size() - 1;
          });
      row[size] = sourceRow;
      size++;
      return this;
    }

    /** Records what the loader did (a skipped record, a conversion), kept in {@link #notes()}. */
    public Builder note(String line) {
      notes.add(Objects.requireNonNull(line));
      return this;
    }

    public int size() {
      return size;
    }

    public ObservationSet build() {
      return new ObservationSet(this, null);
    }

    private void grow() {
      int n = Math.max(16, size * 2);
      epochDay = Arrays.copyOf(epochDay, n);
      lat = Arrays.copyOf(lat, n);
      lon = Arrays.copyOf(lon, n);
      value = Arrays.copyOf(value, n);
      period = Arrays.copyOf(period, n);
      group = Arrays.copyOf(group, n);
      row = Arrays.copyOf(row, n);
    }
  }
}
