package dev.eventcontracts.report;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=RULE_ID::message} per
 * finding ({@code ::warning} for warnings), {@code ::notice::} per note. Values are escaped as the
 * runner expects: {@code % CR LF} everywhere, and {@code : ,} in properties too.
 */
final class GithubAnnotations {

  private GithubAnnotations() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      SourceLocation location = finding.location();
      out.append("::").append(finding.severity() == Severity.ERROR ? "error" : "warning");
      out.append(" file=").append(property(location.path()));
      if (location.line() >= 1) {
        out.append(",line=").append(location.line());
        if (location.column() >= 1) {
          out.append(",col=").append(location.column());
        }
      }
      out.append(",title=").append(property(finding.rule()));
      out.append("::").append(data(finding.message())).append('\n');
    }
    for (String note : report.notes()) {
      out.append("::notice::").append(data(note)).append('\n');
    }
    return out.toString();
  }

  static String data(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String value) {
    return data(value).replace(":", "%3A").replace(",", "%2C");
  }
}
