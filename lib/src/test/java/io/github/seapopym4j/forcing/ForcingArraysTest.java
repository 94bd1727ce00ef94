package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class ForcingArraysTest {

  static ForcingArrays serialiseAndBack(ForcingArrays a) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ForcingArrays) in.readObject();
    }
  }

  @Test
  void floatForcingsComeBackWithTheirTypeAxesAndValuesBitForBit() throws Exception {
    try (ForcingSet f32 = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
            .daily(LocalDate.of(2000, 1, 1), 10).latitude(20.5, 21.5).longitude(150.5)
            .dataType(DataType.FLOAT).build();
        ForcingSet back = serialiseAndBack(ForcingArrays.of(f32)).toForcingSet()) {
      assertEquals(DataType.FLOAT, back.dataType());
      assertArrayEquals(f32.temperature().toDoubleArray(), back.temperature().toDoubleArray());
      assertArrayEquals(f32.primaryProduction().toDoubleArray(),
          back.primaryProduction().toDoubleArray());
      assertEquals(f32.time(), back.time());
      assertArrayEquals(f32.latitude(), back.latitude());
      assertArrayEquals(f32.layers(), back.layers());
      assertEquals(f32.source(), back.source());
    }
  }

  @Test
  void closedForcingsCannotBeCopied() {
    ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(LocalDate.of(2000, 1, 1), 3).latitude(20.5).longitude(150.5).build();
    f.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ForcingArrays.of(f));
    assertTrue(e.getMessage().endsWith("cannot copy closed forcings"), e.getMessage());
  }
}
