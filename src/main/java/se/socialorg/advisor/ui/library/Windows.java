package se.socialorg.advisor.ui.library;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The library's own windows (dialogs) look like the main window: same sheets, same theme. */
final class Windows {

  private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
  private static final String LIBRARY_CSS = "/se/socialorg/advisor/ui/library/library.css";

  private Windows() {}

  /** A window-modal stage over {@code owner} (or a free one when there is none). */
  static Stage dialog(Node ownerNode, String title, Scene scene) {
    Stage stage = new Stage();
    Window owner = ownerNode == null || ownerNode.getScene() == null
        ? null : ownerNode.getScene().getWindow();
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
      Scene main = owner.getScene();
      if (main != null) {
        scene.getStylesheets().setAll(main.getStylesheets());
        if (main.getRoot() != null && main.getRoot().getPseudoClassStates().contains(DARK)) {
          scene.getRoot().pseudoClassStateChanged(DARK, true);
        }
      }
    }
    String css = Windows.class.getResource(LIBRARY_CSS).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    stage.setTitle(title);
    stage.setScene(scene);
    return stage;
  }

  static void open(Stage stage) {
    stage.show();
    stage.toFront();
    stage.requestFocus();
  }
}
