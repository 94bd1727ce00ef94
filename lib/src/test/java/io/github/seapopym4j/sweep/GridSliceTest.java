package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridSliceTest {

  /** m = a + 10·b + 100·c; the kernel checks nothing, so any plan works. */
  private static final SweepFunction LINEAR = new SweepFunction() {
    @Override
    public List<SweepMeasure> metrics() {
      return List.of(SweepMeasure.real("m", ""));
    }

    @Override
    public void evaluate(Chunk chunk) {
      for (int i = chunk.from(); i < chunk.to(); i++) {
        double v = 0;
        for (int a = 0; a < chunk.plan().axes().size(); a++) {
          v += Math.pow(10, a) * chunk.value(a, i);
        }
        chunk.set(0, i, v);
      }
    }

    @Override
    public String describe() {
      return "linear";
    }
  };

  private static SweepResult grid() {
    return Sweep.builder(SweepPlan.grid(Axis.of("a", 1, 2, 3), Axis.of("b", 4, 5),
        Axis.of("c", 6, 7)), LINEAR).threads(1).build().run();
  }

  @Test
  void sliceHoldsTheMetricAtEachXYWithOtherAxesFixed() {
    GridSlice s = GridSlice.of(grid(), "m", "c", "a", Map.of("b", 5.0));
    assertArrayEquals(new double[] {6, 7}, s.x(), 0.0);
    assertArrayEquals(new double[] {1, 2, 3}, s.y(), 0.0);
    // a + 50 + 100c, rows a = 1..3, columns c = 6, 7.
    assertArrayEquals(new double[] {651, 751}, s.values()[0], 0.0);
    assertEquals(753, s.value(1, 2), 0.0);
    assertEquals(Map.of("b", 5.0), s.fixed());
  }

  @Test
  void everyOtherAxisNeedsAGridValue() {
    var missing = assertThrows(IllegalArgumentException.class,
        () -> GridSlice.of(grid(), "m", "a", "b"));
    assertEquals("slice over (a, b): axis 'c' needs a fixed value, one of [6.0, 7.0]",
        missing.getMessage());
    var off = assertThrows(IllegalArgumentException.class,
        () -> GridSlice.of(grid(), "m", "a", "b", Map.of("c", 6.5)));
    assertEquals("slice: c = 6.5 is not a grid value of axis 'c'; its values are [6.0, 7.0]",
        off.getMessage());
    var same = assertThrows(IllegalArgumentException.class,
        () -> GridSlice.of(grid(), "m", "a", "a", Map.of("c", 6.0)));
    assertTrue(same.getMessage().contains("two different axes"), same.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> GridSlice.of(grid(), "m", "a", "b", Map.of("c", 6.0, "a", 1.0)));
  }

  @Test
  void aSampledSweepHasNoSlice() {
    SweepResult sobol = Sweep.builder(SweepPlan.sobol(8, Axis.linear("a", 0, 1, 2),
        Axis.linear("b", 0, 1, 2)), LINEAR).threads(1).build().run();
    var e = assertThrows(IllegalArgumentException.class, () -> GridSlice.of(sobol, "m", "a", "b"));
    assertTrue(e.getMessage().startsWith("a slice needs a grid sweep"), e.getMessage());
  }
}
