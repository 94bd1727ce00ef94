package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.csv.CsvReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV row format of sweep results: {@code combination,<axis…>,<metric…>}, comma-separated, one
 * row per combination, {@code \n} line ends, no quoting needed (names are identifiers, values
 * numbers); rows read back through the project's one tokenizer ({@link CsvReader#split}).
 * Integers (integral axes and metrics) print without a decimal point; other values print with {@link
 * Double#toString(double)}, which reads back to the same double, so a resumed sweep rebuilds exactly
 * the same columns and the same file.
 */
final class SweepResultsCsv {

  private final SweepPlan plan;
  private final List<SweepMeasure> metrics;
  private final boolean[] axisIntegral;
  /** Pre-formatted grid values per axis; null for a sample plan. */
  private final String[][] gridText;

  SweepResultsCsv(SweepPlan plan, List<SweepMeasure> metrics) {
    this.plan = plan;
    this.metrics = metrics;
    List<Axis> axes = plan.axes();
    this.axisIntegral = new boolean[axes.size()];
    for (int a = 0; a < axes.size(); a++) {
      axisIntegral[a] = axes.get(a).integral();
    }
    if (plan instanceof GridPlan) {
      gridText = new String[axes.size()][];
      StringBuilder sb = new StringBuilder();
      for (int a = 0; a < axes.size(); a++) {
        Axis axis = axes.get(a);
        gridText[a] = new String[axis.size()];
        for (int i = 0; i < axis.size(); i++) {
          sb.setLength(0);
          appendNumber(sb, axis.value(i), axisIntegral[a]);
          gridText[a][i] = sb.toString();
        }
      }
    } else {
      gridText = null;
    }
  }

  /** The header line, without line end. */
  String header() {
    StringBuilder sb = new StringBuilder("combination");
    for (Axis a : plan.axes()) {
      sb.append(',').append(a.name());
    }
    for (SweepMeasure m : metrics) {
      sb.append(',').append(m.name());
    }
    return sb.toString();
  }

  /** Appends the row of {@code combination}, whose metric m is {@code columns[m][j]}, and a line end. */
  void appendRow(StringBuilder sb, int combination, double[][] columns, int j) {
    sb.append(combination);
    int axes = axisIntegral.length;
    for (int a = 0; a < axes; a++) {
      sb.append(',');
      if (gridText != null) {
        sb.append(gridText[a][((GridPlan) plan).index(a, combination)]);
      } else {
        appendNumber(sb, plan.value(a, combination), axisIntegral[a]);
      }
    }
    for (int m = 0; m < columns.length; m++) {
      sb.append(',');
      appendNumber(sb, columns[m][j], metrics.get(m).integral());
    }
    sb.append('\n');
  }

  /**
   * Parses one row into {@code columns[m][j]}; checks the combination number and the field count.
   * {@code file} and {@code lineNumber} (1-based) go into error messages.
   */
  void parseRow(String line, int expectedCombination, double[][] columns, int j, Path file,
      int lineNumber) {
    String[] fields = CsvReader.split(line, file.toString(), lineNumber).toArray(new String[0]);
    int expectedFields = 1 + axisIntegral.length + columns.length;
    if (fields.length != expectedFields) {
      throw new IllegalStateException(String.format("%s line %d: expected %d fields but found %d",
          file, lineNumber, expectedFields, fields.length));
    }
    if (!fields[0].equals(Integer.toString(expectedCombination))) {
      throw new IllegalStateException(String.format(
          "%s line %d: expected combination %d but found '%s'", file, lineNumber,
          expectedCombination, fields[0]));
    }
    int first = 1 + axisIntegral.length;
    for (int m = 0; m < columns.length; m++) {
      String field = fields[first + m];
      try {
        columns[m][j] = Double.parseDouble(field);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(String.format("%s line %d column %s: expected a number but"
            + " found '%s'", file, lineNumber, metrics.get(m).name(), field), e);
      }
    }
  }

  private static final double[] POW10 = {1, 10, 100, 1000, 10000};

  /**
   * Appends {@code v}: integral values as integers; values that are exactly a short decimal (r / 10^d
   * for some d ≤ 4, |r| &lt; 2^53, as prices in ticks are) as that decimal, fast; anything else with
   * {@link StringBuilder#append(double)}. Every form parses back to the same double: r / 10^d is the
   * correctly rounded quotient, which is also what parsing the decimal text gives.
   */
  static void appendNumber(StringBuilder sb, double v, boolean integral) {
    if (integral && v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      sb.append((long) v);
      return;
    }
    for (int d = 1; d < POW10.length; d++) {
      double scaled = Math.rint(v * POW10[d]);
      if (Math.abs(scaled) < 0x1p53 && scaled / POW10[d] == v && !(v == 0 && 1 / v < 0)) {
        long r = (long) scaled;
        if (r < 0) {
          sb.append('-');
          r = -r;
        }
        long p = (long) POW10[d];
        sb.append(r / p).append('.');
        long frac = r % p;
        for (long q = p / 10; q > frac && q > 1; q /= 10) {
          sb.append('0');
        }
        sb.append(frac);
        return;
      }
    }
    sb.append(v);
  }
}
