"""A producer written differently on two rows warns and keeps the first value (issue 11).

Hand-kept sheets repeat the producer on every product row and the copies drift; the product
on the later row is good and must be imported, with the disagreement listed as a warning.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.cli import main
from app.db import Database
from app.models import Producer, Product
from app.services.catalog_files import write_table
from app.services.catalog_io import commit_import, import_file, preview_import
from app.services.textfold import fold
from bench.catalog_gen import catalog_rows

MAKER = "HTX Miến dong Bình Liêu"


def _row(sku: str, maker: str = MAKER, kind: str = "HTX", district: str = "Bình Liêu",
         commune: str = "Đồng Văn") -> tuple:
    return (sku, None, f"Miến dong {sku}", maker, kind, district, commune, "Nông sản", "gói",
            "45.000", "5", None, None, None, None)


def _file(tmp_path: Path, rows: list[tuple], name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    write_table(path, rows)
    return path


def _producers(db: Database) -> list[Producer]:
    with db.read() as s:
        return list(s.scalars(select(Producer).order_by(Producer.id)))


def test_a_commune_that_differs_keeps_the_product_and_the_first_value(db, tmp_path):
    path = _file(tmp_path, [
        _row("MD-1"),
        _row("MD-2", commune="Hoành Mô"),
        _row("MD-3"),
        _row("MD-4", commune="Hoành Mô", kind="hộ sản xuất", maker="HTX miến dong Bình Liêu"),
    ])
    preview = preview_import(db, path)
    assert preview.errors == () and preview.bad_rows == ()
    assert [r.sku for r in preview.parsed] == ["MD-1", "MD-2", "MD-3", "MD-4"]
    assert [(w.row, w.column) for w in preview.warnings] == [
        (3, "commune"), (5, "producer"), (5, "producer_kind"), (5, "commune")]
    assert preview.warned_rows == (3, 5)
    commune = preview.warnings[0]
    assert commune.params["first"] == 2 and commune.params["held"] == "Đồng Văn"
    assert commune.text == (
        "Cảnh báo – dòng 3, cột commune: chủ thể “HTX Miến dong Bình Liêu”: dòng này ghi "
        "“Hoành Mô”, dòng 2 ghi “Đồng Văn”; giữ “Đồng Văn” của dòng 2")
    assert "“hộ sản xuất”" in preview.warnings[2].text  # a kind as the manager says it
    assert "“hợp tác xã”" in preview.warnings[2].text
    assert preview.new_products == 4 and preview.new_producers == 1

    result = commit_import(db, preview, all_or_nothing=True)  # warnings never refuse
    assert (result.created, result.producers_created, result.skipped_rows) == (4, 1, ())
    [maker] = _producers(db)
    assert (maker.name, maker.kind, maker.commune) == (MAKER, "cooperative", "Đồng Văn")
    with db.read() as s:
        products = list(s.scalars(select(Product)))
    assert {p.producer_id for p in products} == {maker.id}
    assert all("dong van" in p.search_text and "hoanh mo" not in p.search_text for p in products)


def test_a_stored_producer_keeps_its_spelling_and_takes_the_first_rows_commune(db, tmp_path):
    import_file(db, _file(tmp_path, [_row("MD-1")], "first.csv"))
    lower = "htx miến dong bình liêu"
    path = _file(tmp_path, [
        _row("MD-1", maker=lower, commune="Lục Hồn"),  # it moved: an update, no warning
        _row("MD-2", maker="HTX MIẾN DONG BÌNH LIÊU", commune="Lục Hồn"),
        _row("MD-3", maker=lower, commune="Tình Húc"),
    ], "second.csv")
    preview, result = import_file(db, path)
    assert [(w.row, w.column) for w in preview.warnings] == [(3, "producer"), (4, "commune")]
    assert preview.warnings[0].text.endswith(
        "dòng này ghi “HTX MIẾN DONG BÌNH LIÊU”, dòng 2 ghi “htx miến dong bình liêu”; "
        "giữ “HTX Miến dong Bình Liêu” đã lưu")
    assert preview.warnings[1].text.endswith("giữ “Lục Hồn” của dòng 2")
    assert (result.created, result.updated, result.producers_updated) == (2, 1, 1)
    [maker] = _producers(db)
    assert (maker.name, maker.commune) == (MAKER, "Lục Hồn")


def test_the_same_file_twice_warns_again_and_changes_nothing(db, tmp_path):
    path = _file(tmp_path, [_row("MD-1"), _row("MD-2", commune="Hoành Mô")])
    import_file(db, path)
    preview, result = import_file(db, path)
    assert len(preview.warnings) == 1
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)


def test_command_line_prints_warnings_and_exits_0(db, tmp_path, capsys):
    data = str(tmp_path / "booth")
    path = _file(tmp_path, [_row("MD-1"), _row("MD-2", commune="Hoành Mô")])
    assert main(["--data-dir", data, "import-catalog", str(path)]) == 0
    out = capsys.readouterr()
    assert "Cảnh báo – dòng 3, cột commune:" in out.err
    assert "giữ “Đồng Văn” của dòng 2" in out.err
    assert "thêm 2" in out.out and "1 cảnh báo ở 1 dòng" in out.out
    bad = _file(tmp_path, [_row("MD-3"), _row("MD-4", commune="Hoành Mô"), _row("bad sku")],
                "bad.csv")
    assert main(["--data-dir", data, "import-catalog", str(bad)]) == 1  # a bad row still is 1
    err = capsys.readouterr().err
    assert "Dòng 4, cột sku" in err and "Cảnh báo – dòng 3, cột commune" in err


def test_the_generated_national_catalog_imports_every_good_product(db, tmp_path):
    """bench/catalog_gen.py's 10,322 products as a province keeps them: some producers appear
    with two communes (and "giò"/"giỏ" fold to one name). Every product is imported, each
    producer with the first row's values, and each disagreement is a warning."""
    rows = catalog_rows(10_322)
    preview, result = import_file(db, _file(tmp_path, rows))
    assert preview.errors == () and result.skipped_rows == ()
    assert result.created == len(preview.parsed) == 10_322
    columns = [w.column for w in preview.warnings]
    assert columns.count("commune") >= 100 and set(columns) <= {"producer", "commune"}
    first: dict[tuple[str, str], tuple] = {}
    for number, row in enumerate(rows, start=2):
        first.setdefault((fold(row[3]), fold(row[5])), (number, row))
    stored = {(fold(p.name), fold(p.district)): p for p in _producers(db)}
    assert stored.keys() == first.keys()
    assert all((p.name, p.commune) == (first[k][1][3], first[k][1][6]) for k, p in stored.items())
    for w in preview.warnings:
        row = rows[w.row - 2]
        number, kept = first[(fold(row[3]), fold(row[5]))]
        assert w.params["first"] == number and number < w.row
        assert w.params["held"] == kept[3 if w.column == "producer" else 6]
