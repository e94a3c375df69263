package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.LibraryCsv;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Library;
import se.socialorg.advisor.ui.RecordingDialogs;

/** The data library's commands on a real library file, without a toolkit. */
class LibraryViewModelTest {

  @TempDir Path dir;

  private final AppExecutor executor = AppExecutor.sameThread();
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final I18n en = I18n.forLanguage("en");
  private Library library;
  private LibraryData data;
  private LibraryViewModel vm;

  @BeforeEach
  void open() {
    library = Library.openLater(dir.resolve("library.db"), executor);
    data = new LibraryData(library);
    vm = new LibraryViewModel(data, executor, () -> dialogs, () -> en);
  }

  @AfterEach
  void close() {
    library.close();
  }

  private ReferenceFigure firstShipped() {
    return data.figures(FigureFilter.all()).stream().filter(ReferenceFigure::shipped)
        .findFirst().orElseThrow();
  }

  private ReferenceFigure find(long id) {
    return data.figures(FigureFilter.all()).stream().filter(f -> f.id() == id).findFirst()
        .orElseThrow();
  }

  private static FigureFormViewModel.Result value(ReferenceFigure f, double v, String note) {
    return new FigureFormViewModel.Result(f.dataset(), f.country(), f.year(), f.item(), v,
        f.unit(), "", "", "", note);
  }

  @Test
  void aValueForAShippedFigureOverridesItAndKeepsThePublishedOne() {
    ReferenceFigure f = firstShipped();
    AtomicLong changed = new AtomicLong(-1);
    vm.saveValue(f, value(f, 61.5, "Our own poll"), changed::set);
    ReferenceFigure after = find(f.id());
    assertThat(changed.get()).isEqualTo(f.id());
    assertThat(after.overridden()).isTrue();
    assertThat(after.value()).isEqualTo(61.5);
    assertThat(after.shippedValue()).isEqualTo(f.value());
  }

  @Test
  void resetAsksAndThenPutsThePublishedValueBack() {
    ReferenceFigure f = firstShipped();
    vm.saveValue(f, value(f, 61.5, ""), id -> { });
    vm.resetOverride(find(f.id()), id -> { });
    assertThat(dialogs.last("confirm")).isPresent();
    assertThat(find(f.id()).overridden()).isFalse();
    assertThat(find(f.id()).value()).isEqualTo(f.value());
  }

  @Test
  void resetRefusedChangesNothing() {
    ReferenceFigure f = firstShipped();
    vm.saveValue(f, value(f, 61.5, ""), id -> { });
    dialogs.confirmAnswer = false;
    vm.resetOverride(find(f.id()), id -> { });
    assertThat(find(f.id()).overridden()).isTrue();
  }

  @Test
  void aShippedFigureCannotBeDeleted() {
    ReferenceFigure f = firstShipped();
    vm.deleteFigure(f, id -> { });
    assertThat(dialogs.shown).isEmpty();
    assertThat(find(f.id())).isNotNull();
  }

  @Test
  void anOwnFigureIsAddedAndCanBeDeleted() {
    AtomicLong added = new AtomicLong(-1);
    vm.addFigure(new FigureFormViewModel.Result("EDELMAN_INSTITUTIONS", "Sweden", 2024,
        "business", 57, "percent", "Our staff poll 2024", "", "staff", ""), added::set);
    ReferenceFigure mine = find(added.get());
    assertThat(mine.userFigure()).isTrue();
    vm.deleteFigure(mine, id -> { });
    assertThat(data.figures(FigureFilter.all())).noneMatch(f -> f.id() == added.get());
  }

  @Test
  void theExportGetsACsvEndingAndSaysHowManyRows() throws Exception {
    dialogs.saveAnswers.add(dir.resolve("figures"));
    LibraryCsv.Table table = new LibraryCsv(en).figures(List.of(firstShipped()));
    vm.exportCsv(table, "Trust");
    Path written = dir.resolve("figures.csv");
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("Dataset");
    assertThat(dialogs.last("info")).hasValueSatisfying(s ->
        assertThat(s.message()).contains(written.toString()));
  }
}
