# METADATA
# title: messy
package messy

import data.a # first
import data.b
import rego.v1

# Constant.
limit := 3 # trailing
xs := [
	1,
	2, 3,
]

p if {
	x := 1 + (2 * 3)
	x > limit
	# before the end
}

q if input.a

f(x) := y if {
	y := x
} else := 0
