package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.SeapopymCli;
import io.jhdf.HdfFile;
import io.jhdf.api.dataset.ContiguousDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 12: a valid NetCDF file whose variable was declared but never written (its data
 * address undefined, as netCDF-C leaves it) is reported naming the file, the variable and the cause,
 * through the command line ({@code seapopym forcings}).
 */
class UnwrittenNetcdfCliTest {

  @TempDir
  Path dir;

  /** A forcing file whose variable T has its data address patched to HDF5's undefined address. */
  private Path unwritten() throws IOException {
    Path f = NetcdfFixture.write(dir.resolve("declared.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, new long[] {0, 1, 2}, new double[] {0.5},
          new double[] {10, 20}, new long[] {1});
      NetcdfFixture.variable(w, "T", NetcdfFixture.array4(3, 1, 2, 1, i -> 20), new int[] {0, 1, 2, 3},
          "degC");
      NetcdfFixture.variable(w, "npp", NetcdfFixture.array3(3, 1, 2, i -> 1), new int[] {0, 1, 2},
          "g/m2/day");
    });
    long address;
    try (HdfFile h = new HdfFile(f)) {
      address = ((ContiguousDataset) h.getDatasetByPath("T")).getDataAddress();
    }
    byte[] bytes = Files.readAllBytes(f);
    // The data layout message (version 3, class 1 = contiguous): 3, 1, address (8 bytes), size.
    byte[] key = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).put((byte) 3).put((byte) 1)
        .putLong(address).array();
    int found = -1;
    for (int i = 0; i + key.length <= bytes.length && found < 0; i++) {
      boolean same = true;
      for (int k = 0; k < key.length && same; k++) {
        same = bytes[i + k] == key[k];
      }
      found = same ? i : -1;
    }
    assertTrue(found >= 0, "layout message of T not found");
    for (int k = 2; k < key.length; k++) {
      bytes[found + k] = (byte) 0xFF;
    }
    refreshChecksum(bytes, found);
    return Files.write(f, bytes);
  }

  /**
   * Recomputes the Jenkins lookup3 checksum of the version-2 object header chunk ("OHDR") holding
   * {@code at}: signature, version, flags, optional times (flag bit 5) and attribute phase change
   * (bit 4), the chunk size (1, 2, 4 or 8 bytes by flag bits 0-1), the messages, then the checksum.
   */
  private static void refreshChecksum(byte[] b, int at) {
    int start = at;
    while (start >= 0 && !(b[start] == 'O' && b[start + 1] == 'H' && b[start + 2] == 'D'
        && b[start + 3] == 'R')) {
      start--;
    }
    assertTrue(start >= 0, "no OHDR before the layout message");
    int flags = b[start + 5] & 0xFF;
    int pos = start + 6 + ((flags & 0x20) != 0 ? 16 : 0) + ((flags & 0x10) != 0 ? 4 : 0);
    int sizeBytes = 1 << (flags & 0x03);
    long size = 0;
    for (int k = 0; k < sizeBytes; k++) {
      size |= (long) (b[pos + k] & 0xFF) << (8 * k);
    }
    int end = (int) (pos + sizeBytes + size);
    int sum = io.jhdf.checksum.JenkinsLookup3HashLittle.hash(java.util.Arrays.copyOfRange(b, start,
        end));
    ByteBuffer.wrap(b, end, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(sum);
  }

  @Test
  void aVariableNeverWrittenIsNamedWithTheFileAndTheCause() throws IOException {
    Path f = unwritten();
    ForcingLoader.clearCache();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SeapopymCli.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("forcings", "--temperature", f.toString(), "--primary-production", f.toString());
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().startsWith("seapopym: error: " + f + " variable 'T': cannot read its "
        + "6 declared values ("), err.toString());
    assertTrue(err.toString().contains("was the variable written, and is the file complete?"),
        err.toString());
  }
}
