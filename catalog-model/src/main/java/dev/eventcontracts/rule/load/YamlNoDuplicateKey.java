package dev.eventcontracts.rule.load;

import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_NO_DUPLICATE_KEY",
    category = "STRUCTURE",
    summary = "A key appears once per mapping; YAML parsers disagree on which duplicate wins.")
public final class YamlNoDuplicateKey implements LoadRule {}
