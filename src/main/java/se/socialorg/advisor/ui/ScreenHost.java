package se.socialorg.advisor.ui;

import se.socialorg.advisor.i18n.I18n;

/** What a screen's controller may ask of the main window. */
public interface ScreenHost {

  I18n i18n();

  Dialogs dialogs();

  AppServices services();

  void show(Screen screen);

  /** The scenario being worked on. */
  se.socialorg.advisor.ui.scenario.ScenarioSession session();

  /** Leaves the wizard (Esc): asks about unsaved changes, then goes home. */
  void cancelWizard();

  /** New, open, save and the unsaved-changes prompt. */
  se.socialorg.advisor.ui.scenario.ScenarioFileActions fileActions();

  /** Asks for a file and writes the decision report as PDF in the background (issue 7). */
  void exportReport();
}
