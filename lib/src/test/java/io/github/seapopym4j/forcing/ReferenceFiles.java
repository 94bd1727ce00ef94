package io.github.seapopym4j.forcing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the SeapoPym v0.1 reference files copied into the test resources, and small file helpers. */
final class ReferenceFiles {

  static final Path GRID_A_TEMPERATURE = resource("reference/grid-A/forcing_temperature.csv.gz");
  static final Path GRID_A_PRODUCTION = resource("reference/grid-A/forcing_primary_production.csv.gz");
  static final Path GRID_A_STATE = resource("reference/grid-A/state.nc");
  static final Path CASE2 = resource("reference/cases/case2_2d_land_shallow.nc");

  private ReferenceFiles() {}

  static Path resource(String name) {
    URL url = ReferenceFiles.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("test resource " + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code lines} (joined by LF, with a final LF) to {@code dir/name}. */
  static Path write(Path dir, String name, String... lines) {
    Path p = dir.resolve(name);
    try {
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
