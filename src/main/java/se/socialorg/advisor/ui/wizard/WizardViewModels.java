package se.socialorg.advisor.ui.wizard;

import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;

/**
 * The wizard's view models, made once with its {@link WizardModel} and kept as long: a language
 * switch rebuilds the step views, which bind to these again.
 */
public final class WizardViewModels {

  private final WizardModel wizard;
  private final LeaningViewModel leaning;
  private final GoalsStepViewModel goals;
  private final ParticipantsViewModel participants;
  private final OrganisationStepViewModel organisation;
  private final ResourcesStepViewModel resources;
  private final ReadinessStepViewModel readiness;
  private final TrustStepViewModel trust;
  private final ResultStepViewModel result;

  public WizardViewModels(WizardModel wizard, Supplier<I18n> i18n) {
    this.wizard = wizard;
    this.leaning = new LeaningViewModel(wizard);
    this.goals = new GoalsStepViewModel(wizard, i18n);
    this.participants = new ParticipantsViewModel(wizard, goals, i18n);
    this.organisation = new OrganisationStepViewModel(wizard, i18n);
    this.resources = new ResourcesStepViewModel(wizard, i18n);
    this.readiness = new ReadinessStepViewModel(wizard, i18n);
    this.trust = new TrustStepViewModel(wizard, i18n);
    this.result = new ResultStepViewModel(wizard);
  }

  public ResultStepViewModel result() {
    return result;
  }

  public TrustStepViewModel trust() {
    return trust;
  }

  /**
   * The views were built again in another language: the steps' fields show their values and
   * problems in it (what was typed, valid or not, stays).
   */
  public void languageChanged() {
    goals.languageChanged();
    organisation.languageChanged();
    trust.languageChanged();
    readiness.languageChanged();
    resources.languageChanged();
  }

  public ReadinessStepViewModel readiness() {
    return readiness;
  }

  public OrganisationStepViewModel organisation() {
    return organisation;
  }

  public ResourcesStepViewModel resources() {
    return resources;
  }

  public ParticipantsViewModel participants() {
    return participants;
  }

  public WizardModel wizard() {
    return wizard;
  }

  public LeaningViewModel leaning() {
    return leaning;
  }

  public GoalsStepViewModel goals() {
    return goals;
  }
}
