package dev.eventcontracts.rule.load;

import dev.eventcontracts.rule.LoadRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "YAML_NO_UNKNOWN_KEY",
    category = "STRUCTURE",
    summary = "Catalog files hold only the keys of the catalog format, so a typo is never ignored.")
public final class YamlNoUnknownKey implements LoadRule {}
