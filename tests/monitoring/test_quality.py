"""The synthetic quality stream and report (``vaern monitor quality``)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime

from typer.testing import CliRunner

from vaern.cli import app
from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.quality import SCENARIOS, evaluate, generate

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def test_the_stream_is_seeded_time_ordered_and_labelled() -> None:
    a, b = (
        generate(accounts=150, days=5, frauds_per_kind=2, seed=3),
        generate(accounts=150, days=5, frauds_per_kind=2, seed=3),
    )
    assert [e.data for e in a] == [e.data for e in b]
    assert [e.data for e in a] != [e.data for e in generate(accounts=150, days=5, seed=4)]
    times = [e.data["occurred_at"] for e in a]
    assert times == sorted(times)
    kinds = {e.scenario.split(":")[0] for e in a if e.scenario}
    assert kinds == set(SCENARIOS)
    assert all(e.scenario for e in a if e.fraud)  # only scenario money events are fraud
    assert any(e.data["type"] == "contact_change" and not e.scenario for e in a)


def test_customers_who_change_phone_and_pay_as_usual_raise_no_takeover_alert() -> None:
    stream = generate(accounts=1500, days=7, frauds_per_kind=3, seed=11)
    changed = {e.data["account_id"] for e in stream
               if e.data["type"] == "contact_change" and not e.scenario}  # fmt: skip
    assert len(changed) >= 10
    monitor, alerted = Monitor(), defaultdict(set)
    for item in stream:
        decision = monitor.process(
            pseudonymise(parse_event(item.data, now=NOW), organisation_id=None)
        )
        for hit in decision.hits:
            alerted[hit.typology.id].add((item.data["account_id"], item.scenario))
    benign_takeover = {a for a, s in alerted["contact_change_then_payment"] if s is None}
    assert not benign_takeover & changed
    takeovers = {s for _, s in alerted["contact_change_then_payment"] if s}
    assert {s.split(":")[0] for s in takeovers} == {"takeover"}


def test_report_per_typology_scenario_and_model() -> None:
    figures = dict(evaluate(generate(accounts=400, days=8, frauds_per_kind=6, seed=5), now=NOW))
    typologies = [k for k in figures if k.startswith("typology ")]
    assert len(typologies) == 5
    recall = figures["scenario takeover: recall (caught / injected), first alert by"]
    assert recall.startswith("1.000 (6/6)")
    assert "AUPRC: rules (max typology score) / online model" in figures
    positives = int(figures["online model learnt from (confirmed frauds / negatives)"].split()[0])
    assert positives > 0  # the simulated analyst's verdicts reached the model


def test_cli_quality_json() -> None:
    result = CliRunner().invoke(
        app, ["monitor", "quality", "--accounts", "100", "--days", "4", "--frauds", "2",
              "--format", "json"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert any(k.startswith("scenario card_cnp_burst") for k in figures)
