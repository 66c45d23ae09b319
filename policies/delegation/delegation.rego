# METADATA
# title: kitelogik.policies.delegation
# description: |
#   Spawning or delegating to a sub-agent is allowed unless the child would be deeper than
#   delegation.max_depth (the root agent is depth 0) or it requests a scope its parent does
#   not hold (an escalation). The core computes granted and escalated scopes; a requested
#   scope the core did not grant is treated as escalated too.
package kitelogik.policies.delegation

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.delegation"

delegating if input.kind in {"agent.spawn", "agent.delegate"}

child_depth := input.agent.depth + 1 if delegating

escalated contains scope if {
	delegating
	some scope in input.action.escalated_scopes
}

escalated contains scope if {
	delegating
	some scope in input.action.child.requested_scopes
	not scope in input.action.granted_scopes
}

deny contains reason if {
	child_depth > lib.config.delegation.max_depth
	msg := sprintf("the child would be at depth %d; the limit is %d", [child_depth, lib.config.delegation.max_depth])
	reason := lib.reason(policy, "delegation.too_deep", msg)
}

deny contains reason if {
	count(escalated) > 0
	msg := sprintf("requested scopes the parent does not hold: %s", [concat(", ", sort(escalated))])
	reason := lib.reason(policy, "delegation.scope_escalation", msg)
}

allow contains reason if {
	delegating
	reason := lib.reason(policy, "delegation.allowed", sprintf("%s of %q within depth and scopes", [input.kind, input.action.child.name]))
}
