# METADATA
# title: kitelogik.policies.filesystem
# description: |
#   Reads only inside filesystem.read, writes only inside filesystem.write, judged on the
#   canonical resource path the core extracted (never on the raw argument). Paths matching
#   filesystem.deny are denied even inside the roots. When the agent holds any fs: scope, its
#   fs:read:<glob> / fs:write:<glob> scopes narrow further.
package kitelogik.policies.filesystem

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.filesystem"

fs := lib.config.filesystem

files := lib.resources_of("file")

# Any operation other than a read (write, delete, move, access...) is judged as a write.
op(file) := "read" if file.op == "read"

op(file) := "write" if file.op != "read"

roots(operation) := fs.read if operation == "read"

roots(operation) := fs.write if operation == "write"

inside(path, globs) if {
	some pattern in globs
	glob.match(pattern, ["/"], path)
}

# The root folder itself (`/workspace` for `/workspace/**`) counts as inside.
inside(path, globs) if {
	folder := concat("", [path, "/"])
	some pattern in globs
	glob.match(pattern, ["/"], folder)
}

# Any scope whose resource covers `fs` (`fs:...` or `*:...`) makes the agent's fs scopes narrow
# its file access.
has_fs_scope if {
	some scope in input.agent.scopes
	lib.resource_matches(lib.scope_parts(scope).resource, "fs")
}

deny contains reason if {
	some file in files
	not inside(file.path, roots(op(file)))
	msg := sprintf("%s of %s is outside the allowed %s roots", [op(file), file.path, op(file)])
	reason := lib.reason(policy, sprintf("fs.%s_outside_roots", [op(file)]), msg)
}

deny contains reason if {
	some file in files
	inside(file.path, fs.deny)
	reason := lib.reason(policy, "fs.path_denied", sprintf("%s matches a denied path pattern", [file.path]))
}

deny contains reason if {
	has_fs_scope
	some file in files
	not lib.has_scope("fs", op(file), file.path)
	msg := sprintf("the agent has no fs:%s scope covering %s", [op(file), file.path])
	reason := lib.reason(policy, "fs.out_of_scope", msg)
}

# A filesystem tool whose arguments yielded no file resource cannot be judged, so it is denied.
deny contains reason if {
	startswith(lib.tool_name, "fs.")
	count(files) == 0
	reason := lib.reason(policy, "fs.no_path", sprintf("tool %q names no file the policy can judge", [lib.tool_name]))
}

deny contains reason if {
	some r in lib.resources_of("invalid")
	reason := lib.reason(policy, "resource.invalid", sprintf("argument %v: %v", [r.arg, r.reason]))
}
