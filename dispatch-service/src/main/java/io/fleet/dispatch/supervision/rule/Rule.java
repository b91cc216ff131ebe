package io.fleet.dispatch.supervision.rule;

import java.util.List;

/** One rule: a pure function of a vehicle's facts and the organisation's thresholds. */
public interface Rule {

    RuleKey key();

    List<Finding> evaluate(Facts facts, Params params);
}
