"""``vaern monitor replay``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vaern.cli import app
from vaern.config import Settings

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"
runner = CliRunner()


def test_replay_prints_alerts_as_json_lines(settings: Settings) -> None:
    result = runner.invoke(app, ["monitor", "replay", "--format", "json", str(SEED)])
    assert result.exit_code == 0, result.output
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["event_id"] for a in alerts] == [
        "s003-h-foreign-1",
        "s003-m-foreign-2",
        "s003-m-instant",
    ]
    assert alerts[0]["action"] == "hold" and alerts[0]["line"] == 5
    assert "agreement-H" not in result.stdout


def test_replay_skips_bad_lines_and_reports_them(settings: Settings, tmp_path: Path) -> None:
    lines = SEED.read_text().splitlines()
    file = tmp_path / "mixed.jsonl"
    file.write_text("\n".join([lines[2], "{not json", '{"type": "teleport"}', lines[4]]) + "\n")
    result = runner.invoke(app, ["monitor", "replay", str(file)])
    assert result.exit_code == 0
    assert "line 2: rejected" in result.stderr and "unknown event type" in result.stderr
    assert "contact_change_then_payment" in result.stdout


def test_replay_bad_arguments_exit_2(settings: Settings, tmp_path: Path) -> None:
    assert runner.invoke(app, ["monitor", "replay", str(tmp_path / "none.jsonl")]).exit_code == 2
    bad = tmp_path / "t.yaml"
    bad.write_text("version: 1\ntypologies: []\n")
    result = runner.invoke(app, ["monitor", "replay", "--typologies", str(bad), str(SEED)])
    assert result.exit_code == 2 and "line 2" in result.stderr
