package se.socialorg.advisor.present.help;

/** The pages of the Help window, in the order they are listed. */
public enum HelpPage {
  /** The short introduction shown on the first start. */
  INTRO,
  /** The five models, each with its organisation diagram. */
  MODELS,
  /** The words the screens use, explained. */
  GLOSSARY,
  /** How the advice is made: goals, scores, sensitivity, robustness, confidence, money. */
  HOW;

  /** The bundle key of the page's title. */
  public String titleKey() {
    return "help.page." + name();
  }
}
