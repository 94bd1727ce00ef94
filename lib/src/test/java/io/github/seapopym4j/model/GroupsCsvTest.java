package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCsvTest {

  private static final String HEADER =
      "name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr";

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class,
        () -> GroupsCsv.read(new StringReader(text), "groups.csv")).getMessage();
  }

  @Test
  void readsTheReferenceFileIgnoringExtraColumns() {
    List<FunctionalGroup> g = GroupsCsv.read(Reference.path("cases/case_functional_groups.csv"));
    assertEquals(4, g.size());
    assertEquals(FunctionalGroup.builder("D2N2").energyTransfert(0.08).layers(2, 2)
        .lambdaTemperature0(0.01).gammaLambdaTemperature(0.12)
        .tr0(20.0).gammaTr(-0.07).build(), g.get(3));
    assertEquals(FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
        .lambdaTemperature0(0.006666666666666667).gammaLambdaTemperature(0.15)
        .tr0(10.38).gammaTr(-0.11).build(),
        g.get(0));
  }

  @Test
  void columnsMayComeInAnyOrderWithQuotesBlankLinesAndABom() {
    String text = "\uFEFFtr_0,gamma_tr,name,day_layer,night_layer,energy_transfert,"
        + "lambda_temperature_0,gamma_lambda_temperature\r\n\r\n10,-0.1,\"A, deep\",3,1.0,0.5,0.01,0.2\r\n";
    assertEquals(List.of(FunctionalGroup.builder("A, deep").energyTransfert(0.5).layers(3, 1)
        .lambdaTemperature0(0.01).gammaLambdaTemperature(0.2).tr0(10).gammaTr(-0.1).build()),
        GroupsCsv.read(new StringReader(text), "groups.csv"));
  }

  @Test
  void writeThenReadGivesTheSameGroups(@TempDir Path dir) throws Exception {
    List<FunctionalGroup> groups = List.of(TestForcings.epipelagic(), TestForcings.migrant(),
        TestForcings.epipelagic().withName("odd \"name\", with comma").withTr0(1.0 / 3));
    Path file = dir.resolve("sub/groups.csv");
    GroupsCsv.write(file, groups);
    assertEquals(HEADER, Files.readAllLines(file).get(0));
    assertEquals(groups, GroupsCsv.read(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void emptyFileIsNamed() {
    assertEquals("groups.csv: expected a header line " + HEADER + ", but the file is empty", error("\n\n"));
  }

  @Test
  void headerOnlyFileHasNoGroups() {
    assertEquals("groups.csv: expected at least one functional group after the header, but found none",
        error(HEADER + "\n"));
  }

  @Test
  void missingColumnIsNamed() {
    assertEquals("groups.csv: line 1 (header): expected a column 'gamma_tr', but found columns "
        + "[name, energy_transfert, day_layer, night_layer, lambda_temperature_0, "
        + "gamma_lambda_temperature, tr_0]", error(HEADER.replace(",gamma_tr", "") + "\nA,0.1,1,1,0.01,0.1,10\n"));
  }

  @Test
  void wrongFieldCountNamesTheLine() {
    assertEquals("groups.csv: line 3: expected 8 fields as in the header, but found 7",
        error(HEADER + "\nA,0.1,1,1,0.01,0.1,10,-0.1\nB,0.1,1,1,0.01,0.1,10\n"));
  }

  @Test
  void nonNumberNamesLineColumnExpectedAndFound() {
    assertEquals("groups.csv: line 2, column 'tr_0': expected a number, but found 'ten'",
        error(HEADER + "\nA,0.1,1,1,0.01,0.1,ten,-0.1\n"));
  }

  @Test
  void nonIntegerLayerIsRejected() {
    assertEquals("groups.csv: line 2, column 'night_layer': expected an integer layer label, but found '1.5'",
        error(HEADER + "\nA,0.1,1,1.5,0.01,0.1,10,-0.1\n"));
  }

  @Test
  void emptyValueIsRejected() {
    assertEquals("groups.csv: line 2, column 'name': expected a non-empty value, but found ''",
        error(HEADER + "\n ,0.1,1,1,0.01,0.1,10,-0.1\n"));
  }

  @Test
  void duplicateNamesAreRejected() {
    assertEquals("groups.csv: line 3, column 'name': expected a unique group name, but found 'A' again "
        + "(first on line 2)", error(HEADER + "\nA,0.1,1,1,0.01,0.1,10,-0.1\nA,0.2,1,1,0.01,0.1,10,-0.1\n"));
  }

  @Test
  void unclosedQuoteIsRejected() {
    assertEquals("groups.csv: line 2: expected a closing double quote, found the end of the file",
        error(HEADER + "\n\"A,0.1,1,1,0.01,0.1,10,-0.1\n"));
  }

  @Test
  void eachInvalidParameterNamesLineGroupUnitRangeAndValue() {
    assertEquals("groups.csv: line 2: functional group 'A': energy_transfert [dimensionless] must be "
        + "[0, 1], but was 1.2", error(HEADER + "\nA,1.2,1,1,0.01,0.1,10,-0.1\n"));
    assertEquals("groups.csv: line 2: functional group 'A': lambda_temperature_0 [1/day] must be > 0, "
        + "but was -0.01", error(HEADER + "\nA,0.1,1,1,-0.01,0.1,10,-0.1\n"));
    assertEquals("groups.csv: line 2: functional group 'A': gamma_lambda_temperature [1/degC] must be "
        + "finite, but was Infinity", error(HEADER + "\nA,0.1,1,1,0.01,Infinity,10,-0.1\n"));
    assertEquals("groups.csv: line 2: functional group 'A': tr_0 [day] must be > 0, but was 0.0",
        error(HEADER + "\nA,0.1,1,1,0.01,0.1,0,-0.1\n"));
    assertEquals("groups.csv: line 2: functional group 'A': gamma_tr [1/degC] must be < 0, but was 0.1",
        error(HEADER + "\nA,0.1,1,1,0.01,0.1,10,0.1\n"));
  }
}
