"""Each § 100 rule as a pure function, with its provision and sources."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from vaern.disputes import rules
from vaern.disputes.rules import CAP_HIGH, CAP_LOW, PROVISIONS, Finding, band_for, capped


@pytest.mark.parametrize(
    ("finding", "provision", "cap"),
    [
        (Finding.no_fault, "stk3", CAP_LOW),
        (Finding.late_notification, "stk4_1", CAP_HIGH),
        (Finding.intentional_handover, "stk4_2", CAP_HIGH),
        (Finding.gross_negligence, "stk4_3", CAP_HIGH),
        (Finding.intentional_disclosure, "stk5", None),
        (Finding.fraud, "stk2", None),
    ],
)
def test_band_per_finding(finding: Finding, provision: str, cap: Decimal | None) -> None:
    band = band_for(finding, credential_used=True)
    assert (band.provision, band.cap) == (provision, cap)


@pytest.mark.parametrize("finding", [f for f in Finding if f is not Finding.fraud])
def test_without_the_credential_only_fraud_makes_the_payer_liable(finding: Finding) -> None:
    assert band_for(finding, credential_used=False).cap == 0
    assert band_for(Finding.fraud, credential_used=False).cap is None


@pytest.mark.parametrize(
    ("total", "finding", "expected"),
    [
        ("100.00", Finding.no_fault, "100.00"),
        ("375.00", Finding.no_fault, "375.00"),
        ("375.01", Finding.no_fault, "375.00"),
        ("7999.99", Finding.gross_negligence, "7999.99"),
        ("8000.01", Finding.gross_negligence, "8000.00"),
        ("57192.32", Finding.intentional_disclosure, "57192.32"),
        ("57192.32", Finding.fraud, "57192.32"),
    ],
)
def test_caps_are_exact_to_the_ore(total: str, finding: Finding, expected: str) -> None:
    assert capped(Decimal(total), band_for(finding, credential_used=True)) == Decimal(expected)


def test_after_notification_boundary() -> None:
    blocked = datetime(2021, 3, 5, 16, 13, 22, tzinfo=UTC)
    assert rules.after_notification(blocked + timedelta(seconds=1), blocked)
    assert rules.after_notification(blocked, blocked)
    assert not rules.after_notification(blocked - timedelta(seconds=1), blocked)
    assert not rules.after_notification(blocked, None)


@pytest.mark.parametrize(
    ("debit", "objected", "late"),
    [
        (datetime(2024, 1, 31, 12, tzinfo=UTC), date(2025, 2, 28), False),
        (datetime(2024, 1, 31, 12, tzinfo=UTC), date(2025, 3, 1), True),
        (datetime(2024, 3, 5, 12, tzinfo=UTC), date(2025, 4, 5), False),
        (datetime(2024, 3, 5, 12, tzinfo=UTC), date(2025, 4, 6), True),
    ],
)
def test_thirteen_month_objection_deadline(debit: datetime, objected: date, late: bool) -> None:
    assert rules.objection_late(debit, objected) is late


def test_every_provision_is_bilingual_and_sourced() -> None:
    for p in PROVISIONS.values():
        assert p.text["da"] and p.text["en"] and p.text["da"] != p.text["en"]
        assert p.sources and p.citation
        assert p.verified or p.note, f"{p.key}: unverified without saying why"
    verified = {k for k, p in PROVISIONS.items() if p.verified}
    assert {"stk1", "stk2", "stk3", "stk4_1", "stk4_2", "stk4_3", "stk5"} <= verified
    assert not PROVISIONS["no_sca"].verified and "not verified" in PROVISIONS["no_sca"].note
    # § 97 read on the Consumer Ombudsman's page; PSD2 art. 74(1) read, Danish stk. not.
    assert PROVISIONS["objection_deadline"].verified
    assert rules.FO_MISBRUG in PROVISIONS["objection_deadline"].sources
    cause = PROVISIONS["provider_cause"]
    assert not cause.verified and rules.PSD2_ART74_TEXT in cause.sources


def test_provider_cause_lifts_only_the_low_band_rule() -> None:
    assert rules.lifts_low_band(Finding.no_fault)
    assert not any(rules.lifts_low_band(f) for f in Finding if f is not Finding.no_fault)


def test_notification_delay_window() -> None:
    learned = datetime(2025, 3, 5, 15, tzinfo=UTC)
    blocked = learned + timedelta(hours=3)
    window = rules.during_notification_delay
    assert not window(learned - timedelta(seconds=1), learned, blocked)
    assert window(learned, learned, blocked)
    assert window(blocked - timedelta(seconds=1), learned, blocked)
    assert not window(blocked, learned, blocked)
    assert window(blocked, learned, None)  # never notified
    assert not window(blocked, None, blocked)
