package se.socialorg.advisor.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: wires services and shows the main window. */
public class App extends Application {
  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(new Label("Social Org Advisor"), 800, 600));
    stage.show();
  }
}
