package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Outputs as Tablesaw tables, one row per value in the long layout of {@link ResultCsv}: columns
 * {@code time} (date), {@code lat}, {@code lon}, {@code group} (index) and {@code group_name} for
 * per-group variables, and {@code value}. Each call builds a new table the caller owns.
 */
public final class ResultTables {

  private ResultTables() {}

  /** The long table of {@code variable}, named after it. */
  public static Table table(ModelOutput out, OutputVariable variable) {
    TimeAxis time = out.time();
    double[] lat = out.latitude();
    double[] lon = out.longitude();
    int groups = variable.perGroup() ? out.groups().size() : 1;
    int rows = groups * time.size() * lat.length * lon.length;
    DateColumn tc = DateColumn.create("time");
    DoubleColumn yc = DoubleColumn.create("lat", rows);
    DoubleColumn xc = DoubleColumn.create("lon", rows);
    IntColumn gc = IntColumn.create("group", rows);
    StringColumn nc = StringColumn.create("group_name");
    DoubleColumn vc = DoubleColumn.create("value", rows);
    int i = 0;
    for (int g = 0; g < groups; g++) {
      String name = out.groups().get(g).name();
      for (int t = 0; t < time.size(); t++) {
        java.time.LocalDate date = time.date(t);
        for (int y = 0; y < lat.length; y++) {
          for (int x = 0; x < lon.length; x++) {
            tc.append(date);
            yc.set(i, lat[y]);
            xc.set(i, lon[x]);
            gc.set(i, g);
            nc.append(name);
            vc.set(i, variable.value(out, g, t, y, x));
            i++;
          }
        }
      }
    }
    Table table = Table.create(variable.label(), tc, yc, xc);
    if (variable.perGroup()) {
      table.addColumns(gc, nc);
    }
    return table.addColumns(vc);
  }

  /** The biomass table. */
  public static Table biomass(ModelOutput out) {
    return table(out, OutputVariable.BIOMASS);
  }
}
