package kitelogik.policies.shell_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_allowed_program_is_allowed if {
	d := main.decision with input as f.exec(["ls", "-la", "/workspace"], false)
	d.effect == "allow"
}

test_git_status_is_allowed if {
	d := main.decision with input as f.exec(["git", "status"], false)
	d.effect == "allow"
}

test_program_not_allowed_is_denied if {
	d := main.decision with input as f.exec(["rm", "-rf", "/"], false)
	d.effect == "deny"
	"shell.program_denied" in f.codes(d)
}

test_program_is_judged_on_its_basename_from_the_core if {
	event := f.tool_call("shell.exec", {"command": "/bin/rm -rf /"}, [{"type": "command", "argv": ["/bin/rm", "-rf", "/"], "program": "rm", "shell_metacharacters": false}])
	d := main.decision with input as event
	d.effect == "deny"
}

test_metacharacters_are_denied if {
	d := main.decision with input as f.exec(["ls;", "rm", "-rf", "/"], true)
	d.effect == "deny"
	"shell.metacharacters" in f.codes(d)
}

test_denied_git_subcommands_are_denied if {
	denied := [sub |
		some sub in ["push", "config", "remote"]
		d := main.decision with input as f.exec(["git", sub, "x"], false)
		"shell.subcommand_denied" in f.codes(d)
	]
	count(denied) == 3
}

test_global_options_do_not_hide_a_subcommand if {
	d := main.decision with input as f.exec(["git", "-C", "/workspace", "push", "origin"], false)
	d.effect == "deny"
}

test_git_dash_c_counts_as_config if {
	d := main.decision with input as f.exec(["git", "-c", "core.sshCommand=sh", "fetch"], false)
	d.effect == "deny"
	"shell.subcommand_denied" in f.codes(d)
}

test_git_config_env_counts_as_config if {
	d := main.decision with input as f.exec(["git", "--config-env=core.sshCommand=EVIL", "fetch"], false)
	d.effect == "deny"
	"shell.subcommand_denied" in f.codes(d)
}

test_expansion_cannot_spell_a_denied_subcommand if {
	cmd := object.union(f.command(["git", "{push,origin}"], false), {"shell_expansion": true})
	d := main.decision with input as f.tool_call("shell.exec", {"command": "git {push,origin}"}, [cmd])
	d.effect == "deny"
	"shell.expansion" in f.codes(d)
}

test_expansion_is_fine_for_programs_without_denied_subcommands if {
	cmd := object.union(f.command(["ls", "*.md"], false), {"shell_expansion": true})
	d := main.decision with input as f.tool_call("shell.exec", {"command": "ls *.md"}, [cmd])
	d.effect == "allow"
}

test_shell_tool_without_a_command_is_denied if {
	d := main.decision with input as f.tool_call("shell.exec", {"cmdline": "ls"}, [])
	d.effect == "deny"
	"shell.no_command" in f.codes(d)
}

test_interpreters_are_not_allowed if {
	denied := [p |
		some p in ["sh", "bash", "env", "python3", "sudo"]
		d := main.decision with input as f.exec([p, "-c", "ls"], false)
		d.effect == "deny"
	]
	count(denied) == 5
}
