package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyUsage;

/** The survey screens' view models, in plain JUnit (no toolkit). */
class SurveyViewModelsTest {

  @TempDir Path dir;

  @Test
  void unknownWordsAreListedAndTheStepCompletesWhenEachHasAMeaning() {
    AnswerWordsViewModel m = new AnswerWordsViewModel();
    m.showUnknown(Map.of(SurveyField.ACTIVE, Map.of("Ibland", 3)));
    assertThat(m.wordsProperty().get())
        .containsExactly(new AnswerWordsViewModel.Word(SurveyField.ACTIVE, "Ibland", 3));
    assertThat(m.completeProperty().get()).isFalse();
    m.mean(m.wordsProperty().get().get(0), "monthly");
    assertThat(m.completeProperty().get()).isTrue();
    assertThat(m.mapping().isEmpty()).isFalse();
  }

  @Test
  void aMeaningTheFieldCannotTakeIsNotKept() {
    AnswerWordsViewModel m = new AnswerWordsViewModel();
    m.showUnknown(Map.of(SurveyField.WILLINGNESS, Map.of("Absolut", 2)));
    AnswerWordsViewModel.Word w = m.wordsProperty().get().get(0);
    m.mean(w, "weekly");
    assertThat(m.meaningOf(w)).isNull();
    assertThat(m.completeProperty().get()).isFalse();
  }

  @Test
  void renamingNeedsANewNonBlankName() {
    SurveyManagerViewModel m = new SurveyManagerViewModel();
    m.show(new SurveyInfo(7, "HR 2026", "hr.csv", "2026-11-30T10:00:00Z", 40));
    assertThat(m.canRename()).isFalse();
    m.typeName("   ");
    assertThat(m.problemKeyProperty().get()).isEqualTo("libui.survey.rename.empty");
    assertThat(m.canRename()).isFalse();
    m.typeName("Medarbetarenkät 2026 ");
    assertThat(m.canRename()).isTrue();
    assertThat(m.newName()).isEqualTo("Medarbetarenkät 2026");
    m.renamed();
    assertThat(m.surveyProperty().get().name()).isEqualTo("Medarbetarenkät 2026");
    assertThat(m.canRename()).isFalse();
  }

  @Test
  void theUsageLineNamesTheScenariosTheAutosaveAndWhereItLooked() {
    SurveyManagerViewModel m = new SurveyManagerViewModel();
    m.show(new SurveyInfo(7, "HR 2026", "hr.csv", "2026-11-30T10:00:00Z", 40, "ab12"));
    I18n en = new I18n(I18n.ENGLISH);
    assertThat(m.usageText(en)).isEmpty();
    m.showUsage(7, new SurveyUsage.Result(List.of(Path.of("/cases/board.soa.json")), true,
        List.of(Path.of("/cases"), Path.of("/home/anna")), 12, 1));
    assertThat(m.usedByProperty().get()).containsExactly(Path.of("/cases/board.soa.json"));
    assertThat(m.usageText(en)).isEqualTo("Used by: board.soa.json, the unsaved working copy"
        + " (Looked in 12 scenario file(s): the recent files and 2 folder(s), and 1 autosaved"
        + " copy(ies).)");
    assertThat(m.searchedFolders(en)).endsWith(Path.of("/cases") + "\n" + Path.of("/home/anna"));
    assertThat(m.usageText(new I18n(I18n.SWEDISH))).startsWith("Används av: board.soa.json,"
        + " den osparade arbetskopian (Sökte i 12 scenariofiler");
  }

  @Test
  void aSearchForAnotherSurveyIsNotShown() {
    SurveyManagerViewModel m = new SurveyManagerViewModel();
    m.show(new SurveyInfo(7, "HR 2026", "hr.csv", "2026-11-30T10:00:00Z", 40, "ab12"));
    m.showUsage(8, new SurveyUsage.Result(List.of(Path.of("/a.soa.json")), false, List.of(), 1, 0));
    assertThat(m.usageProperty().get()).isNull();
    assertThat(m.usedByProperty().get()).isEmpty();
  }

  @Test
  void aRenameKeepsTheSurveysOwnId() {
    SurveyManagerViewModel m = new SurveyManagerViewModel();
    m.show(new SurveyInfo(7, "HR 2026", "hr.csv", "2026-11-30T10:00:00Z", 40, "ab12"));
    m.typeName("Medarbetarenkät 2026");
    m.renamed();
    assertThat(m.surveyProperty().get().uid()).isEqualTo("ab12");
  }

  @Test
  void theQuestionnaireFollowsItsOwnLanguageAndSavesEachKind() throws Exception {
    QuestionnaireViewModel m = new QuestionnaireViewModel("en");
    assertThat(m.formsTextProperty().get()).contains("How often do you post something about work?");
    m.chooseLanguage("sv");
    assertThat(m.formsTextProperty().get()).contains("Hur ofta publicerar du något om jobbet?")
        .contains("Instämmer helt");
    assertThat(m.suggestedName(QuestionnaireViewModel.Kind.XLSX))
        .isEqualTo("Medarbetarenkät sociala medier.xlsx");
    for (QuestionnaireViewModel.Kind k : QuestionnaireViewModel.Kind.values()) {
      Path f = dir.resolve("q" + k.extension());
      m.save(k, f);
      assertThat(Files.size(f)).as(k.name()).isPositive();
    }
    assertThat(List.of(dir.toFile().list())).hasSize(3);
  }
}
