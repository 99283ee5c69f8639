"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from vaern import db, jobs
from vaern.config import Settings, settings
from vaern.messages.api import JsonCheckMiddleware
from vaern.warnings.feedcache import FeedCacheMiddleware
from vaern.web import middleware, problems
from vaern.web.deps import LoginRequired, commit_with_endpoint

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
            jobs.load_all()
            scheduler = jobs.registry.Scheduler(factory, tick=cfg.jobs_tick_seconds)
            scheduler.start()
        mail_receiver = None
        if cfg.report_smtp_in_server:
            from vaern.reports import smtp

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
    _include_routers(app)
    _connect_domains()
    return app


async def _keep_check_cache_fresh(factory: sessionmaker[Session], cfg: Settings) -> None:
    """Every half refresh interval, ask the database whether what the check keeps in the
    process (messages/cache.py) changed, off the event loop: the checks themselves then
    never wait for that round trip (nor send a burst of requests to the thread pool)."""
    from vaern.messages import flows

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
    from vaern.messages import check

    check("Værn starter.", channel="sms")


def worker_app() -> FastAPI:
    """The app of one `vaern serve --workers N` process: settings from the environment,
    its own logging set-up (a worker process does not inherit the parent's)."""
    from vaern.logs import configure_logging
    from vaern.web.serving import BalanceMiddleware

    cfg = settings()
    configure_logging(cfg.log_level)
    app = create_app(cfg)
    app.add_middleware(BalanceMiddleware)  # outermost: it sees every response's headers
    return app


def _include(app: FastAPI, router: APIRouter) -> None:
    """Include ``router`` with each of its endpoints ending the request's unit of work
    (``commit_with_endpoint``). Done on the router's own routes: since FastAPI 0.16x the
    app keeps included routers as they are and builds each route's handler from its
    endpoint when first used, so the app's route list no longer holds the APIRoutes."""
    for route in router.routes:
        if isinstance(route, APIRoute):
            commit_with_endpoint(route)
    app.include_router(router)


def _include_routers(app: FastAPI) -> None:
    from vaern.cases import api as cases_api
    from vaern.cases import pages as cases_pages
    from vaern.disputes import api as disputes_api
    from vaern.disputes import pages as disputes_pages
    from vaern.messages import api as messages_api
    from vaern.messages import pages as messages_pages
    from vaern.monitoring import api as monitoring_api
    from vaern.monitoring import pages as monitoring_pages
    from vaern.orgs import api as orgs_api
    from vaern.orgs import pages as orgs_pages
    from vaern.outbound import api as outbound_api
    from vaern.outbound import pages as outbound_pages
    from vaern.privacy import api as privacy_api
    from vaern.privacy import pages as privacy_pages
    from vaern.privacy import public_pages as privacy_public_pages
    from vaern.registry import api as registry_api
    from vaern.registry import pages as registry_pages
    from vaern.reports import api as reports_api
    from vaern.reports import pages as reports_pages
    from vaern.warnings import api as warnings_api
    from vaern.warnings import pages as warnings_pages
    from vaern.web import pages as web_pages

    # The public message check first: it is the busiest route, and routes are matched in
    # order (no other route shares its path).
    _include(app, messages_api.router)
    _include(app, web_pages.router)
    _include(app, orgs_api.router)
    _include(app, orgs_pages.router)
    _include(app, disputes_api.router)
    _include(app, disputes_pages.router)
    _include(app, registry_api.router)
    _include(app, registry_pages.router)
    _include(app, outbound_api.router)
    _include(app, outbound_pages.router)
    _include(app, messages_pages.router)
    _include(app, cases_api.router)
    _include(app, cases_pages.router)
    _include(app, privacy_api.router)
    _include(app, privacy_pages.router)
    _include(app, privacy_public_pages.router)
    _include(app, monitoring_api.router)
    _include(app, monitoring_pages.router)
    _include(app, warnings_api.router)
    _include(app, warnings_pages.router)
    _include(app, reports_api.router)
    _include(app, reports_pages.router)


def _connect_domains() -> None:
    """Hooks by which one domain serves another without importing it in its service."""
    from vaern.outbound import flows as outbound_flows

    outbound_flows.connect()
