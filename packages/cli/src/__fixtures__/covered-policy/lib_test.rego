package lib_test

import rego.v1

import data.lib

test_admin_reads if lib.allow with input as {"user": "alice", "action": "read"}
	with data.lib.admins as ["alice"]

test_small if lib.size == "small" with input as {"n": 1}

test_names_empty if count(lib.names) == 0 with input as {"users": ["bob"]}
