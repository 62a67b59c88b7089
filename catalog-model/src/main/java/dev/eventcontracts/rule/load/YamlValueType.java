package dev.eventcontracts.rule.load;

import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_VALUE_TYPE",
    category = "STRUCTURE",
    summary = "Every value has the type and one of the allowed values the catalog format defines.")
public final class YamlValueType implements LoadRule {}
