"""``vaern monitor``: replay a JSON Lines file of account events through the monitor."""

from __future__ import annotations

import asyncio
import enum
import json
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

import typer

from vaern.clikit import fail as _fail
from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import DomainError
from vaern.monitoring.cluster import AlertOutbox, Lag, rules_from_database, run_workers
from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.quality import evaluate, generate
from vaern.monitoring.streaming import DEFAULT_URL, Bus, parse_partitions
from vaern.monitoring.typologies import parse


class Format(enum.StrEnum):
    json = "json"
    text = "text"


monitor_app = typer.Typer(help="Real-time event monitoring.", no_args_is_help=True)


@monitor_app.command("replay")
def replay(
    file: Annotated[Path, typer.Argument(help="JSON Lines, one event per line")],
    output: Annotated[Format, typer.Option("--format", help="Alert output format")] = Format.text,
    typologies: Annotated[
        Path | None, typer.Option(help="Typology YAML file (default: the shipped library)")
    ] = None,
) -> None:
    """Score each event in file order; print alerts (JSON Lines with --format json).

    Bad lines are reported on stderr with their line number and skipped."""
    if not file.is_file():
        raise _fail(f"no such file: {file}")
    try:
        rules = parse(typologies.read_text(encoding="utf-8")) if typologies else None
    except (OSError, DomainError) as exc:
        raise _fail(f"typologies: {getattr(exc, 'detail', exc)}") from None
    monitor, now = Monitor(rules), utcnow()
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                event = pseudonymise(parse_event(json.loads(line), now=now), organisation_id=None)
                decision = monitor.process(event)
            except (ValueError, DomainError) as exc:
                typer.echo(f"line {number}: rejected: {getattr(exc, 'detail', exc)}", err=True)
                continue
            for hit in decision.hits:
                t = hit.typology
                if output is Format.json:
                    record = {
                        "line": number,
                        "event_id": event.event_id,
                        "occurred_at": event.occurred_at.isoformat(),
                        "account_ref": event.account_id,
                        "typology": t.id,
                        "severity": t.severity.value,
                        "action": t.action.value,
                        "score": hit.score,
                        "model_score": decision.model_score,
                        "explanation": t.explanation.model_dump(),
                        "event_ids": decision.evidence,
                        "features": decision.features,
                    }
                    typer.echo(json.dumps(record, ensure_ascii=False))
                else:
                    typer.echo(
                        f"{event.occurred_at.isoformat()} {event.event_id} {t.id}"
                        f" {t.severity.value} {t.action.value} score={hit.score}"
                    )


@monitor_app.command("quality")
def quality(
    accounts: Annotated[int, typer.Option(min=10, max=200_000)] = 2000,
    days: Annotated[int, typer.Option(min=2, max=90)] = 14,
    frauds: Annotated[int, typer.Option(help="Injected scenarios of each kind", min=1)] = 20,
    seed: int = 9,
    output: Annotated[Format, typer.Option("--format")] = Format.text,
) -> None:
    """Detection quality of the typologies and the online model on a seeded synthetic
    stream with injected takeover and APP-fraud scenarios (see docs/monitoring.md)."""
    figures = evaluate(generate(accounts=accounts, days=days, frauds_per_kind=frauds, seed=seed))
    if output is Format.json:
        typer.echo(json.dumps(dict(figures), ensure_ascii=False, indent=2))
    else:
        for name, value in figures:
            typer.echo(f"{name}: {value}")


async def _connect(partitions: int | None = None) -> Bus:
    s = settings()
    return await Bus.connect(
        s.monitoring_nats_url or DEFAULT_URL,
        prefix=s.monitoring_prefix,
        partitions=partitions or s.monitoring_partitions,
        replicas=s.monitoring_replicas,
    )


def _serve(run: Callable[[Bus, asyncio.Event], Awaitable[int]], partitions: int | None) -> int:
    """Connect to the broker and ``run`` until SIGTERM or SIGINT sets the stop event."""
    import nats.errors

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        bus = await _connect(partitions)
        try:
            return await run(bus, stop)
        finally:
            await bus.close()

    try:
        return asyncio.run(main())
    except (OSError, DomainError, nats.errors.Error) as exc:
        raise _fail(getattr(exc, "detail", str(exc))) from None


@monitor_app.command("worker")
def worker(
    partitions: Annotated[str, typer.Option(help="This process's partitions: 0-3 or 0,2,5")],
    of: Annotated[
        int | None, typer.Option("--of", help="Partitions in all (default: the setting)")
    ] = None,
    batch: Annotated[int, typer.Option(min=1, max=10_000)] = 500,
    snapshot_every: Annotated[
        float, typer.Option(min=0.0, help="Seconds")
    ] = 0.1,  # cluster.SNAPSHOT_EVERY
    lag_file: Annotated[
        Path | None, typer.Option(help="Write the store-to-decision lag (JSON) here at exit")
    ] = None,
) -> None:
    """Score events of these partitions from NATS JetStream until SIGTERM
    (VAERN_MONITORING_NATS_URL, VAERN_MONITORING_PREFIX; rules from the database)."""
    total = of or settings().monitoring_partitions
    try:
        chosen = parse_partitions(partitions, total)
    except DomainError as exc:
        raise _fail(exc.detail) from None
    lag = Lag() if lag_file else None

    async def work(bus: Bus, stop: asyncio.Event) -> int:
        return await run_workers(
            bus,
            chosen,
            stop=stop,
            rules_for=rules_from_database,
            batch=batch,
            snapshot_every=snapshot_every,
            lag=lag,
        )

    decided = _serve(work, total)
    if lag is not None and lag_file is not None:
        lag.write(lag_file)
    typer.echo(f"partitions {partitions} of {total}: {decided} events scored")


@monitor_app.command("outbox")
def outbox() -> None:
    """Store the alerts the workers publish (once each), open cases, send webhooks;
    until SIGTERM."""

    async def work(bus: Bus, stop: asyncio.Event) -> int:
        box = AlertOutbox(bus)
        await box.start()
        stored = 0
        while not stop.is_set():
            stored += await box.run_once(timeout=0.5)
        return stored

    stored = _serve(work, None)
    typer.echo(f"{stored} alerts stored")
