package dev.eventcontracts.docs;

import dev.eventcontracts.Parallel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import org.eclipse.elk.alg.layered.ElkLayered;
import org.eclipse.elk.alg.layered.graph.LEdge;
import org.eclipse.elk.alg.layered.graph.LGraph;
import org.eclipse.elk.alg.layered.graph.LGraphUtil;
import org.eclipse.elk.alg.layered.graph.LNode;
import org.eclipse.elk.alg.layered.options.GraphProperties;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.PortType;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.math.KVectorChain;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * A flow graph (producers → topic → consumers) laid out left to right by Eclipse ELK's layered
 * algorithm, in process, and drawn as inline SVG whose nodes link to their pages. Nodes and edges
 * are added in a fixed order and ELK's layered algorithm is seeded, so the same graph gives the
 * same picture.
 */
final class FlowGraph {

  /** A node: {@code kind} is service, topic, event or domain; {@code href} from the site root. */
  record Node(String id, String kind, String label, String href) {}

  private static final double CHAR_WIDTH = 7.4;
  private static final double NODE_HEIGHT = 30;
  private static final int MAX_LABEL = 42;
  private static final double PADDING = 12;

  static {
    // ELK registers its options here, and with them how to copy option values, which ELK Layered
    // does while it lays a graph out.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();

  void node(String id, String kind, String label, String href) {
    kindWidths = null;
    nodes.putIfAbsent(id, new Node(id, kind, label, href));
  }

  void edge(String from, String to) {
    if (nodes.containsKey(from) && nodes.containsKey(to) && !from.equals(to)) {
      edges.add(List.of(from, to));
    }
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }

  int size() {
    return nodes.size();
  }

  /** Where ELK put each node (x, y, width, height) and each edge (its points), in order. */
  private record Layout(double width, double height, double[][] nodes, List<double[]> edges) {}

  /**
   * Layouts by shape (node sizes and edges): most event graphs share a shape with another one, and
   * ELK gives the same layout for the same input, so one is reused. A layout being made is in here
   * too, so a page that needs it waits instead of making it again. Bounded, as it lives as long as
   * the class.
   */
  private static final Map<String, FutureTask<Layout>> LAYOUTS = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 20_000;

  private List<Node> order() {
    return List.copyOf(nodes.values());
  }

  /** Lays the graph out (or finds its layout made), so that drawing it later takes no time. */
  void layOut() {
    layout(order());
  }

  private Layout layout(List<Node> order) {
    Map<String, Integer> position = new LinkedHashMap<>();
    StringBuilder key = new StringBuilder();
    for (Node node : order) {
      position.put(node.id(), position.size());
      key.append((int) width(node)).append(node.kind()).append(',');
    }
    key.append('|');
    for (List<String> e : edges) {
      key.append(position.get(e.get(0))).append('>').append(position.get(e.get(1))).append(',');
    }
    FutureTask<Layout> made = new FutureTask<>(() -> elk(order));
    FutureTask<Layout> known =
        LAYOUTS.size() < MAX_CACHED ? LAYOUTS.putIfAbsent(key.toString(), made) : null;
    if (known == null) {
      made.run();
      known = made;
    }
    return Parallel.await(known);
  }

  /**
   * ELK Layered on its own graph structure. The ELK graph (an EMF model) would be turned into this
   * same structure by ELK's importer; building it directly skips EMF, whose set-up and
   * notifications cost more than the layouts of the small graphs drawn here. The structure is what
   * the importer makes for nodes of a fixed size and edges without ports: one port per edge end.
   */
  private Layout elk(List<Node> order) {
    LGraph graph = new LGraph();
    graph.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    graph.setProperty(LayeredOptions.PADDING, new ElkPadding(PADDING));
    graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
    // One crossing-minimization pass instead of seven: these graphs have three layers, and the
    // site draws thousands of them.
    graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
    graph.setProperty(
        LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
    graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    graph.setProperty(InternalProperties.GRAPH_PROPERTIES, EnumSet.noneOf(GraphProperties.class));
    graph.getPadding().add(new ElkPadding(PADDING));
    Map<String, LNode> lnodes = new LinkedHashMap<>();
    for (Node node : order) {
      LNode n = new LNode(graph);
      n.getSize().x = width(node);
      n.getSize().y = NODE_HEIGHT;
      n.setProperty(LayeredOptions.PORT_CONSTRAINTS, PortConstraints.FREE);
      graph.getLayerlessNodes().add(n);
      lnodes.put(node.id(), n);
    }
    List<LEdge> drawn = new ArrayList<>();
    for (List<String> e : edges) {
      LEdge edge = new LEdge();
      edge.setSource(LGraphUtil.createPort(lnodes.get(e.get(0)), null, PortType.OUTPUT, graph));
      edge.setTarget(LGraphUtil.createPort(lnodes.get(e.get(1)), null, PortType.INPUT, graph));
      drawn.add(edge);
    }
    new ElkLayered().doLayout(graph, new BasicProgressMonitor());
    // Coordinates as ELK's exporter gives them: shifted by the graph's offset and padding.
    KVector offset =
        new KVector(graph.getOffset()).add(graph.getPadding().left, graph.getPadding().top);
    double[][] boxes = new double[order.size()][];
    int i = 0;
    for (LNode n : lnodes.values()) {
      boxes[i++] =
          new double[] {
            n.getPosition().x + offset.x, n.getPosition().y + offset.y, n.getSize().x, n.getSize().y
          };
    }
    List<double[]> paths = new ArrayList<>();
    for (LEdge edge : drawn) {
      KVectorChain points = new KVectorChain(edge.getBendPoints());
      points.addFirst(edge.getSource().getAbsoluteAnchor());
      points.addLast(edge.getTarget().getAbsoluteAnchor());
      points.offset(offset);
      double[] path = new double[2 * points.size()];
      int p = 0;
      for (KVector point : points) {
        path[p++] = point.x;
        path[p++] = point.y;
      }
      paths.add(path);
    }
    KVector size = graph.getActualSize();
    return new Layout(size.x, size.y, boxes, paths);
  }

  /** The SVG of the laid-out graph; links are prefixed with {@code root} (the way to the root). */
  String svg(String root, String title) {
    List<Node> order = order();
    Layout layout = layout(order);
    StringBuilder svg = new StringBuilder(256 + nodes.size() * 300);
    double w = Math.ceil(layout.width());
    double h = Math.ceil(layout.height());
    svg.append("<svg class=\"graph\" viewBox=\"0 0 ")
        .append(num(w))
        .append(' ')
        .append(num(h))
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(num(h))
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0L10,5L0,10z\"/></marker></defs>");
    for (double[] points : layout.edges()) {
      svg.append("<path class=\"edge\" d=\"M");
      for (int p = 0; p < points.length; p += 2) {
        svg.append(p == 0 ? "" : "L").append(num(points[p])).append(',').append(num(points[p + 1]));
      }
      svg.append("\" marker-end=\"url(#arrow)\"/>");
    }
    for (int i = 0; i < order.size(); i++) {
      Node node = order.get(i);
      double[] box = layout.nodes()[i];
      svg.append("<a class=\"node node-")
          .append(Html.esc(node.kind()))
          .append("\" data-kind=\"")
          .append(Html.esc(node.kind()))
          .append("\" data-name=\"")
          .append(Html.esc(node.label()))
          .append("\" href=\"")
          .append(Html.esc(root + node.href()))
          .append("\"><title>")
          .append(Html.esc(node.kind() + " " + node.label()))
          .append("</title><rect x=\"")
          .append(num(box[0]))
          .append("\" y=\"")
          .append(num(box[1]))
          .append("\" width=\"")
          .append(num(box[2]))
          .append("\" height=\"")
          .append(num(box[3]))
          .append("\" rx=\"6\"/><text x=\"")
          .append(num(box[0] + box[2] / 2))
          .append("\" y=\"")
          .append(num(box[1] + box[3] / 2 + 4.5))
          .append("\" text-anchor=\"middle\">")
          .append(labelHtml(node))
          .append("</text></a>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The label as drawn, in HTML: one longer than {@link #MAX_LABEL} is cut short with an ellipsis.
   */
  private static String labelHtml(Node node) {
    String label = node.label();
    return label.length() > MAX_LABEL
        ? Html.esc(label.substring(0, MAX_LABEL - 1)) + "&#8230;"
        : Html.esc(label);
  }

  /**
   * Every node of a kind is as wide as the widest, rounded up to a multiple of 24 px: columns line
   * up, and far more graphs share a shape, so one ELK layout serves many of them.
   */
  private double width(Node node) {
    if (kindWidths == null) {
      Map<String, Double> widths = new java.util.HashMap<>();
      for (Node n : nodes.values()) {
        int drawn = Math.min(n.label().length(), MAX_LABEL);
        double w = Math.ceil((drawn * CHAR_WIDTH + 24) / 24) * 24;
        widths.merge(n.kind(), w, Math::max);
      }
      kindWidths = widths;
    }
    return kindWidths.get(node.kind());
  }

  private Map<String, Double> kindWidths;

  /** A coordinate to one decimal, without a trailing ".0" (String.format is a tenth of a site). */
  static String num(double value) {
    long rounded = Math.round(value * 10);
    long whole = Math.abs(rounded) / 10;
    long tenth = Math.abs(rounded) % 10;
    String sign = rounded < 0 ? "-" : "";
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }
}
