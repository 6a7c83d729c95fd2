"""A site lookup answers about the site's own domain, registered for whole years
(ToolBench seed 47 #9: `site="https://www.miller-myers.info/..."` answered
`domain: horton.com`, created 2026-05-11 and expiring 2026-06-04)."""

from __future__ import annotations

from datetime import date

from corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.site_domain import site_domain


def _whois() -> dict[str, str]:
    return {"domain": "horton.com", "registrar": "GoDaddy", "created_date": "2026-05-11",
            "expiry_date": "2026-06-04"}


def test_the_domain_is_the_sent_addresses_host() -> None:
    out = _whois()
    site_domain(out, {"site": "https://www.miller-myers.info/websites/9f350b"})
    assert out["domain"] == "miller-myers.info"


def test_a_domain_is_registered_for_whole_years_spanning_today() -> None:
    out = _whois()
    site_domain(out, {"site": "https://shop.example.org/"})
    made, ends = date.fromisoformat(out["created_date"]), date.fromisoformat(
        out["expiry_date"])
    assert (made.month, made.day) == (ends.month, ends.day)
    assert made.year < ends.year and made < date(2025, 1, 1) < date(2026, 6, 30) < ends
    again = _whois()
    site_domain(again, {"url": "https://shop.example.org/about"})
    assert again == out  # one domain reads alike in every call


def test_a_sent_domain_and_two_hosts_are_left_alone() -> None:
    out = {"domain": "example-store.co.uk", "issue_date": "2025-07-02"}
    site_domain(out, {"domain": "example-store.co.uk", "url": "https://other.net/"})
    assert out["domain"] == "example-store.co.uk"
    two = _whois()
    site_domain(two, {"a": "https://one.com/", "b": "https://two.com/"})
    assert two["domain"] == "horton.com"


def test_the_website_checker_answers_the_site_asked() -> None:
    eps, executor = corpus_endpoints(
        TOOLBENCH / "Monitoring/website_malware_and_security_checker.json")
    ep = eps["get_website_details_for_website_malware_and_security_checker"]
    site = "https://www.miller-myers.info/websites/9f350b"
    domains = []
    for seed in range(6):
        out = executor.session(seed).call(ep, {"site": site}).output
        text = str(out)
        assert "cecurit" not in text, out  # the corpus's misspelt path names nothing
        if isinstance(out, dict) and "domain" in out:
            domains.append(out["domain"])
    assert domains and set(domains) == {"miller-myers.info"}, domains
