package io.github.seapopym4j.space;

import io.jenetics.util.DoubleRange;
import java.util.Objects;

/**
 * How one group parameter enters a calibration: {@link Fixed} at a value, or {@link Free} between
 * closed bounds. The same slot holds either, as in seapopym-optimization's {@code Parameter}.
 */
public sealed interface ParamSpec extends java.io.Serializable
    permits ParamSpec.Fixed, ParamSpec.Free {

  /**
   * A parameter held at {@code value} (in the parameter's unit).
   *
   * @param value a finite value
   */
  record Fixed(double value) implements ParamSpec {
    public Fixed {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a fixed parameter value must be finite, but was " + value);
      }
    }
  }

  /**
   * A parameter the optimiser varies within the closed interval [{@code bounds.min()}, {@code
   * bounds.max()}].
   *
   * @param name the qualified name used in logbooks, e.g. {@code "D1N1.tr_0"}
   * @param bounds finite bounds with min &lt; max (closed at both ends, unlike Jenetics' own use)
   * @param unit the unit of the bounds, e.g. {@code "day"}
   */
  record Free(String name, DoubleRange bounds, String unit) implements ParamSpec {
    public Free {
      Objects.requireNonNull(bounds, "bounds");
      Objects.requireNonNull(unit, "unit");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a free parameter needs a name, but was '" + name + "'");
      }
      if (!Double.isFinite(bounds.min()) || !Double.isFinite(bounds.max())
          || bounds.min() >= bounds.max()) {
        throw new IllegalArgumentException(String.format(
            "%s [%s]: bounds must be finite with min < max, but were [%s, %s]", name, unit,
            bounds.min(), bounds.max()));
      }
    }

    /** Free within [min, max]. */
    public static Free of(String name, double min, double max, String unit) {
      if (!(min < max)) {
        throw new IllegalArgumentException(String.format(
            "%s [%s]: bounds must be finite with min < max, but were [%s, %s]", name, unit, min, max));
      }
      return new Free(name, DoubleRange.of(min, max), unit);
    }

    public double min() {
      return bounds.min();
    }

    public double max() {
      return bounds.max();
    }

    /** Whether {@code v} lies within the closed bounds. */
    public boolean contains(double v) {
      return v >= bounds.min() && v <= bounds.max();
    }

    @Override
    public String toString() {
      return String.format("Free[%s in [%s, %s] %s]", name, bounds.min(), bounds.max(), unit);
    }
  }
}
