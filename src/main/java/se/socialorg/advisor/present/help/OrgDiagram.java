package se.socialorg.advisor.present.help;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.socialorg.advisor.model.Alternative;

/**
 * A small organisation diagram of one of the five models, without JavaFX: people and teams as
 * nodes, who coordinates with whom as links. Coordinates are on a plane {@link #width()} wide and
 * 1 high, so a view scales it to any size and keeps it round; the colours are the view's (theme).
 */
public record OrgDiagram(double width, List<Node> nodes, List<Link> links) {

  /** The plane's width against its height of 1. */
  public static final double WIDTH = 1.6;

  private static final double CX = WIDTH / 2;
  private static final double CY = 0.5;

  /** Who a node is, which decides its size and colour and its line in the legend. */
  public enum Role {
    /** The central team, or the centre of excellence in marketing. */
    CORE,
    /** A local hub in a business unit or country. */
    HUB,
    /** An employee who speaks for the company in social media. */
    VOICE,
    /** An employee or unit that does not post for the company. */
    QUIET;

    /** The bundle key of the role's line in the legend. */
    public String legendKey() {
      return "help.diagram.role." + name();
    }
  }

  /** A person, team or unit at (x, y); x from 0 to {@link #width()}, y from 0 (top) to 1. */
  public record Node(Role role, double x, double y) {}

  /** Two nodes that work together: indexes into {@link #nodes()}. */
  public record Link(int from, int to) {}

  public OrgDiagram {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /** The roles the diagram uses, in legend order. */
  public Set<Role> roles() {
    Set<Role> out = EnumSet.noneOf(Role.class);
    nodes.forEach(n -> out.add(n.role()));
    return out;
  }

  /** How many nodes have a role. */
  public long count(Role role) {
    return nodes.stream().filter(n -> n.role() == role).count();
  }

  /** The diagram of a model. */
  public static OrgDiagram of(Alternative model) {
    return switch (model) {
      case CENTRALISED -> centralised();
      case HUB_AND_SPOKE -> hubAndSpoke();
      case DISTRIBUTED_ADVOCACY -> advocacy();
      case MULTIPLE_HUB_AND_SPOKE -> multipleHubs();
      case HOLISTIC -> holistic();
    };
  }

  /** One team in the middle does all the posting; the rest of the organisation is quiet. */
  private static OrgDiagram centralised() {
    Builder b = new Builder();
    int core = b.node(Role.CORE, CX, CY);
    for (int member : b.ring(Role.VOICE, 3, 0.17, -90)) {
      b.link(core, member);
    }
    b.ring(Role.QUIET, 10, 0.42, 0);
    return b.build();
  }

  /** A centre of excellence coaches one ambassador per unit, who speaks; others stay quiet. */
  private static OrgDiagram hubAndSpoke() {
    Builder b = new Builder();
    int core = b.node(Role.CORE, CX, CY);
    for (int spoke : b.ring(Role.VOICE, 6, 0.3, -90)) {
      b.link(core, spoke);
    }
    b.ring(Role.QUIET, 6, 0.44, -60);
    return b.build();
  }

  /** A small coaching team in marketing and many employees who speak. */
  private static OrgDiagram advocacy() {
    Builder b = new Builder();
    int core = b.node(Role.CORE, CX, CY);
    for (int voice : b.ring(Role.VOICE, 6, 0.22, -90)) {
      b.link(core, voice);
    }
    // Off the lines to the inner ones, so that no line runs through a node.
    for (int voice : b.ring(Role.VOICE, 12, 0.42, -75)) {
      b.link(core, voice);
    }
    return b.build();
  }

  /** A shared centre with a hub per business unit or country, each with its own voices. */
  private static OrgDiagram multipleHubs() {
    Builder b = new Builder();
    int core = b.node(Role.CORE, CX, CY);
    List<Integer> hubs = b.ring(Role.HUB, 3, 0.25, -90);
    for (int i = 0; i < hubs.size(); i++) {
      int hub = hubs.get(i);
      b.link(core, hub);
      double hubAngle = -90 + 120 * i;
      double hx = b.x(hub);
      double hy = b.y(hub);
      for (int k = -1; k <= 1; k++) {
        double a = Math.toRadians(hubAngle + 40 * k);
        int voice = b.node(Role.VOICE, hx + 0.18 * Math.cos(a), hy + 0.18 * Math.sin(a));
        b.link(hub, voice);
      }
    }
    return b.build();
  }

  /** A honeycomb: every employee speaks and works with the neighbours, under shared guidelines. */
  private static OrgDiagram holistic() {
    Builder b = new Builder();
    double step = 0.2;
    double rowHeight = step * Math.sqrt(3) / 2;
    for (int offset = -2; offset <= 2; offset++) {
      int columns = 7 - Math.abs(offset);
      double x0 = CX - (columns - 1) * step / 2;
      for (int c = 0; c < columns; c++) {
        boolean middle = offset == 0 && c == columns / 2;
        b.node(middle ? Role.CORE : Role.VOICE, x0 + c * step, CY + offset * rowHeight);
      }
    }
    // Neighbours in a hexagonal grid are exactly one step apart.
    for (int i = 0; i < b.nodes.size(); i++) {
      for (int j = i + 1; j < b.nodes.size(); j++) {
        if (Math.abs(Math.hypot(b.x(i) - b.x(j), b.y(i) - b.y(j)) - step) < 1e-6) {
          b.link(i, j);
        }
      }
    }
    return b.build();
  }

  /** Collects nodes and links. */
  private static final class Builder {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    int node(Role role, double x, double y) {
      nodes.add(new Node(role, x, y));
      return nodes.size() - 1;
    }

    /** {@code count} nodes on a circle of radius {@code r} round the centre, from an angle. */
    List<Integer> ring(Role role, int count, double r, double startDegrees) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        double a = Math.toRadians(startDegrees + 360.0 * i / count);
        out.add(node(role, CX + r * Math.cos(a), CY + r * Math.sin(a)));
      }
      return out;
    }

    void link(int from, int to) {
      links.add(new Link(from, to));
    }

    double x(int i) {
      return nodes.get(i).x();
    }

    double y(int i) {
      return nodes.get(i).y();
    }

    OrgDiagram build() {
      return new OrgDiagram(WIDTH, nodes, links);
    }
  }
}
