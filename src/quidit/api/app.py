"""The web application: JSON API, HTML pages, limits and error handling."""

from __future__ import annotations

import threading

from fastapi import FastAPI

from quidit.api import errors
from quidit.api.limits import Limits, LimitsMiddleware
from quidit.api.routes import AnalyzerLike, Fetcher
from quidit.api.routes import router as api_router
from quidit.store import Store


def create_app(
    store: Store,
    *,
    token: str | None = None,
    analyzer: AnalyzerLike | None = None,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
) -> FastAPI:
    """A FastAPI app over ``store``.

    ``token`` turns on ``POST /api/analyze`` (off without one).  The
    analyser is ``quidit.service.Analyzer`` unless one is given; it is
    created on the first analysis, so a read-only server never loads spaCy.
    """
    from quidit.web.routes import render_error, static_files
    from quidit.web.routes import router as web_router

    app = FastAPI(
        title="quidit",
        summary="Who says what: quotes, speakers and numeric claims in news articles.",
        version="1",
        openapi_url="/api/openapi.json",
        # The interactive docs pages load scripts from a CDN, which the
        # server's Content-Security-Policy (and an offline machine) forbids;
        # /api lists the endpoints from the OpenAPI schema instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.fetcher = fetcher
    lock = threading.Lock()
    holder: dict[str, AnalyzerLike] = {}
    if analyzer is not None:
        holder["analyzer"] = analyzer

    def get_analyzer() -> AnalyzerLike:
        with lock:
            if "analyzer" not in holder:
                from quidit.service import Analyzer

                holder["analyzer"] = Analyzer()
            return holder["analyzer"]

    app.state.get_analyzer = get_analyzer
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", static_files(), name="static")
    errors.install(app, render_error)
    app.add_middleware(LimitsMiddleware, limits=limits or Limits())
    return app
