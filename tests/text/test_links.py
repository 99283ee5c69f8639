"""One reader of links: scheme, www. and bare domains, defanged, punycode, IP literals."""

from __future__ import annotations

import pytest

from vaern.text.links import (
    MAX_LINKS,
    MAX_TEXT,
    SHORTENERS,
    host_of,
    link_domain,
    link_hosts,
    links,
    make_link,
    user_info,
)


@pytest.mark.parametrize(
    "text",
    [
        "1.Gå til appen",
        "2.Klik på knappen",
        "3.Se beskeden",
        "Sådan: 1.Gå til MitID 2.Klik Godkend 3.Se kvitteringen",
        "Det var en god dag.Se billederne",  # a sentence run on after a full stop
        "Beløb 10.000 kr kl. 10.30, version 1.2.3",
        "Skriv til kontakt@postnord.dk eller mailto:kontakt@postnord.dk",
        "faktura.pdf og billede.png",
        "Sundhed.dk: Du har penge til udbetaling. Klik på linket.",  # the sender's label
    ],
)
def test_not_links(text: str) -> None:
    assert links(text) == []


def test_a_bare_official_url_reads_cleanly() -> None:
    [link] = links("https://www.mitid.dk/")
    assert (link.url, link.host, link.domain, link.start, link.end) == (
        "https://www.mitid.dk/",
        "www.mitid.dk",
        "mitid.dk",
        0,
        21,
    )
    [wrapped] = links("(Se https://www.mitid.dk/).")
    assert (wrapped.url, wrapped.domain) == ("https://www.mitid.dk/", "mitid.dk")


@pytest.mark.parametrize(
    ("text", "url", "host", "domain"),
    [
        (
            "Betal på postnord-dk.shop/track nu",
            "postnord-dk.shop/track",
            "postnord-dk.shop",
            "postnord-dk.shop",
        ),
        ("Gå til postnord.dk, og log ind", "postnord.dk", "postnord.dk", "postnord.dk"),
        ("DANSKEBANK.DK/LOGIN", "DANSKEBANK.DK/LOGIN", "danskebank.dk", "danskebank.dk"),
        (
            "Klik:https://a.b.demobank.co.uk/x.",
            "https://a.b.demobank.co.uk/x",
            "a.b.demobank.co.uk",
            "demobank.co.uk",
        ),
        (
            "hxxps://mitid-forny[.]com/login",
            "https://mitid-forny.com/login",
            "mitid-forny.com",
            "mitid-forny.com",
        ),
        ("evil(.)example[dot]dk/x", "evil.example.dk/x", "evil.example.dk", "example.dk"),
        (
            "https://www.pøstnord.dk/betal",
            "https://www.pøstnord.dk/betal",
            "www.xn--pstnord-q1a.dk",
            "xn--pstnord-q1a.dk",
        ),
        (
            "www.xn--pstnord-q1a.dk",
            "www.xn--pstnord-q1a.dk",
            "www.xn--pstnord-q1a.dk",
            "xn--pstnord-q1a.dk",
        ),
        ("http://192.0.2.7:8080/login", "http://192.0.2.7:8080/login", "192.0.2.7", "192.0.2.7"),
        ("192.0.2.7/login", "192.0.2.7/login", "192.0.2.7", "192.0.2.7"),
        (
            "https://mitid.dk@evil-host.com/x",
            "https://mitid.dk@evil-host.com/x",
            "evil-host.com",
            "evil-host.com",
        ),
    ],
)
def test_links(text: str, url: str, host: str, domain: str) -> None:
    [link] = links(text)
    assert (link.url, link.host, link.domain) == (url, host, domain)
    assert link.is_ip == host[0].isdigit()


@pytest.mark.parametrize(
    ("url", "host", "is_ip"),
    [
        ("http://[2001:db8::7]/login", "2001:db8::7", True),
        ("http://192.0.2.7/x", "192.0.2.7", True),
        ("https://1password.com/x", "1password.com", False),  # a digit, no address
        ("http://192.0.2.300/x", "192.0.2.300", False),
        ("http://[not-an-address]/x", "not-an-address", False),
    ],
)
def test_ip_literals(url: str, host: str, is_ip: bool) -> None:
    link = make_link(url, 0, len(url))
    assert (link.host, link.is_ip) == (host, is_ip)
    assert (link.domain == host) if is_ip else link.domain != ""


def test_offsets_point_at_the_link_as_written() -> None:
    text = "Se hxxp://evil[.]com/x her"
    [link] = links(text)
    assert text[link.start : link.end] == "hxxp://evil[.]com/x"


def test_shorteners_and_indicator_hosts() -> None:
    [short] = links("https://bit.ly/3xYpkg")
    assert short.domain in SHORTENERS and links("https://mitid.dk")[0].domain not in SHORTENERS
    assert link_domain("https://WWW.Example.COM/path") == "example.com"
    assert link_domain("hxxps://www.pøstnord[.]dk") == "xn--pstnord-q1a.dk"
    assert link_hosts("a.dk/x b.dk a.dk/y") == ["a.dk", "b.dk"]


def test_work_is_bounded() -> None:
    assert len(links(" ".join(f"s{n}.dk" for n in range(MAX_LINKS * 2)))) == MAX_LINKS
    assert links("x" * MAX_TEXT + " https://late.dk") == []


def test_a_domain_as_label_is_a_link_after_the_opening() -> None:
    """Only the message's first word is read as its sender's label: the same domain later
    on, or with a path or scheme, is still a link."""
    assert link_hosts("Log ind på sundhed.dk: her ser du beskeden") == ["sundhed.dk"]
    assert link_hosts("https://sundhed.dk: se beskeden") == ["sundhed.dk"]


def test_quotation_marks_either_way_round_are_no_part_of_a_link() -> None:
    """Danish text quotes »like this«, German „like this“: the closing mark is no part of the
    address it ends."""
    text = "»Opdater her: https://pakke.example.com/dk« og „https://x.example.org/a“"
    assert [lk.url for lk in links(text)] == [
        "https://pakke.example.com/dk",
        "https://x.example.org/a",
    ]


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://www.google.com/url?q=https://mitid-dk.verify-login.top&sa=D",
            "mitid-dk.verify-login.top",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fpostnord-dk.shipment.live%2F",
            "postnord-dk.shipment.live",
        ),
    ],
)
def test_a_redirector_yields_the_address_it_forwards_to(url: str, target: str) -> None:
    assert [lk.host for lk in links(f"Se her: {url}")][-1] == target


def test_a_query_without_a_whole_address_forwards_nowhere() -> None:
    assert [lk.host for lk in links("https://www.google.com/search?q=postnord+pakke")] == [
        "www.google.com"
    ]


def test_reg_nr_is_danish_for_number_not_a_domain_in_nauru() -> None:
    assert links("Overfør til reg.nr. 1234 og tlf.nr. 12 34 56 78") == []
    assert [lk.domain for lk in links("Se https://gov.nr/ for Nauru")] == ["gov.nr"]


def test_user_info_is_what_stands_before_the_at_sign_of_the_authority() -> None:
    assert user_info("https://MitID.dk@evil.example/login?x=1") == "mitid.dk"
    assert user_info("hxxps://mitid[.]dk@evil[.]example") == "mitid.dk"
    assert user_info("https://evil.example/login?mail=a@mitid.dk") == ""  # in the query
    assert host_of("https://mitid.dk@evil.example:8443/x") == "evil.example"


def test_a_domain_written_as_the_user_without_a_scheme_is_a_link_to_what_follows() -> None:
    found = links("Opdater her: nordea.dk@kundeservice-nordea.net/opdater i dag")
    assert [(lk.host, lk.domain) for lk in found] == [
        ("kundeservice-nordea.net", "kundeservice-nordea.net")
    ]
    assert user_info(found[0].url) == "nordea.dk"


@pytest.mark.parametrize(
    "text",
    ["mail: kontakt@postnord.dk", "skriv til anna@firma.dk/eller ring", "anna@firma.dk/bo@x"],
)
def test_an_e_mail_address_is_still_no_link(text: str) -> None:
    assert links(text) == []
