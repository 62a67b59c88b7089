package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void everyCharacterThatMeansSomethingInHtmlIsEscapedWhereverItStands() {
    assertEquals("&lt;b&gt;", Html.esc("<b>"));
    assertEquals("a &amp; b", Html.esc("a & b"));
    assertEquals("&quot;x&quot;", Html.esc("\"x\""));
    assertEquals("it&#39;s", Html.esc("it's"));
    assertEquals("&lt;&lt;&amp;&amp;&gt;&gt;", Html.esc("<<&&>>"));
    assertEquals(
        "map&lt;string, Money&gt; totals = 3; // the buyer&#39;s",
        Html.esc("map<string, Money> totals = 3; // the buyer's"));
    assertEquals("ünïcode — &lt;ok&gt;", Html.esc("ünïcode — <ok>"));
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String text = "message OrderPlaced { string order_id = 1; } // 100% = ok? [yes]";
    assertSame(text, Html.esc(text));
    assertEquals("", Html.esc(null));
    assertEquals("", Html.esc(""));
  }
}
