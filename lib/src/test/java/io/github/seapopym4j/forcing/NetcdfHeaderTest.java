package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetcdfHeaderTest {

  @TempDir Path dir;

  private static String dims(Path file, String variable) {
    try (HdfFile h = new HdfFile(file)) {
      NetcdfHeader header = new NetcdfHeader(h, file);
      return header.dims(h.getDatasetByPath(variable)).stream()
          .map(d -> d.name() + ":" + d.role() + ":" + d.size()).collect(Collectors.joining(" "));
    }
  }

  @Test
  void dimensionListReferencesGiveTheDimensionsOfTheReferenceFiles() {
    assertEquals("T:TIME:400 Y:LAT:3 X:LON:2 Z:LAYER:3", dims(ReferenceFiles.CASE2, "temperature"));
    assertEquals("T:TIME:731 Y:LAT:3 X:LON:4",
        dims(ReferenceFiles.GRID_A_STATE, "forcing_primary_production"));
  }

  @Test
  void dataVariablesExcludeCoordinatesAndLowRanks() {
    try (HdfFile h = new HdfFile(ReferenceFiles.CASE2)) {
      List<String> vars = new NetcdfHeader(h, ReferenceFiles.CASE2).dataVariables();
      assertTrue(vars.contains("temperature") && vars.contains("biomass_explicit"), vars.toString());
      assertTrue(!vars.contains("T") && !vars.contains("fg_name") && !vars.contains("Z"), vars.toString());
    }
  }

  @Test
  void rolesComeFromAxisStandardNameUnitsOrName() {
    Path f = NetcdfFixture.write(dir.resolve("roles.nc"), w -> {
      NetcdfFixture.coordinate(w, "when", 0, new long[] {0, 1}, "standard_name", "time");
      NetcdfFixture.coordinate(w, "nav_y", 1, new double[] {1, 2}, "units", "degrees_north");
      NetcdfFixture.coordinate(w, "q", 2, new double[] {1, 2, 3}, "axis", "X");
      NetcdfFixture.coordinate(w, "depth", 3, new double[] {5}, "units", "m");
      NetcdfFixture.variable(w, "v", new double[1][2][2][3], new int[] {3, 0, 1, 2}, null);
    });
    assertEquals("depth:LAYER:1 when:TIME:2 nav_y:LAT:2 q:LON:3", dims(f, "v"));
  }

  @Test
  void anUnrecognisedDimensionIsNamed() {
    Path f = NetcdfFixture.write(dir.resolve("odd.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, new long[] {0}, new double[] {1}, new double[] {2}, null);
      NetcdfFixture.coordinate(w, "ensemble", 3, new long[] {0, 1});
      NetcdfFixture.variable(w, "v", new double[2][1][1][1], new int[] {3, 0, 1, 2}, null);
    });
    String m = assertThrows(IllegalArgumentException.class, () -> dims(f, "v")).getMessage();
    assertTrue(m.contains("odd.nc") && m.contains("'v'") && m.contains("'ensemble'")
        && m.contains("axis"), m);
  }

  @Test
  void aVariableWithoutDimensionInformationIsRefused() {
    Path f = NetcdfFixture.write(dir.resolve("bare.nc"),
        w -> w.putDataset("v", new double[2][2][2]));
    String m = assertThrows(IllegalArgumentException.class, () -> dims(f, "v")).getMessage();
    assertTrue(m.contains("bare.nc") && m.contains("DIMENSION_LIST") && m.contains("'v'"), m);
  }
}
