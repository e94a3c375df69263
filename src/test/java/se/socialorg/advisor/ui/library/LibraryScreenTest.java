package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.ui.charts.Charts;

/** The data library screen driven as a user: browse, filter, provenance, change, add, export. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryScreenTest extends LibraryTestBase {

  @Start
  void start(Stage primary) {
    startWindow();
  }

  @SuppressWarnings("unchecked")
  private static TableView<ReferenceFigure> table(FxRobot robot) {
    return robot.lookup("#figureTable").queryAs(TableView.class);
  }

  @Test
  void homeLinkOpensTheLibrary(FxRobot robot) {
    robot.clickOn("#openLibraryButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#datasetList").tryQuery()).isPresent();
    assertThat(table(robot).getItems()).isNotEmpty();
  }

  @Test
  void filtersAndSearchNarrowTheTable(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INSTITUTIONS");
    assertThat(table(robot).getItems()).extracting(ReferenceFigure::country)
        .contains("Sweden", "Global");
    choose(robot, "#countryFilter", "Sweden");
    assertThat(table(robot).getItems()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.country()).isEqualTo("Sweden"));
    choose(robot, "#yearFilter", "2012");
    assertThat(table(robot).getItems()).hasSize(4)
        .allSatisfy(f -> assertThat(f.year()).isEqualTo(2012));
    robot.clickOn("#searchField").write("media");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table(robot).getItems()).singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo("media"));
    // Sweden 2012 against Global 2012: two series of four institutions
    XYChart<?, ?> chart = robot.lookup("#libraryChart").queryAs(XYChart.class);
    assertThat(chart.getData()).hasSize(2);
    assertThat(Charts.dataCount(chart)).isEqualTo(8);
  }

  @Test
  void trustIndexHighlightsTheScenarioCountry(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_TRUST_INDEX");
    XYChart<?, ?> chart = robot.lookup("#libraryChart").queryAs(XYChart.class);
    long highlighted = chart.getData().stream().flatMap(s -> s.getData().stream())
        .filter(d -> d.getNode().getStyleClass().contains(Charts.HIGHLIGHTED)).count();
    assertThat(highlighted).isEqualTo(1);
  }

  @Test
  void industriesChartShowsOneEditionWithEveryIndustryLabelled(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INDUSTRIES");
    XYChart<?, ?> chart = robot.lookup("#libraryChart").queryAs(XYChart.class);
    assertThat(chart.getData()).hasSize(1);
    javafx.scene.chart.CategoryAxis axis = (javafx.scene.chart.CategoryAxis) chart.getYAxis();
    assertThat(axis.getCategories()).hasSizeGreaterThan(5);
    assertThat(axis.getTickMarks())
        .extracting(t -> String.valueOf(t.getValue()))
        .containsExactlyInAnyOrderElementsOf(axis.getCategories());
    assertThat(axis.getTickMarks()).allMatch(javafx.scene.chart.Axis.TickMark::isTextVisible);
  }

  @Test
  void clickingABarOrARowShowsTheProvenance(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INSTITUTIONS");
    robot.clickOn("#libraryChart-s0-d0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#provSource")).contains("Edelman");
    assertThat(text(robot, "#provYear")).matches("\\d{4}");
    openDataset(robot, "ADVOCACY_BENCHMARKS");
    robot.clickOn("#searchField").write("stall");
    WaitForAsyncUtils.waitForFxEvents();
    ReferenceFigure only = table(robot).getItems().get(0);
    clickRow(robot, "#figureTable", 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#provSource")).isEqualTo(only.source().sourceTitle());
    assertThat(text(robot, "#provVendorClaim")).isEqualTo("yes");
    // A published figure can be overridden, never deleted (the rule:
    // LibraryViewModelTest.aShippedFigureCannotBeDeleted).
    assertThat(table(robot).getSelectionModel().getSelectedItem().shipped()).isTrue();
    assertThat(robot.lookup("#overrideButton").queryButton().isDisabled()).isFalse();
    assertThat(robot.lookup("#deleteFigureButton").queryButton().isDisabled()).isTrue();
  }

  @Test
  void overrideShowsBothValuesAndResetRestoresThePublishedOne(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INSTITUTIONS");
    choose(robot, "#countryFilter", "Sweden");
    choose(robot, "#yearFilter", "2012");
    robot.clickOn("#searchField").write("business");
    WaitForAsyncUtils.waitForFxEvents();
    clickRow(robot, "#figureTable", 0);
    ReferenceFigure before = table(robot).getItems().get(0);
    robot.clickOn("#overrideButton");
    robot.doubleClickOn("#figureValue").eraseText(6).write("61.5");
    robot.clickOn("#figureNote").write("Our own poll");
    robot.clickOn("#figureOkButton");
    WaitForAsyncUtils.waitForFxEvents();
    ReferenceFigure after = table(robot).getItems().get(0);
    assertThat(after.overridden()).isTrue();
    assertThat(after.value()).isEqualTo(61.5);
    assertThat(after.shippedValue()).isEqualTo(before.value());
    assertThat(text(robot, "#provStatus")).contains("61.5").contains("54");
    assertThat(robot.lookup("#figureTable .overridden-row").tryQuery()).isPresent();

    robot.clickOn("#resetOverrideButton");
    WaitForAsyncUtils.waitForFxEvents();
    ReferenceFigure reset = services.library().figures().find(before.id()).orElseThrow();
    assertThat(reset.overridden()).isFalse();
    assertThat(reset.value()).isEqualTo(before.value());
    assertThat(table(robot).getItems().get(0).overridden()).isFalse();
  }

  @Test
  void badValueKeepsTheFormOpen(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INSTITUTIONS");
    clickRow(robot, "#figureTable", 0);
    robot.clickOn("#overrideButton");
    robot.doubleClickOn("#figureValue").eraseText(6).write("lots");
    robot.clickOn("#figureOkButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#figureFormError")).contains("number");
    robot.clickOn("#figureCancelButton");
    assertThat(services.library().figures().list(FigureFilter.all()))
        .noneMatch(ReferenceFigure::overridden);
  }

  @Test
  void addOwnFigure(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_INSTITUTIONS");
    robot.clickOn("#addFigureButton");
    robot.doubleClickOn("#figureYear").eraseText(6).write("2024");
    robot.clickOn("#figureItem").write("business");
    robot.clickOn("#figureValue").write("57");
    robot.clickOn("#figureSourceTitle").write("Edelman Trust Barometer 2024");
    robot.clickOn("#figurePopulation").write("general population");
    robot.clickOn("#figureOkButton");
    WaitForAsyncUtils.waitForFxEvents();
    List<ReferenceFigure> mine = services.library().figures().list(FigureFilter.all()).stream()
        .filter(ReferenceFigure::userFigure).toList();
    assertThat(mine).singleElement().satisfies(f -> {
      assertThat(f.country()).isEqualTo("Sweden");
      assertThat(f.year()).isEqualTo(2024);
      assertThat(f.value()).isEqualTo(57);
      assertThat(f.dataset()).isEqualTo("EDELMAN_INSTITUTIONS");
    });
    assertThat(table(robot).getSelectionModel().getSelectedItem().id())
        .isEqualTo(mine.get(0).id());
    assertThat(text(robot, "#provSource")).isEqualTo("Edelman Trust Barometer 2024");
    clickEntry(robot, "#own_ADDED");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table(robot).getItems()).hasSize(1);
  }

  /**
   * Adds a figure of the user's own to the library (as the Add figure form would), then opens it
   * in the screen's list of added figures and selects it. Returns its id.
   */
  private long selectOwnFigure(FxRobot robot, double value) {
    long id = services.library().figures().addUserFigure("EDELMAN_INSTITUTIONS", "Sweden", 2024,
        "business", value, "percent",
        new Provenance("Our staff poll 2024", "", 2024, "employees", false, false), "first poll");
    openLibrary(robot);
    clickEntry(robot, "#own_ADDED");
    WaitForAsyncUtils.waitForFxEvents();
    clickRow(robot, "#figureTable", 0);
    return id;
  }

  @Test
  void ownFigureValueAndNoteCanBeChanged(FxRobot robot) {
    long id = selectOwnFigure(robot, 57);
    assertThat(robot.lookup("#resetOverrideButton").queryButton().isDisabled()).isTrue();

    robot.clickOn("#overrideButton");
    assertThat(text(robot, "#figureFormWhat")).contains("Our staff poll 2024");
    // In English a comma groups thousands, as in the wizard: "1,500" is fifteen hundred
    // (every reading, decimals too: FigureFormViewModelTest.readsTheValueInTheUsersLanguage).
    robot.doubleClickOn("#figureValue").eraseText(6).write("1,500");
    robot.doubleClickOn("#figureNote").eraseText(20).write("second poll");
    robot.clickOn("#figureOkButton");
    WaitForAsyncUtils.waitForFxEvents();

    ReferenceFigure changed = services.library().figures().find(id).orElseThrow();
    assertThat(changed.value()).isEqualTo(1500.0);
    assertThat(changed.note()).isEqualTo("second poll");
    assertThat(changed.userFigure()).isTrue();
    assertThat(table(robot).getItems()).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(1500.0));
    assertThat(text(robot, "#provStatus")).contains("second poll");
  }

  @Test
  void ownFigureIsDeletedOnlyAfterTheUserAgrees(FxRobot robot) {
    long id = selectOwnFigure(robot, 57);

    dialogs.confirmAnswer = false;
    robot.clickOn("#deleteFigureButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("confirm")).hasValueSatisfying(
        c -> assertThat(c.message()).contains("Sweden").contains("2024").contains("57"));
    assertThat(services.library().figures().find(id)).isPresent();
    assertThat(table(robot).getItems()).hasSize(1);

    dialogs.confirmAnswer = true;
    robot.clickOn("#deleteFigureButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(services.library().figures().find(id)).isEmpty();
    assertThat(table(robot).getItems()).isEmpty();
    assertThat(robot.lookup("#deleteFigureButton").queryButton().isDisabled()).isTrue();
  }

  @Test
  void importFiguresStoresAGoodFileAndRefusesABadOneNamingRowAndColumn(FxRobot robot)
      throws Exception {
    String header = "dataset,country,year,item,value,unit,population,question,scale,evidence,"
        + "source_title,source_url\n";
    // Edelman 2024 global report p. 51: trust in companies headquartered in Canada.
    String canada = "EDELMAN_INSTITUTIONS,Canada,2024,companies_headquartered_here,64,percent,"
        + "general population outside the country,trust to do what is right,"
        + "\"9-point scale, share answering 6-9\",primary,Edelman Trust Barometer 2024 Global Report,"
        + "https://edelman.relayto.com/e/2024-edelman-trust-barometer-global-report-7l7799ws2oxsx/2iO5y0Js51\n";
    Path bad = Files.writeString(dir.resolve("bad.csv"), header + canada.replace(",64,", ",140,"));
    Path good = Files.writeString(dir.resolve("good.csv"), header + canada);
    openLibrary(robot);

    dialogs.openAnswers.add(bad);
    robot.clickOn("#importFiguresButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("error")).hasValueSatisfying(
        d -> assertThat(d.message()).contains("bad.csv:2:value: The percentage 140 is outside 0 to 100."));

    dialogs.openAnswers.add(good);
    robot.clickOn("#importFiguresButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("info")).hasValueSatisfying(
        d -> assertThat(d.message()).isEqualTo("1 figures added; 0 were already in the library."));
    assertThat(services.library().figures().list(
        new se.socialorg.advisor.store.db.FigureFilter("EDELMAN_INSTITUTIONS", "Canada", 2024,
            null))).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(64));
  }

  @Test
  void csvExportNeutralisesFormulas(FxRobot robot) throws Exception {
    services.library().figures().addUserFigure("EDELMAN_INSTITUTIONS", "Sweden", 2024, "=1+2",
        40, "percent", new Provenance("@evil", "", 2024, "-all", false, false), "+cmd");
    openLibrary(robot);
    clickEntry(robot, "#own_ADDED");
    WaitForAsyncUtils.waitForFxEvents();
    Path out = dir.resolve("export.csv");
    dialogs.saveAnswers.add(out);
    robot.clickOn("#exportCsvButton");
    WaitForAsyncUtils.waitForFxEvents();
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv).contains("'=1+2").contains("'@evil").contains("'-all").contains("'+cmd")
        .doesNotContain(",=1+2");
    assertThat(csv.lines().count()).isEqualTo(2);
  }

  @Test
  void helpDataSourcesListsEdelman(FxRobot robot) {
    robot.clickOn("Help").clickOn("Data sources…");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> sources = robot.lookup("#dataSourcesTable").queryAs(TableView.class);
    assertThat(sources.getItems()).anySatisfy(r ->
        assertThat(((LibraryData.SourceRow) r).title()).contains("Edelman"));
    assertThat(sources.getItems()).anySatisfy(r ->
        assertThat(((LibraryData.SourceRow) r).title()).contains("Sveriges Annonsörer"));
    robot.clickOn("#closeDataSourcesButton");
  }

  @Test
  void swedishScreenKeepsTheChosenDataset(FxRobot robot) {
    openLibrary(robot);
    openDataset(robot, "EDELMAN_SPOKESPEOPLE");
    robot.clickOn("View").clickOn("Language").clickOn("Svenska");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#importSurveyButton").queryButton().getText())
        .isEqualTo("Importera enkät…");
    assertThat(table(robot).getItems()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.dataset()).isEqualTo("EDELMAN_SPOKESPEOPLE"));
    robot.type(KeyCode.ESCAPE);
  }
}
