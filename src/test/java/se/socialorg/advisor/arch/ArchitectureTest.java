package se.socialorg.advisor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DEVELOPERS.md, checked on the production classes. */
@AnalyzeClasses(
    packages = "se.socialorg.advisor",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Model").definedBy("se.socialorg.advisor.model..")
          .layer("Engine").definedBy("se.socialorg.advisor.engine..")
          .layer("Store").definedBy("se.socialorg.advisor.store..")
          .layer("Present").definedBy("se.socialorg.advisor.present..")
          .layer("Cli").definedBy("se.socialorg.advisor.cli..")
          .layer("Ui").definedBy("se.socialorg.advisor.ui..")
          .layer("I18n").definedBy("se.socialorg.advisor.i18n..")
          .whereLayer("Ui").mayOnlyBeAccessedByLayers("Ui")
          .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
          .whereLayer("Present").mayOnlyBeAccessedByLayers("Ui", "Cli")
          .whereLayer("Store").mayOnlyBeAccessedByLayers("Present", "Ui", "Cli")
          .whereLayer("Engine").mayOnlyBeAccessedByLayers("Store", "Present", "Ui", "Cli")
          .whereLayer("Model")
          .mayOnlyBeAccessedByLayers("Engine", "Store", "Present", "Ui", "Cli")
          .ignoreDependency(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "Main", c -> c.getName().equals("se.socialorg.advisor.Main")),
              com.tngtech.archunit.base.DescribedPredicate.alwaysTrue());

  /** No cycles between the layers and commands. */
  @ArchTest
  static final ArchRule noCyclesBetweenLayers =
      slices().matching("se.socialorg.advisor.(*)..").should().beFreeOfCycles();

  /**
   * No cycles between feature packages of the UI (wizard, library, scenario, charts...). The shell
   * in {@code ui} itself wires them and they use its services, as DEVELOPERS.md describes.
   */
  @ArchTest
  static final ArchRule noCyclesBetweenUiFeatures =
      slices().matching("se.socialorg.advisor.ui.(*)..").should().beFreeOfCycles();

  /** No cycles between the store's parts (database, surveys, scenario files, reports). */
  @ArchTest
  static final ArchRule noCyclesInStore =
      slices().matching("se.socialorg.advisor.store.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule modelAndEngineHaveNoJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage("se.socialorg.advisor.model..", "se.socialorg.advisor.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "java.awt..");

  /** The engine speaks in keys and figures; its wording is the presentation layer's. */
  @ArchTest
  static final ArchRule engineHasNoWording =
      noClasses()
          .that()
          .resideInAPackage("se.socialorg.advisor.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("se.socialorg.advisor.i18n..");

  @ArchTest
  static final ArchRule noJavaFxSceneOutsideUi =
      noClasses()
          .that()
          .resideOutsideOfPackages("se.socialorg.advisor.ui..", "se.socialorg.advisor")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..");

  /**
   * The presentation layer (analysis recipe, wording, report content, CSV, number formats) has
   * no JavaFX at all, not even properties: the CLI and the window both use it.
   */
  @ArchTest
  static final ArchRule presentHasNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("se.socialorg.advisor.present..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "java.sql..")
          .because("presentation is shared by the window and the headless commands");

  /** Only the launcher and the window know JavaFX: the headless commands never do. */
  @ArchTest
  static final ArchRule cliHasNoJavaFx =
      noClasses()
          .that()
          .resideInAPackage("se.socialorg.advisor.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("charts reach the report command through present.report.ChartPictures");

  /**
   * View models hold state and commands as JavaFX properties, but no controls, nodes or
   * windows: views bind to them, and they are tested without a toolkit.
   */
  @ArchTest
  static final ArchRule viewModelsHaveNoControls =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..")
          .allowEmptyShould(true)
          .because("a view model survives a language switch and is tested in plain JUnit");

  @ArchTest
  static final ArchRule noStandardStreams =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("se.socialorg.advisor.Main")
          .and()
          .haveNameNotMatching("se\\.socialorg\\.advisor\\.ui\\.StartupTimer.*")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("output goes to the log, or to the PrintStream a command was given");

  @ArchTest
  static final ArchRule noPrintStackTrace =
      noClasses()
          .should()
          .callMethod(Throwable.class, "printStackTrace")
          .because("stack traces go to the log once, never to the screen or console");

  @ArchTest
  static final ArchRule awtOnlyForImages =
      noClasses()
          .that()
          .resideOutsideOfPackages("se.socialorg.advisor.ui.charts..")
          // the report's pages drawn for the printer (docs/decisions/0023)
          .and().doNotHaveFullyQualifiedName("se.socialorg.advisor.ui.print.PdfPages")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.awt..", "javax.swing..", "javafx.embed.swing..")
          .because("AWT and Swing are only for images: chart export and pages to print");
}
