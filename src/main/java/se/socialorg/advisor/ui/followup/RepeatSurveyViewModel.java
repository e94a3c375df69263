package se.socialorg.advisor.ui.followup;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.socialorg.advisor.engine.SurveyChange;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.followup.FollowUpViewModel.SurveyComparison;
import se.socialorg.advisor.ui.followup.FollowUpViewModel.Surveys;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The follow-up's repeat survey: the library's surveys to choose from and the chosen one's
 * willing and active shares against those the scenario was built on.
 */
public final class RepeatSurveyViewModel {

  private final ScenarioSession session;
  private final AppExecutor executor;
  private final Supplier<I18n> i18n;
  private final Surveys surveys;
  private final Consumer<String> problem;
  private final ObservableList<SurveyInfo> surveyList = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<SurveyComparison> surveyComparison = new ReadOnlyObjectWrapper<>();

  RepeatSurveyViewModel(ScenarioSession session, AppExecutor executor, Supplier<I18n> i18n,
      Surveys surveys, Consumer<String> problem) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.surveys = surveys;
    this.problem = problem;
  }

  /** The surveys in the library, for choosing the repeat survey. */
  public ObservableList<SurveyInfo> surveys() {
    return FXCollections.unmodifiableObservableList(surveyList);
  }

  /** The repeat survey against the first; null until one is chosen. */
  public ReadOnlyObjectProperty<SurveyComparison> surveyComparisonProperty() {
    return surveyComparison.getReadOnlyProperty();
  }

  /** Reads the library's surveys in the background. */
  public void loadSurveys() {
    BackgroundTask.wrap(surveys::list)
        .onSuccess(surveyList::setAll)
        .onFailure(e -> problem.accept(BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /**
   * Compares the willing and active shares of {@code repeat} with those the scenario was built on
   * (an estimate counts as no respondents: no interval).
   */
  public void compareSurvey(SurveyInfo repeat) {
    if (repeat == null) {
      return;
    }
    var before = session.scenario().inputs().readiness();
    BackgroundTask.wrap(() -> surveys.summary(repeat.id()))
        .onSuccess(sum -> {
          var g = sum.total();
          surveyComparison.set(new SurveyComparison(before.surveyName(), repeat.name(),
              SurveyChange.of(before.willingShare(), before.surveyRespondents(), g.willingShare(), g.willingAnswers()),
              SurveyChange.of(before.activeShare(), before.surveyRespondents(), g.activeShare(), g.activeAnswers())));
        })
        .onFailure(e -> problem.accept(BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }
}
