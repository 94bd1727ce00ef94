package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluatorFactoryTest {

  @Test
  void aMissingEngineSaysWhichModuleProvidesSpark() {
    // The core module's test classpath has no engine: this is what --engine spark reports there.
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EvaluatorFactory.find("spark"));
    assertTrue(e.getMessage().startsWith("no evaluation engine 'spark' on the classpath (engines "
        + "found: none); the spark engine needs the seapopym4j-spark jar"), e.getMessage());
  }
}
