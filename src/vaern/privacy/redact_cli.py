"""``vaern privacy redact``: light on purpose. It imports only the recognisers (no database,
web app or settings), so the ``vaern`` entry point (``vaern.entry``) can run it without
loading the rest of the command line: it starts in a fraction of a second (issue 18)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vaern.clikit import fail
from vaern.privacy.redact import redact

MAX_INPUT = 64 * 1024 * 1024  # refuse to read more than this into memory


class Format(StrEnum):
    text = "text"
    json = "json"


def read_input(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise fail(f"no such file: {source}")
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT + 1)
    if len(data) > MAX_INPUT:
        raise fail(f"input is larger than {MAX_INPUT // (1024 * 1024)} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail("input is not UTF-8 text") from exc


def redact_command(
    source: Annotated[
        str, typer.Argument(metavar="[FILE|-]", help="File to read; - for stdin")
    ] = "-",
    output: Annotated[Format, typer.Option("--format", help="text or json")] = Format.text,
) -> None:
    """Print the text with personal data replaced by typed tokens ([CPR], [CARD], …)."""
    text = read_input(source)
    result = redact(text)
    if output is Format.json:
        findings = [
            {"type": f.entity, "start": f.start, "end": f.end, "score": round(f.score, 3)}
            for f in result.findings
        ]
        typer.echo(json.dumps({"text": result.text, "findings": findings}, ensure_ascii=False))
    else:
        typer.echo(result.text, nl=False)
