"""What every ``vaern`` command shares: how it fails. Light on purpose (typer only).
``vaern privacy redact`` does without it (and without typer): see privacy/redact_cli.py."""

from __future__ import annotations

import typer


def fail(message: str) -> typer.Exit:
    """Print ``error: message`` in red on stderr; raise the result to exit with code 2."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=2)
