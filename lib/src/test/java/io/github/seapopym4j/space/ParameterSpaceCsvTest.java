package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.FunctionalGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSpaceCsvTest {

  @TempDir
  Path dir;

  /** A valid file for group D1N1: E and λ0 free, the rest fixed; {@code edits} replace rows. */
  private Path file(String... edits) throws IOException {
    List<String> rows = new ArrayList<>(List.of(
        "D1N1,energy_transfert,,0,0.5",
        "D1N1,day_layer,0,,",
        "D1N1,night_layer,0,,",
        "D1N1,lambda_temperature_0,,0.001,0.1",
        "D1N1,gamma_lambda_temperature,0.15,,",
        "D1N1,tr_0,10.38,,",
        "D1N1,gamma_tr,-0.11,,"));
    for (String e : edits) {
      String param = e.split(",", -1)[1];
      int i = 0;
      while (i < rows.size() && !rows.get(i).split(",", -1)[1].equals(param)) {
        i++;
      }
      if (i < rows.size()) {
        rows.set(i, e);
      } else {
        rows.add(e);
      }
    }
    Path f = dir.resolve("space.csv");
    Files.writeString(f, ParameterSpaceCsv.HEADER + "\n" + String.join("\n", rows) + "\n");
    return f;
  }

  private String error(Path f) {
    return assertThrows(IllegalArgumentException.class, () -> ParameterSpaceCsv.read(f))
        .getMessage();
  }

  @Test
  void readsFixedAndFreeRows() throws IOException {
    ParameterSpace s = ParameterSpaceCsv.read(file());
    assertEquals(List.of("D1N1.energy_transfert", "D1N1.lambda_temperature_0"), s.names());
    assertEquals(FunctionalGroup.builder("D1N1").energyTransfert(0.2).layers(0, 0)
        .lambdaTemperature0(0.05).gammaLambdaTemperature(0.15).tr0(10.38).gammaTr(-0.11).build(),
        s.decode(new double[] {0.2, 0.05}).get(0));
  }

  @Test
  void writeThenReadGivesTheSameSpace() throws IOException {
    ParameterSpace s = ParameterSpaceCsv.read(file());
    Path out = dir.resolve("copy.csv");
    ParameterSpaceCsv.write(s, out);
    ParameterSpace back = ParameterSpaceCsv.read(out);
    assertEquals(s.domain(), back.domain());
    assertEquals(s.decode(new double[] {0.2, 0.05}), back.decode(new double[] {0.2, 0.05}));
  }

  @Test
  void wrongHeaderIsRejected() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "group,param,value,min,max\n");
    String m = error(f);
    assertTrue(m.startsWith(f + " line 1: expected header 'group,parameter,value,min,max', found "
        + "'group,param,value,min,max'"), m);
  }

  @Test
  void missingParameterIsNamed() throws IOException {
    Path f = file();
    List<String> lines = new ArrayList<>(Files.readAllLines(f));
    lines.remove(6); // tr_0
    Files.write(f, lines);
    assertEquals(f + ": group 'D1N1' has no row for [tr_0]; expected one row per parameter "
        + GroupParameter.csvNames(), error(f));
  }

  @Test
  void bothValueAndBoundsAreRejected() throws IOException {
    Path f = file("D1N1,tr_0,10,1,100");
    assertEquals(f + " line 7, column 'min': expected either a value (fixed) or min and max (free), "
        + "not both, found value=10, min=1, max=100", error(f));
  }

  @Test
  void neitherValueNorBoundsIsRejected() throws IOException {
    Path f = file("D1N1,tr_0,,,");
    assertEquals(f + " line 7, column 'value': expected either a value (fixed) or min and max "
        + "(free), found value=, min=, max=", error(f));
  }

  @Test
  void aSingleBoundIsRejected() throws IOException {
    Path f = file("D1N1,tr_0,,1,");
    assertEquals(f + " line 7, column 'max': expected either a value (fixed) or min and max (free), "
        + "found value=, min=1, max=", error(f));
  }

  @Test
  void minNotBelowMaxIsRejected() throws IOException {
    Path f = file("D1N1,tr_0,,50,5");
    assertEquals(f + " line 7, column 'max': expected a value greater than min (50), found 5",
        error(f));
  }

  @Test
  void fixedValueOutsideTheModelRangeIsRejected() throws IOException {
    Path f = file("D1N1,energy_transfert,1.5,,");
    assertEquals(f + " line 2, column 'value': expected energy_transfert [dimensionless] in [0, 1], "
        + "found 1.5", error(f));
  }

  @Test
  void boundOutsideTheModelRangeIsRejected() throws IOException {
    Path f = file("D1N1,gamma_tr,,-0.2,0.1");
    assertEquals(f + " line 8, column 'max': expected gamma_tr [1/degC] < 0, found 0.1", error(f));
  }

  @Test
  void freeLayerIsRejected() throws IOException {
    Path f = file("D1N1,day_layer,,0,2");
    assertEquals(f + " line 3, column 'value': expected day_layer fixed (layers are integer labels: "
        + "a value and no bounds), found value=, min=0, max=2", error(f));
  }

  @Test
  void nonIntegerLayerIsRejected() throws IOException {
    Path f = file("D1N1,night_layer,0.5,,");
    assertEquals(f + " line 4, column 'value': expected night_layer [layer label] an integer, "
        + "found 0.5", error(f));
  }

  @Test
  void unknownParameterIsRejected() throws IOException {
    Path f = file("D1N1,tr0,10,,");
    assertEquals(f + " line 9, column 'parameter': expected one of " + GroupParameter.csvNames()
        + ", found 'tr0'", error(f));
  }

  @Test
  void unknownGroupIsRejectedWhenGroupsAreKnown() throws IOException {
    Path f = file();
    var e = assertThrows(IllegalArgumentException.class,
        () -> ParameterSpaceCsv.read(f, Set.of("D2N1")));
    assertEquals(f + " line 2, column 'group': expected one of [D2N1], found 'D1N1'",
        e.getMessage());
  }

  @Test
  void duplicateRowIsRejected() throws IOException {
    Path f = file();
    Files.writeString(f, Files.readString(f) + "D1N1,tr_0,12,,\n");
    assertEquals(f + " line 9, column 'parameter': expected one row per parameter of group 'D1N1', "
        + "found a second row for tr_0", error(f));
  }

  @Test
  void nonNumberIsRejected() throws IOException {
    Path f = file("D1N1,tr_0,ten,,");
    assertEquals(f + " line 7, column 'value': expected a finite number, found 'ten'", error(f));
  }

  @Test
  void wrongColumnCountIsRejected() throws IOException {
    Path f = file("D1N1,tr_0,10");
    assertEquals(f + " line 7: expected 5 columns (group,parameter,value,min,max), found 3",
        error(f));
  }

  @Test
  void allFixedIsRejected() throws IOException {
    Path f = file("D1N1,energy_transfert,0.2,,", "D1N1,lambda_temperature_0,0.01,,");
    assertEquals(f + ": expected at least one free parameter (a row with min and max), found only "
        + "fixed values", error(f));
  }
}
