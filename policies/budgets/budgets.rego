# METADATA
# title: kitelogik.policies.budgets
# description: |
#   Budgets, from the ledger snapshot on the event (which includes this request): a limited
#   dimension with a negative remainder is exhausted and denied; one where less than
#   budgets.approval_when_remaining_fraction_below of the limit would remain needs approval.
#   Model calls are allowed here; the other packages allow the other kinds.
package kitelogik.policies.budgets

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.budgets"

limited contains [name, dim] if {
	some name, dim in input.budget
	is_number(dim.limit)
	is_number(dim.remaining)
}

deny contains reason if {
	some [name, dim] in limited
	dim.remaining < 0
	reason := lib.reason(policy, "budget.exhausted", sprintf("the %s budget would be exceeded (limit %v)", [name, dim.limit]))
}

require_approval contains reason if {
	some [name, dim] in limited
	dim.remaining >= 0
	dim.limit > 0
	dim.remaining / dim.limit < lib.config.budgets.approval_when_remaining_fraction_below
	msg := sprintf("less than %v of the %s budget would remain", [lib.config.budgets.approval_when_remaining_fraction_below, name])
	reason := lib.reason(policy, "budget.low", msg)
}

allow contains reason if {
	input.kind == "model.call"
	reason := lib.reason(policy, "model.allowed", sprintf("model call to %q", [input.action.model]))
}
