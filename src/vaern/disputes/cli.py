"""``vaern disputes``: assess a dispute file and check the reference decisions."""

from __future__ import annotations

import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from vaern.clikit import fail as _fail
from vaern.disputes.engine import assess, money
from vaern.disputes.letter import letter_text
from vaern.disputes.reference import evaluate as evaluate_references
from vaern.disputes.rules import FINDING_LABEL
from vaern.disputes.schemas import Assessment, DisputeInput

disputes_app = typer.Typer(help="Payment disputes (Payment Act § 100).", no_args_is_help=True)
MAX_BYTES = 1 << 20


class Format(StrEnum):
    json = "json"
    text = "text"


def _read(file: str) -> str:
    try:
        raw = sys.stdin.buffer.read(MAX_BYTES + 1) if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise _fail("input larger than 1 MiB")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("input is not UTF-8") from None


def as_text(result: Assessment, lang: str) -> str:
    lines = [result.title]
    for p in result.payers:
        lines.append(
            f"{p.name}: liable {money(p.liable_amount)} / refund {money(p.refund_amount)} "
            f"({p.citation}, band {p.band})"
        )
        for a in p.alternatives:
            lines.append(
                f"  alternative - {FINDING_LABEL[a.finding][lang]}: liable "
                f"{money(a.liable_amount)} / refund {money(a.refund_amount)} ({a.citation})"
            )
    t = result.total
    lines.append(
        f"total: disputed {money(t.disputed_amount)} / liable {money(t.liable_amount)} / "
        f"refund {money(t.refund_amount)}"
    )
    lines.append(result.refund_deadline_text[lang])
    for f in result.findings:
        lines.append(f"finding: {f[lang]}")
    lines += ["", letter_text(result, lang)]
    return "\n".join(lines)


@disputes_app.command("assess")
def assess_cmd(
    file: Annotated[str, typer.Argument(help="Dispute JSON (see docs/disputes/), or - for stdin")],
    fmt: Annotated[Format, typer.Option("--format", help="Output format")] = Format.json,
) -> None:
    """Assess liability for a dispute file (schema: docs/disputes/dispute.schema.json)."""
    try:
        data = DisputeInput.model_validate_json(_read(file))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "input"
        raise _fail(f"{where}: {first['msg']}") from None
    result = assess(data)
    if fmt is Format.json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        typer.echo(as_text(result, data.language))


@disputes_app.command("evaluate")
def evaluate_cmd() -> None:
    """Compare the assessment with published decisions: reproduced, explained disagreement
    (the reason is printed) or DISAGREE (exit code 1)."""
    results = evaluate_references()
    for ref, result, status in results:
        liable = ", ".join(f"{p.payer} {money(p.liable_amount)}" for p in result.payers)
        typer.echo(
            f"{status:<22} {ref.decision}\n    outcome ({ref.known_from}): {ref.outcome}\n"
            f"    Værn: liable {liable}; refund {money(result.total.refund_amount)}; "
            f"not covered {money(result.total.not_covered_amount)} ({result.total.provision})"
        )
        if status != "reproduced" and ref.disagreement:
            typer.echo(f"    why: {ref.disagreement}")
    counts = Counter(status for _, _, status in results)
    typer.echo(
        f"{counts['reproduced']}/{len(results)} decisions reproduced, "
        f"{counts['explained disagreement']} explained disagreement(s), "
        f"{counts['DISAGREE']} unexplained"
    )
    if counts["DISAGREE"]:
        raise typer.Exit(code=1)
