package dev.eventcontracts.rule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A rule's metadata as read from its {@link RuleInfo}, with the family its interface gives it. */
public record RuleMeta(
    String id, Category category, RuleFamily family, Severity severity, String summary) {

  private static final Map<Class<?>, RuleMeta> CACHE = new ConcurrentHashMap<>();

  public static RuleMeta of(Class<?> ruleClass) {
    return CACHE.computeIfAbsent(
        ruleClass,
        c -> {
          RuleInfo info = c.getAnnotation(RuleInfo.class);
          if (info == null) {
            throw new IllegalStateException(c.getName() + " has no @RuleInfo");
          }
          return new RuleMeta(
              info.id(), info.category(), familyOf(c), info.severity(), info.summary());
        });
  }

  private static RuleFamily familyOf(Class<?> c) {
    if (LoadRule.class.isAssignableFrom(c)) {
      return RuleFamily.LOAD;
    } else if (LintRule.class.isAssignableFrom(c)) {
      return RuleFamily.LINT;
    } else if (BreakingRule.class.isAssignableFrom(c)) {
      return RuleFamily.BREAKING;
    } else if (VerifyRule.class.isAssignableFrom(c)) {
      return RuleFamily.VERIFY;
    }
    throw new IllegalStateException(c.getName() + " implements no rule family's interface");
  }
}
