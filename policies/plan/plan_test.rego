package kitelogik.policies.plan_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

step(tool, args) := {"tool": tool, "args": args}

test_small_plan_is_allowed if {
	d := main.decision with input as f.plan([step("search.web", {}), step("fs.write", {"path": "/workspace/a"})])
	d.effect == "allow"
}

test_plan_over_max_steps_is_denied if {
	d := main.decision with input as f.plan([step("search.web", {"i": i}) | some i in numbers.range(1, 21)])
	d.effect == "deny"
	"plan.too_many_steps" in f.codes(d)
}

test_plan_at_max_steps_is_allowed if {
	d := main.decision with input as f.plan([step("search.web", {"i": i}) | some i in numbers.range(1, 20)])
	d.effect == "allow"
}

test_plan_with_a_denied_tool_is_denied if {
	d := main.decision with input as f.plan([step("search.web", {}), step("secrets.read", {})])
	d.effect == "deny"
	"plan.denied_tool" in f.codes(d)
}

test_plan_with_an_unknown_tool_is_denied if {
	d := main.decision with input as f.plan([step("teleport", {})])
	d.effect == "deny"
}

test_plan_with_more_than_three_writes_requires_approval if {
	steps := [
		step("fs.write", {}), step("email.send", {}), step("payments.refund", {}),
		step("db.query", {"query": "UPDATE users SET plan = 'pro'"}),
	]
	d := main.decision with input as f.plan(steps)
	d.effect == "require_approval"
	"plan.many_writes" in f.codes(d)
}

test_plan_with_three_writes_is_allowed if {
	d := main.decision with input as f.plan([step("fs.write", {}), step("email.send", {}), step("payments.refund", {})])
	d.effect == "allow"
}

test_read_queries_are_not_writes if {
	steps := [step("fs.write", {}), step("email.send", {}), step("payments.refund", {}), step("db.query", {"query": "select * from users"})]
	d := main.decision with input as f.plan(steps)
	d.effect == "allow"
}

test_a_write_hidden_after_a_read_statement_counts if {
	steps := [
		step("fs.write", {}), step("email.send", {}), step("payments.refund", {}),
		step("db.query", {"sql": "select 1; DeLeTe from users"}),
	]
	d := main.decision with input as f.plan(steps)
	d.effect == "require_approval"
}
