"""The message check."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.messages import api, cli, pages

DOMAIN = Domain(
    name="messages",
    # The public check's API first: it is the busiest route, and routes are matched in
    # order (no other route shares its path).
    routers=(api.router, pages.router),
    cli=(("model", cli.model_app), ("directory", cli.directory_app)),
    commands=(("check", cli.check_command),),
)
