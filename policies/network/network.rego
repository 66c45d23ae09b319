# METADATA
# title: kitelogik.policies.network
# description: |
#   Outbound requests: only schemes in network.allow_schemes, only hosts in
#   network.allow_hosts (a "*." entry matches subdomains, not the bare domain), judged on the
#   URL the core parsed (userinfo, port, case, trailing dots and IDN spelling are already
#   normalised). Literal private, loopback, link-local and metadata addresses are denied.
package kitelogik.policies.network

import data.kitelogik.lib
import rego.v1

policy := "kitelogik.policies.network"

cfg := lib.config.network

urls := lib.resources_of("url")

host_allowed(host) if host in cfg.allow_hosts

host_allowed(host) if {
	some entry in cfg.allow_hosts
	startswith(entry, "*.")
	endswith(host, substring(entry, 1, -1))
}

# IPv6 literals arrive bracketed from the URL parser.
bare_host(host) := trim_suffix(trim_prefix(host, "["), "]")

blocked_ranges := [
	"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
	"172.16.0.0/12", "192.168.0.0/16", "::1/128", "::/128", "fc00::/7", "fe80::/10",
	"::ffff:0:0/96",
]

metadata_hosts := {"metadata.google.internal", "metadata", "instance-data", "169.254.169.254", "fd00:ec2::254"}

private_address(url) if url.private == true

private_address(url) if url.loopback == true

private_address(url) if url.link_local == true

private_address(url) if url.metadata == true

private_address(url) if bare_host(url.host) in metadata_hosts

# Only IP literals go to net.cidr_contains (it errors on host names, and errors fail closed).
ip_literal(host) if regex.match(`^[0-9.]+$|^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$`, host)

private_address(url) if {
	host := bare_host(url.host)
	ip_literal(host)
	some range in blocked_ranges
	net.cidr_contains(range, host)
}

deny contains reason if {
	some url in urls
	not url.scheme in cfg.allow_schemes
	reason := lib.reason(policy, "net.scheme_denied", sprintf("scheme %q is not allowed for %s", [url.scheme, url.host]))
}

deny contains reason if {
	some url in urls
	not host_allowed(url.host)
	reason := lib.reason(policy, "net.host_denied", sprintf("host %q is not in the allowed hosts", [url.host]))
}

deny contains reason if {
	cfg.deny_private_addresses == true
	some url in urls
	private_address(url)
	reason := lib.reason(policy, "net.private_address", sprintf("%s is a private, loopback, link-local or metadata address", [url.host]))
}

# A network tool whose arguments yielded no URL cannot be judged, so it is denied.
deny contains reason if {
	lib.tool_name == "http.fetch"
	count(urls) == 0
	reason := lib.reason(policy, "net.no_url", "http.fetch names no URL the policy can judge")
}
