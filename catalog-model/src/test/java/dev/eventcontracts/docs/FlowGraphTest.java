package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

  @Test
  void coordinatesHaveOneDecimalAndNoTrailingZero() {
    assertEquals("12", FlowGraph.num(12.0));
    assertEquals("12", FlowGraph.num(11.96));
    assertEquals("12.3", FlowGraph.num(12.34));
    assertEquals("0.5", FlowGraph.num(0.45));
    assertEquals("-3.5", FlowGraph.num(-3.5));
    assertEquals("-0.2", FlowGraph.num(-0.2));
    assertEquals("0", FlowGraph.num(0.04));
    assertEquals("1070", FlowGraph.num(1070));
  }

  @Test
  void aGraphDrawsEveryNodeAsALinkWithItsBox() {
    FlowGraph graph = new FlowGraph();
    graph.node("service:a", "service", "payments-api", "services/payments-api.html");
    graph.node("topic:t", "topic", "payments.paid.v1", "topics/payments.paid.v1.html");
    graph.node("service:b", "service", "ledger", "services/ledger.html");
    graph.edge("service:a", "topic:t");
    graph.edge("topic:t", "service:b");
    String svg = graph.svg("../", "payments");
    assertEquals(3, svg.split("<a class=\"node ", -1).length - 1, svg);
    assertEquals(2, svg.split("<path class=\"edge\"", -1).length - 1, svg);
    assertTrue(svg.contains("href=\"../services/ledger.html\""), svg);
    assertFalse(svg.matches("(?s).*\\d\\.0[\" ,L].*"), "no coordinate ends in .0: " + svg);
  }

  @Test
  void producersAreLeftOfTheTopicAndConsumersRightOfItWithEveryEdgeBetweenTheirBoxes() {
    FlowGraph graph = new FlowGraph();
    graph.node("service:a", "service", "payments-api", "services/payments-api.html");
    graph.node("service:c", "service", "checkout", "services/checkout.html");
    graph.node("topic:t", "topic", "payments.paid.v1", "topics/payments.paid.v1.html");
    graph.node("service:b", "service", "ledger", "services/ledger.html");
    graph.node("service:d", "service", "fraud", "services/fraud.html");
    graph.edge("service:a", "topic:t");
    graph.edge("service:c", "topic:t");
    graph.edge("topic:t", "service:b");
    graph.edge("topic:t", "service:d");
    String svg = graph.svg("", "payments");

    Map<String, double[]> boxes = new HashMap<>();
    Matcher node =
        Pattern.compile(
                "data-name=\"([^\"]+)\".*?<rect x=\"([-\\d.]+)\" y=\"([-\\d.]+)\""
                    + " width=\"([\\d.]+)\" height=\"([\\d.]+)\"")
            .matcher(svg);
    while (node.find()) {
      boxes.put(
          node.group(1),
          new double[] {
            Double.parseDouble(node.group(2)),
            Double.parseDouble(node.group(3)),
            Double.parseDouble(node.group(4)),
            Double.parseDouble(node.group(5))
          });
    }
    assertEquals(5, boxes.size(), svg);
    double[] topic = boxes.get("payments.paid.v1");
    for (String producer : List.of("payments-api", "checkout")) {
      assertTrue(right(boxes.get(producer)) < topic[0], producer + " left of the topic: " + svg);
    }
    for (String consumer : List.of("ledger", "fraud")) {
      assertTrue(right(topic) < boxes.get(consumer)[0], consumer + " right of the topic: " + svg);
    }

    Matcher view = Pattern.compile("viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"").matcher(svg);
    assertTrue(view.find(), svg);
    double width = Double.parseDouble(view.group(1));
    double height = Double.parseDouble(view.group(2));
    for (double[] box : boxes.values()) {
      assertTrue(box[0] >= 12 && box[1] >= 12, "inside the padding: " + svg);
      assertTrue(right(box) <= width - 12 && box[1] + box[3] <= height - 12, "inside: " + svg);
    }

    // Each edge starts on the right side of one box and ends on the left side of another.
    Matcher edge = Pattern.compile("<path class=\"edge\" d=\"M([^\"]+)\"").matcher(svg);
    int edges = 0;
    while (edge.find()) {
      String[] points = edge.group(1).split("L");
      double[] start = point(points[0]);
      double[] end = point(points[points.length - 1]);
      assertTrue(
          boxes.values().stream().anyMatch(b -> near(right(b), start[0]) && within(b, start[1])),
          "edge starts on a box's right side: " + edge.group());
      assertTrue(
          boxes.values().stream().anyMatch(b -> near(b[0], end[0]) && within(b, end[1])),
          "edge ends on a box's left side: " + edge.group());
      edges++;
    }
    assertEquals(4, edges, svg);
  }

  private static double right(double[] box) {
    return box[0] + box[2];
  }

  private static boolean near(double a, double b) {
    return Math.abs(a - b) <= 0.1;
  }

  private static boolean within(double[] box, double y) {
    return y >= box[1] - 0.1 && y <= box[1] + box[3] + 0.1;
  }

  private static double[] point(String text) {
    String[] xy = text.split(",");
    return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
  }
}
