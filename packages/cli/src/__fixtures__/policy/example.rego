package example

import rego.v1

default allow := false

allow if input.user in data.example.admins

greeting := sprintf("hello %s", [input.user])

unused_helper(x) := x + 1
