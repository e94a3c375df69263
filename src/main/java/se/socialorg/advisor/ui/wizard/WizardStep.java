package se.socialorg.advisor.ui.wizard;

import javafx.scene.Node;

/** One step of the wizard: its view, built once per language, kept in sync with the session. */
interface WizardStep {

  /** The i18n key prefix: {@code <prefix>.title} and {@code <prefix>.intro}. */
  String key();

  Node view();

  /** Called when the step becomes visible (e.g. to load data or refresh heavy results). */
  default void shown() {}
}
