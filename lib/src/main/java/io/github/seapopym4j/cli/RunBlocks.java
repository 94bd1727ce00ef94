package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.BandedRun;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.StreamedRun;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code seapopym run} splits the grid into bands of latitude rows (all longitudes, the whole
 * time axis: the model has no horizontal coupling) so that one band's forcings, prepared context and
 * run fit the memory limit. The estimate per row is {@link BandedRun#bytesPerRow}.
 *
 * @param bytesPerRow memory one latitude row needs
 * @param rows rows of the grid
 * @param limit the memory limit, bytes
 * @param rowsPerBlock rows per band (the last band may hold fewer)
 */
record RunBlocks(long bytesPerRow, int rows, long limit, int rowsPerBlock) {

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?");

  /**
   * Plans the bands for {@code forcings} (only their dimensions are used).
   *
   * @throws IllegalArgumentException when one row alone exceeds the limit, saying what limit to set
   */
  static RunBlocks plan(ForcingSet forcings, List<FunctionalGroup> groups, ModelConfig config,
      long limit) {
    int nx = forcings.lonSize();
    long perRow = BandedRun.bytesPerRow(forcings, groups, config);
    if (perRow > limit) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "--memory-limit %s is too small: "
          + "one latitude row of %d cells × %d steps needs %s; set --memory-limit %s or more (the "
          + "whole grid needs %s)", human(limit), nx, forcings.timeSize(), human(perRow),
          human(perRow), human(perRow * forcings.latSize())));
    }
    int rowsPerBlock = (int) Math.min(forcings.latSize(), limit / perRow);
    return new RunBlocks(perRow, forcings.latSize(), limit, rowsPerBlock);
  }

  /**
   * Plans a streamed run ({@link StreamedRun#run}): bands of rows in flight on {@code threads}
   * threads within {@code limit}, {@link StreamedRun#bytesPerRow} each row.
   *
   * @throws IllegalArgumentException when the rows in flight alone exceed the limit, saying what
   *     limit to set
   */
  static RunBlocks streamed(ForcingSet forcings, List<FunctionalGroup> groups, int threads,
      long limit) {
    long perRow = StreamedRun.bytesPerRow(forcings.lonSize(), forcings.layerSize(),
        forcings.time(), groups);
    if (perRow * threads > limit) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "--memory-limit %s is too small: "
          + "streaming %d latitude rows at once (one per thread) of %d cells needs %s; set "
          + "--memory-limit %s or more, or fewer --threads", human(limit), threads,
          forcings.lonSize(), human(perRow * threads), human(perRow * threads)));
    }
    int rowsPerBlock = (int) Math.min(forcings.latSize(), limit / threads / perRow);
    return new RunBlocks(perRow, forcings.latSize(), limit, rowsPerBlock);
  }

  int blocks() {
    return (rows + rowsPerBlock - 1) / rowsPerBlock;
  }

  /** What the run needs and how it is split, for a note before it starts. */
  String describe() {
    return String.format(Locale.ROOT, "the whole grid needs %s, over the memory limit %s: running "
        + "%d blocks of %d latitude rows (%s each)", human(bytesPerRow * rows), human(limit),
        blocks(), rowsPerBlock, human(bytesPerRow * rowsPerBlock));
  }

  /** Half the JVM's maximum heap, the default cap of the off-heap memory the model uses too. */
  static long defaultLimit() {
    return Runtime.getRuntime().maxMemory() / 2;
  }

  /** "512m", "2g", "1.5G", "300000000" (bytes). */
  static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("--memory-limit: expected a size such as 512m, 2g or a "
          + "number of bytes, but found '" + text + "'");
    }
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
    if (!(bytes >= 1) || bytes > Long.MAX_VALUE / 2) {
      throw new IllegalArgumentException("--memory-limit must be ≥ 1 byte, but was '" + text + "'");
    }
    return (long) bytes;
  }

  static String human(long bytes) {
    return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2fg", bytes / (double) (1L << 30))
        : bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1fm", bytes / (double) (1L << 20))
        : String.format(Locale.ROOT, "%dk", (bytes + 1023) >> 10);
  }
}
