package io.github.seapopym4j.examples;

import io.github.seapopym4j.NotebookRunner;
import org.junit.jupiter.api.Test;

/**
 * The notebook scenario test of this module: {@code examples/notebooks/backtest-sweep.ipynb} runs
 * headless through {@code notebooks/run --no-build}, with this module's jar on the kernel's class
 * path, without an error, and shows an image. Failsafe runs it in {@code verify}, after this
 * module's jar is packaged; skip with {@code -DskipNotebooks}.
 */
class BacktestNotebookIT {

  @Test
  void backtestNotebookRunsHeadlessWithoutErrorAndShowsAnImage() throws Exception {
    NotebookRunner.assertRunsAndShowsAnImage("examples/notebooks/backtest-sweep.ipynb");
  }
}
