package io.github.seapopym4j.netcdf;

/** The external types of a classic NetCDF file that this package writes and reads, with their codes. */
public enum NcType {
  /** 8-bit signed integer (read only). */
  BYTE(1, 1),
  /** Text, one byte per character (attributes and character variables). */
  CHAR(2, 1),
  /** 16-bit signed integer (read only). */
  SHORT(3, 2),
  /** 32-bit signed integer. */
  INT(4, 4),
  /** IEEE 754 single precision. */
  FLOAT(5, 4),
  /** IEEE 754 double precision. */
  DOUBLE(6, 8);

  private final int code;
  private final int size;

  NcType(int code, int size) {
    this.code = code;
    this.size = size;
  }

  /** The type's code in the file header (NC_BYTE = 1 ... NC_DOUBLE = 6). */
  public int code() {
    return code;
  }

  /** Bytes per value. */
  public int size() {
    return size;
  }

  /** The type with header code {@code code}. */
  static NcType of(int code, String where) {
    for (NcType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException(where + ": unknown NetCDF type code " + code
        + "; expected 1..6 (byte, char, short, int, float, double)");
  }
}
