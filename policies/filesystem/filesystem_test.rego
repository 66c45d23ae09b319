package kitelogik.policies.filesystem_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_read_inside_workspace_is_allowed if {
	d := main.decision with input as f.read_file("/workspace/src/app.ts")
	d.effect == "allow"
}

test_read_of_public_data_is_allowed if {
	d := main.decision with input as f.read_file("/data/public/report.csv")
	d.effect == "allow"
}

test_write_inside_workspace_is_allowed if {
	d := main.decision with input as f.write_file("/workspace/out/result.json")
	d.effect == "allow"
}

test_write_to_public_data_is_denied if {
	d := main.decision with input as f.write_file("/data/public/report.csv")
	d.effect == "deny"
	"fs.write_outside_roots" in f.codes(d)
}

test_read_outside_roots_is_denied if {
	d := main.decision with input as f.read_file("/etc/passwd")
	d.effect == "deny"
	"fs.read_outside_roots" in f.codes(d)
}

# The core canonicalises /workspace/../etc/passwd to /etc/passwd; the policy judges the
# resource, so the raw argument cannot smuggle a traversal past the prefix check.
test_traversal_is_judged_on_the_canonical_path if {
	event := f.tool_call("fs.read", {"path": "/workspace/../etc/passwd"}, [f.file("/etc/passwd", "read")])
	d := main.decision with input as event
	d.effect == "deny"
}

test_lookalike_root_is_outside if {
	d := main.decision with input as f.read_file("/workspace-evil/secrets.txt")
	d.effect == "deny"
}

test_every_denied_pattern_is_denied if {
	denied := [path |
		some path in [
			"/workspace/.env", "/workspace/app/.env.production", "/workspace/certs/server.pem",
			"/workspace/keys/id.key", "/workspace/home/.ssh/id_ed25519", "/workspace/.aws/credentials",
			"/workspace/repo/.git/config",
		]
		d := main.decision with input as f.read_file(path)
		d.effect == "deny"
	]
	count(denied) == 7
}

test_agent_fs_scopes_narrow_the_roots if {
	event := f.with_scopes(f.read_file("/workspace/other/a.txt"), ["tool:*", "fs:read:/workspace/project/**"])
	d := main.decision with input as event
	d.effect == "deny"
	"fs.out_of_scope" in f.codes(d)
}

test_agent_fs_scope_allows_inside_it if {
	event := f.with_scopes(f.read_file("/workspace/project/a.txt"), ["tool:*", "fs:read:/workspace/project/**"])
	d := main.decision with input as event
	d.effect == "allow"
}

test_read_scope_does_not_grant_write if {
	event := f.with_scopes(f.write_file("/workspace/a.txt"), ["tool:*", "fs:read:/workspace/**"])
	d := main.decision with input as event
	d.effect == "deny"
}

test_unknown_operation_is_judged_as_write if {
	event := f.tool_call("fs.write", {"path": "/data/public/x"}, [f.file("/data/public/x", "delete")])
	d := main.decision with input as event
	d.effect == "deny"
}

test_fs_tool_without_a_path_is_denied if {
	d := main.decision with input as f.tool_call("fs.read", {"pth": "/workspace/a"}, [])
	d.effect == "deny"
	"fs.no_path" in f.codes(d)
}

test_invalid_resource_is_denied if {
	event := f.tool_call("fs.read", {"path": "/workspace/a\u0000b"}, [{"type": "invalid", "arg": "path", "reason": "NUL byte"}])
	d := main.decision with input as event
	d.effect == "deny"
	"resource.invalid" in f.codes(d)
}

test_one_bad_path_among_good_ones_denies if {
	event := f.tool_call("fs.read", {"paths": ["/workspace/a", "/etc/shadow"]}, [f.file("/workspace/a", "read"), f.file("/etc/shadow", "read")])
	d := main.decision with input as event
	d.effect == "deny"
}

test_wildcard_fs_scopes_narrow_as_globs if {
	allowed := f.with_scopes(f.write_file("/workspace/a.txt"), ["tool:*", "fs:*:/workspace/**"])
	main.decision.effect == "allow" with input as allowed
	globbed := f.with_scopes(f.read_file("/workspace/a.txt"), ["tool:*", "*:re?d:/workspace/**"])
	main.decision.effect == "allow" with input as globbed
	narrowed := f.with_scopes(f.read_file("/workspace/b/a.txt"), ["tool:*", "*:read:/workspace/a/**"])
	main.decision.effect == "deny" with input as narrowed
	elsewhere := f.with_scopes(f.read_file("/workspace/a.txt"), ["tool:*", "fs:write:/workspace/**"])
	main.decision.effect == "deny" with input as elsewhere
}

test_fs_scope_without_a_qualifier_covers_every_path_in_the_roots if {
	event := f.with_scopes(f.read_file("/data/public/x.csv"), ["tool:*", "fs:read"])
	d := main.decision with input as event
	d.effect == "allow"
}
