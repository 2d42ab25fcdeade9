"""The dashboard (server/web) through FastAPI's test client, on SQLite and PostgreSQL: login,
CSRF, lockout, logout, roles and district limits, and figures equal to the reports API and to
a plain SQL sum over the facts. The browser's view of the same is tests/web."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import timedelta

import openpyxl
import pytest
import time_machine
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.app import create_app
from server.cli import main as hub_cli
from server.config import HubSettings
from server.models import HubMeta
from server.models.base import utcnow
from server.web.i18n import MESSAGES
from server.web.session import COOKIE, SECRET_META_KEY
from server.web.users import MAX_FAILURES, create_user
from tests.hub.dashboard_data import PASSWORD, FairData, seed_fair, sql_totals

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def data(isolated_hub) -> FairData:
    return seed_fair(isolated_hub)


@pytest.fixture
def client(isolated_hub) -> Iterator[TestClient]:
    with TestClient(create_app(isolated_hub.database_url)) as c:
        yield c


def csrf(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return CSRF.search(page.text).group(1)


def login(client: TestClient, name: str, password: str = PASSWORD, next_: str = "/"):
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf_token": csrf(client), "next": next_},
                       follow_redirects=False)


def logged_in(client: TestClient, name: str) -> TestClient:
    r = login(client, name)
    assert r.status_code == 303, r.text
    return client


def values(html: str, element_id: str) -> int:
    m = re.search(rf'id="{element_id}" data-value="(-?\d+)"', html)
    assert m, element_id
    return int(m.group(1))


def page_totals(html: str) -> dict[str, int]:
    return {k: values(html, f"total-{k}") for k in ("revenue", "gross", "refunds", "sales",
                                                   "visitors")}


def api_totals(hub, **params) -> tuple[dict, dict]:
    r = hub.http.get("/api/v1/reports/sales", params=params, headers=hub.admin_headers())
    assert r.status_code == 200, r.text
    body = r.json()
    t = body["total"]
    return ({"revenue": t["revenue"], "gross": t["gross_sales"], "refunds": t["refunds"],
             "sales": t["sales_count"], "visitors": t["visitors"]},
            {row["key"]: row for row in body["rows"]})


def booth_rows(html: str) -> list[str]:
    return re.findall(r'<tr data-booth="([^"]+)"', html)


# --- login, CSRF, sessions -------------------------------------------------------------

def test_pages_ask_for_a_login_and_come_back(client, data):
    r = client.get(f"/fairs/{data.fair_id}?sort=code", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/login?next=/fairs/{data.fair_id}%3Fsort%3Dcode"
    r = login(client, data.admin, next_=f"/fairs/{data.fair_id}")
    assert r.status_code == 303 and r.headers["location"] == f"/fairs/{data.fair_id}"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie and "Secure" not in cookie  # plain http here
    assert client.get(f"/fairs/{data.fair_id}").status_code == 200


def test_next_never_leaves_the_hub(client, data):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        r = login(client, data.admin, next_=target)
        assert r.status_code == 303 and r.headers["location"] == "/"


def test_cookie_is_secure_over_https(isolated_hub, data):
    with TestClient(create_app(isolated_hub.database_url), base_url="https://testserver") as c:
        r = login(c, data.admin)
        assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


def test_every_post_needs_the_sessions_csrf_token(client, data):
    bare = {"name": data.admin, "password": PASSWORD, "next": "/"}
    assert client.post("/login", data=bare).status_code == 403
    assert client.post("/login", data={**bare, "csrf_token": "x" * 43}).status_code == 403
    # A token from another visitor's session is worth nothing in this one.
    with TestClient(create_app(client.app.state.hub.db.url)) as other:
        foreign = csrf(other)
    assert client.post("/login", data={**bare, "csrf_token": foreign}).status_code == 403
    logged_in(client, data.admin)
    assert client.post("/logout", data={}).status_code == 403
    assert client.get("/").status_code == 200  # still logged in


def test_login_renews_the_session(client, data):
    before = csrf(client)
    logged_in(client, data.admin)
    assert csrf(client, "/") != before  # a planted anonymous session is worth nothing now


def test_logout_ends_the_session_and_its_copies(client, data):
    logged_in(client, data.viewer)
    stolen = client.cookies.get(COOKIE)
    r = client.post("/logout", data={"csrf_token": csrf(client, "/")}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert client.get("/", follow_redirects=False).status_code == 303
    client.cookies.clear()
    client.cookies.set(COOKIE, stolen)
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_changed_cookie_is_refused(client, data):
    logged_in(client, data.viewer)
    value = client.cookies.get(COOKIE)
    body, _, mac = value.partition(".")
    client.cookies.clear()
    client.cookies.set(COOKIE, body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + mac)
    assert client.get("/", follow_redirects=False).status_code == 303


def test_wrong_name_and_wrong_password_read_the_same(client, data):
    unknown = login(client, "nobody at all", "whatever-password")
    wrong = login(client, data.viewer, "not-the-password")
    assert unknown.status_code == wrong.status_code == 401
    message = MESSAGES["vi"]["login.wrong"]
    assert message in unknown.text and message in wrong.text


def test_five_wrong_passwords_lock_the_name_for_five_minutes(isolated_hub, client):
    name = f"lock {utcnow().timestamp()}"
    create_user(isolated_hub.db, name, PASSWORD, "viewer")
    for _ in range(MAX_FAILURES - 1):
        assert login(client, name, "wrong-password").status_code == 401
    assert login(client, name, "wrong-password").status_code == 429
    locked = login(client, name)  # the right password, while locked
    assert locked.status_code == 429 and "5 phút" in locked.text
    with time_machine.travel(utcnow() + timedelta(minutes=5, seconds=5), tick=True):
        assert login(client, name).status_code == 303


def test_success_resets_the_failure_count(isolated_hub, client):
    name = f"reset {utcnow().timestamp()}"
    create_user(isolated_hub.db, name, PASSWORD, "viewer")
    for _ in range(MAX_FAILURES - 1):
        login(client, name, "wrong-password")
    assert login(client, name).status_code == 303
    for _ in range(MAX_FAILURES - 1):
        assert login(client, name, "wrong-password").status_code == 401


def test_one_address_cannot_try_every_name(client, data):
    from server.web import LOGIN_BURST

    answers = [login(client, f"guess {i}", "password-guess").status_code
               for i in range(LOGIN_BURST + 10)]  # the bucket refills 1 in 5 s meanwhile
    assert answers[:LOGIN_BURST] == [401] * LOGIN_BURST and answers[-1] == 429
    slowed = login(client, data.admin)  # even the right password waits now
    assert slowed.status_code == 429 and int(slowed.headers["retry-after"]) >= 1
    assert MESSAGES["vi"]["login.slow_down"] in slowed.text


# --- roles and districts -----------------------------------------------------------------

def test_only_an_admin_sees_users_and_unlocks(isolated_hub, client, data):
    name = f"locked {utcnow().timestamp()}"
    create_user(isolated_hub.db, name, PASSWORD, "viewer")
    for _ in range(MAX_FAILURES):
        login(client, name, "wrong-password")
    logged_in(client, data.viewer)
    assert client.get("/users").status_code == 403
    client.cookies.clear()
    logged_in(client, data.admin)
    page = client.get("/users")
    assert page.status_code == 200 and name in page.text
    user_id = re.search(rf'data-user="{name}".*?/users/(\d+)/unlock', page.text, re.S).group(1)
    assert client.post(f"/users/{user_id}/unlock", data={}).status_code == 403
    r = client.post(f"/users/{user_id}/unlock", data={"csrf_token": csrf(client, "/users")},
                    follow_redirects=False)
    assert r.status_code == 303
    client.cookies.clear()
    assert login(client, name).status_code == 303


def test_a_district_viewer_sees_only_that_district(isolated_hub, client, data):
    logged_in(client, data.district_viewer)
    html = client.get(f"/fairs/{data.fair_id}?sort=code&order=asc").text
    assert booth_rows(html) == [data.booth_a]
    expected = sql_totals(isolated_hub, data.fair_id, data.district_a)
    assert page_totals(html) == expected == {
        "revenue": 135_000, "gross": 385_000, "refunds": 250_000, "sales": 2, "visitors": 19}
    api, _ = api_totals(isolated_hub, group_by="booth", fair_id=data.fair_id,
                        district=data.district_a)
    assert api == expected
    export = client.get(f"/fairs/{data.fair_id}/booths.csv")
    assert [row[0] for row in csv.reader(io.StringIO(export.content.decode("utf-8-sig")))][1:] \
        == [data.booth_a]
    fairs = client.get("/").text
    assert f'data-fair-id="{data.fair_id}"' in fairs


# --- figures -------------------------------------------------------------------------------

def test_fair_page_equals_the_reports_api_and_sql(isolated_hub, client, data):
    logged_in(client, data.admin)
    html = client.get(f"/fairs/{data.fair_id}").text
    expected = sql_totals(isolated_hub, data.fair_id)
    assert expected == {"revenue": 270_000, "gross": 520_000, "refunds": 250_000, "sales": 3,
                        "visitors": 24}
    api, _ = api_totals(isolated_hub, group_by="booth", fair_id=data.fair_id)
    assert page_totals(html) == api == expected
    assert 'id="total-revenue" data-value="270000">270.000 ₫' in html
    # By day and by hour, as the API groups them (local time at the booth, UTC+7).
    for group, table in (("day", "by-day"), ("hour", "by-hour")):
        _, rows = api_totals(isolated_hub, group_by=group, fair_id=data.fair_id)
        section = html.split(f'id="{table}"')[1].split("</table>")[0]
        shown = re.findall(r'data-key="([^"]+)"><td>[^<]*</td>\s*<td class="num" '
                           r'data-value="(-?\d+)"', section)
        assert shown == [(k, str(rows[k]["revenue"])) for k in rows]
    _, hours = api_totals(isolated_hub, group_by="hour", fair_id=data.fair_id)
    assert {k: (r["revenue"], r["visitors"]) for k, r in hours.items()} == {
        "0": (135_000, 0), "9": (45_000, 7), "10": (90_000, 12), "11": (0, 5)}


def test_fairs_list_equals_the_api(isolated_hub, client, data):
    logged_in(client, data.viewer)
    html = client.get("/").text
    row = html.split(f'data-fair-id="{data.fair_id}"')[1].split("</tr>")[0]
    _, fairs = api_totals(isolated_hub, group_by="fair")
    shown = [int(v) for v in re.findall(r'data-value="(-?\d+)"', row)]
    f = fairs[str(data.fair_id)]
    assert shown == [f["revenue"], f["sales_count"], f["visitors"]]
    assert "Đang diễn ra" in row and ">3</td>" in row  # on now, three booths


def test_booth_table_sorts_and_flags_silent_booths(client, data):
    logged_in(client, data.admin)
    html = client.get(f"/fairs/{data.fair_id}").text  # by revenue, highest first
    assert set(booth_rows(html)) == {data.booth_a, data.booth_b, data.booth_quiet}
    assert booth_rows(html)[-1] == data.booth_quiet
    silent = re.findall(r'<tr data-booth="([^"]+)" class="silent"', html)
    assert silent == [data.booth_quiet]  # the others synced just now
    by_code = sorted([data.booth_a, data.booth_b, data.booth_quiet])
    asc = client.get(f"/fairs/{data.fair_id}?sort=code&order=asc").text
    desc = client.get(f"/fairs/{data.fair_id}?sort=code&order=desc").text
    assert booth_rows(asc) == by_code and booth_rows(desc) == by_code[::-1]
    never = client.get(f"/fairs/{data.fair_id}?sort=last_sync&order=desc").text
    assert booth_rows(never)[-1] == data.booth_quiet  # never synced sorts last either way


def test_exports_hold_the_tables_rows(client, data):
    logged_in(client, data.admin)
    html = client.get(f"/fairs/{data.fair_id}?sort=code&order=asc").text
    r = client.get(f"/fairs/{data.fair_id}/booths.csv?sort=code&order=asc")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Mã", "Gian hàng", "Huyện", "Số đơn"]
    assert [row[0] for row in rows[1:]] == booth_rows(html)
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code[data.booth_a][3:8] == ["2", "385000", "250000", "135000", "19"]
    assert by_code[data.booth_quiet][9:] == ["", "1"]  # never synced, flagged
    x = client.get(f"/fairs/{data.fair_id}/booths.xlsx?sort=code&order=asc")
    sheet = openpyxl.load_workbook(io.BytesIO(x.content)).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [row[0] for row in cells[1:]] == booth_rows(html)
    assert cells[1:][booth_rows(html).index(data.booth_a)][3:8] == [2, 385000, 250000,
                                                                     135000, 19]
    assert client.get(f"/fairs/{data.fair_id}/booths.pdf").status_code == 404


def test_english_switch(client, data):
    logged_in(client, data.admin)
    r = client.get(f"/lang/en?next=/fairs/{data.fair_id}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/fairs/{data.fair_id}"
    html = client.get(f"/fairs/{data.fair_id}").text
    assert '<html lang="en">' in html and "Revenue" in html and "270,000 ₫" in html
    assert client.get("/fairs/999999").status_code == 404


def test_both_languages_have_every_message():
    assert set(MESSAGES["vi"]) == set(MESSAGES["en"])


def test_pages_load_nothing_from_elsewhere(client, data):
    logged_in(client, data.admin)
    r = client.get(f"/fairs/{data.fair_id}")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert re.findall(r'src="([^"]+)"', r.text) == ["/static/vendor/chart.umd.js",
                                                    "/static/dashboard.js"]
    js = client.get("/static/vendor/chart.umd.js")
    assert js.status_code == 200 and b"Chart.js v4" in js.content[:200]


# --- the secret, the command ---------------------------------------------------------------

def test_generated_secret_is_kept_and_a_set_one_wins(isolated_hub, data):
    with TestClient(create_app(isolated_hub.database_url)) as first:
        logged_in(first, data.viewer)
        cookie = first.cookies.get(COOKIE)
    with isolated_hub.db.read() as session:
        assert session.scalar(select(HubMeta.value).where(HubMeta.key == SECRET_META_KEY))
    with TestClient(create_app(isolated_hub.database_url)) as restarted:
        restarted.cookies.set(COOKIE, cookie)
        assert restarted.get("/", follow_redirects=False).status_code == 200
    settings = HubSettings(secret_key="set-by-the-office-" + "x" * 32)
    with TestClient(create_app(isolated_hub.database_url, settings)) as other:
        other.cookies.set(COOKIE, cookie)
        assert other.get("/", follow_redirects=False).status_code == 303


def test_create_user_command(isolated_hub, client, monkeypatch, capsys):
    url = isolated_hub.database_url
    name = f"cli {utcnow().timestamp()}"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert hub_cli(["--database-url", url, "create-user", name, "--role", "viewer",
                    "--district", "Bình Liêu", "--password-stdin"]) == 0
    assert f"user {name} created (viewer" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert hub_cli(["--database-url", url, "create-user", name, "--role", "viewer",
                    "--password-stdin"]) == 1
    assert capsys.readouterr().err.strip() == f"error: user {name} already exists"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert hub_cli(["--database-url", url, "create-user", "x" + name, "--role", "admin",
                    "--password-stdin"]) == 1
    assert capsys.readouterr().err.strip() == \
        "error: the password needs at least 8 characters"
    assert login(client, name).status_code == 303
    assert "Chỉ huyện Bình Liêu" in client.get("/").text
