"""``vaern disputes assess`` and ``evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.disputes.factories import dispute, payer, tx
from vaern.cli import app
from vaern.disputes.reference import HERE

runner = CliRunner()
SEED = str(HERE / "221-2021.json")


def test_assess_json_and_text() -> None:
    out = runner.invoke(app, ["disputes", "assess", SEED])
    assert out.exit_code == 0, out.output
    body = json.loads(out.output)
    assert body["total"]["refund_amount"] == "41192.32"
    for p in body["payers"]:
        assert {"liable_amount", "refund_amount", "provision", "alternatives"} <= p.keys()
    text = runner.invoke(app, ["disputes", "assess", "--format", "text", SEED])
    assert text.exit_code == 0 and "refund 41.192,32" in text.output and "Afgørelse" in text.output
    assert "senest ved udgangen af 10-03-2021" in text.output  # § 99, from objection 9-3-2021


def test_assess_from_stdin() -> None:
    data = dispute([payer()], [tx("t", "50.00")])
    out = runner.invoke(app, ["disputes", "assess", "-"], input=json.dumps(data))
    assert out.exit_code == 0 and json.loads(out.output)["total"]["liable_amount"] == "50.00"


def test_bad_input_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(dispute([payer()], [tx("t", "-1")])))
    cases = [[str(bad)], [str(tmp_path / "missing.json")], ["-"]]
    inputs = [None, None, "{oops"]
    for args, stdin in zip(cases, inputs, strict=True):
        out = runner.invoke(app, ["disputes", "assess", *args], input=stdin)
        assert out.exit_code == 2, out.output
        assert out.output.startswith("error: ") and "Traceback" not in out.output
    assert "amount" in runner.invoke(app, ["disputes", "assess", str(bad)]).output


def test_evaluate_reports_agreement() -> None:
    out = runner.invoke(app, ["disputes", "evaluate"])
    assert out.exit_code == 0, out.output
    assert "9/10 decisions reproduced, 1 explained disagreement(s), 0 unexplained" in out.output
    assert "why: " in out.output and "stk. 7" in out.output  # the explanation is printed
    assert "(the court's own summary (domstol.dk))" in out.output


def test_assess_a_file_with_the_new_inputs(tmp_path: Path) -> None:
    data = dispute(
        [payer(business=True)],
        [tx("t", "9000.00", authentication={"method": "3ds_sms", "elements": ["possession"]})],
    )
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data))
    body = json.loads(runner.invoke(app, ["disputes", "assess", str(path)]).output)
    (p,) = body["payers"]
    assert (p["liable_amount"], p["citation"]) == ("0.00", "betalingsloven § 100, stk. 7")
    assert p["transactions"][0]["group"] == "business"
    assert body["refund_deadline"] == "2025-03-11"
