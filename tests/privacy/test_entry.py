"""``vaern privacy redact`` runs from the light entry point without loading the web app,
the database layer or the settings (issue 18: it must start in a fraction of a second)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import sys
sys.argv = ["vaern", *sys.argv[1:]]
from vaern.entry import main
try:
    main()
except SystemExit:
    pass
heavy = ["vaern.cli", "vaern.web", "fastapi", "sqlalchemy", "vaern.config", "vaern.privacy.vault"]
print("\\n" + " ".join(name for name in heavy if name in sys.modules))
"""


def _run(*args: str, stdin: str = "") -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout.split("\n")


def test_redact_runs_without_loading_the_app() -> None:
    out = _run("privacy", "redact", "--format", "json", "-", stdin="cpr 010190-1234")
    assert json.loads(out[0])["text"] == "cpr [CPR]"
    assert out[-2] == ""  # none of the heavy modules was imported


def test_every_other_command_goes_to_the_full_command_line() -> None:
    out = _run("privacy", "--help")
    assert "evaluate" in "\n".join(out) and "vaern.cli" in out[-2]
