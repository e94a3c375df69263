package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.present.SurveyMargin;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 4's state and commands: the readiness figures, whether they come from a survey or from
 * estimates, which survey is chosen among those imported, and the notes saying which figures are
 * still assumptions. The readiness follows the scenario, so it is right after a file is opened or
 * the language is switched.
 */
public final class ReadinessStepViewModel {

  /** The choice that stands for "my own estimates" in the survey list. */
  static final SurveyInfo ESTIMATES = new SurveyInfo(-1, "", "", "", 0);

  private final ScenarioSession session;
  private final Supplier<I18n> i18n;
  private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>();

  public ReadinessStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.i18n = i18n;
    session.scenarioProperty().addListener((o, a, b) -> readiness.set(b.inputs().readiness()));
    readiness.set(session.scenario().inputs().readiness());
  }

  public ReadOnlyObjectProperty<Readiness> readinessProperty() {
    return readiness.getReadOnlyProperty();
  }

  /** The list to choose from: estimates first, then the imported surveys. */
  public List<SurveyInfo> choices(List<SurveyInfo> surveys) {
    List<SurveyInfo> items = new ArrayList<>();
    items.add(ESTIMATES);
    items.addAll(surveys);
    return items;
  }

  /**
   * The choice the scenario stands on: the survey it links to (by the survey's own id, so a
   * renamed survey is still found; by name in files written before surveys had ids), else
   * estimates.
   */
  public SurveyInfo chosen(List<SurveyInfo> choices) {
    Readiness r = readiness.get();
    return choices.stream()
        .filter(s -> s != ESTIMATES && s.usedBy(r))
        .findFirst().orElse(ESTIMATES);
  }

  /** Keeps the figures but no longer ties them to a survey. */
  public void useEstimates() {
    Readiness r = readiness.get();
    if (!r.fromSurvey()) {
      return;
    }
    edit(new Readiness(r.activeShare(), r.willingShare(), r.averageNetwork(), r.postsPerWeek(),
        "", 0));
  }

  /** Takes the figures a survey gives. */
  public void useSurvey(Readiness fromSurvey) {
    edit(fromSurvey);
  }

  private void edit(Readiness r) {
    session.edit(sc -> sc.withInputs(sc.inputs().withReadiness(r)));
  }

  /**
   * What the figures rest on: the survey and its margins of error, or which figures are still the
   * reference benchmarks' assumptions.
   */
  public List<String> assumptionNotes() {
    I18n t = i18n.get();
    Readiness r = readiness.get();
    Readiness d = Readiness.defaults();
    List<String> notes = new ArrayList<>();
    if (r.fromSurvey()) {
      notes.add(t.t("wizard.readiness.fromSurvey", r.surveyName(), r.surveyRespondents()));
      notes.addAll(SurveyMargin.lines(t, r,
          session.scenario().inputs().organisation().employees()));
      return notes;
    }
    if (r.willingShare() == d.willingShare()) {
      notes.add(t.t("wizard.readiness.assume.willing"));
    }
    if (r.activeShare() == d.activeShare()) {
      notes.add(t.t("wizard.readiness.assume.active"));
    }
    if (r.averageNetwork() == d.averageNetwork() || r.postsPerWeek() == d.postsPerWeek()) {
      notes.add(t.t("wizard.readiness.assume.network"));
    }
    return notes;
  }

  /** Where "your" figures in the benchmark chart come from. */
  public String yourSource() {
    I18n t = i18n.get();
    Readiness r = readiness.get();
    return r.fromSurvey()
        ? t.t("wizard.readiness.surveySource", r.surveyName(), r.surveyRespondents())
        : t.t("wizard.readiness.estimateSource");
  }
}
