# METADATA
# title: kitelogik.policies.dataflow
# description: |
#   Data flow: a call to an external tool while the session holds data labelled with one of
#   data.deny_external_with_labels (pii, confidential) is denied; with one of
#   data.approval_external_with_labels (internal) it needs a human approval. A tool is external
#   when it is declared so on the event (tool.tier) or listed in tools.external.
package kitelogik.policies.dataflow

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.dataflow"

external if input.action.tool.tier == "external"

external if lib.tool_name in lib.config.tools.external

labels := {label | some label in input.session.data_labels}

denying_labels := labels & {l | some l in lib.config.data.deny_external_with_labels}

approval_labels := labels & {l | some l in lib.config.data.approval_external_with_labels}

deny contains reason if {
	lib.tool_call
	external
	count(denying_labels) > 0
	msg := sprintf("external tool %q while the session holds %s data", [lib.tool_name, concat(", ", sort(denying_labels))])
	reason := lib.reason(policy, "data.external_with_sensitive_labels", msg)
}

require_approval contains reason if {
	lib.tool_call
	external
	count(denying_labels) == 0
	count(approval_labels) > 0
	msg := sprintf("external tool %q while the session holds %s data", [lib.tool_name, concat(", ", sort(approval_labels))])
	reason := lib.reason(policy, "data.external_with_internal_labels", msg)
}
