package kitelogik.policies.network_test

import data.kitelogik.main
import data.kitelogik.test.fixtures as f
import rego.v1

test_allowed_host_over_https_is_allowed if {
	d := main.decision with input as f.fetch("https", "api.example.com")
	d.effect == "allow"
}

test_subdomain_of_a_wildcard_entry_is_allowed if {
	d := main.decision with input as f.fetch("https", "docs.example.org")
	d.effect == "allow"
}

test_deep_subdomain_of_a_wildcard_entry_is_allowed if {
	d := main.decision with input as f.fetch("https", "a.b.example.org")
	d.effect == "allow"
}

test_wildcard_entry_does_not_match_the_bare_domain if {
	d := main.decision with input as f.fetch("https", "example.org")
	d.effect == "deny"
	"net.host_denied" in f.codes(d)
}

test_http_is_denied if {
	d := main.decision with input as f.fetch("http", "api.example.com")
	d.effect == "deny"
	"net.scheme_denied" in f.codes(d)
}

test_unknown_host_is_denied if {
	d := main.decision with input as f.fetch("https", "evil.com")
	d.effect == "deny"
}

test_suffix_lookalikes_are_denied if {
	denied := [host |
		some host in ["api.example.com.evil.com", "evilexample.org", "api.example.community", "xn--pple-43d.com"]
		d := main.decision with input as f.fetch("https", host)
		d.effect == "deny"
	]
	count(denied) == 4
}

test_private_addresses_are_denied if {
	hosts := ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254", "[::1]", "[fe80::1]", "[fd00::1]", "metadata.google.internal"]
	denied := [host |
		some host in hosts
		d := main.decision with input as f.fetch("https", host)
		"net.private_address" in f.codes(d)
	]
	count(denied) == count(hosts)
}

test_private_flag_from_the_core_is_honoured if {
	event := f.tool_call("http.fetch", {"url": "https://api.example.com/"}, [object.union(f.url("https", "api.example.com"), {"loopback": true})])
	d := main.decision with input as event
	d.effect == "deny"
	"net.private_address" in f.codes(d)
}

test_every_private_flag_from_the_core_is_honoured if {
	denied := [flag |
		some flag in ["private", "loopback", "link_local", "metadata"]
		event := f.tool_call("http.fetch", {"url": "https://api.example.com/"}, [object.union(f.url("https", "api.example.com"), {flag: true})])
		d := main.decision with input as event
		"net.private_address" in f.codes(d)
	]
	count(denied) == 4
}

test_fetch_without_a_url_is_denied if {
	d := main.decision with input as f.tool_call("http.fetch", {"link": "https://api.example.com"}, [])
	d.effect == "deny"
	"net.no_url" in f.codes(d)
}

test_url_in_any_tool_is_judged if {
	event := f.tool_call("search.web", {"url": "https://evil.com/"}, [f.url("https", "evil.com")])
	d := main.decision with input as event
	d.effect == "deny"
}
