"""Label data from the database, traceability links, and the `labels` command."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db import Database
from app.labels.trace import digital_link, traceability_url
from app.models.stock import StockMove
from app.services import label_data
from app.services.errors import NotFoundError, ValidationError


def test_digital_link_and_patterns():
    assert digital_link("id.example.vn", "8930000000019", "L01") == (
        "https://id.example.vn/01/08930000000019/10/L01"
    )
    assert digital_link("id.example.vn/", "8930000000019") == (
        "https://id.example.vn/01/08930000000019"
    )
    own = "https://truyxuat.vn/sp/1"
    assert traceability_url(own, "gs1", domain="d.vn", barcode="8930000000019") == own
    assert traceability_url(own, "gs1", domain="d.vn", barcode="8930000000019",
                            prefer_own=False) == "https://d.vn/01/08930000000019"
    assert traceability_url(None, "https://qn.vn/{sku}?lo={lot}", sku="TRÀ 1", lot="A 1") == (
        "https://qn.vn/TR%C3%80%201?lo=A%201"
    )
    assert traceability_url(None, "gs1", domain="d.vn", barcode="8930000000018") is None
    assert traceability_url(None, "") is None


def test_label_settings_round_trip_and_refuse_a_broken_pattern(db: Database):
    assert label_data.load_label_settings(db) == label_data.LabelSettings()
    saved = label_data.save_label_settings(
        db, label_data.LabelSettings("gs1", "id.ocop.vn", prefer_own_url=False))
    assert saved.trace_pattern == "gs1" and saved.prefer_own_url is False
    with pytest.raises(ValidationError, match="domain"):
        label_data.save_label_settings(db, label_data.LabelSettings("gs1", ""))
    with pytest.raises(ValidationError, match="không hợp lệ"):
        label_data.save_label_settings(db, label_data.LabelSettings("https://x.vn/{ma}", ""))
    assert label_data.load_label_settings(db).trace_domain == "id.ocop.vn"


def test_products_by_sku_keeps_order_and_names_the_unknown(demo_db: Database):
    products = label_data.products_by_sku(demo_db, ["mien-dong-500", "TRA-HV-100"])
    assert [p.sku for p in products] == ["MIEN-DONG-500", "TRA-HV-100"]
    assert products[1].producer_name == "HTX Trà hoa vàng Thanh Sơn"
    assert products[1].locality == "Thanh Sơn, Ba Chẽ"
    with pytest.raises(NotFoundError, match="KHONG-CO"):
        label_data.products_by_sku(demo_db, ["TRA-HV-100", "KHONG-CO"])


def test_one_label_per_unit_received(demo_db: Database):
    tea, noodles = label_data.products_by_sku(demo_db, ["TRA-HV-100", "MIEN-DONG-500"])
    with demo_db.write() as session:
        location = session.get(StockMove, session.query(StockMove.id).first()[0]).location_id
        for product, qty in ((tea, "3"), (noodles, "2"), (tea, "1")):
            session.add(StockMove(
                id=f"move-{product.sku}-{qty}", product_id=product.id, location_id=location,
                quantity=Decimal(qty), kind="consign_in", ref_id="PN-0001",
                created_utc=datetime.now(UTC),
            ))
    pairs = label_data.received_units(demo_db, ref_id="PN-0001")
    assert [(p.sku, n) for p, n in pairs] == [("TRA-HV-100", 4), ("MIEN-DONG-500", 2)]
    receipts = label_data.list_receipts(demo_db)
    assert receipts[0].key == "PN-0001" and receipts[0].units == 6
    demo_receipt = receipts[1]
    assert demo_receipt.key.startswith("at:") and demo_receipt.lines == 72
    by_key = label_data.received_units(demo_db, ref_id=demo_receipt.key)
    assert sum(n for _, n in by_key) == demo_receipt.units
    by_ids = label_data.received_units(demo_db, move_ids=["move-MIEN-DONG-500-2"])
    assert [(p.sku, n) for p, n in by_ids] == [("MIEN-DONG-500", 2)]
    settings = label_data.load_label_settings(demo_db)
    assert len(label_data.label_items(pairs, settings)) == 6
    with pytest.raises(NotFoundError):
        label_data.received_units(demo_db, ref_id="PN-9999")


def test_vietqr_item_needs_a_bank_account(db: Database, demo_db: Database):
    item = label_data.vietqr_item(demo_db)
    assert item.bank_name == "Vietcombank" and item.account == "1023456789"


def test_vietqr_item_refused_without_bank_account(db: Database):
    with pytest.raises(ValidationError, match="tài khoản ngân hàng"):
        label_data.vietqr_item(db)


def _cli(demo_db: Database, *args: str) -> int:
    return main(["--data-dir", str(demo_db.paths.data_dir), "labels", *args])


def test_cli_writes_the_pdf(demo_db: Database, tmp_path, capsys):
    out = tmp_path / "nhan.pdf"
    code = _cli(demo_db, "--template", "price", "--sku", "TRA-HV-100,MIEN-DONG-500",
                "--copies", "2", "--start-at", "64", "--out", str(out))
    assert code == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2  # positions 64, 65, then a new sheet
    assert "4 nhãn, 2 trang" in capsys.readouterr().out


def test_cli_all_products_and_list(demo_db: Database, tmp_path, capsys):
    out = tmp_path / "tem.pdf"
    assert _cli(demo_db, "--template", "trace_qr", "--stock", "a4-65", "--all",
                "--out", str(out)) == 0
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
    assert _cli(demo_db, "--list") == 0
    listed = capsys.readouterr().out
    assert "trace_qr" in listed and "a4-65" in listed and "65/tờ" in listed


def test_cli_refuses_unknown_names_and_misfits(demo_db: Database, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert _cli(demo_db, "--template", "gia", "--all", "--out", str(out)) == 1
    assert "Không có mẫu nhãn “gia”" in capsys.readouterr().err
    assert _cli(demo_db, "--template", "shelf", "--stock", "roll-35x22", "--all",
                "--out", str(out)) == 1
    assert "không vừa khổ" in capsys.readouterr().err
    assert not out.exists()
