# METADATA
# title: kitelogik.policies.shell
# description: |
#   Commands: only programs in shell.allow_programs, judged on argv[0] of the command the core
#   parsed (a path like /bin/rm is judged as rm); any shell metacharacter is denied; denied
#   subcommands (git push, git config, git remote) are denied wherever they appear in argv.
package kitelogik.policies.shell

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.shell"

sh := lib.config.shell

commands := lib.resources_of("command")

deny contains reason if {
	some cmd in commands
	not cmd.program in sh.allow_programs
	reason := lib.reason(policy, "shell.program_denied", sprintf("program %q is not allowed", [cmd.program]))
}

deny contains reason if {
	sh.deny_shell_metacharacters == true
	some cmd in commands
	cmd.shell_metacharacters == true
	reason := lib.reason(policy, "shell.metacharacters", "the command contains shell metacharacters")
}

# Any later argument counts, so global options before the subcommand (git -C x push) do not hide it.
deny contains reason if {
	some cmd in commands
	some arg in array.slice(cmd.argv, 1, count(cmd.argv))
	arg in sh.deny_subcommands[cmd.program]
	reason := lib.reason(policy, "shell.subcommand_denied", sprintf("%s %s is denied", [cmd.program, arg]))
}

# `git -c key=value` and `--config-env` set configuration too, so they count as `git config`.
deny contains reason if {
	some cmd in commands
	"config" in sh.deny_subcommands[cmd.program]
	some arg in array.slice(cmd.argv, 1, count(cmd.argv))
	config_flag(arg)
	reason := lib.reason(policy, "shell.subcommand_denied", sprintf("%s %s sets configuration", [cmd.program, arg]))
}

config_flag(arg) if arg == "-c"

config_flag(arg) if startswith(arg, "--config-env")

# A shell expands globs, braces and tildes before the program runs, so the argv judged above
# is not what runs (`git {push,origin}` runs `git push origin`): for a program with denied
# subcommands, an expanding word is denied.
deny contains reason if {
	some cmd in commands
	cmd.shell_expansion == true
	sh.deny_subcommands[cmd.program]
	msg := sprintf("%s arguments use shell expansion, which could spell a denied subcommand", [cmd.program])
	reason := lib.reason(policy, "shell.expansion", msg)
}

# A shell tool whose arguments yielded no command cannot be judged, so it is denied.
deny contains reason if {
	lib.tool_name == "shell.exec"
	count(commands) == 0
	reason := lib.reason(policy, "shell.no_command", "shell.exec names no command the policy can judge")
}
