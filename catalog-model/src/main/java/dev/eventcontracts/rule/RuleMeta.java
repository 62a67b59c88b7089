package dev.eventcontracts.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A rule's metadata as read from its {@link RuleInfo}. */
public record RuleMeta(String id, String category, Severity severity, String summary) {

  private static final Map<Class<?>, RuleMeta> CACHE = new ConcurrentHashMap<>();

  public static RuleMeta of(Class<?> ruleClass) {
    return CACHE.computeIfAbsent(
        ruleClass,
        c -> {
          RuleInfo info = c.getAnnotation(RuleInfo.class);
          if (info == null) {
            throw new IllegalStateException(c.getName() + " has no @RuleInfo");
          }
          return new RuleMeta(info.id(), info.category(), info.severity(), info.summary());
        });
  }
}
