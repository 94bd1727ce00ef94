package io.github.seapopym4j.sweep;

/**
 * Receives {@link SweepProgress} reports: each time the number of finished combinations crosses a
 * multiple of the sweep's progress interval (100,000 by default), and once at the end. Calls come
 * from worker threads but never concurrently, in increasing order of {@link SweepProgress#done()}.
 * Keep it cheap: the worker that calls it waits.
 */
@FunctionalInterface
public interface SweepListener {

  void onProgress(SweepProgress progress);
}
