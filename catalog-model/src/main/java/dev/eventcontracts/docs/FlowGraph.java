package dev.eventcontracts.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

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

  static {
    // Outside Eclipse no plug-in registry tells ELK which algorithms exist.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();

  void node(String id, String kind, String label, String href) {
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

  /** The SVG of the laid-out graph; links are prefixed with {@code root} (the way to the root). */
  String svg(String root, String title) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    graph.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
    graph.setProperty(CoreOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> elk = new LinkedHashMap<>();
    for (Node node : nodes.values()) {
      ElkNode n = ElkGraphUtil.createNode(graph);
      n.setDimensions(width(node), NODE_HEIGHT);
      elk.put(node.id(), n);
    }
    List<ElkEdge> drawn = new ArrayList<>();
    for (List<String> e : edges) {
      drawn.add(ElkGraphUtil.createSimpleEdge(elk.get(e.get(0)), elk.get(e.get(1))));
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

    StringBuilder svg = new StringBuilder(256 + nodes.size() * 300);
    double w = Math.ceil(graph.getWidth());
    double h = Math.ceil(graph.getHeight());
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
    for (ElkEdge edge : drawn) {
      for (ElkEdgeSection section : edge.getSections()) {
        svg.append("<path class=\"edge\" d=\"M")
            .append(num(section.getStartX()))
            .append(',')
            .append(num(section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
          svg.append('L').append(num(bend.getX())).append(',').append(num(bend.getY()));
        }
        svg.append('L')
            .append(num(section.getEndX()))
            .append(',')
            .append(num(section.getEndY()))
            .append("\" marker-end=\"url(#arrow)\"/>");
      }
    }
    for (Node node : nodes.values()) {
      ElkNode n = elk.get(node.id());
      String label = label(node);
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
          .append(num(n.getX()))
          .append("\" y=\"")
          .append(num(n.getY()))
          .append("\" width=\"")
          .append(num(n.getWidth()))
          .append("\" height=\"")
          .append(num(n.getHeight()))
          .append("\" rx=\"6\"/><text x=\"")
          .append(num(n.getX() + n.getWidth() / 2))
          .append("\" y=\"")
          .append(num(n.getY() + n.getHeight() / 2 + 4.5))
          .append("\" text-anchor=\"middle\">")
          .append(Html.esc(label))
          .append("</text></a>");
    }
    return svg.append("</svg>").toString();
  }

  private static String label(Node node) {
    String label = node.label();
    return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
  }

  private static double width(Node node) {
    return Math.ceil(label(node).length() * CHAR_WIDTH + 24);
  }

  private static String num(double value) {
    long rounded = Math.round(value * 10);
    return rounded % 10 == 0
        ? Long.toString(rounded / 10)
        : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
  }
}
