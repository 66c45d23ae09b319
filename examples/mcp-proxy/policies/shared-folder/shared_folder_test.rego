package kitelogik.policies.shared_folder_test

import data.kitelogik.policies.shared_folder
import rego.v1

write_to(path) := {
	"kind": "tool.call",
	"action": {"tool": {"name": "fs.write"}, "resources": [{"type": "file", "path": path, "op": "write"}]},
}

test_a_shared_write_needs_approval if {
	some reason in shared_folder.require_approval with input as write_to("/workspace/shared/report.md")
	reason.code == "fs.shared_write_needs_approval"
}

test_a_private_write_does_not if {
	count(shared_folder.require_approval) == 0 with input as write_to("/workspace/notes.md")
}
