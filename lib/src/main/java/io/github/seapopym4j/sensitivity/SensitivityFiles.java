package io.github.seapopym4j.sensitivity;

import static io.github.seapopym4j.internal.csv.CsvReader.quote;

import io.github.seapopym4j.internal.AtomicFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV files of a sensitivity analysis, each written to a temporary file and moved into place.
 * Numbers print with {@link Double#toString} (they read back exactly); NaN prints {@code NaN}.
 */
public final class SensitivityFiles {

  /** Header of {@code indices.csv}. */
  public static final String INDICES_HEADER = "output,parameter,S1,S1_low,S1_high,ST,ST_low,ST_high";
  /** Header of {@code second_order.csv}. */
  public static final String SECOND_ORDER_HEADER = "output,parameter_a,parameter_b,S2,S2_low,S2_high";
  /** Header of {@code morris.csv}. */
  public static final String MORRIS_HEADER =
      "output,parameter,mu,mu_star,mu_star_low,mu_star_high,sigma";

  private SensitivityFiles() {}

  /** One row per output and parameter, outputs in order, parameters in design order. */
  public static void writeIndices(Path file, List<String> outputs, List<SobolIndices> indices) {
    AtomicFiles.write(file, w -> {
      w.write(INDICES_HEADER + "\n");
      for (int o = 0; o < outputs.size(); o++) {
        SobolIndices s = indices.get(o);
        for (int i = 0; i < s.parameters().size(); i++) {
          w.write(quote(outputs.get(o)) + "," + quote(s.parameters().get(i)) + ","
              + estimate(s.firstOrder().get(i)) + "," + estimate(s.totalOrder().get(i)) + "\n");
        }
      }
    });
  }

  /** One row per output and pair a &lt; b of parameters. */
  public static void writeSecondOrder(Path file, List<String> outputs, List<SobolIndices> indices) {
    AtomicFiles.write(file, w -> {
      w.write(SECOND_ORDER_HEADER + "\n");
      for (int o = 0; o < outputs.size(); o++) {
        SobolIndices s = indices.get(o);
        List<String> p = s.parameters();
        for (int a = 0; a < p.size(); a++) {
          for (int b = a + 1; b < p.size(); b++) {
            w.write(quote(outputs.get(o)) + "," + quote(p.get(a)) + "," + quote(p.get(b)) + ","
                + estimate(s.secondOrder().get(a).get(b)) + "\n");
          }
        }
      }
    });
  }

  /** One row per output and parameter, in the order of {@link #writeIndices}. */
  public static void writeMorris(Path file, List<String> outputs, List<MorrisIndices> indices) {
    AtomicFiles.write(file, w -> {
      w.write(MORRIS_HEADER + "\n");
      for (int o = 0; o < outputs.size(); o++) {
        MorrisIndices m = indices.get(o);
        for (int i = 0; i < m.parameters().size(); i++) {
          w.write(quote(outputs.get(o)) + "," + quote(m.parameters().get(i)) + "," + m.mu().get(i)
              + "," + estimate(m.muStar().get(i)) + "," + m.sigma().get(i) + "\n");
        }
      }
    });
  }

  /**
   * The design and its outputs, one row per point: {@code point}, the design's labels ({@code
   * row,matrix} or {@code trajectory,step}), the parameter values, then the outputs.
   */
  public static void writeSamples(Path file, SensitivityFunction function, DesignResult result) {
    Design d = result.design();
    AtomicFiles.write(file, w -> {
      StringBuilder sb = new StringBuilder("point,").append(d.labelHeader());
      for (String p : function.parameters()) {
        sb.append(',').append(quote(p));
      }
      for (String o : result.outputs()) {
        sb.append(',').append(quote(o));
      }
      w.write(sb.append('\n').toString());
      double[] u = new double[d.parameters()];
      double[] x = new double[d.parameters()];
      for (int p = 0; p < d.size(); p++) {
        sb.setLength(0);
        d.unitPoint(p, u);
        function.scale(u, x);
        sb.append(p).append(',').append(d.labels(p));
        for (double v : x) {
          sb.append(',').append(v);
        }
        for (double[] column : result.values()) {
          sb.append(',').append(column[p]);
        }
        sb.append('\n');
        w.append(sb);
      }
    });
  }

  private static String estimate(Estimate e) {
    return e.value() + "," + e.low() + "," + e.high();
  }
}
