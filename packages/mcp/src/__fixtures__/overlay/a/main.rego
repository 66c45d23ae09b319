package kitelogik.main

import rego.v1

decision := {"effect": "allow", "reasons": []}
