package io.github.seapopym4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a result depends on, as named values that a resumed run compares with those saved: the
 * contents of input files (by SHA-256, {@link #file}) and settings (by their text). A change is
 * named by {@link #differences}, so a refused resume says what changed.
 */
public final class Fingerprint {

  private Fingerprint() {}

  /**
   * {@code sha256:<64 hex digits>} of the bytes of {@code file} (a directory, such as a NetCDF
   * store, is not supported).
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static String file(Path file) {
    MessageDigest sha = sha256();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        sha.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to fingerprint it: "
          + e.getMessage(), e);
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The entries that differ between {@code saved} and {@code now}, one phrase each in key order:
   * {@code --metric ('nrmse-std' then, 'rmse' now)}; file hashes are shortened to 12 digits and
   * named as contents. Empty when they agree.
   */
  public static List<String> differences(Map<String, String> saved, Map<String, String> now) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(saved.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
      String a = saved.get(k);
      String b = now.get(k);
      if (!Objects.equals(a, b)) {
        boolean hash = a != null && a.startsWith("sha256:") || b != null && b.startsWith("sha256:");
        out.add(String.format("%s%s (%s then, %s now)", hash ? "the contents of " : "", k,
            shown(a), shown(b)));
      }
    }
    return out;
  }

  private static String shown(String v) {
    if (v == null) {
      return "absent";
    }
    return v.startsWith("sha256:") ? v.substring(0, Math.min(v.length(), 19)) + "…" : "'" + v + "'";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
