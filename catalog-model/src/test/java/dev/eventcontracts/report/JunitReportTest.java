package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private static Element suite(Report report) throws Exception {
    String xml = ReportFormat.JUNIT.render(report);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return document.getDocumentElement();
  }

  @Test
  void oneTestCasePerRuleThatRanAndFailuresForRulesWithErrors() throws Exception {
    Element suite = suite(SampleReports.lintWithFindings());

    assertEquals("testsuite", suite.getTagName());
    assertEquals("catalog lint", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    NodeList cases = suite.getElementsByTagName("testcase");
    assertEquals(3, cases.getLength());
    Element failing = (Element) cases.item(2);
    assertEquals("lint", failing.getAttribute("classname"));
    assertEquals("FIELD_LOWER_SNAKE_CASE", failing.getAttribute("name"));
    Element failure = (Element) failing.getElementsByTagName("failure").item(0);
    assertEquals("2 errors", failure.getAttribute("message"));
    assertEquals(
        """
        schemas/acme/chat/v1/message_sent.proto:9: error: Field name "roomId" should be lower_snake_case, such as "room_id".
        schemas/acme/chat/v1/message_sent.proto:12:3: error: Field name "tenantId" should be lower_snake_case, such as "tenant_id".
        """,
        failure.getTextContent());
  }

  @Test
  void warningsAreListedWithoutFailingTheirRule() throws Exception {
    Element warned =
        (Element) suite(SampleReports.lintWithFindings()).getElementsByTagName("testcase").item(0);

    assertEquals("EVENT_NO_CONSUMERS", warned.getAttribute("name"));
    assertEquals(0, warned.getElementsByTagName("failure").getLength());
    assertTrue(
        warned
            .getElementsByTagName("system-out")
            .item(0)
            .getTextContent()
            .contains("room-created.yaml: warning: Event \"RoomCreated\" has no consumers."));
  }

  @Test
  void aSilentRuleIsAPassingTestCase() throws Exception {
    Element silent =
        (Element) suite(SampleReports.lintWithFindings()).getElementsByTagName("testcase").item(1);

    assertEquals("EVENT_OWNER_EXISTS", silent.getAttribute("name"));
    assertEquals(0, silent.getChildNodes().getLength());
  }

  @Test
  void markupAndControlCharactersInMessagesStillParse() throws Exception {
    String message = "<b>&\"quoted\" ]]> \u0000\u001b end";
    Element suite = suite(SampleReports.hostile("x<&>.proto", message));

    Element failure = (Element) suite.getElementsByTagName("failure").item(0);
    assertEquals(
        "x<&>.proto:4:7: error: <b>&\"quoted\" ]]> \uFFFD\uFFFD end\n", failure.getTextContent());
    assertEquals("catalog breaking", suite.getAttribute("name"));
  }
}
