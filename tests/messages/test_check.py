"""End-to-end behaviour of vaern.messages.check."""

from __future__ import annotations

import pytest

from tests.messages.helpers import eml, qr_png
from vaern.errors import Invalid
from vaern.messages import check

NETS_CALL = (
    "En fra Nets ringede og sagde, at min konto var ved at blive hacket, og bad om mine koder"
)
MITID_SMS = "MitID: Din MitID udløber i dag. Forny den her for at undgå spærring: https://mitid-forny.com/login"
POSTNORD_SMS = "PostNord: Din pakke afventer betaling af told 19,00 kr. Betal inden 24 timer: http://postnord-levering.com/betal"


def codes(result: dict[str, object]) -> set[str]:
    return {r["code"] for r in result["reasons"]}  # type: ignore[index, union-attr]


def test_seed_003_nets_call_is_scam_with_the_right_reasons() -> None:
    result = check(NETS_CALL, channel="call", sender="+4570201234")
    assert result["verdict"] == "scam"
    assert result["claimed_organisation"] == "Nets"
    assert {"credential_request", "policy_asks_for", "caller_id_untrusted", "urgency"} <= codes(
        result
    )
    assert any(
        "44 89 29 29" in line
        for line in check(NETS_CALL, channel="call", did={"codes"})["advice"]["da"]
    )


def test_english_nets_call() -> None:
    text = "Someone from Nets called, said my account is being hacked and asked for my codes"
    assert check(text, channel="call")["verdict"] == "scam"


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        (MITID_SMS, "MitID", {"policy_link", "lookalike_combosquat", "urgency"}),
        (
            POSTNORD_SMS,
            "PostNord",
            {"payment_request", "link_not_own_domain", "lookalike_combosquat"},
        ),
    ],
)
def test_classic_smishing_is_scam(text: str, org: str, expected: set[str]) -> None:
    result = check(text, channel="sms", sender="+4591234567")
    assert result["verdict"] == "scam"
    assert result["claimed_organisation"] == org
    assert expected <= codes(result)
    reason = next(
        r for r in result["reasons"] if r["code"] == "payment_request" or r["code"] == "urgency"
    )
    assert text[reason["start"] : reason["end"]] == reason["evidence"]


@pytest.mark.parametrize(
    "variant",
    [
        MITID_SMS.replace("MitID", "MіtID"),  # Cyrillic і
        MITID_SMS.replace("MitID", "M\u200bit\u200dID"),  # zero-width
        MITID_SMS.replace("udløber", "udl0b3r").replace("MitID", "M1tID"),  # leet
        MITID_SMS.replace("MitID:", "M i t I D:"),  # spacing
        MITID_SMS.replace("https://mitid-forny.com/login", "hxxps://mitid-forny[.]com/login"),
        POSTNORD_SMS.replace("PostNord", "P0stN0rd").replace(".com", " dot com"),
    ],
)
def test_obfuscated_variants_are_still_caught(variant: str) -> None:
    assert check(variant, channel="sms")["verdict"] == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "Din engangskode til MitID er 482913. Del aldrig koden med andre.",
        "Påmindelse: Du har tid hos tandlægen tirsdag kl. 10:30. Svar NEJ for at aflyse.",
        "Hej mor, jeg kommer sent hjem i dag, vi spiser hos Anna.",
        "GLS: Din pakke DK48213377 leveres i dag mellem 12 og 16.",
    ],
)
def test_legitimate_notifications_are_not_scam(text: str) -> None:
    assert check(text, channel="sms")["verdict"] in ("unknown", "suspicious")


def test_a_call_is_never_genuine_on_its_number() -> None:
    assert (
        check("Nets ringede om mit kort", channel="call", sender="+4544892929")["verdict"]
        != "genuine"
    )


def test_dmarc_pass_for_a_verified_domain_is_genuine() -> None:
    good = eml(
        from_="Skattestyrelsen <info@skat.dk>",
        subject="Ny post",
        html="<p>Du har ny post. Log på skat.dk.</p>",
        auth="mx.example.dk; spf=pass; dkim=pass; dmarc=pass header.from=skat.dk",
    )
    assert check(good)["verdict"] == "genuine"
    spoofed = good.replace(b"dmarc=pass", b"dmarc=fail")
    result = check(spoofed)
    assert result["verdict"] != "genuine"
    assert "email_auth_failed" in codes(result)


def test_phishing_email_is_scam() -> None:
    result = check(eml(), channel="email")
    assert result["verdict"] == "scam"
    assert {"display_name_brand", "link_text_mismatch"} <= codes(result)


def test_qr_picture_is_decoded_and_checked() -> None:
    result = check(qr_png("https://mitid-forny.com/login"))
    assert result["channel"] == "qr"
    assert result["text"] == "https://mitid-forny.com/login"
    assert "lookalike_combosquat" in codes(result)


@pytest.mark.parametrize("bad", ["", "   \n\t", b""])
def test_empty_input_is_refused(bad: str | bytes) -> None:
    with pytest.raises(Invalid):
        check(bad)


def test_empty_email_and_bad_picture_are_refused() -> None:
    # Text without headers is an e-mail's pasted text (test_email_paste.py); empty is not.
    with pytest.raises(Invalid):
        check(b" \n ", channel="email")
    with pytest.raises(Invalid):
        check(b"\x89PNG not really", channel="qr")
    with pytest.raises(Invalid):
        check("text", channel="fax")


def test_bounded_work_on_huge_input() -> None:
    text = "https://a.example.com/x " * 5000 + "x" * 200_000
    result = check(text, channel="sms")
    assert result["verdict"] in ("unknown", "suspicious", "scam")


def test_text_bytes_that_start_like_a_header_are_a_text() -> None:
    result = check(MITID_SMS.encode())
    assert result["channel"] == "sms"
    assert result["verdict"] == "scam"
