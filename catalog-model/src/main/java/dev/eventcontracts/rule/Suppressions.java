package dev.eventcontracts.rule;

import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SuppressionConfig;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, in one place, whether a finding is switched off: by {@code except} (the rule ID or its
 * category), by an {@code ignore} glob on its path, or by a {@code // catalog:ignore RULE_ID}
 * comment on the line above the proto element.
 */
public final class Suppressions {

  private final Set<String> except;
  private final Map<String, List<PathMatcher>> ignore = new HashMap<>();
  private final Map<String, List<String>> ignorePrefixes = new HashMap<>();
  private final ProtoSchema protos;

  public Suppressions(SuppressionConfig config, ProtoSchema protos) {
    this.except = Set.copyOf(config.except());
    this.protos = protos;
    config
        .ignore()
        .forEach(
            (rule, globs) -> {
              List<PathMatcher> matchers = new ArrayList<>();
              List<String> prefixes = new ArrayList<>();
              for (String glob : globs) {
                String clean = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + clean));
                prefixes.add(clean + "/");
              }
              ignore.put(rule, matchers);
              ignorePrefixes.put(rule, prefixes);
            });
  }

  public boolean ruleOff(RuleMeta meta) {
    return except.contains(meta.id()) || except.contains(meta.category());
  }

  public boolean suppressed(Finding finding) {
    if (except.contains(finding.rule())) {
      return true;
    }
    String path = finding.location().path();
    List<PathMatcher> matchers = ignore.get(finding.rule());
    if (matchers != null && !path.isEmpty()) {
      Path asPath = Path.of(path);
      for (PathMatcher matcher : matchers) {
        if (matcher.matches(asPath)) {
          return true;
        }
      }
      for (String prefix : ignorePrefixes.get(finding.rule())) {
        if (path.startsWith(prefix)) {
          return true;
        }
      }
    }
    return protos != null && protos.suppressed(finding.location(), finding.rule());
  }
}
