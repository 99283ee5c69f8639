"""Logs are JSON lines and never carry personal data."""

from __future__ import annotations

import io
import json
import logging

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from
from vaern.logs import JsonFormatter, PersonalDataFilter


def _capture() -> tuple[logging.Logger, io.StringIO, logging.Handler]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PersonalDataFilter())
    logger = logging.getLogger("vaern")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger, stream, handler


def test_sensitive_fields_and_identifiers_in_text_are_masked() -> None:
    _logger, stream, handler = _capture()
    try:
        logging.getLogger("vaern.test").info(
            "customer %s with CPR 010190-1234 paid with 4571 0000 0000 0001, call +45 20 30 40 50",
            "jens.hansen@example.com",
            extra={"email": "a@b.dk", "phone": "+4520304050", "route": "/api/v1/x", "count": 3},
        )
    finally:
        logging.getLogger("vaern").removeHandler(handler)
    line = json.loads(stream.getvalue().strip())
    text = json.dumps(line)
    for secret in (
        "jens.hansen",
        "010190-1234",
        "4571 0000",
        "20 30 40 50",
        "a@b.dk",
        "4520304050",
    ):
        assert secret not in text, secret
    assert line["email"] == "[redacted]" and line["route"] == "/api/v1/x" and line["count"] == 3


def test_request_logs_have_route_templates_not_addresses_or_emails(
    client: TestClient, tenant: Tenant
) -> None:
    _logger, stream, handler = _capture()
    try:
        page = client.get("/login")
        client.post(
            "/login",
            data={
                "email": tenant.admin_email,
                "password": "wrong-password",
                "csrf_token": csrf_from(page.text),
            },
        )
        client.get(f"/api/v1/orgs/{tenant.org.slug}")
    finally:
        logging.getLogger("vaern").removeHandler(handler)
    output = stream.getvalue()
    lines = [json.loads(x) for x in output.splitlines()]
    assert any(x.get("route") == "/api/v1/orgs/{slug}" for x in lines)
    assert tenant.admin_email not in output and "wrong-password" not in output
    assert "test-" not in output  # the client address label


def test_scrub_leaves_plain_words_and_catches_any_kind_of_digit() -> None:
    """The shortcut for text with no @, run of digits or token prefix changes nothing it
    should mask."""
    from vaern.logs import scrub

    assert scrub("request /api/v1/check POST") == "request /api/v1/check POST"
    assert scrub("no numbers here") == "no numbers here"
    assert scrub("kl. 12:30 den 4/12, 7 dage") == "kl. 12:30 den 4/12, 7 dage"
    # The shortest things masked: a phone number's eight characters, however spaced.
    assert scrub("ring 1 - - - 2 nu") == "ring [number] nu"
    assert scrub("ring 12345678") == "ring [number]"
    assert scrub("ring 1234567") == "ring 1234567"
    assert "[cpr]" in scrub("cpr ٠١٠١٩٠-١٢٣٤")  # Arabic-Indic digits are digits too
    assert "[token]" in scrub("vaern_0123456789ab_secret")
    assert "[email]" in scrub("mail a@b.dk")


def test_scrub_shortcut_skips_only_text_no_pattern_changes() -> None:
    import random

    from vaern.logs import _SCRUB, scrub

    def every_pattern(text: str) -> str:
        for pattern, replacement in _SCRUB:
            text = pattern.sub(replacement, text)
        return text

    rnd = random.Random(8)
    for _ in range(20_000):
        text = "".join(rnd.choice("0123456789  --+a/:.٣") for _ in range(rnd.randint(1, 24)))
        assert scrub(text) == every_pattern(text), text
