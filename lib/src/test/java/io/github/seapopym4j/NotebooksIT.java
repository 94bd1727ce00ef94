package io.github.seapopym4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebook scenario tests: every {@code notebooks/NN-*.ipynb} runs headless, without an error,
 * and shows at least one image.
 *
 * <p>The logic lives in one place, {@code notebooks/run}; this test calls it per notebook with
 * {@code --no-build} ({@link NotebookRunner}), because failsafe runs it in {@code verify}, after
 * {@code package} has built the shaded notebook jar and copied the kernel jar. Skip with {@code
 * -DskipNotebooks}. The examples module runs its own notebook the same way.
 */
class NotebooksIT {

  static Stream<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NotebookRunner.root().resolve("notebooks"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.matches("\\d\\d-.+\\.ipynb"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void notebookRunsHeadlessWithoutErrorAndShowsAnImage(String notebook) throws Exception {
    NotebookRunner.assertRunsAndShowsAnImage(notebook);
  }
}
