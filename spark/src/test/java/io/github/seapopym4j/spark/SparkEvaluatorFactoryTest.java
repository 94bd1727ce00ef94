package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.seapopym4j.calibration.EvaluatorFactory;
import org.junit.jupiter.api.Test;

class SparkEvaluatorFactoryTest {

  @Test
  void theSparkEngineIsFoundThroughServiceLoader() {
    // What `seapopym calibrate --engine spark` relies on: the registration in META-INF/services.
    assertInstanceOf(SparkEvaluatorFactory.class, EvaluatorFactory.find("spark"));
  }
}
