package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ObservationSetTest {

  private static final LocalDate D = LocalDate.of(2000, 1, 10);

  private static ObservationSet three() {
    return ObservationSet.builder("obs.csv", "line")
        .add(D, 22.75, -158, 0.5, Period.DAY, null, 2)
        .add(D.plusDays(1), 22.75, -158, 1.5, Period.NIGHT, "", 3)
        .add(D.plusDays(2), 21.5, 151.5, 2.5, Period.NONE, "D1N1", 4)
        .note("read by hand").build();
  }

  @Test
  void columnsHoldWhatWasAdded() {
    ObservationSet s = three();
    assertEquals(3, s.size());
    assertEquals(D.plusDays(1), s.date(1));
    assertEquals(Period.NIGHT, s.period(1));
    assertEquals(Optional.empty(), s.group(1));
    assertEquals(Optional.of("D1N1"), s.group(2));
    assertEquals(151.5, s.longitude(2));
    assertEquals(D, s.firstDate());
    assertEquals(D.plusDays(2), s.lastDate());
    assertEquals("obs.csv line 4 (2000-01-12, 21.5°N, 151.5°E, group D1N1)", s.describe(2));
  }

  @Test
  void valuesReturnsACopy() {
    ObservationSet s = three();
    s.values()[0] = 99;
    assertEquals(0.5, s.value(0));
  }

  @Test
  void filterAndBetweenKeepOrderAndNotes() {
    ObservationSet s = three().between(D.plusDays(1), D.plusDays(5));
    assertEquals(2, s.size());
    assertEquals(3, s.row(0));
    assertEquals(Optional.of("D1N1"), s.group(1));
    assertEquals(1, s.notes().size());
    assertEquals(1, three().filter(i -> i == 0).size());
  }

  @Test
  void tableHasOneRowPerObservation() {
    Table t = three().toTable();
    assertEquals(3, t.rowCount());
    assertEquals("night", t.stringColumn("period").get(1));
    assertEquals(2.5, t.doubleColumn("value").get(2));
  }

  @Test
  void negativeOrNonFiniteBiomassIsRejectedWithItsRow() {
    ObservationSet.Builder b = ObservationSet.builder("obs.csv", "line");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.add(D, 0, 0, -0.1, Period.NONE, null, 7));
    assertTrue(e.getMessage().contains("obs.csv line 7") && e.getMessage().contains("≥ 0")
        && e.getMessage().contains("-0.1"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> b.add(D, 0, 0, Double.NaN, Period.NONE, null, 8));
  }

  @Test
  void positionsOutsideTheGlobeAreRejected() {
    ObservationSet.Builder b = ObservationSet.builder("obs.csv", "line");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.add(D, 95, 0, 1, Period.NONE, null, 3));
    assertTrue(e.getMessage().contains("latitude") && e.getMessage().contains("95"),
        e.getMessage());
  }
}
