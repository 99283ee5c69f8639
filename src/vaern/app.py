"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import BaseRoute

from vaern import db, site
from vaern.config import Settings, settings
from vaern.jobs.registry import Scheduler
from vaern.logs import configure_logging
from vaern.messages import check, flows
from vaern.messages.api import JsonCheckMiddleware
from vaern.orgs.deps import LoginRequired
from vaern.reports import smtp
from vaern.site import SERVED
from vaern.warnings.feedcache import FeedCacheMiddleware
from vaern.web import middleware, problems
from vaern.web.deps import endpoint_dependants
from vaern.web.serving import BalanceMiddleware

log = logging.getLogger("vaern")


def create_app(cfg: Settings | None = None) -> FastAPI:
    cfg = cfg or settings()
    factory = db.session_factory(cfg.resolved_database_url())
    rate_limits = middleware.limit_storage(cfg.rate_limit_storage)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Load the classifier and the directory before the first request, not during it.
        await run_in_threadpool(_warm_up_check)
        refresher = None
        if cfg.check_refresh_seconds > 0:
            refresher = asyncio.create_task(_keep_check_cache_fresh(factory, cfg))
        scheduler = None
        if cfg.run_jobs:
            scheduler = Scheduler(factory, site.jobs().values(), tick=cfg.jobs_tick_seconds)
            scheduler.start()
        mail_receiver = None
        if cfg.report_smtp_in_server:
            mail_receiver = smtp.controller(database_url=cfg.resolved_database_url())
            mail_receiver.start()
        yield
        if mail_receiver is not None:
            mail_receiver.stop()
        if scheduler is not None:
            scheduler.stop()
        if refresher is not None:
            refresher.cancel()
        await middleware.close_storage(rate_limits)

    app = FastAPI(
        lifespan=lifespan,
        title="Værn API",
        version="1",
        description="Fraud-safe customer communication: message check, channel registry, "
        "outbound log, warnings, cases, monitoring, disputes and privacy.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = cfg
    app.state.sessionmaker = factory

    problems.install(app)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    # Middleware runs outermost-last: observability sees every response.
    app.add_middleware(
        SessionMiddleware,
        secret_key=cfg.session_secret,
        session_cookie="vaern_session",
        same_site="lax",
        https_only=cfg.base_url.startswith("https://"),
        max_age=8 * 3600,
    )
    # The public check's JSON requests are answered here, before the session and routing.
    app.add_middleware(JsonCheckMiddleware)
    app.add_middleware(middleware.LocaleMiddleware)
    app.add_middleware(middleware.RateLimitMiddleware, limit=cfg.rate_limit, storage=rate_limits)
    app.add_middleware(middleware.JsonDepthMiddleware)
    app.add_middleware(middleware.BodyLimitMiddleware, default_max=cfg.max_body_bytes)
    # Feed polling is answered from the change stamp before routing (docs/reports-and-warnings.md).
    app.add_middleware(FeedCacheMiddleware, database_url=cfg.resolved_database_url())
    app.add_middleware(middleware.ObservabilityMiddleware)

    app.mount(
        "/static", StaticFiles(directory=Path(__file__).parent / "web" / "static"), name="static"
    )
    app.router.routes.extend(_served_routes())
    return app


@functools.cache
def _served_routes() -> list[BaseRoute]:
    """Every domain's routers, included once per process and shared by its apps. FastAPI
    prepares an included router's routes (each endpoint's signature and models) per
    inclusion, when a request first reaches it or passes it by: included in each app, that
    was done again for every app the tests build, most of their time. The routes do not
    depend on the app, only ``app.dependency_overrides`` would not reach them (unused)."""
    shared = APIRouter()
    for domain in SERVED:
        for router in domain.routers:
            shared.include_router(router)
    return list(shared.routes)


def served_app(cfg: Settings) -> FastAPI:
    """The app `vaern serve` runs, every route prepared before the first request (FastAPI
    prepares an included router's routes when a request first reaches it or passes it by;
    all of them take a few tenths of a second)."""
    app = create_app(cfg)
    endpoint_dependants(app)
    return app


async def _keep_check_cache_fresh(factory: sessionmaker[Session], cfg: Settings) -> None:
    """Every half refresh interval, ask the database whether what the check keeps in the
    process (vaern/changes.py) changed, off the event loop: the checks themselves then
    never wait for that round trip (nor send a burst of requests to the thread pool)."""

    def revalidate() -> None:
        with factory() as session:
            flows.revalidate(session)

    while True:
        await asyncio.sleep(cfg.check_refresh_seconds / 2)
        try:
            await run_in_threadpool(revalidate)
        except Exception:  # the checks ask for themselves when this fails
            log.warning("check cache refresh failed", exc_info=True)


def _warm_up_check() -> None:
    check("Værn starter.", channel="sms")


def worker_app() -> FastAPI:
    """The app of one `vaern serve --workers N` process: settings from the environment,
    its own logging set-up (a worker process does not inherit the parent's)."""
    cfg = settings()
    configure_logging(cfg.log_level)
    app = served_app(cfg)
    app.add_middleware(BalanceMiddleware)  # outermost: it sees every response's headers
    return app
