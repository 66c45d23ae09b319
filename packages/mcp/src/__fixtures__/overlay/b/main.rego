package kitelogik.main

import rego.v1

extra := true
