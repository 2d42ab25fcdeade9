"""Issue 10, items 1 and 2: a booth is who its token says, at the fairs the office gave it.

An installation id (what keys a laptop's visitor counts and seq numbers) is the hub's to
grant: one claimed at enrollment that a device already holds is granted only with that
device's token. A fact's fair must be one its booth is assigned to, or was on that date."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.sync.protocol import EnrollRequest, protocol_headers
from server import admin
from server.models import Device, Fact, SaleRecord, VisitorCountRecord
from server.models.base import utcnow
from tests.hub.conftest import Device as Laptop
from tests.hub.factories import sale_fact, shift_close_fact, visitor_fact
from tests.hub.upload_paths import PATHS, Sender


def _enroll(hub, booth_code: str, installation: uuid.UUID,
            previous_token: str | None = None) -> Laptop:
    body = EnrollRequest(code=hub.code_for(booth_code), device_name="laptop",
                         installation_id=installation, previous_token=previous_token)
    r = hub.http.post("/api/v1/enroll", content=body.model_dump_json(),
                      headers=protocol_headers())
    assert r.status_code == 201, r.text
    data = r.json()
    return Laptop(hub, data["device_id"], data["token"], data["booth"]["id"], booth_code)


def _installation(hub, device: Laptop) -> str:
    with hub.db.read() as s:
        return s.scalar(select(Device.installation_id).where(Device.id == device.device_id))


def _visitors(hub, booth_id: int, installation: str | None = None) -> list[tuple[int, int]]:
    mine = [] if installation is None else [VisitorCountRecord.installation_id == installation]
    with hub.db.read() as s:
        return s.execute(select(VisitorCountRecord.count, VisitorCountRecord.seq)
                         .where(VisitorCountRecord.booth_id == booth_id, *mine)).all()


@pytest.mark.parametrize("path", PATHS)
def test_a_claimed_installation_id_never_reaches_another_laptops_counts(hub, path):
    """Today a laptop that enrolls with another's installation id overwrites that booth's
    visitor counts, and the rightful laptop's next count is answered "inserted" and dropped."""
    stolen = uuid.uuid4()
    victim = Sender(_enroll(hub, hub.new_booth(), stolen), path)
    assert victim.statuses([visitor_fact(10, seq=5)]) == ["inserted"]
    other_booth = Sender(_enroll(hub, hub.new_booth(), stolen), path)
    same_booth = Sender(_enroll(hub, victim.device.booth_code, stolen), path)
    for thief in (other_booth, same_booth):
        assert _installation(hub, thief.device) != str(stolen)
        assert thief.statuses([visitor_fact(999, seq=1_000_000)]) == ["inserted"]
    assert victim.statuses([visitor_fact(12, seq=6)]) == ["inserted"]  # and stored:
    assert _visitors(hub, victim.booth_id, str(stolen)) == [(12, 6)]
    assert _visitors(hub, same_booth.booth_id, _installation(hub, same_booth.device)) == [
        (999, 1_000_000)]
    assert _visitors(hub, other_booth.booth_id) == [(999, 1_000_000)]


def test_reenrolling_with_the_previous_token_keeps_the_installation(hub):
    """The same database re-enrolling (it still has its revoked token) keeps its installation,
    so an hour's count sent before and after stays one count, the newest seq winning."""
    installation = uuid.uuid4()
    booth = hub.new_booth()
    first = _enroll(hub, booth, installation)
    assert first.results([visitor_fact(10, seq=5)])["results"][0]["status"] == "inserted"
    admin.revoke_device(hub.db, first.device_id)
    again = _enroll(hub, booth, installation, previous_token=first.token)
    assert _installation(hub, again) == str(installation)
    body = again.results([visitor_fact(7, seq=4), visitor_fact(11, seq=6)])
    assert body["max_seq"] == 6  # the installation's, across both devices
    assert _visitors(hub, again.booth_id) == [(11, 6)]
    wrong = _enroll(hub, booth, installation, previous_token=again.token + "x")
    assert _installation(hub, wrong) == wrong.device_id


@pytest.mark.parametrize("path", PATHS)
def test_a_fact_naming_a_fair_its_booth_is_not_at_is_forbidden(hub, path):
    fair_code, fair_id = hub.new_fair()
    _, elsewhere = hub.new_fair()
    booth = Sender(hub.enroll(hub.new_booth(fair_code)), path)
    foreign = [sale_fact(fair_id=elsewhere), visitor_fact(3, fair_id=elsewhere),
               shift_close_fact(), sale_fact(fair_id=2_000_000_000)]
    foreign[2]["payload"]["fair_id"] = elsewhere
    mine = [sale_fact(fair_id=fair_id), sale_fact(), visitor_fact(4, fair_id=fair_id)]
    results = booth.results(foreign + mine)
    assert [r["status"] for r in results] == ["forbidden"] * 4 + ["inserted"] * 3
    assert {r["code"] for r in results[:4]} == {403}
    assert all("not a fair this booth is" in r["detail"] for r in results[:4])
    assert [e["loc"] for e in results[0]["errors"]] == ["payload.fair_id"]
    with hub.db.read() as s:
        assert s.scalar(select(Fact.id).where(Fact.id.in_([f["id"] for f in foreign]))) is None
        fairs = set(s.scalars(select(SaleRecord.fair_id)
                              .where(SaleRecord.booth_id == booth.booth_id)))
    assert fairs <= {fair_id, None}


@pytest.mark.parametrize("path", PATHS)
def test_a_booth_moved_to_another_fair_may_name_the_old_one_for_its_dates(hub, path):
    old_code, old_fair = hub.new_fair()
    new_code, new_fair = hub.new_fair()
    booth_code = hub.new_booth(old_code)
    booth = Sender(hub.enroll(booth_code), path)
    admin.assign_booth(hub.db, booth_code, new_code)
    now = utcnow()

    def sale(fair_id: int, days: int) -> dict:
        fact = sale_fact(fair_id=fair_id, when=now + timedelta(days=days))
        fact["payload"]["utc_offset_min"] = 0  # its local day is its UTC day
        return fact

    assert booth.statuses([sale(old_fair, 0), sale(old_fair, 2), sale(new_fair, -30),
                           sale(new_fair, 2)]) == ["inserted", "forbidden", "inserted",
                                                   "inserted"]
