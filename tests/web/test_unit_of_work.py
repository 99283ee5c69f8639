"""Every API endpoint commits on its own thread, in the same step as its work (issue 17,
item 1). FastAPI calls included routers' endpoints through per-inclusion copies of their
dependants, so wrapping the routers' own ``APIRoute`` objects wrapped nothing."""

from __future__ import annotations

from fastapi.routing import APIRoute

from vaern.app import create_app
from vaern.config import Settings
from vaern.web.deps import endpoint_dependants


def test_every_endpoint_is_called_through_its_committing_wrapper(settings: Settings) -> None:
    app = create_app(settings)
    dependants = endpoint_dependants(app)
    api_routes = [r for r in app.routes if isinstance(r, APIRoute)]
    assert len(dependants) >= 200 + len(api_routes)  # every router's endpoints are found
    unwrapped = [d.call for d in dependants if not getattr(d.call, "commits_with_endpoint", False)]
    assert unwrapped == []
