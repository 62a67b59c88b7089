package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
