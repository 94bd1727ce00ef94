package io.github.seapopym4j.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmark module's row of docs/ARCHITECTURE.md: it sits on top of the library and may use any
 * of its public packages, never {@code internal} (not API).
 */
@AnalyzeClasses(packages = "io.github.seapopym4j.bench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {

  @ArchTest
  static final ArchRule benchmarksDoNotUseInternal = noClasses()
      .should().dependOnClassesThat().resideInAPackage("io.github.seapopym4j.internal..")
      .because("internal is not exported: only the library's own packages use it");
}
