package se.socialorg.advisor.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.ScrollEvent;

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
      scroll.addEventFilter(ScrollEvent.SCROLL, e -> handOn(scroll, tabs, e));
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

  /**
   * The mouse wheel moves the step once a tab has reached its end in the wheel's direction (or has
   * nothing to scroll), as a reader expects of a page, instead of stopping at the tab's edge.
   */
  static void handOn(ScrollPane tab, TabPane tabs, ScrollEvent e) {
    ScrollPane step = enclosingScroll(tabs.getParent());
    if (step == null || e.getDeltaY() == 0) {
      return;
    }
    Node content = tab.getContent();
    boolean fits = content == null
        || content.getLayoutBounds().getHeight() <= tab.getViewportBounds().getHeight();
    boolean atEnd = e.getDeltaY() > 0
        ? tab.getVvalue() <= tab.getVmin()
        : tab.getVvalue() >= tab.getVmax();
    if (fits || atEnd) {
      // The page's own scrolling listens inside it, so the wheel is given to the tab pane, whose
      // way up passes through the page but not through the tab.
      e.consume();
      Event.fireEvent(tabs, e.copyFor(tabs, tabs));
    }
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
