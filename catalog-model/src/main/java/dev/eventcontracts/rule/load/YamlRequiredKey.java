package dev.eventcontracts.rule.load;

import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_REQUIRED_KEY",
    category = "STRUCTURE",
    summary = "Keys the catalog format requires (an event's name, owner, schema, topics…) are set.")
public final class YamlRequiredKey implements LoadRule {}
