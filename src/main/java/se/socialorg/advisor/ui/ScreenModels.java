package se.socialorg.advisor.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.followup.FollowUpViewModel;
import se.socialorg.advisor.ui.library.LibraryData;
import se.socialorg.advisor.ui.library.LibraryViewModel;
import se.socialorg.advisor.ui.scenario.CompareViewModel;
import se.socialorg.advisor.ui.scenario.ScenarioSession;
import se.socialorg.advisor.ui.wizard.WizardModel;
import se.socialorg.advisor.ui.wizard.WizardViewModels;

/**
 * The screens' view models, each made on first use (issue 8) and kept as long as the window, so a
 * language switch, which rebuilds every view, keeps what the manager was doing.
 */
final class ScreenModels {

  private final ScenarioSession session;
  private final AppServices services;
  private final Dialogs dialogs;
  private final Supplier<I18n> i18n;
  private WizardModel wizardModel;
  private CompareViewModel compareViewModel;
  private FollowUpViewModel followUpViewModel;
  private WizardViewModels wizardViewModels;
  private LibraryViewModel libraryModel;

  ScreenModels(ScenarioSession session, AppServices services, Dialogs dialogs,
      Supplier<I18n> i18n) {
    this.session = session;
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
  }

  /**
   * The comparison's state: the compared scenarios survive a language switch, and their files are
   * remembered between runs (brought back the first time Compare is shown).
   */
  CompareViewModel compare() {
    if (compareViewModel == null) {
      AppPreferences prefs = services.preferences();
      compareViewModel = new CompareViewModel(services.scenarioFiles()::read, services.engine(),
          services.executor(), dialogs, i18n, new CompareViewModel.Memory() {
            @Override
            public java.util.List<java.nio.file.Path> load() {
              return prefs.compareFiles();
            }

            @Override
            public void store(java.util.List<java.nio.file.Path> files) {
              prefs.storeCompareFiles(files);
            }
          });
      compareViewModel.restore();
    }
    return compareViewModel;
  }

  /** The follow-up's state (decision record, plan, actuals) for the scenario being worked on. */
  FollowUpViewModel followUp() {
    if (followUpViewModel == null) {
      followUpViewModel = new FollowUpViewModel(session, new FollowUpFiles(), services.engine(),
          services.executor(), i18n, Clock.systemDefaultZone(),
          new FollowUpViewModel.Surveys() {
            @Override
            public List<SurveyInfo> list() {
              return services.library().surveys().list();
            }

            @Override
            public SurveySummary summary(long surveyId) {
              return services.library().surveys().summary(surveyId);
            }
          });
    }
    return followUpViewModel;
  }

  /** The wizard's step and leaning view models, made with the wizard's model, kept as long. */
  WizardViewModels wizard() {
    if (wizardViewModels == null) {
      wizardViewModels = new WizardViewModels(wizardModel(), i18n);
    }
    return wizardViewModels;
  }

  /** The wizard's state: which step, how far, what blocks Next. */
  WizardModel wizardModel() {
    if (wizardModel == null) {
      wizardModel = new WizardModel(session);
    }
    return wizardModel;
  }

  /** The data library's state. */
  LibraryViewModel library() {
    if (libraryModel == null) {
      libraryModel = new LibraryViewModel(new LibraryData(services.library()),
          services.executor(), () -> dialogs, i18n);
    }
    return libraryModel;
  }
}
