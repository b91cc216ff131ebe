package io.fleet.dispatch.supervision.setting;

import io.fleet.dispatch.supervision.rule.Params;
import io.fleet.dispatch.supervision.rule.RuleKey;

/** A setting as it applies to an organisation; fromOrgId is where it was set (null: the defaults). */
public record Effective(RuleKey key, boolean enabled, Params params, Long fromOrgId) {
}
