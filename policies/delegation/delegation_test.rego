package kitelogik.policies.delegation_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_spawn_within_depth_and_scopes_is_allowed if {
	d := main.decision with input as f.spawn("agent.spawn", 0, ["fs:read:/workspace/**"], ["fs:read:/workspace/**"], [])
	d.effect == "allow"
}

test_delegate_at_max_depth_minus_one_is_allowed if {
	d := main.decision with input as f.spawn("agent.delegate", 1, [], [], [])
	d.effect == "allow"
}

test_child_deeper_than_max_depth_is_denied if {
	d := main.decision with input as f.spawn("agent.spawn", 2, [], [], [])
	d.effect == "deny"
	"delegation.too_deep" in f.codes(d)
}

test_escalated_scope_is_denied if {
	d := main.decision with input as f.spawn("agent.delegate", 0, ["fs:write:/**"], [], ["fs:write:/**"])
	d.effect == "deny"
	"delegation.scope_escalation" in f.codes(d)
}

test_requested_scope_not_granted_counts_as_escalated if {
	d := main.decision with input as f.spawn("agent.spawn", 0, ["tool:db.drop"], [], [])
	d.effect == "deny"
	"delegation.scope_escalation" in f.codes(d)
}
