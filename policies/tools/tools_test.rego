package kitelogik.policies.tools_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_known_tool_in_scope_is_allowed if {
	d := main.decision with input as f.tool_call("search.web", {"q": "rego"}, [])
	d.effect == "allow"
}

test_denied_tool_is_denied_even_with_a_scope if {
	event := f.with_scopes(f.tool_call("db.drop", {}, []), ["tool:db.drop", "tool:*"])
	d := main.decision with input as event
	d.effect == "deny"
	"tool.denied" in f.codes(d)
}

test_unknown_tool_is_denied if {
	d := main.decision with input as f.tool_call("rm.everything", {}, [])
	d.effect == "deny"
	"tool.unknown" in f.codes(d)
}

test_tool_without_scope_is_denied if {
	event := f.with_scopes(f.tool_call("search.web", {}, []), ["tool:crm.get_customer"])
	d := main.decision with input as event
	d.effect == "deny"
	"tool.out_of_scope" in f.codes(d)
}

test_prefix_glob_scope_covers_tool if {
	event := f.with_scopes(f.tool_call("crm.get_customer", {}, []), ["tool:crm.*"])
	d := main.decision with input as event
	d.effect == "allow"
}

test_scope_for_a_lookalike_name_does_not_cover if {
	event := f.with_scopes(f.tool_call("search.web", {}, []), ["tool:search.web2", "tool:search", "tool:Search.web"])
	d := main.decision with input as event
	d.effect == "deny"
}

test_qualified_tool_scope_does_not_cover_the_tool if {
	event := f.with_scopes(f.tool_call("search.web", {}, []), ["tool:search.web:extra"])
	d := main.decision with input as event
	d.effect == "deny"
}

test_case_variant_of_a_denied_tool_is_unknown if {
	d := main.decision with input as f.tool_call("DB.DROP", {}, [])
	d.effect == "deny"
	"tool.unknown" in f.codes(d)
}

test_no_config_denies_everything if {
	d := main.decision with input as f.tool_call("search.web", {}, []) with data.kitelogik.config as {}
	d.effect == "deny"
}
