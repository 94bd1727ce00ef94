package io.github.seapopym4j.model;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The outputs of one band of latitude rows (all longitudes, the whole time axis) copied to the heap,
 * with the band's land mask: what an engine's task sends back for {@code seapopym run --engine}. It
 * is serialisable and can be written to a part file ({@link #write}) that the driver reads back
 * ({@link #read}) to write the band into the assembled output.
 */
public final class BandOutput extends RunResult {

  private static final long serialVersionUID = 2L;

  private final int firstRow;
  private final boolean[] land;

  private BandOutput(RunResult result, int firstRow, boolean[] land) {
    super(result);
    this.firstRow = firstRow;
    this.land = land;
  }

  /**
   * A heap copy of {@code run}, a run over latitude rows {@code firstRow...} of a grid.
   *
   * @param land [rows × lon] land cells of the band ({@link ResultNetcdf#land}), or null for none
   */
  public static BandOutput copyOf(ModelRun run, int firstRow, boolean[] land) {
    Objects.requireNonNull(run, "run");
    int lat = run.latitude().length;
    int lon = run.longitude().length;
    if (firstRow < 0 || (land != null && land.length != lat * lon)) {
      throw new IllegalArgumentException(String.format("band from row %d with a land mask of %d "
          + "cells does not fit its %d × %d outputs", firstRow, land == null ? 0 : land.length,
          lat, lon));
    }
    return new BandOutput(run.detach(), firstRow, land == null ? null : land.clone());
  }

  /** The first latitude row of the band in the whole grid. */
  public int firstRow() {
    return firstRow;
  }

  /** The band's land cells [rows × lon] (a copy), or null for none. */
  public boolean[] land() {
    return land == null ? null : land.clone();
  }

  /** Writes this band to {@code file} atomically (a temporary file moved into place). */
  public void write(Path file) {
    AtomicFiles.writeBytes(file, os -> {
      ObjectOutputStream out = new ObjectOutputStream(os);
      out.writeObject(this);
      out.flush();
    });
  }

  /**
   * Reads a band written by {@link #write}.
   *
   * @throws UncheckedIOException naming the file when it is missing or not a band part
   */
  public static BandOutput read(Path file) {
    try (InputStream is = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        ObjectInputStream in = new ObjectInputStream(is)) {
      return (BandOutput) in.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new UncheckedIOException("cannot read band part " + file + ": expected a part written "
          + "by an engine's task, but " + e, e instanceof IOException io ? io : new IOException(e));
    }
  }
}
