package lib

import rego.v1

default allow := false

allow if {
	input.user in data.lib.admins
	input.action == "read"
}

size := "big" if {
	input.n > 10
} else := "small"

# No test calls this function: its lines stay uncovered.
untested(x) := y if {
	y := x * 2
}

names := [name |
	some name in input.users
	startswith(name, "a")
]
