package dev.eventcontracts.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata: its stable ID, category, default severity and one-sentence purpose. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** UPPER_SNAKE, the class name in UpperCamelCase. */
  String id();

  Category category();

  Severity severity() default Severity.ERROR;

  String summary();
}
