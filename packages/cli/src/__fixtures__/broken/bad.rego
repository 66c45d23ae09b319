package broken

p := [1, 2
