package kitelogik.policies.budgets_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

model_call := object.union(f.base, {"kind": "model.call", "action": {"model": "gpt-5", "estimated_input_tokens": 1800}})

test_model_call_within_budget_is_allowed if {
	d := main.decision with input as f.with_budget(model_call, "tokens", 50000, 40000)
	d.effect == "allow"
}

test_exceeded_budget_is_denied if {
	d := main.decision with input as f.with_budget(model_call, "tokens", 50000, -1)
	d.effect == "deny"
	f.codes(d) == {"budget.exhausted"}
}

test_low_budget_requires_approval if {
	d := main.decision with input as f.with_budget(model_call, "cost_usd", 5, 0.4)
	d.effect == "require_approval"
	f.codes(d) == {"budget.low"}
}

test_exactly_ten_percent_left_is_allowed if {
	d := main.decision with input as f.with_budget(model_call, "tool_calls", 50, 5)
	d.effect == "allow"
}

test_budget_applies_to_tool_calls_too if {
	d := main.decision with input as f.with_budget(f.tool_call("search.web", {}, []), "tool_calls", 10, -1)
	d.effect == "deny"
}

test_unlimited_dimensions_are_ignored if {
	d := main.decision with input as model_call
	d.effect == "allow"
}
