"""The page, the API, the CLI and Python give the same verdict for the same input."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import csrf_from
from vaern.cli import app
from vaern.messages import check

CASES = [
    ("https://www.mitid.dk/", "url"),
    ("https://mitid-forny.com/login", "url"),
    ("Oplys ALDRIG koden til andre! Indtast SMS-kode 482913 i Net-Mobilbanken", "sms"),
    ("Hej mor, jeg har fået nyt nummer. Kan du overføre 2.400 kr?", "sms"),
    ("En mand fra Danske Bank bad mig flytte mine penge til en sikker konto", "call"),
    ("Vi sender aldrig links i sms'er. Pas på falske beskeder.", "sms"),
]
VERDICT_CLASS = re.compile(r"verdict-(genuine|scam|suspicious|unknown)")


@pytest.mark.parametrize(("text", "channel"), CASES)
def test_same_verdict_everywhere(client: TestClient, text: str, channel: str) -> None:
    python = check(text, channel=channel)["verdict"]
    api = client.post("/api/v1/check", json={"text": text, "channel": channel})
    assert api.status_code == 200
    token = csrf_from(client.get("/check").text)
    page = client.post("/check", data={"csrf_token": token, "text": text, "channel": channel})
    assert page.status_code == 200
    shown = VERDICT_CLASS.search(page.text)
    cli = CliRunner().invoke(app, ["check", "--channel", channel, "-"], input=text)
    assert cli.exit_code == 0, cli.output
    assert api.json()["verdict"] == python
    assert shown is not None and shown.group(1) == python
    assert json.loads(cli.stdout)["verdict"] == python
