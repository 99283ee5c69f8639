from __future__ import annotations

import pytest

from vaern.messages.lookalike import (
    disguised_letters,
    embeds_domain,
    is_lookalike,
    poses_as_danish,
)

PROTECTED = [
    "mitid.dk", "postnord.dk", "postnord.com", "skat.dk", "danskebank.dk", "nets.eu",
    "e-boks.dk", "salling.dk", "matas.dk", "bilka.dk",
]  # fmt: skip


@pytest.mark.parametrize(
    ("domain", "target", "kind"),
    [
        ("mitld.dk", "mitid.dk", "homoglyph"),
        ("postnrod.dk", "postnord.dk", "transposition"),
        ("postord.dk", "postnord.dk", "typo"),
        ("mitid.com", "mitid.dk", "tld_swap"),
        ("mіtid.dk", "mitid.dk", "homoglyph"),  # Cyrillic і
        ("xn--mtid-l9d.dk", "mitid.dk", "punycode"),
        ("postnord-levering.com", "postnord.dk", "combosquat"),
        ("mitid-forny.info", "mitid.dk", "combosquat"),
        ("mitid.dk-login.com", "mitid.dk", "subdomain"),
        ("sk.at.dk", "skat.dk", "subdomain"),  # a short brand split across two labels
        ("e-bo.ks.dk", "e-boks.dk", "subdomain"),  # a hyphenated one
        ("danskebank-kunde.net", "danskebank.dk", "combosquat"),
        # a misspelt long brand among other words (a real PostNord campaign, 2025)
        ("dk-post-posstnorrd.sbs", "postnord.dk", "combosquat"),
        ("dansk-ebank.dk", "danskebank.dk", "combosquat"),
        # l for i and 0 for o inside a longer label (a real MitID campaign, 2024)
        ("mitld-forholdsregler.com", "mitid.dk", "homoglyph"),
        # letter pairs and digits read as one letter (dnstwist's homoglyphs)
        ("rnatas.dk", "matas.dk", "homoglyph"),
        ("clanskebank.dk", "danskebank.dk", "homoglyph"),
        ("b1lka.dk", "bilka.dk", "homoglyph"),
        # Danish letters spelling a Latin brand
        ("xn--pstnrd-byad.dk", "postnord.dk", "punycode"),
        ("p0stnord-pakke.com", "postnord.dk", "homoglyph"),
        # a hyphenated brand as written, or without its hyphen as a word or at the start
        ("e-boksinfor.com", "e-boks.dk", "combosquat"),
        ("eboks-login.com", "e-boks.dk", "combosquat"),
        ("eboksinfo.net", "e-boks.dk", "combosquat"),
        ("sallling-tilbud.com", "salling.dk", "combosquat"),
    ],
)
def test_lookalikes_are_caught(domain: str, target: str, kind: str) -> None:
    found = is_lookalike(domain, PROTECTED)
    assert found.match, domain
    assert found.kind == kind
    assert found.target is not None and found.target.split(".")[0] == target.split(".")[0]


@pytest.mark.parametrize(
    "domain",
    [
        "mitid.dk",
        "www.mitid.dk",
        "postnord.com",
        "example.com",
        "skateboard.dk",
        "planets.eu",
        "dr.dk",
        # words near a short brand are ordinary words: only names of seven letters or more
        # are matched with edits inside a combination
        "mitt-id.dk",
        "nest-shop.eu",
        "postkort-shop.dk",
        # one letter swapped in a seven-letter name makes a word; i is not read for l
        "sailing-tours.com",
        # a hyphenated brand's letters inside another word
        "weboksen.dk",
        "smitlidt.dk",
    ],
)
def test_real_and_unrelated_domains_are_not_lookalikes(domain: str) -> None:
    assert not is_lookalike(domain, PROTECTED).match


@pytest.mark.parametrize(
    ("host", "label"),
    [
        ("gymsharkdanmark.com", "gymsharkdanmark"),  # fake shops quoted by news, 2024
        ("www.trojerdk.com", "trojerdk"),
        ("sportisimo.flyingtiger-dk.shop", "flyingtiger-dk"),
        ("postnord-dk.delivery-85367.icu", "postnord-dk"),  # the pose in a subdomain
        ("dkfodboldstore.com", "dkfodboldstore"),
    ],
)
def test_a_name_outside_dk_that_spells_denmark_poses_as_danish(host: str, label: str) -> None:
    assert poses_as_danish(host) == label


@pytest.mark.parametrize(
    "host",
    [
        "skobutikdanmark.dk",  # Danish names belong on .dk
        "dk.trustpilot.com",  # a country subdomain
        "dkny.com",  # short names that start with dk
        "dkv-euroservice.com",
        "visitdenmark.com",  # the English name is left out
        "nemlig.com",
    ],
)
def test_dk_domains_country_subdomains_and_short_dk_names_do_not_pose(host: str) -> None:
    assert poses_as_danish(host) is None


@pytest.mark.parametrize(
    ("host", "disguised"),
    [
        ("xn--80ak6aa92e.com", True),  # Cyrillic letters that pass for "apple"
        ("xn--mtid-vpa.dk", True),  # an accented í for i
        ("xn--brnepmindelser-pib31a.dk", False),  # børnepåmindelser.dk: Danish letters
        ("xn--lge-yla.dk", False),  # læge.dk
        ("example.dk", False),
    ],
)
def test_only_letters_that_pass_for_others_are_a_disguise(host: str, disguised: bool) -> None:
    assert disguised_letters(host) is disguised


@pytest.mark.parametrize(
    ("host", "worn"),
    [
        ("www.paypal.com.resolution-center-test.com", "paypal.com"),
        ("www.facebook.com-help-support.net", "facebook.com"),
        ("login.mitid.dk.example-verify.com", "mitid.dk"),
        # Near misses: a public suffix of two labels, the domain's own subdomains, a
        # link shortener's app subdomain.
        ("shop.com.au", None),
        ("mail.google.com", None),
        ("photos.app.goo.gl", None),
    ],
)
def test_a_host_that_wears_another_domain_in_front_of_its_own(host: str, worn: str | None) -> None:
    assert embeds_domain(host) == worn
