# METADATA
# title: kitelogik.policies.plan
# description: |
#   A plan (a batch of intended actions) is checked before any step runs: more than
#   plan.max_steps steps is denied, a plan naming a denied or unknown tool is denied, and more
#   than plan.approval_when_writes_over write steps needs a human approval.
package kitelogik.policies.plan

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.plan"

planning if input.kind == "agent.plan"

steps := input.action.steps if planning

write_tools := {"fs.write", "payments.refund", "email.send"}

# Any statement keyword that changes data or schema, anywhere in the text (so a second
# statement after a harmless SELECT still counts).
write_statement(step) if {
	step.tool == "db.query"
	some key in ["query", "sql", "statement"]
	regex.match(`(?i)\b(insert|update|delete|drop|alter|create|truncate|grant|revoke|merge|replace|upsert|copy)\b`, step.args[key])
}

write_step(step) if step.tool in write_tools

write_step(step) if write_statement(step)

write_count := count([i | some i, step in steps; write_step(step)])

bad_tool(name) if name in lib.config.tools.deny

bad_tool(name) if not name in lib.config.tools.known

deny contains reason if {
	count(steps) > lib.config.plan.max_steps
	msg := sprintf("the plan has %d steps; the limit is %d", [count(steps), lib.config.plan.max_steps])
	reason := lib.reason(policy, "plan.too_many_steps", msg)
}

deny contains reason if {
	some step in steps
	bad_tool(step.tool)
	reason := lib.reason(policy, "plan.denied_tool", sprintf("the plan uses denied or unknown tool %q", [step.tool]))
}

require_approval contains reason if {
	write_count > lib.config.plan.approval_when_writes_over
	msg := sprintf("the plan has %d write steps; more than %d needs approval", [write_count, lib.config.plan.approval_when_writes_over])
	reason := lib.reason(policy, "plan.many_writes", msg)
}

allow contains reason if {
	planning
	reason := lib.reason(policy, "plan.allowed", sprintf("a plan of %d steps", [count(steps)]))
}
