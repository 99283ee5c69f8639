"""``vaern privacy redact`` runs from the light entry point without loading the web app,
the database layer, the settings or the command-line framework (typer, click, rich,
pydantic) (issue 18: it must start in a fraction of a second)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass

# Runs the console script's main and reports, on stderr's last line, the exit code and
# which heavy modules were imported.
PROBE = """
import sys
sys.argv = ["vaern", *sys.argv[1:]]
from vaern.entry import main
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = [
    "vaern.cli", "vaern.web", "vaern.app", "fastapi", "starlette", "sqlalchemy", "vaern.db",
    "vaern.config", "vaern.privacy.vault", "typer", "click", "rich", "pydantic",
]
print(code, *(name for name in heavy if name in sys.modules), file=sys.stderr)
"""


@dataclass
class Run:
    out: str
    err: str  # without the probe's line
    code: int
    heavy: list[str]


def _run(*args: str, stdin: str = "") -> Run:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    *err, probe = done.stderr.rstrip("\n").split("\n")
    code, *heavy = probe.split(" ")
    return Run(done.stdout, "\n".join(err), int(code), heavy)


def test_redact_runs_without_loading_the_app() -> None:
    run = _run("privacy", "redact", "--format", "json", "-", stdin="cpr 010190-1234")
    assert json.loads(run.out)["text"] == "cpr [CPR]"
    assert run.code == 0 and run.heavy == []


def test_redact_help_and_errors_stay_light() -> None:
    run = _run("privacy", "redact", "--help")
    assert run.out.startswith("usage: vaern privacy redact") and "--format" in run.out
    assert run.code == 0 and run.heavy == []
    run = _run("privacy", "redact", "/no/such/file.txt")
    assert run.err == "error: no such file: /no/such/file.txt"
    assert run.code == 2 and run.heavy == []
    run = _run("privacy", "redact", "--format", "xml", "-", stdin="x")
    assert "invalid choice: 'xml'" in run.err
    assert run.code == 2 and run.heavy == []


def test_every_other_command_goes_to_the_full_command_line() -> None:
    run = _run("privacy", "--help")
    assert "evaluate" in run.out and "vaern.cli" in run.heavy
