package se.socialorg.advisor.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The recommendation's tabs: each tab's content scrolls on its own to its very end, and the tab
 * area is as tall as the visible part of the step, so a long tab (Why) is never cut off and a short
 * one leaves no empty scroll area below. JavaFX sizes a tab pane by its contents' heights
 * measured without their width, which cuts wrapped text short.
 */
final class TabArea {

  /** Height of the tab area when the step's visible part is smaller (a low window). */
  static final double MIN_HEIGHT = 320;

  private TabArea() {}

  /** Puts each tab's content in a scroll pane of id {@code <tab id>Scroll}. */
  static void scrollEachTab(TabPane tabs) {
    for (Tab t : tabs.getTabs()) {
      Node content = t.getContent();
      ScrollPane scroll = new ScrollPane(content);
      scroll.setFitToWidth(true);
      scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
      scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
      scroll.setId(t.getId() + "Scroll");
      scroll.getStyleClass().add("tab-scroll");
      t.setContent(scroll);
    }
    tabs.setMinHeight(MIN_HEIGHT);
    tabs.sceneProperty().addListener((o, a, b) -> {
      ScrollPane step = b == null ? null : enclosingScroll(tabs.getParent());
      if (step != null && !tabs.prefHeightProperty().isBound()) {
        tabs.prefHeightProperty().bind(Bindings.createDoubleBinding(
            () -> Math.max(MIN_HEIGHT, step.getViewportBounds().getHeight() - 4),
            step.viewportBoundsProperty()));
      }
    });
  }

  private static ScrollPane enclosingScroll(Parent from) {
    for (Parent p = from; p != null; p = p.getParent()) {
      if (p instanceof ScrollPane s) {
        return s;
      }
    }
    return null;
  }
}
