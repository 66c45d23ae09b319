package example_test

import data.example
import rego.v1

test_admin_allowed if example.allow with input as {"user": "alice"}

test_guest_denied if not example.allow with input as {"user": "mallory"}

todo_test_later if false

test_wrong_expectation if example.allow with input as {"user": "bob"}

test_conflict_error if conflict with input as {"x": true}

conflict := 1 if input.x

conflict := 2 if input.x
