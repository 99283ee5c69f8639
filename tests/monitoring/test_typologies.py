"""Typology files: the shipped library and validation with line numbers."""

from __future__ import annotations

import pytest

from vaern.errors import Invalid
from vaern.monitoring.schemas import SCHEMA_FILE, json_schema_text
from vaern.monitoring.typologies import DEFAULT_FILE, default_rules, parse

GOOD = """version: 2
typologies:
  - id: big_transfer
    name: {da: "Stor overførsel", en: "Large transfer"}
    event_types: [transfer]
    conditions:
      - {feature: amount_dkk, op: ">=", value: 50000, weight: 1}
    threshold: 1
    severity: high
    action: alert
    explanation: {da: "Stor overførsel.", en: "Large transfer."}
"""


def test_shipped_library_validates_and_is_bilingual() -> None:
    rules = default_rules()
    assert {"contact_change_then_payment", "foreign_cnp_burst"} <= {t.id for t in rules.typologies}
    assert all(t.explanation.da and t.explanation.en for t in rules.typologies)


def test_a_good_file_parses() -> None:
    rules = parse(GOOD)
    assert rules.version == 2 and rules.typologies[0].action.value == "alert"


@pytest.mark.parametrize(
    ("bad", "line", "reason"),
    [
        (GOOD.replace("amount_dkk", "amount_eur"), 7, "unknown feature"),
        (GOOD.replace("action: alert", "action: shout"), 10, "action"),
        (GOOD.replace("[transfer]", "[teleport]"), 3, "unknown event types"),
        (GOOD.replace("threshold: 1", "threshold: 2"), 3, "exceeds the total weight"),
        (GOOD.replace("value: 50000", 'value: "lots"'), 7, "is a number"),
        (GOOD.replace("    severity: high\n", ""), 3, "severity"),
        (GOOD.replace("severity: high", "severity: high: x"), 9, "not valid YAML"),
    ],
)
def test_a_bad_file_is_refused_with_line_and_reason(bad: str, line: int, reason: str) -> None:
    with pytest.raises(Invalid) as info:
        parse(bad)
    assert f"line {line}" in info.value.detail
    assert reason in info.value.detail


def test_duplicate_ids_are_refused() -> None:
    doubled = GOOD + GOOD.split("typologies:\n")[1]
    with pytest.raises(Invalid, match="duplicate typology ids"):
        parse(doubled)


def test_json_schema_file_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), (
        "run: python -m vaern.monitoring.schemas"
    )
    assert DEFAULT_FILE.is_file()
