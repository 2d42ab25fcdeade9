"""The provincial office's dashboard: server-rendered pages at ``/`` (server/web/routes.py),
office staff logins (users.py, session.py), figures from server/reports.py (figures.py),
Vietnamese with English (i18n.py), Chart.js vendored in static/vendor (no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from server.limits import RateLimiter

STATIC = Path(__file__).parent / "static"
# Password attempts per client address, whatever the names tried: the lockout guards one name,
# this keeps one address from trying a password on every name (a burst of 20, then 1 in 5 s).
LOGIN_RATE_PER_SECOND = 0.2
LOGIN_BURST = 20


def mount_dashboard(app: FastAPI) -> None:
    """Add the pages, their error handlers and /static to the hub's app."""
    from server.web.pages import (
        LoginRequired,
        PageError,
        login_required_handler,
        page_error_handler,
    )
    from server.web.routes import router

    app.state.login_limiter = RateLimiter(LOGIN_RATE_PER_SECOND, LOGIN_BURST)
    app.include_router(router)
    app.add_exception_handler(LoginRequired, login_required_handler)
    app.add_exception_handler(PageError, page_error_handler)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
