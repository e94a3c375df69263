package se.socialorg.advisor.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import se.socialorg.advisor.present.help.OrgDiagram;

/**
 * Draws an {@link OrgDiagram} in JavaFX shapes, scaled to the space it is given and kept round;
 * its colours come from the theme through the style classes {@code org-link} and
 * {@code org-node-<role>} (help.css).
 */
final class OrgDiagramView extends Region {

  private static final double PREF_HEIGHT = 170;
  /** Radius of a node in the legend, the same for every role. */
  private static final double LEGEND_RADIUS = 6;

  private final OrgDiagram diagram;
  private final List<Circle> nodes = new ArrayList<>();
  private final List<Line> links = new ArrayList<>();

  OrgDiagramView(OrgDiagram diagram, String description) {
    this.diagram = diagram;
    getStyleClass().add("org-diagram");
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleText(description);
    for (OrgDiagram.Link ignored : diagram.links()) {
      Line line = new Line();
      line.getStyleClass().add("org-link");
      links.add(line);
    }
    for (OrgDiagram.Node n : diagram.nodes()) {
      nodes.add(node(n.role()));
    }
    getChildren().addAll(links);
    getChildren().addAll(nodes);
    setMinSize(diagram.width() * PREF_HEIGHT * 0.6, PREF_HEIGHT * 0.6);
  }

  /** A node of a role as the legend draws it. */
  static Circle legendNode(OrgDiagram.Role role) {
    Circle c = node(role);
    c.setRadius(LEGEND_RADIUS);
    return c;
  }

  /** The pictures's width when it has the room it asks for. */
  double naturalWidth() {
    return diagram.width() * PREF_HEIGHT;
  }

  private static Circle node(OrgDiagram.Role role) {
    Circle c = new Circle(relativeRadius(role) * PREF_HEIGHT);
    c.getStyleClass().addAll("org-node", "org-node-" + role.name().toLowerCase(java.util.Locale.ROOT));
    return c;
  }

  /** Radius against the diagram's height. */
  private static double relativeRadius(OrgDiagram.Role role) {
    return switch (role) {
      case CORE -> 0.085;
      case HUB -> 0.06;
      case VOICE -> 0.04;
      case QUIET -> 0.032;
    };
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth() - snappedLeftInset() - snappedRightInset();
    double h = getHeight() - snappedTopInset() - snappedBottomInset();
    double scale = Math.max(0, Math.min(w / diagram.width(), h));
    double left = snappedLeftInset() + (w - diagram.width() * scale) / 2;
    double top = snappedTopInset() + (h - scale) / 2;
    for (int i = 0; i < nodes.size(); i++) {
      OrgDiagram.Node n = diagram.nodes().get(i);
      Circle c = nodes.get(i);
      c.setCenterX(left + n.x() * scale);
      c.setCenterY(top + n.y() * scale);
      c.setRadius(relativeRadius(n.role()) * scale);
    }
    for (int i = 0; i < links.size(); i++) {
      OrgDiagram.Link l = diagram.links().get(i);
      Circle a = nodes.get(l.from());
      Circle b = nodes.get(l.to());
      Line line = links.get(i);
      line.setStartX(a.getCenterX());
      line.setStartY(a.getCenterY());
      line.setEndX(b.getCenterX());
      line.setEndY(b.getCenterY());
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + diagram.width() * PREF_HEIGHT + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + PREF_HEIGHT + snappedBottomInset();
  }
}
