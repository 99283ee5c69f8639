"""The ``vaern`` console script. ``vaern privacy redact`` runs straight from its light module
(recognisers and the standard library only) so it starts in a fraction of a second;
everything else loads the full command line (``vaern.cli``), which imports typer, the web
app, the database and every domain."""

from __future__ import annotations

import sys

FAST = ("privacy", "redact")


def main() -> None:
    if tuple(sys.argv[1:3]) == FAST:
        from vaern.privacy.redact_cli import main as redact_main

        sys.exit(redact_main(sys.argv[3:]))
    from vaern.cli import app as full

    full()
