from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.messages.helpers import eml
from tests.messages.screenshots import SCAMS, sms_screenshot
from vaern.cli import app
from vaern.config import Settings
from vaern.text import ocr

runner = CliRunner()


def test_check_json_from_stdin() -> None:
    r = runner.invoke(
        app,
        ["check", "--channel", "sms", "--sender", "MitID", "-"],
        input="MitID: forny her https://mitid-forny.com",
    )
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    assert body["verdict"] == "scam"
    assert body["reasons"][0]["explanation"]["da"]


def test_check_eml_file_as_text(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(eml())
    r = runner.invoke(app, ["check", "--format", "text", str(path)])
    assert r.exit_code == 0
    assert r.stdout.startswith("scam")


def test_check_bad_input_exits_2() -> None:
    assert runner.invoke(app, ["check", "-"], input="   ").exit_code == 2
    assert (
        runner.invoke(app, ["check", "--received-at", "yesterday", "-"], input="x").exit_code == 2
    )
    assert runner.invoke(app, ["check", "/nonexistent/file"]).exit_code == 2


def test_directory_list_and_load(tmp_path: Path) -> None:
    r = runner.invoke(app, ["directory", "list"])
    assert r.exit_code == 0 and len(r.stdout.splitlines()) >= 40
    bad = tmp_path / "d.yaml"
    bad.write_text(
        "organisations:\n  - {slug: x, name: X, domains: [{domain: x.dk}], phones: []}\n"
    )
    assert runner.invoke(app, ["directory", "load", str(bad)]).exit_code == 2
    good = Path(__file__).parents[2] / "src/vaern/registry/data/directory.yaml"
    assert runner.invoke(app, ["directory", "load", str(good)]).exit_code == 0


def test_check_sms_screenshot(tmp_path: Path) -> None:
    if not ocr.available():
        pytest.skip("tesseract-ocr-dan is not installed")
    path = tmp_path / "sms.png"
    path.write_bytes(sms_screenshot(SCAMS[0]))
    r = runner.invoke(app, ["check", "--channel", "sms", str(path)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["verdict"] == "scam"


def test_check_screenshot_without_ocr_says_so(tmp_path: Path, settings: Settings) -> None:
    settings.ocr_command = "/nonexistent/tesseract-for-test"
    path = tmp_path / "sms.png"
    path.write_bytes(sms_screenshot(SCAMS[0]))
    r = runner.invoke(app, ["check", "--channel", "sms", str(path)])
    assert r.exit_code == 2
    assert "Text recognition is not available on this server" in r.output
