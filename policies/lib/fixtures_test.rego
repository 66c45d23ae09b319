# METADATA
# title: kitelogik.test.fixtures
# description: Contract events shared by the library's tests. Test files are never served.
package kitelogik.test.fixtures

import rego.v1

unlimited := {"used": 0, "reserved": 0, "limit": null, "remaining": null}

base := {
	"version": 1,
	"kind": "tool.call",
	"id": "evt_test",
	"time": "2026-11-25T10:00:00.000Z",
	"framework": "core",
	"session": {
		"id": "sess_test",
		"principal": {"id": "user-42", "roles": ["support_agent"], "tenant": "acme", "attributes": {}},
		"data_labels": [],
		"labels": {},
	},
	"agent": {
		"id": "agt_root",
		"name": "assistant",
		"depth": 0,
		"lineage": [],
		"scopes": ["tool:*", "fs:read:/workspace/**", "fs:write:/workspace/**", "fs:read:/data/public/**"],
	},
	"budget": {"tokens": unlimited, "tool_calls": unlimited, "cost_usd": unlimited, "wall_ms": unlimited},
	"action": {},
}

tool_call(name, args, resources) := object.union(base, {"action": {
	"call_id": "call_test",
	"tool": {"name": name, "source": "native", "server": null, "tier": "internal", "annotations": {}},
	"args": args,
	"resources": resources,
}})

file(path, op) := {"type": "file", "path": path, "op": op}

read_file(path) := tool_call("fs.read", {"path": path}, [file(path, "read")])

write_file(path) := tool_call("fs.write", {"path": path, "content": "x"}, [file(path, "write")])

url(scheme, host) := {
	"type": "url", "url": sprintf("%s://%s/", [scheme, host]), "scheme": scheme, "host": host,
	"port": null, "path": "/", "op": "fetch",
}

fetch(scheme, host) := tool_call("http.fetch", {"url": sprintf("%s://%s/", [scheme, host])}, [url(scheme, host)])

command(argv, meta) := {"type": "command", "argv": argv, "program": argv[0], "shell_metacharacters": meta}

exec(argv, meta) := tool_call("shell.exec", {"command": concat(" ", argv)}, [command(argv, meta)])

with_scopes(event, scopes) := object.union(event, {"agent": {"scopes": scopes}})

with_labels(event, labels) := object.union(event, {"session": {"data_labels": labels}})

spawn(kind, depth, requested, granted, escalated) := object.union(base, {
	"kind": kind,
	"agent": {"depth": depth},
	"action": {
		"child": {"name": "coder", "requested_scopes": requested, "tools": [], "budget": {}},
		"granted_scopes": granted,
		"escalated_scopes": escalated,
		"mode": "as_tool",
	},
})

plan(steps) := object.union(base, {"kind": "agent.plan", "action": {
	"steps": steps,
	"step_count": count(steps),
	"tool_counts": {name: n | some step in steps; name := step.tool; n := count([s | some s in steps; s.tool == name])},
}})

with_budget(event, dim, limit, remaining) := object.union(event, {"budget": {dim: {
	"used": limit - remaining, "reserved": 0, "limit": limit, "remaining": remaining,
}}})

codes(decision) := {reason.code | some reason in decision.reasons}
