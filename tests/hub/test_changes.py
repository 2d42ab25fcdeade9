"""GET /changes: the catalog comes down in pages; a too-old cursor gets a snapshot."""

from __future__ import annotations

from datetime import timedelta

from server.catalog import prune_changes
from server.catalog_import import import_catalog, producer_code
from server.cli import main as hub_cli

HEADER = ("sku,barcode,name,producer,producer_kind,district,commune,category,unit,price,"
          "vat_rate,stars,star_certified_on,star_expires_on,traceability_url\n")


def _csv(prefix: str, price: str = "45.000") -> str:
    rows = [
        f'{prefix}-1,,Miến dong {prefix},HTX Miến dong {prefix},HTX,Bình Liêu,Đồng Văn,'
        f'Thực phẩm,gói,"{price}",0,4,2024-05-12,2027-05-12,https://qr.example/{prefix}-1',
        f'{prefix}-2,,Trà hoa vàng {prefix},Công ty Trà {prefix},doanh nghiệp,Ba Chẽ,Thanh Sơn,'
        f'Đồ uống,hộp,"1.250.000 ₫",8%,5,12/05/2024,12/05/2027,',
        f'{prefix}-3,,Chả mực {prefix},HTX Miến dong {prefix},cooperative,Bình Liêu,Đồng Văn,'
        f'Thực phẩm,kg,"320.000",0,,,,',
    ]
    return HEADER + "\n".join(rows) + "\n"


def _pages(device, cursor, limit):
    pages = []
    while True:
        r = device.changes(cursor, limit)
        assert r.status_code == 200, r.text
        page = r.json()
        pages.append(page)
        cursor = page["cursor"]
        if not page["has_more"]:
            return pages, cursor


def test_producer_codes_come_from_the_folded_name():
    assert producer_code("HTX Trà hoa vàng") == producer_code("htx tra hoa  vang")
    assert producer_code("HTX Đông Triều") == producer_code("htx dong trieu")


def test_changes_paging_then_only_new_edits(hub, tmp_path):
    device = hub.enroll()
    # First contact: a snapshot (everything the hub has, other tests' rows included), paged.
    pages, cursor = _pages(device, None, 3)
    assert all(p["snapshot"] for p in pages)
    assert all(len(p["changes"]) <= 3 for p in pages)
    # The office imports a catalog through the CLI.
    path = tmp_path / "catalog.csv"
    prefix = "T" + device.device_id[:6].upper()
    path.write_text(_csv(prefix), encoding="utf-8")
    assert hub_cli(["import-catalog", str(path), "--database-url", hub.database_url]) == 0
    pages, cursor2 = _pages(device, cursor, 2)
    changes = [c for p in pages for c in p["changes"]]
    assert not any(p["snapshot"] for p in pages)
    assert [c["entity"] for c in changes].count("producer") == 2
    products = {c["data"]["sku"]: c["data"] for c in changes if c["entity"] == "product"}
    assert set(products) == {f"{prefix}-1", f"{prefix}-2", f"{prefix}-3"}
    assert products[f"{prefix}-2"]["price"] == 1_250_000
    assert products[f"{prefix}-2"]["vat_rate"] == 8
    assert products[f"{prefix}-2"]["star_expires_on"] == "2027-05-12"
    assert products[f"{prefix}-1"]["producer_code"] == products[f"{prefix}-3"]["producer_code"]
    # Nothing new: an empty page with the same cursor.
    r = device.changes(cursor2).json()
    assert r["changes"] == [] and r["cursor"] == cursor2 and not r["has_more"]
    # A price change and a re-import of the same file: only the changed product comes down.
    path.write_text(_csv(prefix, price="47.000"), encoding="utf-8")
    result = import_catalog(hub.db, path)
    assert (result.updated, result.unchanged, result.created) == (1, 2, 0)
    page = device.changes(cursor2).json()
    assert [(c["entity"], c["data"]["sku"], c["data"]["price"]) for c in page["changes"]] == [
        ("product", f"{prefix}-1", 47_000)]


def test_bad_rows_import_nothing(hub, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "X-1,,Tên,,,,,,gói,abc,0,,,,\nX-2,,Tên 2,,,,,,gói,10.000,0,7,,,\n",
                    encoding="utf-8")
    result = import_catalog(hub.db, path)
    assert len(result.errors) == 2 and result.errors[0].startswith("Dòng 2, cột price:")
    assert hub_cli(["import-catalog", str(path), "--database-url", hub.database_url]) == 1


def test_too_old_cursor_gets_a_snapshot(hub, tmp_path):
    device = hub.enroll()
    _, old_cursor = _pages(device, None, 500)
    hub.new_booth()  # one more change after the old cursor
    with hub.db.write() as session:
        assert prune_changes(session, timedelta(0), now=None) >= 1
    pages, cursor = _pages(device, old_cursor, 4)
    assert all(p["snapshot"] for p in pages)
    entities = [c["entity"] for p in pages for c in p["changes"]]
    # Snapshot order: fairs, booths, producers, products.
    order = {"fair": 0, "booth": 1, "producer": 2, "product": 3}
    assert entities == sorted(entities, key=order.__getitem__)
    assert "booth" in entities
    # A cursor "from the future" (hub restored from a backup) is also answered with a snapshot.
    assert device.changes("c.999999999").json()["snapshot"] is True
    # After the snapshot, the cursor continues normally.
    hub.new_booth()
    page = device.changes(cursor).json()
    assert not page["snapshot"] and [c["entity"] for c in page["changes"]] == ["booth"]


def test_garbage_cursor_is_400(hub):
    device = hub.enroll()
    r = device.changes("not-a-cursor")
    assert r.status_code == 400 and r.json()["error"] == "bad_cursor"
