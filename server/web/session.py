"""Session cookies and CSRF tokens for the dashboard, signed with the hub's secret key.

The cookie holds a random nonce, the user's id and session generation, and when it was
issued, signed with HMAC-SHA256: nothing secret is in it, and nothing in it can be changed.
Every visitor gets one (anonymous until login) because the login form needs a CSRF token too;
logging in issues a new nonce, so a nonce planted before login is worth nothing after it.
A session lasts at most ``MAX_AGE``; logout bumps the user's generation in the database, so
the cookie is dead even if a copy of it survives.

The CSRF token is HMAC(secret, nonce): one per session, checked on every POST. With the
cookie SameSite=Lax that is two locks on the same door.

The secret is ``OCOP_HUB_SECRET_KEY`` if set; otherwise it is generated once and stored in
the database (``hub_meta``), so every worker process and every restart use the same one.
Whoever can read the database can already read everything the dashboard shows; set the
variable anyway where database backups travel further than the hub.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from sqlalchemy.exc import IntegrityError

from server.db import Database, dialect_insert
from server.models import HubMeta

COOKIE = "ocop_session"
MAX_AGE = 12 * 3600  # a working day and then some
SECRET_META_KEY = "dashboard_secret_key"
_lock = threading.Lock()


@dataclass(frozen=True)
class SessionData:
    nonce: str
    user_id: int | None = None
    generation: int = 0
    issued: int = 0  # Unix seconds

    @staticmethod
    def anonymous() -> SessionData:
        return SessionData(nonce=secrets.token_urlsafe(18), issued=int(time.time()))

    @staticmethod
    def for_user(user_id: int, generation: int) -> SessionData:
        return SessionData(secrets.token_urlsafe(18), user_id, generation, int(time.time()))


def secret_key(request: Request) -> bytes:
    """The signing key of this app: from the settings, else from (or first into) the
    database. Looked up once per process; the insert cannot race (ON CONFLICT DO NOTHING,
    then read whatever won)."""
    state = request.app.state
    cached: bytes | None = getattr(state, "dashboard_secret", None)
    if cached is not None:
        return cached
    with _lock:
        configured = request.app.state.hub.settings.secret_key
        key = configured or _stored_secret(request.app.state.hub.db)
        state.dashboard_secret = key.encode()
        return state.dashboard_secret


def _stored_secret(db: Database) -> str:
    with db.write() as session:
        statement = dialect_insert(session, HubMeta.__table__).values(
            key=SECRET_META_KEY, value=secrets.token_urlsafe(48))
        try:
            session.execute(statement.on_conflict_do_nothing(index_elements=["key"]))
        except IntegrityError:  # pragma: no cover - ON CONFLICT covers it on both dialects
            pass
        row = session.get(HubMeta, SECRET_META_KEY)
        assert row is not None
        return row.value


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, purpose: str, body: str) -> str:
    return _b64(hmac.new(key, f"{purpose}|{body}".encode(), hashlib.sha256).digest())


def sign(key: bytes, data: SessionData) -> str:
    body = _b64(json.dumps([data.nonce, data.user_id, data.generation, data.issued],
                           separators=(",", ":")).encode())
    return f"{body}.{_mac(key, 'session', body)}"


def unsign(key: bytes, value: str, now: float | None = None) -> SessionData | None:
    """The session in a cookie, or None when it is forged, damaged or too old."""
    body, _, mac = value.partition(".")
    if not body or not hmac.compare_digest(mac, _mac(key, "session", body)):
        return None
    try:
        nonce, user_id, generation, issued = json.loads(_unb64(body))
    except (ValueError, TypeError):
        return None
    now = time.time() if now is None else now
    if not (isinstance(nonce, str) and isinstance(issued, int)
            and (user_id is None or isinstance(user_id, int)) and isinstance(generation, int)):
        return None
    if not (0 <= now - issued <= MAX_AGE):
        return None
    return SessionData(nonce, user_id, generation, issued)


def csrf_token(key: bytes, session: SessionData) -> str:
    return _mac(key, "csrf", session.nonce)


def csrf_ok(key: bytes, session: SessionData, given: str) -> bool:
    return hmac.compare_digest(given.encode(), csrf_token(key, session).encode())


def current_session(request: Request) -> SessionData:
    """The request's session; a new anonymous one (to be set on the answer) when it has none.
    Cached on the request, so every dependency sees the same one."""
    found: SessionData | None = getattr(request.state, "session", None)
    if found is not None:
        return found
    raw = request.cookies.get(COOKIE)
    session = unsign(secret_key(request), raw) if raw else None
    if session is None:
        session = SessionData.anonymous()
        request.state.session_is_new = True
    request.state.session = session
    return session


def replace_session(request: Request, session: SessionData) -> None:
    request.state.session = session
    request.state.session_is_new = True


def store_session(request: Request, response: Response) -> None:
    """Set the cookie if this request made or replaced the session."""
    if not getattr(request.state, "session_is_new", False):
        return
    session: SessionData = request.state.session
    set_cookie(request, response, sign(secret_key(request), session))


def set_cookie(request: Request, response: Response, value: str) -> None:
    """HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure
    when the request came over HTTPS (directly, or through a proxy named to ``serve``)."""
    response.set_cookie(COOKIE, value, max_age=MAX_AGE, path="/", httponly=True,
                        samesite="lax", secure=request.url.scheme == "https")


def session_state(request: Request) -> dict[str, Any]:
    session = current_session(request)
    return {"csrf_token": csrf_token(secret_key(request), session)}
