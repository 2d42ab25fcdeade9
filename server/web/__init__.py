"""The provincial office's dashboard: server-rendered pages at ``/`` (server/web/routes.py),
office staff logins (users.py, session.py), figures from server/reports.py (figures.py),
Vietnamese with English (i18n.py), Chart.js vendored in static/vendor (no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def mount_dashboard(app: FastAPI) -> None:
    """Add the pages, their error handlers and /static to the hub's app."""
    from server.web.pages import (
        LoginRequired,
        PageError,
        login_required_handler,
        page_error_handler,
    )
    from server.web.routes import router

    app.include_router(router)
    app.add_exception_handler(LoginRequired, login_required_handler)
    app.add_exception_handler(PageError, page_error_handler)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
