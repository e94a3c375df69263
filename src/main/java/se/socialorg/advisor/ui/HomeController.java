package se.socialorg.advisor.ui;

import javafx.fxml.FXML;

/** The home screen: what the app does and for whom, and where to start. */
public final class HomeController {

  private final ScreenHost host;

  public HomeController(ScreenHost host) {
    this.host = host;
  }

  @FXML
  private void initialize() {
    // Actions are wired as their features arrive.
  }

  ScreenHost host() {
    return host;
  }
}
