package kitelogik.policies.payments_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

refund(amount) := f.tool_call("payments.refund", {"order": "o-1", "amount": amount}, [])

test_small_refund_is_allowed if {
	d := main.decision with input as refund(200)
	d.effect == "allow"
}

test_refund_over_200_requires_approval if {
	d := main.decision with input as refund(200.01)
	d.effect == "require_approval"
	f.codes(d) == {"payments.refund_needs_approval"}
	d.obligations.approval.approvers == ["role:manager"]
}

test_refund_of_5000_requires_approval if {
	d := main.decision with input as refund(5000)
	d.effect == "require_approval"
}

test_refund_over_5000_is_denied if {
	d := main.decision with input as refund(5000.5)
	d.effect == "deny"
	f.codes(d) == {"payments.refund_over_limit"}
}

test_non_numeric_amounts_are_denied if {
	denied := [a |
		some a in ["100", "1e9", null, true, [], {}, "NaN"]
		d := main.decision with input as refund(a)
		"payments.invalid_amount" in f.codes(d)
	]
	count(denied) == 7
}

test_negative_amount_is_denied if {
	d := main.decision with input as refund(-50)
	d.effect == "deny"
	"payments.invalid_amount" in f.codes(d)
}

test_missing_amount_is_denied if {
	d := main.decision with input as f.tool_call("payments.refund", {"order": "o-1"}, [])
	d.effect == "deny"
	"payments.invalid_amount" in f.codes(d)
}
