package io.github.seapopym4j.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Spark module's row of docs/ARCHITECTURE.md: it uses the library's public packages up to
 * calibration and sweep, never {@code internal} (not API), nor the harness, charts or command line
 * above them.
 */
@AnalyzeClasses(packages = "io.github.seapopym4j.spark",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SparkArchitectureTest {

  @ArchTest
  static final ArchRule sparkDoesNotUseInternalOrTheLayersAboveCalibration = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("io.github.seapopym4j.internal..",
          "io.github.seapopym4j.benchmark..", "io.github.seapopym4j.plot..",
          "io.github.seapopym4j.cli..")
      .because("internal is not exported, and spark sits beside benchmark, below plot and cli");
}
