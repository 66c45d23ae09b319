# METADATA
# title: kitelogik.policies.shared_folder
# description: |
#   The example's own policy, loaded after the reference library: writes into the shared
#   folder (/workspace/shared/**) need a person's approval. A team adds a rule like this by
#   adding a package; nothing in the reference library changes.
package kitelogik.policies.shared_folder

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.shared_folder"

require_approval contains reason if {
	some file in lib.resources_of("file")
	file.op != "read"
	glob.match("/workspace/shared/**", ["/"], file.path)
	msg := sprintf("writing %s changes what the whole team sees", [file.path])
	reason := object.union(lib.reason(policy, "fs.shared_write_needs_approval", msg), {"approvers": ["role:owner"]})
}
