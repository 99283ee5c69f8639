"""``vaern privacy …``: redaction for automation and the recogniser evaluation."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vaern.privacy import evaluation
from vaern.privacy.redact import redact

privacy_app = typer.Typer(help="Personal data: redaction and evaluation.", no_args_is_help=True)

MAX_INPUT = 64 * 1024 * 1024  # refuse to read more than this into memory


class Format(StrEnum):
    text = "text"
    json = "json"


def _fail(message: str) -> typer.Exit:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2)


def _read(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise _fail(f"no such file: {source}")
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT + 1)
    if len(data) > MAX_INPUT:
        raise _fail(f"input is larger than {MAX_INPUT // (1024 * 1024)} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail("input is not UTF-8 text") from exc


@privacy_app.command("redact")
def redact_command(
    source: Annotated[
        str, typer.Argument(metavar="[FILE|-]", help="File to read; - for stdin")
    ] = "-",
    output: Annotated[Format, typer.Option("--format", help="text or json")] = Format.text,
) -> None:
    """Print the text with personal data replaced by typed tokens ([CPR], [CARD], …)."""
    text = _read(source)
    result = redact(text)
    if output is Format.json:
        findings = [
            {"type": f.entity, "start": f.start, "end": f.end, "score": round(f.score, 3)}
            for f in result.findings
        ]
        typer.echo(json.dumps({"text": result.text, "findings": findings}, ensure_ascii=False))
    else:
        typer.echo(result.text, nl=False)


@privacy_app.command("evaluate")
def evaluate_command() -> None:
    """Precision and recall per entity on the bundled evaluation corpus; exit 1 below target."""
    scores = evaluation.evaluate()
    header = ("entity", "tp", "fp", "fn", "precision", "recall")
    typer.echo("{:<8} {:>5} {:>4} {:>4} {:>9} {:>7}  target".format(*header))
    for s in scores.values():
        target = f">= {s.target:.2f} {'ok' if s.meets_target else 'MISSED'}" if s.target else "-"
        typer.echo(
            f"{s.entity:<8} {s.tp:>5} {s.fp:>4} {s.fn:>4} {s.precision:>9.4f} {s.recall:>7.4f}"
            f"  {target}"
        )
    if not all(s.meets_target for s in scores.values()):
        raise typer.Exit(code=1)
