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

# Scopes match as the core parses them: a resource is a name or `*`; an action is a name, `*`
# or a glob over names in which `*` and `?` also span dots (`tool:crm.*` covers crm.get_customer).
resource_matches("*", _) := true

resource_matches(pattern, value) if pattern == value

action_matches("*", _) := true

action_matches(pattern, value) if pattern == value

action_matches(pattern, value) if {
	pattern != "*"
	regex.match(`[*?]`, pattern)
	glob.match(pattern, ["/"], value)
}

# True when the agent holds a scope allowing `action` on `resource` for `subject` (a path, host or "").
has_scope(resource, action, subject) if {
	some scope in input.agent.scopes
	parts := scope_parts(scope)
	resource_matches(parts.resource, resource)
	action_matches(parts.action, action)
	qualifier_matches(parts.qualifier, subject)
}

qualifier_matches("", _) := true

qualifier_matches(qualifier, subject) if {
	qualifier != ""
	glob.match(qualifier, ["/"], subject)
}

# A tool scope: `tool:<name>` or a glob over tool names (`tool:*`, `tool:crm.*`), unqualified.
has_tool_scope(name) if {
	some scope in input.agent.scopes
	parts := scope_parts(scope)
	resource_matches(parts.resource, "tool")
	action_matches(parts.action, name)
	parts.qualifier == ""
}

resources_of(type) := [r | some r in input.action.resources; r.type == type]
