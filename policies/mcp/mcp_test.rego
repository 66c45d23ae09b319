package kitelogik.policies.mcp_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

mcp_call(extra) := object.union(f.tool_call("search.web", {"q": "x"}, []), {"action": {"tool": object.union(
	{"source": "mcp", "server": "web"},
	extra,
)}})

test_pinned_tool_with_the_same_fingerprint_is_allowed if {
	d := main.decision with input as mcp_call({"fingerprint": "sha256:a", "pinned_fingerprint": "sha256:a"})
	d.effect == "allow"
}

test_first_seen_tool_is_allowed if {
	d := main.decision with input as mcp_call({"fingerprint": "sha256:a", "pinned_fingerprint": null})
	d.effect == "allow"
}

test_changed_tool_is_denied if {
	d := main.decision with input as mcp_call({"fingerprint": "sha256:b", "pinned_fingerprint": "sha256:a"})
	d.effect == "deny"
	"mcp.tool_changed" in f.codes(d)
}

test_fingerprints_in_annotations_are_judged_too if {
	extra := {"annotations": {"fingerprint": "sha256:b", "pinned_fingerprint": "sha256:a"}}
	d := main.decision with input as mcp_call(extra)
	d.effect == "deny"
}

test_changed_since_pin_flag_is_denied if {
	d := main.decision with input as mcp_call({"annotations": {"changed_since_pin": true}})
	d.effect == "deny"
	"mcp.tool_changed" in f.codes(d)
}

test_native_tools_are_not_judged_by_pins if {
	event := object.union(f.tool_call("search.web", {}, []), {"action": {"tool": {"fingerprint": "x", "pinned_fingerprint": "y"}}})
	d := main.decision with input as event
	d.effect == "allow"
}
