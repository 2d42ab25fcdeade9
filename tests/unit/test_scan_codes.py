"""Scanned codes through a Vietnamese input method: Telex undone, and only for a scanner.

The keys a scanner sends are typed through a Telex simulator (tests/unit/telex_sim.py, the
way Unikey composes them) and telex_undo / candidates must give the original code back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import catalog, scan_codes
from app.services.auth import list_staff
from app.services.catalog_admin import ProductInput, create_product
from app.services.rights import Actor
from app.services.scan_codes import candidates, find_scanned, telex_undo
from tests.unit.telex_sim import telex

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalog.json"
# Codes with letters Telex composes: đ, hats, horns, tones after a vowel, tone keys without one.
TELEX_SKUS = [
    "DDS-TRAF-01", "CAF-PHE-500", "BANHS-DDAUF-02", "NUOC-MAMS", "GAOS-LUWT", "DDOONGF-HOF",
    "MIEENF-DDONG", "W-01", "NHW-05", "TRUOWNGF-SA", "AW-BOX", "OOX-12", "EE-1", "HOAF-2",
    "BASN-3", "XAJ-9", "QUERJ", "DD", "AAA-1", "SS-FF-JJ", "TRAS-HV-100", "dds-traf-01",
    "Ddoongf-2", "MUAW-4KG", "LUWOWNGJ-7",
]


def _demo_skus() -> list[str]:
    return [p["sku"] for p in json.loads(DEMO.read_text(encoding="utf-8"))["products"]]


def test_the_issue_example():
    assert telex("DDS-TRAF-01") == "ĐS-TRÀ-01"
    assert telex_undo("ĐS-TRÀ-01") == "DDS-TRAF-01"
    assert candidates("ĐS-TRÀ-01")[:2] == ["ĐS-TRÀ-01", "DDS-TRAF-01"]


@pytest.mark.parametrize("sku", TELEX_SKUS + _demo_skus())
def test_every_sku_survives_telex(sku):
    typed = telex(sku)
    found = candidates(typed)
    assert found[0] == typed  # as it arrived, first
    # SKUs are looked up case-insensitively; 'Dd' and 'DD' both make 'Đ'
    assert sku in found or sku.upper() in [c.upper() for c in found], (sku, typed, found)
    assert len(found) <= scan_codes.MAX_CANDIDATES


def test_the_usual_spelling_comes_first():
    """Tone key after the word, 'uw' for ư: the spelling most SKUs are written in."""
    for sku in ("DDS-TRAF-01", "DDOONGF-HOF", "GAOS-LUWT", "AW-BOX", "CAF-PHE-500"):
        assert telex_undo(telex(sku)) == sku


def test_upper_and_lower_case_and_every_tone():
    assert telex_undo("Đồng") == "DDoongf"
    assert telex_undo("ĐỒNG") == "DDOONGF"
    assert [telex_undo(w) for w in ("má", "mà", "mả", "mã", "mạ", "ma")] == [
        "mas", "maf", "mar", "max", "maj", "ma"]
    assert telex_undo("ặ ấ ữ ỡ ệ") == "awj aas uwx owx eej"  # dot below sorts before the hat


def test_text_telex_did_not_touch_is_left_alone():
    for text in ("2000010000012", "TRA-HV-100", "mien dong", "", "ABC-123/x"):
        assert telex_undo(text) == text
        assert candidates(text) == ([text] if text else [])


def test_a_nfd_code_is_read_like_its_nfc_form():
    import unicodedata

    assert telex_undo(unicodedata.normalize("NFD", "ĐS-TRÀ-01")) == "DDS-TRAF-01"


def test_find_scanned_undoes_telex_only_for_a_scanner(demo_db):
    boss = Actor(list_staff(demo_db, "manager")[0].id)
    create_product(demo_db, ProductInput(sku="DDS-TRAF-01", name="Đặc sản trà thử", price=99_000,
                                         unit="hộp"), boss)
    found = find_scanned(demo_db, "ĐS-TRÀ-01", from_scanner=True)
    assert found is not None and found.product.sku == "DDS-TRAF-01"
    assert found.code == "DDS-TRAF-01" and found.quantity is None
    assert find_scanned(demo_db, "ĐS-TRÀ-01", from_scanner=False) is None  # a person: names
    assert find_scanned(demo_db, "dds-traf-01", from_scanner=False).product.sku == "DDS-TRAF-01"
    assert find_scanned(demo_db, "2000010000012", from_scanner=False).product.sku == "TRA-HV-100"
    assert find_scanned(demo_db, "trà", from_scanner=True) is None
    assert catalog.lookup_code(demo_db, "ĐS-TRÀ-01") is None  # lookup itself stays exact
