package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;

/** The figure form's state and validation, without a toolkit. */
class FigureFormViewModelTest {

  private static final I18n EN = I18n.forLanguage("en");
  private static final I18n SV = I18n.forLanguage("sv");

  private static ReferenceFigure shipped() {
    return new ReferenceFigure(7, "EDELMAN_INSTITUTIONS", "Sweden", 2012, "business", 54,
        "percent", new Provenance("Edelman Trust Barometer 2012", "", 2012, "informed publics",
            false, false), true, false, 54, "");
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
      "en|1,500|1500", "en|1500|1500", "en|61.5|61.5", "sv|61,5|61.5", "sv|1 500|1500"})
  void readsTheValueInTheUsersLanguage(String lang, String typed, double expected) {
    FigureFormViewModel m = FigureFormViewModel.override(I18n.forLanguage(lang), shipped());
    m.valueProperty().set(typed);
    assertThat(m.result()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(expected));
  }

  @Test
  void theShippedValueIsOfferedForEditingInTheLanguage() {
    ReferenceFigure f = shipped();
    ReferenceFigure decimal = new ReferenceFigure(f.id(), f.dataset(), f.country(), f.year(),
        f.item(), 2.5, f.unit(), f.source(), true, false, 2.5, "");
    assertThat(FigureFormViewModel.override(EN, decimal).valueProperty().get()).isEqualTo("2.5");
    assertThat(FigureFormViewModel.override(SV, decimal).valueProperty().get()).isEqualTo("2,5");
  }

  @Test
  void aValueThatIsNotANumberBlocksOkWithTheReason() {
    FigureFormViewModel m = FigureFormViewModel.override(EN, shipped());
    m.valueProperty().set("lots");
    assertThat(m.validProperty().get()).isFalse();
    assertThat(m.problemProperty().get()).isEqualTo(EN.t("libui.form.error.value"));
    assertThat(m.result()).isEmpty();
  }

  @Test
  void anOverrideKeepsTheFiguresIdentityAndTakesTheNote() {
    FigureFormViewModel m = FigureFormViewModel.override(EN, shipped());
    m.valueProperty().set("61.5");
    m.noteProperty().set("  Our own poll ");
    assertThat(m.result()).hasValueSatisfying(r -> {
      assertThat(r.dataset()).isEqualTo("EDELMAN_INSTITUTIONS");
      assertThat(r.country()).isEqualTo("Sweden");
      assertThat(r.year()).isEqualTo(2012);
      assertThat(r.note()).isEqualTo("Our own poll");
    });
  }

  @ParameterizedTest(name = "a new figure without {0} is refused")
  @CsvSource(delimiter = '|', value = {
      "country|libui.form.error.country", "year|libui.form.error.year",
      "item|libui.form.error.item", "source|libui.form.error.source"})
  void aNewFigureNeedsEveryField(String missing, String key) {
    FigureFormViewModel m = FigureFormViewModel.newFigure(EN, List.of("EDELMAN_INSTITUTIONS"),
        "EDELMAN_INSTITUTIONS", List.of("Sweden"), "Sweden", 2024);
    m.itemProperty().set("business");
    m.valueProperty().set("57");
    m.sourceTitleProperty().set("Edelman Trust Barometer 2024");
    switch (missing) {
      case "country" -> m.countryProperty().set(" ");
      case "year" -> m.yearProperty().set("1850");
      case "item" -> m.itemProperty().set("");
      default -> m.sourceTitleProperty().set("");
    }
    assertThat(m.validProperty().get()).isFalse();
    assertThat(m.problemProperty().get()).isEqualTo(EN.t(key));
  }

  @Test
  void aCompleteNewFigureIsTheResult() {
    FigureFormViewModel m = FigureFormViewModel.newFigure(EN, List.of("EDELMAN_INSTITUTIONS"),
        "OTHER", List.of("Sweden"), "Sweden", 2024);
    m.itemProperty().set("business");
    m.valueProperty().set("57");
    m.sourceTitleProperty().set("Edelman Trust Barometer 2024");
    assertThat(m.validProperty().get()).isTrue();
    assertThat(m.result()).hasValueSatisfying(r -> {
      assertThat(r.dataset()).isEqualTo("EDELMAN_INSTITUTIONS");
      assertThat(r.year()).isEqualTo(2024);
      assertThat(r.value()).isEqualTo(57);
      assertThat(r.unit()).isEqualTo("percent");
    });
  }
}
