package kitelogik.policies.dataflow_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

email := f.tool_call("email.send", {"to": "a@example.com"}, [])

test_external_tool_without_labels_is_allowed if {
	d := main.decision with input as email
	d.effect == "allow"
}

test_external_tool_with_pii_is_denied if {
	d := main.decision with input as f.with_labels(email, ["pii"])
	d.effect == "deny"
	"data.external_with_sensitive_labels" in f.codes(d)
}

test_external_tool_with_confidential_is_denied if {
	d := main.decision with input as f.with_labels(email, ["internal", "confidential"])
	d.effect == "deny"
}

test_external_tool_with_internal_requires_approval if {
	d := main.decision with input as f.with_labels(email, ["internal"])
	d.effect == "require_approval"
	"data.external_with_internal_labels" in f.codes(d)
}

test_internal_tool_with_pii_is_allowed if {
	d := main.decision with input as f.with_labels(f.tool_call("crm.get_customer", {"id": "c-1"}, []), ["pii"])
	d.effect == "allow"
}

test_tool_declared_external_on_the_event_counts if {
	event := object.union(f.with_labels(f.tool_call("crm.get_customer", {}, []), ["pii"]), {"action": {"tool": {"tier": "external"}}})
	d := main.decision with input as event
	d.effect == "deny"
}
