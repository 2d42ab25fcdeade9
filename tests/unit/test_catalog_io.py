"""Catalog import/export on real files (tests/data, made by make_catalog_files.py)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.config import Paths
from app.db import Database
from app.models import OutboxEntry, Producer, Product
from app.services.catalog import search
from app.services.catalog_io import commit_import, export_catalog, import_file, preview_import
from app.services.errors import ValidationError
from app.services.legacy_encoding import encode_tcvn3, encode_vni
from tests.data.make_catalog_files import BAD_EXPECTED

DATA = Path(__file__).resolve().parents[1] / "data"


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _products(db: Database) -> dict[str, Product]:
    with db.read() as s:
        return {p.sku: p for p in s.scalars(select(Product))}


@pytest.mark.parametrize("name", ["catalog_good.csv", "catalog_good_bom.csv", "catalog_good.xlsx"])
def test_good_file_previews_then_commits(db, name):
    preview = preview_import(db, DATA / name)
    assert preview.errors == () and preview.rows_read == 5
    assert (preview.new_products, preview.new_producers) == (5, 5)
    assert _count(db, Product) == 0  # preview writes nothing
    result = commit_import(db, preview)
    assert (result.created, result.updated, result.producers_created) == (5, 0, 5)
    products = _products(db)
    assert products["MD-BL-500"].price == 45_000
    assert products["TRA-HV-BC"].price == 450_000 and products["TRA-HV-BC"].vat_rate == 5
    assert products["CHA-MUC-HL"].price == 320_000 and products["CHA-MUC-HL"].stars is None
    assert products["MD-BL-500"].barcode == "8936001230011"  # also when Excel made it a number
    assert products["MD-BL-500"].star_certified_on == date(2024, 5, 12)
    assert products["MD-BL-500"].star_expires_on == date(2027, 5, 12)  # 36 months, computed
    name_nfc = "Rượu ba kích Ba Chẽ chai 350ml"
    assert products["RUOU-BK-350"].name == name_nfc  # the file holds it in NFD
    assert unicodedata.is_normalized("NFC", products["RUOU-BK-350"].name)
    assert products["NAM-DT-KG"].sold_by_weight and not products["CHA-MUC-HL"].sold_by_weight
    with db.read() as s:
        kinds = {p.name: p.kind for p in s.scalars(select(Producer))}
    assert kinds["HTX Miến dong Bình Liêu"] == "cooperative"
    assert kinds["Công ty CP Chả mực Hạ Long"] == "company"
    assert kinds["Tổ hợp tác trồng nấm Đạp Thanh"] == "group"
    assert [p.sku for p in search(db, "ruou ba kich")] == ["RUOU-BK-350"]
    assert [p.sku for p in search(db, "nguyen van duc")] == ["RUOU-BK-350"]


def test_importing_the_same_file_twice_changes_nothing(db):
    import_file(db, DATA / "catalog_good.csv")
    before = {sku: (p.updated_at, p.price, p.search_text) for sku, p in _products(db).items()}
    outbox = _count(db, OutboxEntry)
    preview, result = import_file(db, DATA / "catalog_good.xlsx")
    assert (preview.new_products, preview.changed_products, preview.unchanged_products) == (0, 0, 5)
    assert (result.created, result.updated, result.unchanged, result.producers_created) == (0, 0, 5, 0)
    after = {sku: (p.updated_at, p.price, p.search_text) for sku, p in _products(db).items()}
    assert after == before and _count(db, Producer) == 5 and _count(db, OutboxEntry) == outbox


def test_a_changed_row_updates_by_sku(db, tmp_path):
    import_file(db, DATA / "catalog_good.csv")
    text = (DATA / "catalog_good.csv").read_text(encoding="utf-8")
    changed = tmp_path / "changed.csv"
    changed.write_text(text.replace('"45.000"', "52000").replace("45.000", "52000"),
                       encoding="utf-8")
    preview, result = import_file(db, changed)
    assert (preview.changed_products, result.updated, result.created) == (1, 1, 0)
    assert _products(db)["MD-BL-500"].price == 52_000


def test_bad_rows_are_listed_with_row_and_column(demo_db):
    for name in ("catalog_bad_rows.csv", "catalog_bad_rows.xlsx"):
        preview = preview_import(demo_db, DATA / name)
        assert [(e.row, e.column) for e in preview.errors] == BAD_EXPECTED
        assert all(e.text.startswith(f"Dòng {e.row}, cột {e.column}: ") for e in preview.errors)
        assert sorted(r.sku for r in preview.parsed) == ["G-ONE", "G-THREE"]
    texts = [e.text for e in preview.errors]
    assert "sai số kiểm tra (phải là 1)" in texts[1]
    assert "trùng với dòng 14" in texts[12]
    assert "TRA-HV-100" in texts[13]


def test_valid_rows_only_or_all_or_nothing(demo_db):
    before = _count(demo_db, Product)
    preview = preview_import(demo_db, DATA / "catalog_bad_rows.csv")
    with pytest.raises(ValidationError, match="14 dòng lỗi"):
        commit_import(demo_db, preview, all_or_nothing=True)
    assert _count(demo_db, Product) == before
    result = commit_import(demo_db, preview)
    assert result.created == 2 and len(result.skipped_rows) == 14
    products = _products(demo_db)
    assert len(products) == before + 2
    assert products["G-ONE"].name == "Dòng tốt một" and products["G-THREE"].barcode == "96385074"


def test_commit_rechecks_what_changed_since_the_preview(demo_db):
    preview = preview_import(demo_db, DATA / "catalog_good.csv")
    with demo_db.write() as s:  # meanwhile someone gave the barcode to a demo product
        s.scalars(select(Product).where(Product.sku == "TRA-HV-100")).one().barcode = "8936001230011"
    with pytest.raises(ValidationError):
        commit_import(demo_db, preview, all_or_nothing=True)
    result = commit_import(demo_db, preview)
    assert result.created == 4 and result.skipped_rows == (2,)


@pytest.mark.parametrize("name, encoding", [
    ("catalog_tcvn3.csv", "TCVN3 (ABC)"),
    ("catalog_vni.csv", "VNI"),
    ("catalog_cp1258.csv", "Windows-1258"),
    ("catalog_tcvn3_font.xlsx", "TCVN3 (ABC)"),
])
def test_legacy_encodings_are_named_never_imported(db, name, encoding):
    with pytest.raises(ValidationError) as info:
        preview_import(db, DATA / name)
    assert info.value.text == (
        f"Tệp {name} dùng bảng mã {encoding}, không phải UTF-8: hãy lưu lại dưới dạng UTF-8"
    )
    assert _count(db, Product) == 0


def test_legacy_encoders_match_the_published_tables():
    # Known code points: TCVN3 à=0xB5 ư=0xAD đ=0xAE; VNI writes "Vieät Nam", "Haø Noäi".
    assert encode_tcvn3("Trà sữa đá") == b"Tr\xb5 s\xf7a \xae\xb8"
    assert encode_vni("Việt Nam, Hà Nội") == "Vieät Nam, Haø Noäi".encode("cp1252")


def test_mojibake_saved_as_utf8_is_refused_too(db, tmp_path):
    text = (DATA / "catalog_good.csv").read_text(encoding="utf-8").replace(" ₫", "")
    mojibake = tmp_path / "resaved.csv"
    mojibake.write_text(encode_vni(text).decode("cp1252"), encoding="utf-8")
    with pytest.raises(ValidationError, match="VNI"):
        preview_import(db, mojibake)


def test_wrong_header_names_missing_and_extra_columns(db):
    with pytest.raises(ValidationError) as info:
        preview_import(db, DATA / "catalog_bad_header.csv")
    assert "Thiếu: vat_rate" in info.value.text and "thừa: ghi_chu" in info.value.text


def test_export_import_round_trip_is_the_identity(demo_db, tmp_path):
    first = tmp_path / "a.csv"
    assert export_catalog(demo_db, first) == 72
    preview, result = import_file(demo_db, first)  # back into itself: nothing to do
    assert preview.errors == () and result.unchanged == 72 and result.updated == 0
    other = Database(Paths(tmp_path / "other"))
    try:
        import_file(other, first)
        second, xlsx, third = tmp_path / "b.csv", tmp_path / "b.xlsx", tmp_path / "c.csv"
        export_catalog(other, second)
        assert second.read_bytes() == first.read_bytes()
        export_catalog(other, xlsx)
    finally:
        other.close()
    third_db = Database(Paths(tmp_path / "third"))
    try:
        import_file(third_db, xlsx)
        export_catalog(third_db, third)
        assert third.read_bytes() == first.read_bytes()
    finally:
        third_db.close()


def test_command_line_import_and_export(tmp_path, capsys):
    data = str(tmp_path / "booth")
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    bad = str(DATA / "catalog_bad_rows.csv")
    assert main(["--data-dir", data, "import-catalog", bad, "--all-or-nothing"]) == 1
    out = capsys.readouterr()
    assert "Dòng 2, cột price" in out.err and "không nhập dòng nào" in out.out
    assert main(["--data-dir", data, "import-catalog", bad]) == 1
    assert "thêm 2" in capsys.readouterr().out
    good = str(DATA / "catalog_good.csv")
    assert main(["--data-dir", data, "import-catalog", good]) == 0
    assert main(["--data-dir", data, "import-catalog", str(DATA / "catalog_vni.csv")]) == 1
    assert "bảng mã VNI" in capsys.readouterr().err
    target = tmp_path / "out.xlsx"
    assert main(["--data-dir", data, "export-catalog", str(target)]) == 0
    assert "79 sản phẩm" in capsys.readouterr().out and target.stat().st_size > 0
