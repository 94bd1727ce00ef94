package io.github.seapopym4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The package layering of docs/ARCHITECTURE.md, checked on the library's compiled classes (tests
 * excluded): no cycles between the top-level packages, each package uses only the packages its row
 * of the table allows, every package has a row, and no public signature outside {@code internal}
 * hands out an {@code internal} type. A new package or a new dependency upwards fails here; add the
 * package (or change the table) in both places.
 */
@AnalyzeClasses(packages = "io.github.seapopym4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.seapopym4j.";

  @ArchTest
  static final ArchRule topLevelPackagesHaveNoCycles = slices()
      .matching(ROOT + "(*)..")
      .namingSlices("$1")
      .should().beFreeOfCycles()
      .because("each package sits on one layer of docs/ARCHITECTURE.md");

  /**
   * Bottom to top: internal, profile (instrumentation), netcdf (the file format), forcing, kernel,
   * model, fitness, space; calibration and sweep side by side; sensitivity beside calibration, on
   * sweep; benchmark (the harness), plot, cli. A layer may use any layer below it, never one above
   * or beside it.
   */
  @ArchTest
  static final ArchRule packagesFollowTheLayering = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("internal").definedBy(ROOT + "internal..")
      .layer("profile").definedBy(ROOT + "profile..")
      .layer("netcdf").definedBy(ROOT + "netcdf..")
      .layer("forcing").definedBy(ROOT + "forcing..")
      .layer("kernel").definedBy(ROOT + "kernel..")
      .layer("model").definedBy(ROOT + "model..")
      .layer("fitness").definedBy(ROOT + "fitness..")
      .layer("space").definedBy(ROOT + "space..")
      .layer("calibration").definedBy(ROOT + "calibration..")
      .layer("sweep").definedBy(ROOT + "sweep..")
      .layer("sensitivity").definedBy(ROOT + "sensitivity..")
      .layer("benchmark").definedBy(ROOT + "benchmark..")
      .layer("plot").definedBy(ROOT + "plot..")
      .layer("cli").definedBy(ROOT + "cli..")
      .whereLayer("internal").mayNotAccessAnyLayer()
      .whereLayer("profile").mayOnlyAccessLayers("internal")
      .whereLayer("netcdf").mayOnlyAccessLayers("internal")
      .whereLayer("forcing").mayOnlyAccessLayers("internal", "profile", "netcdf")
      .whereLayer("kernel").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing")
      .whereLayer("model").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing", "kernel")
      .whereLayer("fitness").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model")
      .whereLayer("space").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness")
      .whereLayer("calibration").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness", "space")
      .whereLayer("sweep").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness", "space")
      .whereLayer("sensitivity").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness", "space", "sweep")
      .whereLayer("benchmark").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness", "space", "calibration", "sweep", "sensitivity")
      .whereLayer("plot").mayOnlyAccessLayers("internal", "profile", "netcdf", "forcing",
          "kernel", "model", "fitness", "space", "calibration", "sweep", "sensitivity",
          "benchmark")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .ensureAllClassesAreContainedInArchitecture()
      .because("docs/ARCHITECTURE.md: a package uses only the packages below it");

  @ArchTest
  static final ArchRule publicSignaturesDoNotExposeInternal = codeUnits()
      .that().arePublic()
      .and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage(ROOT + "internal..")
      .should(notUseInternalTypes())
      .because("internal is not API: code outside the library must never need its types");

  private static ArchCondition<JavaCodeUnit> notUseInternalTypes() {
    return new ArchCondition<>("take and return no type of package internal") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
          if (base.getPackageName().startsWith(ROOT + "internal")) {
            events.add(SimpleConditionEvent.violated(unit,
                unit.getFullName() + " exposes " + base.getName()));
          }
        }
      }
    };
  }
}
