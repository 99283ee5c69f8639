"""``vaern privacy redact``: light on purpose. It imports only the recognisers and the
standard library (no typer, pydantic, database, web app or settings), so the ``vaern``
entry point (``vaern.entry``) runs it without loading the rest of the command line and it
starts in a fraction of a second (issue 18). Its arguments are read by argparse: typer's
import and its pydantic-based reading of the arguments took 0.1 s of CPU. The full command
line's ``vaern privacy redact`` hands its arguments to ``main`` too."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vaern.privacy.redact import RedactedText, redact

MAX_INPUT = 64 * 1024 * 1024  # refuse to read more than this into memory
HELP = "Print the text with personal data replaced by typed tokens ([CPR], [CARD], …)."
FORMATS = ("text", "json")


class InputError(Exception):
    """Input that cannot be redacted; the message says why."""


def read_input(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"no such file: {source}")
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT + 1)
    if len(data) > MAX_INPUT:
        raise InputError(f"input is larger than {MAX_INPUT // (1024 * 1024)} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("input is not UTF-8 text") from exc


def render(result: RedactedText, output: str) -> str:
    """The redacted text as it is, or JSON with each finding's type, offsets and score."""
    if output == "text":
        return result.text
    findings = [
        {"type": f.entity, "start": f.start, "end": f.end, "score": round(f.score, 3)}
        for f in result.findings
    ]
    return json.dumps({"text": result.text, "findings": findings}, ensure_ascii=False) + "\n"


def parser() -> argparse.ArgumentParser:
    reader = argparse.ArgumentParser(prog="vaern privacy redact", description=HELP)
    reader.add_argument(
        "source", nargs="?", default="-", metavar="FILE|-", help="File to read; - for stdin"
    )
    reader.add_argument("--format", choices=FORMATS, default="text", help="text or json")
    return reader


def main(argv: list[str]) -> int:
    """Run the command on ``argv`` (the arguments after ``privacy redact``); the exit code:
    0, or 2 for input that cannot be read (argparse exits with 2 on a wrong argument)."""
    args = parser().parse_args(argv)
    try:
        text = read_input(args.source)
    except InputError as exc:
        # In red on a terminal, as the rest of the command line's errors (vaern.clikit).
        line = f"error: {exc}"
        sys.stderr.write(f"\x1b[31m{line}\x1b[0m\n" if sys.stderr.isatty() else f"{line}\n")
        return 2
    # UTF-8 out as UTF-8 came in, whatever the terminal's locale; the text as it is.
    sys.stdout.buffer.write(render(redact(text), args.format).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
