package se.socialorg.advisor.ui.help;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.help.GlossaryEntry;
import se.socialorg.advisor.present.help.HelpContent;
import se.socialorg.advisor.present.help.HelpPage;
import se.socialorg.advisor.ui.AppPreferences;

/**
 * The Help window's state: the page shown, the model to show first among the five, the glossary
 * search and its matches, and the introduction. Kept as long as the main window, so the window
 * reopens where it was, in the language of the moment.
 */
public final class HelpViewModel {

  private final Supplier<I18n> i18n;
  private final IntroViewModel intro;
  private final ReadOnlyObjectWrapper<HelpPage> page = new ReadOnlyObjectWrapper<>(HelpPage.INTRO);
  private final ReadOnlyObjectWrapper<Alternative> model = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
  private final ObservableList<GlossaryEntry> matches = FXCollections.observableArrayList();
  private final ObservableList<GlossaryEntry> readOnlyMatches =
      FXCollections.unmodifiableObservableList(matches);

  public HelpViewModel(AppPreferences preferences, Supplier<I18n> i18n) {
    this.i18n = i18n;
    this.intro = new IntroViewModel(preferences, HelpContent.INTRO_PANES.size());
    refresh();
  }

  /** The words of the help in the current language. */
  public HelpContent content() {
    return new HelpContent(i18n.get());
  }

  public IntroViewModel intro() {
    return intro;
  }

  /** Shows a page; the introduction starts again from its first pane. */
  public void open(HelpPage p) {
    if (p == HelpPage.INTRO) {
      intro.restart();
    }
    page.set(p);
  }

  /** Shows the five models, starting at {@code first} (none: the first of them). */
  public void openModel(Alternative first) {
    model.set(first);
    page.set(HelpPage.MODELS);
  }

  /** Keeps the glossary entries that hold every word typed. */
  public void search(String text) {
    query.set(text == null ? "" : text);
    refresh();
  }

  /** Reads the glossary again, after a language switch. */
  public void refresh() {
    matches.setAll(content().glossary(query.get()));
  }

  public ReadOnlyObjectProperty<HelpPage> pageProperty() {
    return page.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Alternative> modelProperty() {
    return model.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty queryProperty() {
    return query.getReadOnlyProperty();
  }

  /** The glossary entries matching the search, sorted by term. */
  public ObservableList<GlossaryEntry> glossary() {
    return readOnlyMatches;
  }
}
