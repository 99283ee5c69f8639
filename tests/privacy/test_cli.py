"""``vaern privacy redact|evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vaern.cli import app

runner = CliRunner()
TEXT = "cpr 010190-1234, tlf 20 30 40 50, mail a.b@example.dk, kort 4571 0000 0000 0001"


def test_redact_text_from_stdin() -> None:
    result = runner.invoke(app, ["privacy", "redact", "-"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert result.output == "cpr [CPR], tlf [PHONE], mail [EMAIL], kort [CARD]"


def test_redact_json_from_file_has_offsets_into_the_input(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["privacy", "redact", "--format", "json", str(source)])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["text"].startswith("cpr [CPR]")
    spans = {(f["type"], TEXT[f["start"] : f["end"]]) for f in body["findings"]}
    assert spans == {
        ("CPR", "010190-1234"),
        ("PHONE", "20 30 40 50"),
        ("EMAIL", "a.b@example.dk"),
        ("CARD", "4571 0000 0000 0001"),
    }
    assert all(0 < f["score"] <= 1 for f in body["findings"])


def test_redact_bad_input(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["privacy", "redact", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "error: no such file" in missing.output
    binary = tmp_path / "bin"
    binary.write_bytes(b"\xff\xfe\x00")
    bad = runner.invoke(app, ["privacy", "redact", str(binary)])
    assert bad.exit_code == 2 and "not UTF-8" in bad.output
    wrong = runner.invoke(app, ["privacy", "redact", "--format", "xml", "-"], input="x")
    assert wrong.exit_code == 2


def test_redact_reads_the_light_commands_arguments() -> None:
    """The full command line hands ``privacy redact``'s arguments to the light module, so
    both ways in take the same ones and print the same help."""
    result = runner.invoke(app, ["privacy", "redact", "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("usage: vaern privacy redact") and "--format" in result.output
    listed = runner.invoke(app, ["privacy", "--help"])
    assert "redact" in listed.output and "typed tokens" in listed.output


def _labelled(tmp_path: Path, items: list[dict[str, object]]) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
    return path


def test_evaluate_prints_scores_and_passes_when_everything_is_found(tmp_path: Path) -> None:
    text = "cpr 010190-1234"
    path = _labelled(
        tmp_path,
        [
            {"text": text, "spans": [{"type": "CPR", "start": 4, "end": 15}]},
            {"text": "ordre 12 betalt", "spans": []},
        ],
    )
    result = runner.invoke(app, ["privacy", "evaluate", str(path)])
    assert result.exit_code == 0, result.output
    assert "CPR" in result.output and "1.0000" in result.output
    assert "touched: 0/1" in result.output


def test_evaluate_fails_below_target(tmp_path: Path) -> None:
    path = _labelled(
        tmp_path, [{"text": "ingen data her", "spans": [{"type": "CPR", "start": 0, "end": 5}]}]
    )
    result = runner.invoke(app, ["privacy", "evaluate", str(path)])
    assert result.exit_code == 1 and "MISSED" in result.output


def test_evaluate_bad_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["privacy", "evaluate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.output
