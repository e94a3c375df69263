package se.socialorg.advisor.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Listeners a view adds to long-lived models, removed together when the view is thrown away
 * (e.g. rebuilt in another language), so old views neither leak nor react.
 */
public final class Subscriptions {

  private final List<Runnable> removers = new ArrayList<>();

  public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
    value.addListener(listener);
    removers.add(() -> value.removeListener(listener));
  }

  public void dispose() {
    removers.forEach(Runnable::run);
    removers.clear();
  }
}
