"""Each check's time budget (issue 17): what would go beyond it is skipped with a reason,
never waited for. The slow source is real: a DNS resolver on a loopback UDP socket that
takes queries and never answers."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.conftest import unique
from tests.messages.helpers import eml, qr_png
from vaern import changes, config, db
from vaern.messages import check


@pytest.fixture
def silent_dns(settings: config.Settings) -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.setblocking(False)
        settings.dns_nameserver = f"127.0.0.1:{silent.getsockname()[1]}"
        settings.dns_timeout_seconds = 30.0  # the resolver alone would wait this long
        yield silent


def _drain(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            sock.recv(512)
        except BlockingIOError:
            return count
        count += 1


def _skipped(result: dict[str, object]) -> dict[str, object] | None:
    reasons = result["reasons"]
    assert isinstance(reasons, list)
    return next((r for r in reasons if r["code"] == "deadline_skipped"), None)


def test_a_dns_lookup_that_never_answers_is_cut_at_the_deadline(
    settings: config.Settings, silent_dns: socket.socket
) -> None:
    check(eml(auth="mx.example.dk; none"), channel="sms")  # first-use loading done
    settings.check_deadline_seconds = 0.3
    mail = eml(from_=f"Kundeservice <info@{unique('afsender')}.dk>", auth="mx.example.dk; none")
    result = check(mail)
    assert _drain(silent_dns) >= 1  # it was asked
    reason = _skipped(result)
    assert reason is not None and reason["weight"] == 0
    explanation = reason["explanation"]
    assert isinstance(explanation, dict)
    assert "DMARC" in explanation["da"] and "DMARC" in explanation["en"]
    assert result["verdict"] in ("scam", "suspicious", "unknown")
    # The deadline ran out, not the resolver: the next check asks it again.
    check(eml(from_=f"Info <info@{unique('afsender')}.dk>", auth="mx.example.dk; none"))
    assert _drain(silent_dns) >= 1


def test_with_time_left_the_same_check_has_no_such_reason(settings: config.Settings) -> None:
    settings.check_deadline_seconds = 5.0
    settings.dns_nameserver = "127.0.0.1:9"  # nothing listens: refused at once
    result = check(eml(from_=f"Info <info@{unique('afsender')}.dk>", auth="mx.example.dk; none"))
    assert _skipped(result) is None


def test_a_spent_budget_skips_qr_decoding_and_the_database(settings: config.Settings) -> None:
    settings.check_deadline_seconds = 1e-9
    settings.check_picture_deadline_seconds = 1e-9  # a picture has its own, longer budget
    result = check(qr_png("https://mitid-dk.example.net/login"), channel="qr")
    reason = _skipped(result)
    assert reason is not None
    assert "QR" in reason["explanation"]["en"]
    assert "no_qr" not in [r["code"] for r in result["reasons"]]  # not "no code found"
    # What the process keeps is not current any more: a check would ask the database.
    changes.tracker(db.get_engine(settings.database_url)).changed()
    with db.session_scope(settings.database_url) as session:
        result = check("MitID: bekræft din konto", channel="sms", session=session)
    reason = _skipped(result)
    assert reason is not None
    assert "published warnings" in reason["explanation"]["en"]
    assert "registered channels" in reason["explanation"]["en"]
    assert result["claimed_organisation"] == "MitID"  # from what the process keeps


def test_a_picture_has_its_own_longer_budget(settings: config.Settings) -> None:
    """Reading a picture takes a child process; the text checks' short budget does not
    starve it."""
    settings.check_deadline_seconds = 1e-9
    settings.check_picture_deadline_seconds = 30.0
    result = check(qr_png("https://mitid-forny.com/login"), channel="qr")
    assert result["text"] == "https://mitid-forny.com/login"
    assert _skipped(result) is None or "QR" not in _skipped(result)["explanation"]["en"]
