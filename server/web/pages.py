"""What every dashboard page shares: who is asking, rendering with the session's language
and CSRF token, redirects, error pages and the security headers.

A page that needs a login raises ``LoginRequired`` (answered by a redirect to /login that
comes back to the page); a refusal raises ``PageError`` (an HTML error page, never JSON).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from server.web import users
from server.web.i18n import DEFAULT_LANGUAGE, LANG_COOKIE, LANGUAGES, Translator
from server.web.session import csrf_ok, csrf_token, current_session, secret_key, store_session

TEMPLATES = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES))

# Scripts and styles only from the hub itself (Chart.js is vendored): an injected tag runs
# nothing, and no page can be framed by another site.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class LoginRequired(Exception):
    """No valid session: the page is answered with a redirect to the login form."""


class PageError(Exception):
    def __init__(self, status: int, message_key: str) -> None:
        super().__init__(message_key)
        self.status = status
        self.message_key = message_key


def translator(request: Request) -> Translator:
    lang = request.cookies.get(LANG_COOKIE, DEFAULT_LANGUAGE)
    return Translator(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def page_user(request: Request) -> users.UserInfo:
    """The logged-in user; the session must carry the user's current generation (a logout
    anywhere bumps it) and the user must still exist."""
    session = current_session(request)
    if session.user_id is None:
        raise LoginRequired
    user = users.get_user(request.app.state.hub.db, session.user_id)
    if user is None or user.session_generation != session.generation:
        raise LoginRequired
    request.state.user = user
    return user


def admin_user(user: Annotated[users.UserInfo, Depends(page_user)]) -> users.UserInfo:
    if not user.is_admin:
        raise PageError(403, "error.forbidden")
    return user


def check_csrf(request: Request, given: str) -> None:
    if not csrf_ok(secret_key(request), current_session(request), given):
        raise PageError(403, "error.csrf")


def safe_next(target: str) -> str:
    """Only a path on this hub: '//evil.example' or 'https://...' would send a freshly
    logged-in user elsewhere (an open redirect)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target \
            or any(ord(c) < 32 for c in target):
        return "/"
    return target


def _secure(request: Request, response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    store_session(request, response)
    return response


def render(request: Request, template: str, context: dict[str, Any], status: int = 200
           ) -> Response:
    t = translator(request)
    session = current_session(request)
    base = {"t": t, "lang": t.lang, "user": getattr(request.state, "user", None),
            "csrf_token": csrf_token(secret_key(request), session),
            "path": request.url.path + (f"?{request.url.query}" if request.url.query else "")}
    response = templates.TemplateResponse(request, template, {**base, **context},
                                          status_code=status)
    return _secure(request, response)


def redirect(request: Request, target: str) -> Response:
    return _secure(request, RedirectResponse(target, status_code=303))


async def login_required_handler(request: Request, _exc: Exception) -> Response:
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return redirect(request, f"/login?next={quote(path, safe='/')}")


async def page_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    t = translator(request)
    return render(request, "error.html", {"message": t(exc.message_key)}, exc.status)
