package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One output variable read back from its long CSV ({@link ResultCsv#read}): the time axis, the cell
 * latitudes and longitudes (sorted, °N and °E), the number of groups and the values, indexed {@code
 * [group, time, lat, lon]} like a {@link ModelOutput}; NaN where the file has no row. Immutable.
 */
public final class OutputField {

  private final String source;
  private final TimeAxis time;
  private final double[] latitude;
  private final double[] longitude;
  private final int groups;
  private final boolean perGroup;
  private final double[] values;

  OutputField(String source, TimeAxis time, double[] latitude, double[] longitude, int groups,
      boolean perGroup, double[] values) {
    this.source = Objects.requireNonNull(source, "source");
    this.time = Objects.requireNonNull(time, "time");
    this.latitude = latitude.clone();
    this.longitude = longitude.clone();
    this.groups = groups;
    this.perGroup = perGroup;
    if (values.length != groups * time.size() * latitude.length * longitude.length) {
      throw new IllegalArgumentException(String.format("%s: expected %d values (%d groups × %d "
          + "dates × %d lat × %d lon), but found %d", source, groups * time.size() * latitude.length
          * longitude.length, groups, time.size(), latitude.length, longitude.length, values.length));
    }
    this.values = values;
  }

  /** The file it was read from. */
  public String source() {
    return source;
  }

  public TimeAxis time() {
    return time;
  }

  /** The rows' latitudes [°N], sorted (a copy). */
  public double[] latitude() {
    return latitude.clone();
  }

  /** The columns' longitudes [°E], sorted (a copy). */
  public double[] longitude() {
    return longitude.clone();
  }

  /** The number of groups (1 for a variable without a group column, such as day length). */
  public int groups() {
    return groups;
  }

  /** Whether the file has a {@code group} column. */
  public boolean perGroup() {
    return perGroup;
  }

  /** The value of {@code group} at step {@code time} in cell ({@code lat}, {@code lon}). */
  public double value(int group, int time, int lat, int lon) {
    Objects.checkIndex(group, groups);
    Objects.checkIndex(time, this.time.size());
    Objects.checkIndex(lat, latitude.length);
    Objects.checkIndex(lon, longitude.length);
    return values[((group * this.time.size() + time) * latitude.length + lat) * longitude.length
        + lon];
  }

  /**
   * The value of {@code group} on {@code date} in the cell at exactly ({@code lat}, {@code lon}).
   *
   * @throws IllegalArgumentException naming the file when the date or a coordinate is not in it
   */
  public double value(int group, LocalDate date, double lat, double lon) {
    int t = time.indexOf(date);
    int y = Arrays.binarySearch(latitude, lat);
    int x = Arrays.binarySearch(longitude, lon);
    if (t < 0 || y < 0 || x < 0 || group < 0 || group >= groups) {
      throw new IllegalArgumentException(String.format("%s: expected a row for group %d on %s at "
          + "lat %s, lon %s, but found none (%d groups, %s, lat %s..%s, lon %s..%s)", source, group,
          date, lat, lon, groups, time, latitude[0], latitude[latitude.length - 1], longitude[0],
          longitude[longitude.length - 1]));
    }
    return value(group, t, y, x);
  }

  @Override
  public String toString() {
    return String.format("OutputField[%s: %d groups × %d dates × %d lat × %d lon]", source, groups,
        time.size(), latitude.length, longitude.length);
  }
}
