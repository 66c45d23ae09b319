# METADATA
# title: messy
package messy
import rego.v1
import data.b
import data.a # first
# Constant.
limit   :=   3 # trailing
xs := [1,
  2, 3]
p if { x := 1 + 2 * 3; x > limit
  # before the end
}
q if {   input.a   }
f(x) := y if { y := x } else := 0
