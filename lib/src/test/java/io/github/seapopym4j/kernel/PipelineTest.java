package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void runsStepsInOrderAndReportsEach() {
    Pipeline<List<String>> p = Pipeline.<List<String>>named("demo")
        .step("a", s -> s.add("a")).step("b", s -> s.add("b")).build();
    List<String> state = new ArrayList<>();
    List<String> timed = new ArrayList<>();
    p.run(state, (pipeline, step, nanos) -> timed.add(pipeline + "/" + step));
    assertEquals(List.of("a", "b"), state);
    assertEquals(List.of("demo/a", "demo/b"), timed);
    assertEquals(List.of("a", "b"), p.stepNames());
    assertEquals("demo: a → b", p.toString());
  }

  @Test
  void duplicateStepNamesAreRejected() {
    Pipeline.Builder<Object> b = Pipeline.named("demo").step("a", s -> { });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.step("a", s -> { }));
    assertEquals("pipeline 'demo' already has a step named 'a'", e.getMessage());
  }

  @Test
  void emptyPipelineIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pipeline.named("empty").build());
    assertEquals("pipeline 'empty' has no steps", e.getMessage());
  }
}
