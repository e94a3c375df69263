package se.socialorg.advisor.ui;

import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The status bar's message (issue 19 item 6): each message has a lifetime after which the view
 * lets it go, and a message about one screen ("Report saved as …") goes as soon as another screen
 * is shown. No controls: the view shows {@link #messageProperty()} (its idle text when null) and
 * calls {@link #expired} when a message's lifetime has run out.
 */
public final class StatusViewModel {

  /** How long a message stays. */
  public static final Duration LIFETIME = Duration.ofSeconds(8);

  /**
   * One message.
   *
   * @param text what it says
   * @param screen the screen it is about, or null when it is about the app (e.g. "Saved …")
   * @param lifetime how long it stays
   */
  public record Message(String text, Screen screen, Duration lifetime) {}

  private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();

  /** The message to show, or null for none (the view shows its idle text). */
  public ReadOnlyObjectProperty<Message> messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** A message about the app, e.g. "Saved Acme.soa.json at 14:02". */
  public void show(String text) {
    message.set(new Message(text, null, LIFETIME));
  }

  /** A message about {@code screen}, e.g. "Report saved as …" on the recommendation. */
  public void showAbout(Screen screen, String text) {
    message.set(new Message(text, screen, LIFETIME));
  }

  /** Another screen is shown: a message about a different screen goes. */
  public void screenShown(Screen screen) {
    Message m = message.get();
    if (m != null && m.screen() != null && m.screen() != screen) {
      message.set(null);
    }
  }

  /** The lifetime of {@code m} has run out: it goes, unless a newer message has replaced it. */
  public void expired(Message m) {
    if (message.get() == m) {
      message.set(null);
    }
  }
}
