# METADATA
# title: kitelogik.lib
# description: Helpers shared by the policy library. Not under kitelogik.policies, so it is not aggregated.
package kitelogik.lib

import rego.v1

config := data.kitelogik.config

# A reason object with a stable code.
reason(policy, code, message) := {"code": code, "message": message, "policy": policy}

tool_call if input.kind == "tool.call"

tool_name := input.action.tool.name if tool_call

# Scope parts: resource, action and the optional qualifier (which may itself contain ':').
scope_parts(scope) := parts if {
	raw := split(scope, ":")
	count(raw) >= 2
	parts := {
		"resource": raw[0],
		"action": raw[1],
		"qualifier": concat(":", array.slice(raw, 2, count(raw))),
	}
}

segment_matches(pattern, _) if pattern == "*"

segment_matches(pattern, value) if pattern == value

segment_matches(pattern, value) if {
	pattern != "*"
	contains(pattern, "*")
	glob.match(pattern, [], value)
}

# True when the agent holds a scope allowing `action` on `resource` for `subject` (a path, host or "").
has_scope(resource, action, subject) if {
	some scope in input.agent.scopes
	parts := scope_parts(scope)
	segment_matches(parts.resource, resource)
	segment_matches(parts.action, action)
	qualifier_matches(parts.qualifier, subject)
}

qualifier_matches("", _) := true

qualifier_matches(qualifier, subject) if {
	qualifier != ""
	glob.match(qualifier, ["/"], subject)
}

# A tool scope: `tool:<name>` or a wildcard over tool names (`tool:*`, `tool:fs.*`).
has_tool_scope(name) if {
	some scope in input.agent.scopes
	parts := scope_parts(scope)
	segment_matches(parts.resource, "tool")
	tool_segment_matches(parts.action, name)
	parts.qualifier == ""
}

tool_segment_matches("*", _) := true

tool_segment_matches(pattern, name) if pattern == name

tool_segment_matches(pattern, name) if {
	pattern != "*"
	contains(pattern, "*")
	glob.match(pattern, ["/"], name)
}

resources_of(type) := [r | some r in input.action.resources; r.type == type]
