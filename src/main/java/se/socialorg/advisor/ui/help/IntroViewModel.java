package se.socialorg.advisor.ui.help;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import se.socialorg.advisor.ui.AppPreferences;

/**
 * The short introduction: which of its panes is shown, and whether it opens by itself at start.
 * It opens once, on the first start ({@link #offerAtStart()}); "Don’t show this again at start",
 * ticked from then on, can be unticked to have it every time. It can always be reopened from Help.
 */
public final class IntroViewModel {

  static final String NEW = "new";
  static final String SEEN = "seen";
  static final String ALWAYS = "always";

  private final AppPreferences preferences;
  private final int paneCount;
  private final ReadOnlyIntegerWrapper pane = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper first = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper last = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper dontShowAgain = new ReadOnlyBooleanWrapper();

  public IntroViewModel(AppPreferences preferences, int paneCount) {
    if (paneCount < 1) {
      throw new IllegalArgumentException("an introduction needs a pane");
    }
    this.preferences = preferences;
    this.paneCount = paneCount;
    last.set(paneCount == 1);
    dontShowAgain.set(!ALWAYS.equals(state()));
  }

  /**
   * Whether the introduction should open now, at start: on the first start, and on every start
   * while "don’t show again" is unticked. Opening it at start counts as having seen it.
   */
  public boolean offerAtStart() {
    String state = state();
    if (SEEN.equals(state)) {
      return false;
    }
    if (NEW.equals(state)) {
      preferences.put(AppPreferences.Key.INTRO_AT_START, SEEN);
      preferences.flush();
    }
    dontShowAgain.set(!ALWAYS.equals(state()));
    restart();
    return true;
  }

  /**
   * Records the introduction as seen, as by a user who ticked "don’t show again"; for launchers
   * that start the app for something else (tests of the real app).
   */
  public static void dismiss(AppPreferences preferences) {
    preferences.put(AppPreferences.Key.INTRO_AT_START, SEEN);
    preferences.flush();
  }

  /** Back to the first pane, as when the introduction is opened from Help. */
  public void restart() {
    show(0);
  }

  public void next() {
    show(Math.min(pane.get() + 1, paneCount - 1));
  }

  public void back() {
    show(Math.max(pane.get() - 1, 0));
  }

  /** Ticked: the introduction no longer opens at start; unticked: it opens at every start. */
  public void setDontShowAgain(boolean dontShow) {
    dontShowAgain.set(dontShow);
    preferences.put(AppPreferences.Key.INTRO_AT_START, dontShow ? SEEN : ALWAYS);
    preferences.flush();
  }

  /** The pane shown, from 0. */
  public ReadOnlyIntegerProperty paneProperty() {
    return pane.getReadOnlyProperty();
  }

  public int paneCount() {
    return paneCount;
  }

  public ReadOnlyBooleanProperty firstProperty() {
    return first.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty lastProperty() {
    return last.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dontShowAgainProperty() {
    return dontShowAgain.getReadOnlyProperty();
  }

  /** First and last change before the pane, so a view that follows the pane reads them right. */
  private void show(int index) {
    first.set(index == 0);
    last.set(index == paneCount - 1);
    pane.set(index);
  }

  private String state() {
    String s = preferences.get(AppPreferences.Key.INTRO_AT_START);
    return SEEN.equals(s) || ALWAYS.equals(s) ? s : NEW;
  }
}
