package se.socialorg.advisor.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Light and dark theme: AtlantaFX Primer plus the app stylesheet with a dark pseudo-class. */
public enum Theme {
  LIGHT,
  DARK;

  private static final PseudoClass DARK_CLASS = PseudoClass.getPseudoClass("dark");
  private static final String APP_CSS = "/se/socialorg/advisor/ui/app.css";

  /** "dark" gives {@link #DARK}, anything else {@link #LIGHT}. */
  public static Theme of(String name) {
    return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
  }

  public String id() {
    return this == DARK ? "dark" : "light";
  }

  /** Applies the theme to the whole application and to one scene. */
  public void apply(Scene scene) {
    Application.setUserAgentStylesheet(
        this == DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    String css = Theme.class.getResource(APP_CSS).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    if (scene.getRoot() != null) {
      scene.getRoot().pseudoClassStateChanged(DARK_CLASS, this == DARK);
    }
  }
}
