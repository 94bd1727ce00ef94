package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outputs of one band of latitude rows (all longitudes, the whole time axis) copied to the heap,
 * with the band's land mask: what an engine's task sends back for {@code seapopym run --engine}. It
 * is serialisable and can be written to a part file ({@link #write}) that the driver reads back
 * ({@link #read}) to write the band into the assembled output.
 */
public final class BandOutput implements ModelOutput, Serializable {

  private static final long serialVersionUID = 1L;

  private final int firstRow;
  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;
  private final boolean[] land;
  /** [variable][group][time × cell]; one group for day length. */
  private final double[][][] values;

  private BandOutput(int firstRow, List<FunctionalGroup> groups, TimeAxis time, double[] lat,
      double[] lon, boolean[] land, double[][][] values) {
    this.firstRow = firstRow;
    this.groups = List.copyOf(groups);
    this.time = time;
    this.lat = lat;
    this.lon = lon;
    this.land = land;
    this.values = values;
  }

  /**
   * A heap copy of {@code run}, a run over latitude rows {@code firstRow...} of a grid.
   *
   * @param land [rows × lon] land cells of the band ({@link ResultNetcdf#land}), or null for none
   */
  public static BandOutput copyOf(ModelOutput run, int firstRow, boolean[] land) {
    Objects.requireNonNull(run, "run");
    double[] lat = run.latitude();
    double[] lon = run.longitude();
    int cells = lat.length * lon.length;
    if (firstRow < 0 || (land != null && land.length != cells)) {
      throw new IllegalArgumentException(String.format("band from row %d with a land mask of %d "
          + "cells does not fit its %d × %d outputs", firstRow, land == null ? 0 : land.length,
          lat.length, lon.length));
    }
    int nt = run.time().size();
    OutputVariable[] vars = OutputVariable.values();
    double[][][] values = new double[vars.length][][];
    for (OutputVariable v : vars) {
      int ng = v.perGroup() ? run.groups().size() : 1;
      double[][] field = new double[ng][nt * cells];
      for (int g = 0; g < ng; g++) {
        for (int t = 0; t < nt; t++) {
          for (int y = 0; y < lat.length; y++) {
            for (int x = 0; x < lon.length; x++) {
              field[g][(t * lat.length + y) * lon.length + x] = v.value(run, g, t, y, x);
            }
          }
        }
      }
      values[v.ordinal()] = field;
    }
    return new BandOutput(firstRow, run.groups(), run.time(), lat, lon,
        land == null ? null : land.clone(), values);
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
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
          ObjectOutputStream out = new ObjectOutputStream(os)) {
        out.writeObject(this);
      }
      AtomicFiles.move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write band part " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
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

  @Override
  public List<FunctionalGroup> groups() {
    return groups;
  }

  @Override
  public TimeAxis time() {
    return time;
  }

  @Override
  public double[] latitude() {
    return lat.clone();
  }

  @Override
  public double[] longitude() {
    return lon.clone();
  }

  @Override
  public double biomass(int group, int t, int y, int x) {
    return get(OutputVariable.BIOMASS, group, t, y, x);
  }

  @Override
  public double recruitedProduction(int group, int t, int y, int x) {
    return get(OutputVariable.PRODUCTION_RECRUITED, group, t, y, x);
  }

  @Override
  public double mortality(int group, int t, int y, int x) {
    return get(OutputVariable.MORTALITY, group, t, y, x);
  }

  @Override
  public double averageTemperature(int group, int t, int y, int x) {
    return get(OutputVariable.AVERAGE_TEMPERATURE, group, t, y, x);
  }

  @Override
  public double dayLength(int t, int y, int x) {
    return get(OutputVariable.DAY_LENGTH, 0, t, y, x);
  }

  private double get(OutputVariable v, int group, int t, int y, int x) {
    Objects.checkIndex(y, lat.length);
    Objects.checkIndex(x, lon.length);
    return values[v.ordinal()][group][(t * lat.length + y) * lon.length + x];
  }
}
