package io.github.seapopym4j.forcing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A uniform time axis: {@code size} steps of {@code stepDays} whole days from {@code start}.
 *
 * <p>SEAPOPYM advances in whole days; the model's time step {@code dt} is {@link #stepDays()}. The day of
 * year follows the pandas convention that SeapoPym uses ({@code DatetimeIndex.dayofyear}, 1..366).
 *
 * @param start the date of the first step
 * @param stepDays the step in days, {@code dt} (≥ 1)
 * @param size the number of steps (≥ 1)
 */
public record TimeAxis(LocalDate start, int stepDays, int size)
    implements java.io.Serializable {

  /** Validates the axis. */
  public TimeAxis {
    if (start == null) {
      throw new NullPointerException("time axis start must not be null");
    }
    if (stepDays < 1) {
      throw new IllegalArgumentException(
          "time step must be a whole number of days ≥ 1, but was " + stepDays);
    }
    if (size < 1) {
      throw new IllegalArgumentException("time axis must have ≥ 1 step, but had " + size);
    }
  }

  /** A daily axis of {@code size} steps from {@code start}. */
  public static TimeAxis daily(LocalDate start, int size) {
    return new TimeAxis(start, 1, size);
  }

  /**
   * The axis through the given dates, which must be sorted, strictly increasing and uniformly spaced
   * by a whole number of days.
   *
   * @param dates the dates of the steps, in order
   * @param source the file or variable they come from, named in error messages
   * @throws IllegalArgumentException if the dates are empty, unsorted, repeated or not uniform
   */
  public static TimeAxis of(List<LocalDate> dates, String source) {
    if (dates.isEmpty()) {
      throw new IllegalArgumentException(source + ": time axis is empty, expected ≥ 1 date");
    }
    if (dates.size() == 1) {
      return new TimeAxis(dates.get(0), 1, 1);
    }
    long step = dates.get(1).toEpochDay() - dates.get(0).toEpochDay();
    for (int i = 1; i < dates.size(); i++) {
      long d = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
      if (d <= 0) {
        throw new IllegalArgumentException(
            String.format("%s: time axis is not sorted: expected dates in increasing order, "
                + "but %s (step %d) follows %s", source, dates.get(i), i, dates.get(i - 1)));
      }
      if (d != step) {
        throw new IllegalArgumentException(
            String.format("%s: time axis is not uniform: expected a step of %d days everywhere, "
                + "but found %d days between %s and %s", source, step, d, dates.get(i - 1), dates.get(i)));
      }
    }
    return new TimeAxis(dates.get(0), (int) step, dates.size());
  }

  /** The date of step {@code i}. */
  public LocalDate date(int i) {
    checkIndex(i);
    return start.plusDays((long) i * stepDays);
  }

  /** The day of year (1..366) of step {@code i}. */
  public int dayOfYear(int i) {
    return date(i).getDayOfYear();
  }

  /** The date of the last step. */
  public LocalDate end() {
    return date(size - 1);
  }

  /** All dates, in order (an unmodifiable list). */
  public List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(start.plusDays((long) i * stepDays));
    }
    return Collections.unmodifiableList(out);
  }

  /** The step index of {@code date}, or -1 when the date is not on the axis. */
  public int indexOf(LocalDate date) {
    long offset = date.toEpochDay() - start.toEpochDay();
    if (offset < 0 || offset % stepDays != 0 || offset / stepDays >= size) {
      return -1;
    }
    return (int) (offset / stepDays);
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("time index must be in [0, " + size + "), but was " + i);
    }
  }

  @Override
  public String toString() {
    return String.format("TimeAxis[%s..%s, dt=%d d, %d steps]", start, end(), stepDays, size);
  }
}
