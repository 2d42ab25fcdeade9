"""The dashboard's pages: login and logout, the fairs, a fair with its booths (and their
CSV/XLSX export), the office's users. Server-rendered (Jinja2), no JSON API of its own: the
figures come from server/reports.py through server/web/figures.py.

Handlers are plain ``def``s: FastAPI runs them in its thread pool, where the database and the
deliberately slow password hash do not hold up the event loop that takes the booths' uploads.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from server.auth import client_address
from server.db import Database
from server.models.base import utcnow
from server.reports import ReportRow
from server.web import users
from server.web.export import CSV_TYPE, XLSX_TYPE, booth_table, to_csv, to_xlsx
from server.web.figures import (
    SORT_KEYS,
    BoothLine,
    FairPage,
    conversion,
    fair_page,
    fairs_overview,
    sort_booths,
)
from server.web.i18n import LANG_COOKIE, LANGUAGES, Translator
from server.web.pages import (
    PageError,
    admin_user,
    check_csrf,
    page_user,
    redirect,
    render,
    safe_next,
    translator,
)
from server.web.session import SessionData, current_session, replace_session

router = APIRouter(include_in_schema=False)
User = Annotated[users.UserInfo, Depends(page_user)]
Admin = Annotated[users.UserInfo, Depends(admin_user)]


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    session = current_session(request)
    if session.user_id is not None and users.get_user(_db(request), session.user_id):
        return redirect(request, safe_next(next))
    return render(request, "login.html", {"next": safe_next(next)})


@router.post("/login")
def login(request: Request, name: Annotated[str, Form(max_length=200)] = "",
          password: Annotated[str, Form(max_length=2000)] = "",
          csrf_token: Annotated[str, Form(max_length=200)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    check_csrf(request, csrf_token)
    t = translator(request)
    wait = request.app.state.login_limiter.take(client_address(request))
    if wait:
        response = render(request, "login.html", {"next": safe_next(next), "name": name,
                                                  "error": t("login.slow_down")}, status=429)
        response.headers["Retry-After"] = str(wait)
        return response
    result = users.authenticate(_db(request), name, password)
    if result.outcome is users.LoginOutcome.OK and result.user is not None:
        replace_session(request, SessionData.for_user(result.user.id,
                                                      result.user.session_generation))
        return redirect(request, safe_next(next))
    if result.outcome is users.LoginOutcome.LOCKED and result.locked_until is not None:
        seconds = (result.locked_until - utcnow()).total_seconds()
        error, status = t("login.locked", minutes=max(1, -int(-seconds // 60))), 429
    else:
        error, status = t("login.wrong"), 401
    return render(request, "login.html", {"next": safe_next(next), "error": error,
                                          "name": name}, status=status)


@router.post("/logout")
def logout(request: Request, user: User,
           csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf_token)
    users.end_sessions(_db(request), user.id)
    replace_session(request, SessionData.anonymous())
    return redirect(request, "/login")


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str, next: str = "/") -> Response:
    """A link, not a form: it changes nothing but how the pages read."""
    response = redirect(request, safe_next(next))
    if lang in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, path="/", httponly=True,
                            samesite="lax", secure=request.url.scheme == "https")
    return response


@router.get("/")
def fairs(request: Request, user: User) -> Response:
    with _db(request).read() as session:
        lines = fairs_overview(session, user.district, utcnow())
    return render(request, "fairs.html", {"fairs": lines})


def _day(text: str | None) -> date | None:
    """A date from the period form; anything else is no bound (a page, not an API: it shows
    what it can rather than answering 422)."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _fair(request: Request, user: users.UserInfo, fair_id: int, date_from: str | None,
          date_to: str | None, sort: str, order: str
          ) -> tuple[FairPage, str, bool, list[BoothLine]]:
    with _db(request).read() as session:
        page = fair_page(session, fair_id, user.district, _day(date_from), _day(date_to),
                         utcnow())
    if page is None:
        raise PageError(404, "error.not_found")
    sort = sort if sort in SORT_KEYS else "revenue"
    descending = order != "asc"
    return page, sort, descending, sort_booths(page.booths, sort, descending)


@router.get("/fairs/{fair_id}")
def fair(request: Request, user: User, fair_id: int, date_from: str | None = None,
         date_to: str | None = None, sort: str = "revenue", order: str = "desc") -> Response:
    page, sort, descending, booths = _fair(request, user, fair_id, date_from, date_to, sort,
                                           order)
    return render(request, "fair.html", {
        "page": page, "booths": booths, "sort": sort, "descending": descending,
        "sort_keys": SORT_KEYS, "query": _query(page.filters.date_from, page.filters.date_to),
        "charts": _charts(page, translator(request)),
    })


@router.get("/fairs/{fair_id}/booths.{fmt}")
def export_booths(request: Request, user: User, fair_id: int, fmt: str,
                  date_from: str | None = None, date_to: str | None = None,
                  sort: str = "revenue", order: str = "desc") -> Response:
    if fmt not in ("csv", "xlsx"):
        raise PageError(404, "error.not_found")
    page, _, _, booths = _fair(request, user, fair_id, date_from, date_to, sort, order)
    header, rows = booth_table(booths, translator(request))
    name = f"{page.fair.code}-booths.{fmt}"
    if fmt == "csv":
        body, kind = to_csv(header, rows), CSV_TYPE
    else:
        body, kind = to_xlsx(header, rows, page.fair.code), XLSX_TYPE
    return Response(body, media_type=kind, headers={
        "Content-Disposition": f"attachment; filename=\"{quote(name)}\"",
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})


@router.get("/users")
def users_page(request: Request, _admin: Admin) -> Response:
    return render(request, "users.html", {"users": users.list_users(_db(request)),
                                          "now": utcnow()})


@router.post("/users/{user_id}/unlock")
def unlock_user(request: Request, _admin: Admin, user_id: int,
                csrf_token: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf_token)
    if not users.unlock(_db(request), user_id):
        raise PageError(404, "error.not_found")
    return redirect(request, "/users")


def _db(request: Request) -> Database:
    return request.app.state.hub.db


def _query(date_from: date | None, date_to: date | None) -> str:
    parts = [f"date_from={d}" for d in [date_from] if d] + [f"date_to={d}" for d in [date_to] if d]
    return "&".join(parts)


def _charts(page: FairPage, t: Translator) -> dict[str, object]:
    """The charts' data, embedded in the page as JSON (dashboard.js draws it with Chart.js)."""

    def hourly(rows: list[ReportRow]) -> list[ReportRow]:
        """Every hour from the first to the last with figures, so the axis is time."""
        if not rows:
            return rows
        by_hour = {int(r.key): r for r in rows}
        return [by_hour.get(h) or ReportRow(key=str(h), label=f"{h:02d}:00", sales_count=0,
                                           gross_sales=0, refunds=0, revenue=0, visitors=0)
                for h in range(min(by_hour), max(by_hour) + 1)]

    def series(rows: list[ReportRow]) -> dict[str, list[object]]:
        return {"labels": [r.label for r in rows], "revenue": [r.revenue for r in rows],
                "sales": [r.sales_count for r in rows], "visitors": [r.visitors for r in rows],
                "conversion": [None if (c := conversion(r)) is None else round(c * 100, 1)
                               for r in rows]}

    return {"names": {k: t(f"fig.{k}") for k in ("revenue", "sales", "visitors",
                                                 "conversion")},
            "days": series(page.days), "hours": series(hourly(page.hours))}
