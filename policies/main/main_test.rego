package kitelogik.main_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_default_is_deny if {
	d := main.decision with input as {"kind": "nothing.we.know"}
	d.effect == "deny"
	d.reasons == [{"code": "default.deny", "message": "no policy allows this action", "policy": "kitelogik.main"}]
}

test_deny_wins_over_approval_and_allow if {
	d := main.decision with data.kitelogik.policies as {
		"a": {"deny": [{"code": "a.no", "message": "no"}], "allow": [{"code": "a.yes", "message": "yes"}]},
		"b": {"require_approval": [{"code": "b.ask", "message": "ask"}]},
	}
	d.effect == "deny"
	f.codes(d) == {"a.no"}
}

test_approval_wins_over_allow if {
	d := main.decision with data.kitelogik.policies as {
		"a": {"allow": [{"code": "a.yes", "message": "yes"}]},
		"b": {"require_approval": [{"code": "b.ask", "message": "ask", "approvers": ["role:x"]}]},
	}
	d.effect == "require_approval"
	d.obligations.approval == {"approvers": ["role:x"], "ttl_s": 900}
}

test_allow_needs_an_explicit_allow if {
	d := main.decision with data.kitelogik.policies as {"a": {"deny": [], "require_approval": []}}
	d.effect == "deny"
	f.codes(d) == {"default.deny"}
}

test_reasons_are_collected_from_every_package if {
	d := main.decision with input as f.with_scopes(f.tool_call("db.drop", {}, []), [])
	f.codes(d) == {"tool.denied", "tool.out_of_scope"}
}
