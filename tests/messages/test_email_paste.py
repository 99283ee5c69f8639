"""E-mail input reads alike on the page, the API, the CLI and in Python: pasted text
without headers is an e-mail whose sender could not be authenticated (the CLI refused
it before), a mail source is a mail, and a mail built to overload the reader is a clear
refusal everywhere."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import csrf_from
from vaern.cli import app
from vaern.messages import check
from vaern.messages.inputs import build
from vaern.messages.service import public
from vaern.text import mail

runner = CliRunner()
PASTED = (
    "Kære kunde\n\n"
    "Vi har spærret din konto hos Danske Bank. Bekræft dine oplysninger på "
    "https://danske-sikkerhed.example.com/login inden i aften, ellers lukkes kontoen.\n\n"
    "Med venlig hilsen\nDanske Bank"
)
SOURCE = (
    "From: Danske Bank <sikkerhed@danske-sikkerhed.example.com>\n"
    "Subject: Din konto er spaerret\n\n" + PASTED
)
# Small (5 KB) but over the cap on encoded words: refused before any parsing.
BOMB = (
    "From: a@example.com\nSubject: " + "=?utf-8?q?a?= " * (mail.MAX_ENCODED_WORDS + 1) + "\n\nx\n"
)


def _summary(result: dict[str, object]) -> tuple[object, object]:
    reasons = result["reasons"]
    assert isinstance(reasons, list)
    return result["verdict"], sorted(r["code"] for r in reasons)


def test_pasted_email_without_headers_reads_alike_everywhere(client: TestClient) -> None:
    message = build(PASTED.encode(), channel="email")
    assert (message.channel, message.text, message.from_address, message.auth) == (
        "email",
        PASTED,
        None,
        {},
    )
    assert build(PASTED, channel="email") == message
    python = _summary(public(check(PASTED.encode(), channel="email")))
    assert _summary(public(check(PASTED, channel="email"))) == python

    cli = runner.invoke(app, ["check", "--channel", "email", "-"], input=PASTED)
    assert cli.exit_code == 0, cli.output
    assert _summary(json.loads(cli.stdout)) == python

    as_json = client.post("/api/v1/check", json={"text": PASTED, "channel": "email"})
    as_file = client.post(
        "/api/v1/check",
        files={"file": ("mail.txt", PASTED.encode(), "text/plain")},
        data={"channel": "email"},
    )
    assert as_json.status_code == as_file.status_code == 200, as_file.text
    assert _summary(as_json.json()) == _summary(as_file.json()) == python

    token = csrf_from(client.get("/check").text)
    page = client.post("/check", data={"csrf_token": token, "text": PASTED, "channel": "email"})
    assert page.status_code == 200
    assert f"verdict-{python[0]}" in page.text


def test_a_pasted_mail_source_is_read_as_the_mail() -> None:
    pasted = build(SOURCE, channel="email")
    uploaded = build(SOURCE.encode(), channel="email")
    assert pasted == uploaded
    assert pasted.from_address == "sikkerhed@danske-sikkerhed.example.com"
    assert pasted.subject == "Din konto er spaerret"


def test_the_cli_checks_a_url_given_as_the_argument() -> None:
    r = runner.invoke(app, ["check", "--channel", "url", "https://www.mitid.dk/"])
    assert r.exit_code == 0, r.output
    assert _summary(json.loads(r.stdout)) == _summary(
        public(check("https://www.mitid.dk/", channel="url"))
    )


def test_a_mail_bomb_is_a_422_and_a_cli_error(client: TestClient) -> None:
    for r in (
        client.post("/api/v1/check", json={"text": BOMB, "channel": "email"}),
        client.post("/api/v1/check", files={"file": ("m.eml", BOMB.encode(), "message/rfc822")}),
    ):
        assert r.status_code == 422
        assert r.json()["detail"] == mail.TOO_BIG
    cli = runner.invoke(app, ["check", "--channel", "email", "-"], input=BOMB)
    assert cli.exit_code == 2
    assert "overload" in cli.stderr


OUTLOOK = (
    "Fra: Danske Bank <kundeservice@danskebank-kunde.example.com>\n"
    "Sendt: 4. december 2026 10:12\n"
    "Til: kunde@example.org\n"
    "Emne: Bekræft dine oplysninger\n\n"
    "Kære kunde\n\nDin adgang lukkes i morgen. Bekræft dine oplysninger via knappen herunder."
)


def test_header_lines_pasted_from_a_danish_mail_program_are_read() -> None:
    message = build(OUTLOOK, channel="email")
    assert message.from_address == "kundeservice@danskebank-kunde.example.com"
    assert message.display_name == "Danske Bank"
    assert message.subject == "Bekræft dine oplysninger"
    assert message.text == OUTLOOK  # the classifier reads the text as pasted
    assert "pasted_headers" in message.notes
    # Near miss: a mail that only starts with a word and a colon has no sender.
    plain = build("Hej: vi ses i morgen kl. 10.", channel="email")
    assert plain.from_address is None and plain.display_name is None


def test_a_pasted_sender_on_a_lookalike_domain_is_a_scam_and_an_own_one_no_failure() -> None:
    result = check(OUTLOOK, channel="email")
    assert result["verdict"] == "scam"
    assert any(r["code"].startswith("lookalike_") for r in result["reasons"])
    # Near miss: the bank's own address, pasted, proves nothing but fails nothing either
    # (no authentication results come with a paste).
    own = OUTLOOK.replace("danskebank-kunde.example.com", "danskebank.dk")
    codes = {r["code"] for r in check(own, channel="email")["reasons"]}
    assert not {"email_auth_failed", "display_name_brand"} & codes
    assert not any(code.startswith("lookalike_") for code in codes)


def test_a_colleagues_address_near_a_brand_imitates_nothing_unless_the_mail_claims_it() -> None:
    colleague = (
        "Fra: Lars Bech <lars@nordtek.dk>\nEmne: Tal til mødet\n\n"
        "Hej Mette, jeg har lagt tallene i mappen. Vh Lars"
    )
    codes = {r["code"] for r in check(colleague, channel="email")["reasons"]}
    assert not any(code.startswith("lookalike_") for code in codes)
    # Near miss: the same near name under the bank's own name in the From line.
    posing = colleague.replace("Lars Bech <lars@", "Nordea <kundeservice@")
    codes = {r["code"] for r in check(posing, channel="email")["reasons"]}
    assert any(code.startswith("lookalike_") for code in codes)


def test_a_sender_name_that_names_the_addresss_owner_too_is_no_brand_mismatch() -> None:
    via = (
        "Fra: Toldstyrelsen via PostNord <noreply@postnord.dk>\nEmne: Din pakke\n\n"
        "Din pakke fra udlandet er ankommet. Se den på https://www.postnord.dk/"
    )
    assert "display_name_brand" not in {r["code"] for r in check(via, channel="email")["reasons"]}
    alone = via.replace("Toldstyrelsen via PostNord", "Toldstyrelsen")
    assert "display_name_brand" in {r["code"] for r in check(alone, channel="email")["reasons"]}


def test_mail_headers_no_server_handed_on_are_pasted_not_failed() -> None:
    """ "From:"/"Subject:" lines typed or pasted with the text, with no Received or
    authentication header, prove nothing either way: unknown, not "authentication failed"."""
    source = "From: Apple <no_reply@email.apple.com>\nSubject: Din kvittering\n\nTak for dit køb."
    message = build(source, channel="email")
    assert message.pasted_headers and message.from_address == "no_reply@email.apple.com"
    codes = {r["code"] for r in check(source, channel="email")["reasons"]}
    assert "email_auth_failed" not in codes
    served = "Received: from mx.example.dk\n" + source
    assert not build(served, channel="email").pasted_headers
