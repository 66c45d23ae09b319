# METADATA
# title: kitelogik.policies.mcp
# description: |
#   MCP tool pinning. The adapter fingerprints each server's first tool list; a later call to a
#   tool whose definition (name, description, input schema, annotations) changed since it was
#   pinned is denied until someone re-approves the new definition. This stops a server from
#   swapping a tool's behaviour after it was reviewed (a "rug pull").
package kitelogik.policies.mcp

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.mcp"

tool := input.action.tool if {
	lib.tool_call
	input.action.tool.source == "mcp"
}

# The adapter puts the fingerprints on the tool or, failing that, in its annotations.
pin_field(name) := tool[name]

pin_field(name) := tool.annotations[name] if not tool[name]

changed if {
	pinned := pin_field("pinned_fingerprint")
	pinned != null
	pin_field("fingerprint") != pinned
}

changed if tool.annotations.changed_since_pin == true

deny contains reason if {
	changed
	msg := sprintf("MCP tool %q on server %q changed since it was pinned; re-approve its new definition", [tool.name, tool.server])
	reason := lib.reason(policy, "mcp.tool_changed", msg)
}
