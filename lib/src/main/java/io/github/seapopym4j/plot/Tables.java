package io.github.seapopym4j.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tables for reading: {@code System.out.println(Tables.rounded(profiler.table()).print())} prints
 * 4 significant digits where the table holds 17.
 */
public final class Tables {

  /** Significant digits of {@link #rounded}. */
  public static final int DIGITS = 4;

  private Tables() {}

  /**
   * A copy of {@code table} for printing: every double column becomes a text column of its values
   * rounded to {@value #DIGITS} significant digits, without trailing zeros or an exponent (NaN:
   * empty); other columns are copied as they are. The names and order of columns stay.
   */
  public static Table rounded(Table table) {
    Table out = Table.create(table.name());
    for (Column<?> c : table.columns()) {
      if (c instanceof DoubleColumn d) {
        StringColumn s = StringColumn.create(d.name());
        for (int i = 0; i < d.size(); i++) {
          s.append(text(d.getDouble(i)));
        }
        out.addColumns(s);
      } else {
        out.addColumns(c.copy());
      }
    }
    return out;
  }

  /** {@code v} with {@value #DIGITS} significant digits, plain; "" for NaN. */
  static String text(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v) || v == 0) {
      return v == 0 ? "0" : String.valueOf(v);
    }
    return new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
  }
}
