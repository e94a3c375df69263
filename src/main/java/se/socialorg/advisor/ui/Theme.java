package se.socialorg.advisor.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Light and dark theme: AtlantaFX Primer plus the app stylesheet with a dark pseudo-class. */
public enum Theme {
  LIGHT,
  DARK;

  private static final PseudoClass DARK_CLASS = PseudoClass.getPseudoClass("dark");
  /** The app's own stylesheet, on top of the theme. */
  static final String APP_CSS = "/se/socialorg/advisor/ui/app.css";

  /** "dark" gives {@link #DARK}, anything else {@link #LIGHT}. */
  public static Theme of(String name) {
    return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
  }

  public String id() {
    return this == DARK ? "dark" : "light";
  }

  /** Classpath resource of the theme's binary (pre-parsed) stylesheet. */
  String userAgentStylesheetBinary() {
    return primer().getUserAgentStylesheetBSS();
  }

  /**
   * Makes this theme the application's user-agent stylesheet. Called before the first control is
   * created, it also spares JavaFX loading its default stylesheet first (issue 8).
   */
  public void installUserAgentStylesheet() {
    String stylesheet = primer().getUserAgentStylesheet();
    // Setting the same stylesheet again would make JavaFX load it again (about 60 ms).
    if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
      Application.setUserAgentStylesheet(stylesheet);
    }
  }

  private atlantafx.base.theme.Theme primer() {
    return this == DARK ? new PrimerDark() : new PrimerLight();
  }

  /** Applies the theme to the whole application and to one scene and its current root. */
  public void apply(Scene scene) {
    installUserAgentStylesheet();
    String css = Theme.class.getResource(APP_CSS).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    if (scene.getRoot() != null) {
      markRoot(scene.getRoot());
    }
  }

  /**
   * Marks a scene's root light or dark (the app stylesheet's {@code :dark} rules); for a root
   * that is about to replace another in a scene the theme is already applied to.
   */
  public void markRoot(Parent root) {
    root.pseudoClassStateChanged(DARK_CLASS, this == DARK);
  }
}
