# METADATA
# title: kitelogik.policies.tools
# description: |
#   Which tools may be called at all. A tool call needs a scope covering tool:<name>; tools in
#   tools.deny are denied for everyone; a tool not in tools.known is denied.
package kitelogik.policies.tools

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.tools"

known if lib.tool_name in lib.config.tools.known

denied_for_everyone if lib.tool_name in lib.config.tools.deny

deny contains reason if {
	denied_for_everyone
	reason := lib.reason(policy, "tool.denied", sprintf("tool %q is denied for every agent", [lib.tool_name]))
}

deny contains reason if {
	lib.tool_call
	not known
	reason := lib.reason(policy, "tool.unknown", sprintf("tool %q is not a known tool", [lib.tool_name]))
}

deny contains reason if {
	lib.tool_call
	not lib.has_tool_scope(lib.tool_name)
	reason := lib.reason(policy, "tool.out_of_scope", sprintf("the agent has no scope covering tool:%s", [lib.tool_name]))
}

allow contains reason if {
	known
	not denied_for_everyone
	lib.has_tool_scope(lib.tool_name)
	reason := lib.reason(policy, "tool.allowed", sprintf("tool %q is known and in scope", [lib.tool_name]))
}
