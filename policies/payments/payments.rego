# METADATA
# title: kitelogik.policies.payments
# description: |
#   Refunds: an amount over payments.refund.approval_over needs a human approval, over
#   payments.refund.deny_over is denied; a missing, non-numeric or negative amount is denied.
package kitelogik.policies.payments

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.payments"

refund := lib.config.payments.refund

refunding if lib.tool_name == "payments.refund"

amount := input.action.args.amount if refunding

valid_amount if {
	is_number(amount)
	amount >= 0
}

deny contains reason if {
	refunding
	not valid_amount
	reason := lib.reason(policy, "payments.invalid_amount", "the refund amount must be a non-negative number")
}

deny contains reason if {
	valid_amount
	amount > refund.deny_over
	reason := lib.reason(policy, "payments.refund_over_limit", sprintf("refunds over %v are denied", [refund.deny_over]))
}

require_approval contains reason if {
	valid_amount
	amount > refund.approval_over
	amount <= refund.deny_over
	msg := sprintf("refunds over %v need a human approval", [refund.approval_over])
	reason := object.union(lib.reason(policy, "payments.refund_needs_approval", msg), {"approvers": ["role:manager"]})
}
