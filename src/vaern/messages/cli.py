"""CLI: `vaern check`, `vaern model train|evaluate`, `vaern directory load|list`."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from vaern.clikit import fail as _fail
from vaern.errors import DomainError
from vaern.messages import corpus, evaluate
from vaern.messages.directory import directory_profiles
from vaern.messages.flows import check
from vaern.messages.inputs import looks_like_image
from vaern.messages.service import public
from vaern.messages.training import train_all
from vaern.registry.directory import read_directory

model_app = typer.Typer(help="The message classifier.", no_args_is_help=True)
directory_app = typer.Typer(
    help="Directory of often-impersonated organisations.", no_args_is_help=True
)


def check_command(
    file: Annotated[
        str,
        typer.Argument(
            help="Message file (text, .eml or picture), -, or the URL with --channel url"
        ),
    ] = "-",
    channel: Annotated[str | None, typer.Option(help="sms|email|url|qr|call")] = None,
    sender: Annotated[str | None, typer.Option(help="Sender number or ID")] = None,
    received_at: Annotated[str | None, typer.Option(help="ISO 8601 time received")] = None,
    output: Annotated[str, typer.Option("--format", help="json|text")] = "json",
) -> None:
    """Check a message: is it really from them?"""
    if output not in ("json", "text"):
        raise _fail("--format must be json or text")
    try:
        when = datetime.fromisoformat(received_at) if received_at else None
    except ValueError as exc:
        raise _fail("--received-at must be an ISO 8601 time") from exc
    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        elif channel == "url" and not Path(file).exists():
            data = file.encode()  # `vaern check --channel url https://…`: the URL itself
        else:
            data = Path(file).read_bytes()
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror}") from exc
    if len(data) > 10 * 1024 * 1024:
        raise _fail("the message is larger than 10 MiB")
    payload: str | bytes = data
    if channel in ("sms", "url", "call") and not (channel == "sms" and looks_like_image(data)):
        payload = data.decode("utf-8", "replace")  # a picture with --channel sms: a screenshot
    try:
        result = check(payload, channel=channel, sender=sender, received_at=when)
    except DomainError as exc:  # bad input, or no text recognition for a screenshot
        raise _fail(exc.detail) from exc
    result = public(result)
    if output == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{result['verdict']} ({result['score']:.2f})")
    for r in result["reasons"]:
        typer.echo(f"- {r['code']} [{r['weight']}]: {r['explanation']['en']} {r['evidence']!r}")
    for line in result["advice"]["en"]:
        typer.echo(f"* {line}")


@model_app.command("train")
def model_train(
    output: Annotated[Path | None, typer.Option(help="Where to write the model")] = None,
    score_output: Annotated[
        Path | None, typer.Option(help="Where to write the calibrated score model")
    ] = None,
) -> None:
    """Train the classifiers (Danish, English), their thresholds, the calibrated score and
    each language's verdict cut-offs from the corpus in the repository (deterministic;
    cross-validated on training data only)."""
    summary = train_all(output, score_output)
    typer.echo(
        f"trained on {summary['messages']} messages -> {summary['model']}, "
        f"{summary['score_model']} (classifier thresholds {summary['classifier_thresholds']})"
    )
    typer.echo(json.dumps(summary["cross_validated"], indent=2))


@model_app.command("evaluate")
def model_evaluate() -> None:
    """Evaluate the shipped classifier and the whole check on the test set (the fresh real
    Danish messages and held-out English SMS; no family or near-duplicate shared with
    training): per language and channel, with calibration."""
    _, evaluation = corpus.split()
    result = {
        "classifier": evaluate.report(evaluation),
        "check": evaluate.check_report(evaluation),
    }
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False))


@directory_app.command("list")
def directory_list() -> None:
    """List the organisations in the directory."""
    for p in directory_profiles():
        typer.echo(f"{p.slug}\t{p.name}\t{', '.join(p.domain_names)}")


@directory_app.command("load")
def directory_load(file: Path) -> None:
    """Validate a directory file (every fact with a source and a date)."""
    try:
        data = read_directory(file)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
    count = len(data["organisations"])
    typer.echo(f"directory version {data.get('version')}: {count} organisations")
