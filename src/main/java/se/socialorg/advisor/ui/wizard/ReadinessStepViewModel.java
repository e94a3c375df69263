package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.present.ReadinessText;
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

  /** The step's place in the wizard. */
  static final int STEP = 3;

  /** The step's number inputs, in the order shown. */
  static final List<InputField> NUMBERS = List.of(InputField.WILLING_SHARE,
      InputField.ACTIVE_SHARE, InputField.AVERAGE_NETWORK, InputField.POSTS_PER_WEEK);

  private final ScenarioSession session;
  private final Supplier<I18n> i18n;
  private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>();
  private final StepValidity validity = new StepValidity();
  private final StepFields fields;

  public ReadinessStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.i18n = i18n;
    this.fields = new StepFields(NUMBERS, session, i18n, validity);
    session.scenarioProperty().addListener((o, a, b) -> readiness.set(b.inputs().readiness()));
    readiness.set(session.scenario().inputs().readiness());
    wizard.watch(STEP, validity);
  }

  /** One number input of the step (willing, active, network, posts). */
  public NumberFieldViewModel field(InputField f) {
    return fields.field(f);
  }

  /** Whether every input on the step holds a value it can take; Next follows it. */
  public StepValidity validity() {
    return validity;
  }

  /** The language changed: the fields word their values and problems in the new one. */
  void languageChanged() {
    fields.languageChanged();
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
   * reference benchmarks' assumptions ({@link ReadinessText}).
   */
  public List<String> assumptionNotes() {
    return new ReadinessText(i18n.get()).assumptionNotes(readiness.get(),
        session.scenario().inputs().organisation().employees());
  }

  /** Where "your" figures in the benchmark chart come from. */
  public String yourSource() {
    return new ReadinessText(i18n.get()).yourSource(readiness.get());
  }
}
