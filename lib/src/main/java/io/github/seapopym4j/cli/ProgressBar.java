package io.github.seapopym4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a long command (bench, calibrate, sweep) on standard error: count, percentage, rate
 * and estimated time left.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBar.start("simulations", 256)) {
 *   for (...) { run(); bar.step(); }
 * }
 * }</pre>
 *
 * <p>On a terminal it redraws one line ({@code simulations [######------] 45% 115/256 812/s ETA
 * 0:01}) at most five times a second. When standard error is not a terminal, or {@code CI=true}, it
 * prints plain lines instead ({@code simulations: 115/256 (45%) 812/s ETA 0:01}), one per tenth of
 * the work and at least every 30 s, so logs stay short. {@link #close()} prints the final count and
 * the elapsed time.
 *
 * <p>A bar can carry a short status after the numbers, e.g. {@code calibrate [###---] 30% 30/100
 * 2.0/s ETA 0:35  best 0.123 mean 0.456 1,800 ev/s 240 MB}: set it with {@link #status} before the
 * step it describes. {@link #message} prints a line of its own (a warning) without breaking the bar.
 * A command passes picocli's error writer ({@link #start(String, long, PrintWriter)}), so tests
 * capture the bar.
 *
 * @implNote Thread-safe: workers may call {@link #step()} concurrently; one of them draws.
 */
public final class ProgressBar implements AutoCloseable {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long PLAIN_NANOS = 30_000_000_000L;
  private static final int WIDTH = 30;

  private final String label;
  private final long total;
  private final PrintWriter out;
  private final boolean interactive;
  private final LongSupplier clock;
  private final long startNanos;
  private final AtomicLong done = new AtomicLong();
  private volatile long lastDrawNanos;
  private volatile long lastTenth;
  private volatile String status = "";
  private int lastLength;
  private boolean closed;

  ProgressBar(String label, long total, PrintWriter out, boolean interactive, LongSupplier clock) {
    this.label = Objects.requireNonNull(label, "label");
    this.out = Objects.requireNonNull(out, "out");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.total = total;
    this.interactive = interactive;
    this.startNanos = clock.getAsLong();
    this.lastDrawNanos = startNanos;
  }

  /**
   * A bar for {@code total} items of work, on standard error, drawn for a terminal or as plain lines
   * (see {@link #stderrIsInteractive()}).
   *
   * @param label what is counted, e.g. "simulations"
   * @param total the number of items, ≥ 0
   * @throws IllegalArgumentException if {@code total} is negative
   */
  public static ProgressBar start(String label, long total) {
    return start(label, total, new PrintWriter(System.err));
  }

  /**
   * {@link #start(String, long)} on {@code err}, the writer a picocli command gets from {@code
   * spec.commandLine().getErr()}; drawn for a terminal when standard error is one.
   */
  public static ProgressBar start(String label, long total, PrintWriter err) {
    if (total < 0) {
      throw new IllegalArgumentException("progress total must be ≥ 0, but was " + total);
    }
    return new ProgressBar(label, total, err, stderrIsInteractive(), System::nanoTime);
  }

  /**
   * Whether standard error is a terminal a bar can redraw: false when the environment variable
   * {@code CI} is {@code true}; otherwise the system property {@code seapopym.stderr.tty} (set by
   * {@code bin/seapopym} from {@code [ -t 2 ]}) when present; otherwise whether the JVM has a console.
   */
  public static boolean stderrIsInteractive() {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return false;
    }
    String tty = System.getProperty("seapopym.stderr.tty");
    return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
  }

  /** One more item done. */
  public void step() {
    step(1);
  }

  /** {@code n} more items done. */
  public void step(long n) {
    long now = done.addAndGet(n);
    if (due(now, clock.getAsLong())) {
      draw(false);
    }
  }

  /**
   * A short text shown after the numbers from the next drawn line on, e.g. {@code "best 0.123 mean
   * 0.456"}; line breaks become spaces. Drawing nothing by itself, it costs nothing to set per step.
   */
  public void status(String text) {
    status = Objects.requireNonNull(text, "text").strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Prints {@code line} on a line of its own: on a terminal it overwrites the bar, which is drawn
   * again below it; in plain mode it is one more line. Ignored after {@link #close()}.
   */
  public synchronized void message(String line) {
    if (closed) {
      return;
    }
    if (interactive) {
      out.print("\r" + pad(line) + System.lineSeparator());
      lastLength = 0;
      long t = clock.getAsLong();
      String bar = withStatus(barLine(done.get(), t, false));
      out.print(bar);
      lastLength = bar.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Items done so far. */
  public long done() {
    return done.get();
  }

  private boolean due(long now, long t) {
    if (interactive) {
      return t - lastDrawNanos >= REDRAW_NANOS;
    }
    return t - lastDrawNanos >= PLAIN_NANOS || (total > 0 && now * 10 / total > lastTenth);
  }

  private synchronized void draw(boolean last) {
    if (closed) {
      return;
    }
    long t = clock.getAsLong();
    long n = done.get();
    if (!last && !due(n, t)) {
      return; // another thread drew this line already
    }
    lastDrawNanos = t;
    if (total > 0) {
      lastTenth = Math.max(lastTenth, n * 10 / total);
    }
    String line = withStatus(interactive ? barLine(n, t, last) : plainLine(n, t, last));
    if (interactive) {
      out.print("\r" + pad(line) + (last ? System.lineSeparator() : ""));
      lastLength = last ? 0 : line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  private String withStatus(String line) {
    String s = status;
    return s.isEmpty() ? line : line + "  " + s;
  }

  /** {@code line} padded with spaces over what is left of a longer previous bar. */
  private String pad(String line) {
    return line.length() >= lastLength ? line : line + " ".repeat(lastLength - line.length());
  }

  String barLine(long n, long t, boolean last) {
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, n * WIDTH / total);
    return String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d %s %s", label, "#".repeat(filled),
        "-".repeat(WIDTH - filled), percent(n), n, total, rate(n, t), timing(n, t, last));
  }

  String plainLine(long n, long t, boolean last) {
    return String.format(Locale.ROOT, "%s: %d/%d (%d%%) %s %s", label, n, total, percent(n),
        rate(n, t), timing(n, t, last));
  }

  private int percent(long n) {
    return total == 0 ? 100 : (int) Math.min(100, n * 100 / total);
  }

  private String rate(long n, long t) {
    double seconds = (t - startNanos) / 1e9;
    if (seconds <= 0) {
      return "-/s";
    }
    double r = n / seconds;
    return String.format(Locale.ROOT, r >= 100 ? "%.0f/s" : r >= 10 ? "%.1f/s" : "%.2f/s", r);
  }

  private String timing(long n, long t, boolean last) {
    double seconds = (t - startNanos) / 1e9;
    if (last) {
      return "in " + duration(seconds);
    }
    if (n == 0 || seconds <= 0) {
      return "ETA -";
    }
    return "ETA " + duration(Math.max(0, total - n) * seconds / n);
  }

  /** {@code m:ss} or {@code h:mm:ss}, rounded to the second. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
  }

  /** Prints the final count and the elapsed time; later calls do nothing. */
  @Override
  public void close() {
    draw(true);
    synchronized (this) {
      closed = true;
    }
  }
}
