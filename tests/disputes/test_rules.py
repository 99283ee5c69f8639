"""Each rule (§ 100 stk. 1-10, §§ 97, 99) as a pure function, with its provision and sources."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from vaern.disputes import rules
from vaern.disputes.rules import (
    CAP_HIGH,
    CAP_LOW,
    PROVISIONS,
    Finding,
    LateReading,
    band_for,
    capped,
)


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
        (date(2024, 1, 31), date(2025, 2, 28), False),  # month end: 13 months later is 28 Feb
        (date(2024, 1, 31), date(2025, 3, 1), True),
        (date(2024, 3, 5), date(2025, 4, 5), False),
        (date(2024, 3, 5), date(2025, 4, 6), True),
        (datetime(2024, 3, 5, 23, 59, tzinfo=UTC), date(2025, 4, 5), False),
    ],
)
def test_thirteen_month_objection_deadline(debit: date, objected: date, late: bool) -> None:
    assert rules.objection_late(debit, objected) is late


@pytest.mark.parametrize(
    ("paid", "debited", "informed", "start"),
    [
        (date(2024, 8, 8), date(2024, 8, 12), None, date(2024, 8, 12)),  # from the debit
        (date(2024, 8, 8), None, None, date(2024, 8, 8)),  # no debit date: the payment day
        (date(2024, 8, 8), date(2024, 8, 12), date(2024, 9, 1), date(2024, 9, 1)),
        (date(2024, 8, 8), date(2024, 8, 12), date(2024, 8, 1), date(2024, 8, 12)),
    ],
)
def test_section_97_runs_from_the_debit_or_the_information(
    paid: date, debited: date | None, informed: date | None, start: date
) -> None:
    assert rules.objection_start(paid, debited, informed) == start


def test_section_97_example_paid_8_debited_12_august() -> None:
    start = rules.objection_start(date(2024, 8, 8), date(2024, 8, 12), None)
    assert not rules.objection_late(start, date(2025, 9, 10))
    assert not rules.objection_late(start, date(2025, 9, 12))
    assert rules.objection_late(start, date(2025, 9, 13))
    assert rules.objection_late(date(2024, 8, 8), date(2025, 9, 10))  # the old, wrong start


def test_every_provision_is_bilingual_sourced_and_read() -> None:
    for p in PROVISIONS.values():
        assert p.text["da"] and p.text["en"] and p.text["da"] != p.text["en"]
        assert p.sources and p.citation and p.version in {rules.LBK, rules.LOV}
        assert p.verified, f"{p.key}: every provision is now read verbatim in a public source"
    for key in ("stk1", "stk2", "stk3", "stk4_1", "stk4_2", "stk4_3", "stk5"):
        assert PROVISIONS[key].version == rules.LBK and rules.LBK_651 in PROVISIONS[key].sources
    for key in ("stk6_1", "stk6_2", "stk6_3", "stk7", "stk8", "stk9", "stk10", "s97", "s99"):
        p = PROVISIONS[key]
        assert p.version == rules.LOV and rules.LOV_652_COPY in p.sources
        assert "not compared" in p.note  # honest about the version read
    assert "uanset stk. 3-5" in PROVISIONS["stk7"].text["da"].lower()


@pytest.mark.parametrize("finding", list(Finding))
def test_stk_6_to_9_override_everything_but_fraud(finding: Finding) -> None:
    assert rules.overrides_liability(finding) is (finding is not Finding.fraud)


@pytest.mark.parametrize(
    ("before", "during", "reading", "liable"),
    [
        ("1000.00", "0.00", LateReading.delay_only, "375.00"),
        ("1000.00", "0.00", LateReading.whole_loss, "1000.00"),
        ("1000.00", "2000.00", LateReading.delay_only, "2375.00"),
        ("1000.00", "2000.00", LateReading.whole_loss, "3000.00"),
        ("100.00", "9000.00", LateReading.delay_only, "8000.00"),
        ("0.00", "7999.99", LateReading.delay_only, "7999.99"),
    ],
)
def test_late_notification_readings(
    before: str, during: str, reading: LateReading, liable: str
) -> None:
    assert rules.late_capped(Decimal(before), Decimal(during), reading) == Decimal(liable)


@pytest.mark.parametrize(
    ("elements", "strong"),
    [
        ([], False),
        (["possession"], False),
        (["possession", "possession"], False),  # two codes on one phone: one category
        (["knowledge", "possession"], True),
        (["inherence", "possession"], True),
        (["knowledge", "possession", "inherence"], True),
    ],
)
def test_strong_customer_authentication(elements: list[str], strong: bool) -> None:
    assert rules.strong_authentication(elements) is strong


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2026, date(2026, 4, 5))],
)
def test_easter(year: int, easter: date) -> None:
    assert rules.easter(year) == easter


@pytest.mark.parametrize(
    ("objected", "due"),
    [
        (date(2025, 3, 10), date(2025, 3, 11)),  # Monday -> Tuesday
        (date(2025, 3, 7), date(2025, 3, 10)),  # Friday -> Monday
        (date(2025, 3, 8), date(2025, 3, 10)),  # Saturday -> Monday
        (date(2025, 4, 16), date(2025, 4, 22)),  # before Easter: Thu, Fri, Mon closed
        (date(2025, 12, 23), date(2025, 12, 29)),  # 24-26 December and the weekend
        (date(2025, 6, 4), date(2025, 6, 6)),  # Grundlovsdag, 5 June
        (date(2023, 5, 4), date(2023, 5, 8)),  # Store Bededag 5 May 2023 (abolished 2024)
        (date(2024, 4, 25), date(2024, 4, 26)),  # 26 April 2024 is a working day again
    ],
)
def test_section_99_refund_by_the_next_business_day(objected: date, due: date) -> None:
    assert rules.refund_deadline(objected) == due


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
