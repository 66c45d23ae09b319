# METADATA
# title: kitelogik.main
# description: |
#   The aggregator. Every package under data.kitelogik.policies contributes reasons to its
#   `deny`, `require_approval` and `allow` sets; this package turns them into the one decision
#   the core evaluates. Precedence is deny > require_approval > allow, and nothing is allowed
#   without an explicit allow (deny by default). Add a policy by adding a package, not by
#   editing this file.
package kitelogik.main

import rego.v1

denials contains reason if {
	some reason in data.kitelogik.policies[_].deny
}

approvals contains reason if {
	some reason in data.kitelogik.policies[_].require_approval
}

allowances contains reason if {
	some reason in data.kitelogik.policies[_].allow
}

default_deny := {
	"code": "default.deny",
	"message": "no policy allows this action",
	"policy": "kitelogik.main",
}

approval_ttl_s := object.get(data.kitelogik.config, ["approvals", "ttl_s"], 900)

approvers contains approver if {
	some reason in approvals
	some approver in reason.approvers
}

default decision := {"effect": "deny", "reasons": [default_deny]}

decision := {"effect": "deny", "reasons": sort_reasons(denials)} if {
	count(denials) > 0
} else := {
	"effect": "require_approval",
	"reasons": sort_reasons(approvals),
	"obligations": {"approval": {"approvers": sort(approvers), "ttl_s": approval_ttl_s}},
} if {
	count(approvals) > 0
} else := {"effect": "allow", "reasons": sort_reasons(allowances)} if {
	count(allowances) > 0
}

# Reasons are plain objects; sets iterate in Rego's sort order, so the output is deterministic.
sort_reasons(reasons) := [reason | some reason in reasons]
