"""The ``vaern`` console script. ``vaern privacy redact`` runs straight from its light module
(recognisers only) so it starts in a fraction of a second; everything else loads the full
command line (``vaern.cli``), which imports the web app, the database and every domain."""

from __future__ import annotations

import sys

FAST = ("privacy", "redact")


def main() -> None:
    if tuple(sys.argv[1:3]) == FAST:
        import typer

        from vaern.privacy.redact_cli import redact_command

        app = typer.Typer(add_completion=False)
        app.command()(redact_command)
        app(args=sys.argv[3:], prog_name="vaern privacy redact")
        return
    from vaern.cli import app as full

    full()
