"""Writes the catalog fixture files in tests/data (run it again after changing a row).

    .venv/bin/python tests/data/make_catalog_files.py

The files are committed so tests read real files, byte for byte what a user would hand us:
UTF-8 with and without BOM, XLSX, the legacy encodings made by really encoding the Vietnamese
rows (TCVN3 and VNI through app.services.legacy_encoding's tables, Windows-1258 through
Python's cp1258 codec), and a file with one bad row per kind of mistake.
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services.catalog_rules import COLUMNS  # noqa: E402
from app.services.legacy_encoding import encode_cp1258, encode_tcvn3, encode_vni  # noqa: E402

HERE = Path(__file__).resolve().parent

# Province catalog rows as a sale point gets them: Vietnamese price forms, day-first dates,
# Vietnamese producer kinds, one name pasted from macOS (NFD).
GOOD = [
    ["MD-BL-500", "8936001230011", "Miến dong Bình Liêu gói 500g", "HTX Miến dong Bình Liêu",
     "HTX", "Bình Liêu", "Đồng Văn", "Nông sản", "gói", "45.000", "5", "4", "12/05/2024", "",
     "https://truyxuat.ocopquangninh.vn/sp/md-bl-500"],
    ["TRA-HV-BC", "", "Trà hoa vàng Ba Chẽ hộp 100g", "HTX Trà hoa vàng Thanh Sơn",
     "hợp tác xã", "Ba Chẽ", "Thanh Sơn", "Trà", "hộp", "450,000 ₫", "5%", "5", "2024-10-12",
     "2027-10-12", ""],
    ["RUOU-BK-350", "", unicodedata.normalize("NFD", "Rượu ba kích Ba Chẽ chai 350ml"),
     "Hộ sản xuất rượu Nguyễn Văn Đức", "hộ sản xuất", "Ba Chẽ", "Nam Sơn", "Đồ uống", "chai",
     "180000", "10", "3", "01/03/2023", "", ""],
    ["CHA-MUC-HL", "12345670", "Chả mực Hạ Long hộp 300g", "Công ty CP Chả mực Hạ Long",
     "doanh nghiệp", "Hạ Long", "Hồng Gai", "Hải sản", "hộp", "320.000 đ", "8", "", "", "", ""],
    ["NAM-DT-KG", "036000291452", "Nấm hương Đạp Thanh", "Tổ hợp tác trồng nấm Đạp Thanh",
     "tổ hợp tác", "Ba Chẽ", "Đạp Thanh", "Nông sản", "kg", "380.000", "5", "3", "2025-01-20",
     "", ""],
]

# One mistake per row (the row number a spreadsheet shows is index + 2), then two good rows.
BAD = [
    ["B-PRICE", "", "Giá sai", "", "", "", "", "", "", "45.5", "5", "", "", "", ""],
    ["B-CHECK", "8936001230018", "Sai số kiểm tra", "", "", "", "", "", "", "1000", "5", "", "", "", ""],
    ["B-LEN", "89360012300", "Sai độ dài", "", "", "", "", "", "", "1000", "5", "", "", "", ""],
    ["B-STARS", "", "Sáu sao", "", "", "", "", "", "", "1000", "5", "6", "2024-01-01", "", ""],
    ["B-NODATE", "", "Sao không ngày", "", "", "", "", "", "", "1000", "5", "4", "", "", ""],
    ["B-LONG", "", "Hạn quá 36 tháng", "", "", "", "", "", "", "1000", "5", "4", "2024-01-01",
     "2027-06-01", ""],
    ["B-VAT", "", "Thuế sai", "", "", "", "", "", "", "1000", "7", "", "", "", ""],
    ["B-URL", "", "Đường dẫn sai", "", "", "", "", "", "", "1000", "5", "", "", "", "truyxuat.vn/x"],
    ["B-NONAME", "", "", "", "", "", "", "", "", "1000", "5", "", "", "", ""],
    ["B SPACE", "", "SKU có dấu cách", "", "", "", "", "", "", "1000", "5", "", "", "", ""],
    ["B-KIND", "", "Loại chủ thể lạ", "Chủ thể X", "tư nhân", "Ba Chẽ", "", "", "", "1000", "5",
     "", "", "", ""],
    ["B-DATE", "", "Ngày lạ", "", "", "", "", "", "", "1000", "5", "3", "31/02/2024", "", ""],
    ["G-ONE", "", "Dòng tốt một", "", "", "", "", "", "hộp", "10.000", "0", "", "", "", ""],
    ["G-ONE", "", "Trùng SKU", "", "", "", "", "", "", "1000", "5", "", "", "", ""],
    ["G-TWO", "2000010000012", "Mã vạch của sản phẩm demo", "", "", "", "", "", "", "1000", "5",
     "", "", "", ""],
    ["G-THREE", "96385074", "Dòng tốt ba (EAN-8)", "", "", "", "", "", "gói", "20000", "5", "",
     "", "", ""],
]
# (row, column) of each mistake above, for the tests.
BAD_EXPECTED = [
    (2, "price"), (3, "barcode"), (4, "barcode"), (5, "stars"), (6, "star_certified_on"),
    (7, "star_expires_on"), (8, "vat_rate"), (9, "traceability_url"), (10, "name"), (11, "sku"),
    (12, "producer_kind"), (13, "star_certified_on"), (15, "sku"), (16, "barcode"),
]


def csv_text(rows: list[list[str]], header: tuple[str, ...] | list[str] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    book.save(path)


def main() -> None:
    text = csv_text(GOOD)
    (HERE / "catalog_good.csv").write_bytes(text.encode("utf-8"))
    (HERE / "catalog_good_bom.csv").write_bytes(text.encode("utf-8-sig"))
    (HERE / "catalog_bad_rows.csv").write_bytes(csv_text(BAD).encode("utf-8"))
    # What a province office's old machine writes: no "₫" in those character sets.
    legacy = csv_text([[c.replace(" ₫", "") for c in row] for row in GOOD])
    (HERE / "catalog_tcvn3.csv").write_bytes(encode_tcvn3(legacy))
    (HERE / "catalog_vni.csv").write_bytes(encode_vni(legacy))
    (HERE / "catalog_cp1258.csv").write_bytes(encode_cp1258(legacy))
    header = list(COLUMNS)
    header.remove("vat_rate")
    header.append("ghi_chu")
    (HERE / "catalog_bad_header.csv").write_bytes(csv_text([], header).encode("utf-8"))
    # XLSX as typed in Excel: numbers for prices and VAT, real date cells, a barcode as a number.
    from datetime import datetime

    typed = []
    for row in GOOD:
        cells: list[object] = list(row)
        cells[9] = int(row[9].replace(".", "").replace(",", "").replace(" ₫", "").replace(" đ", ""))
        cells[10] = int(row[10].rstrip("%"))
        if row[12]:
            d, m, y = (row[12].split("/") if "/" in row[12] else reversed(row[12].split("-")))
            cells[12] = datetime(int(y), int(m), int(d))
        typed.append(cells)
    typed[0][1] = 8936001230011  # Excel turned the barcode into a number
    write_xlsx(HERE / "catalog_good.xlsx", typed)
    write_xlsx(HERE / "catalog_bad_rows.xlsx", [list(r) for r in BAD])
    # Cells typed with a .VnTime font: the TCVN3 bytes stored as Latin-1 characters.
    write_xlsx(HERE / "catalog_tcvn3_font.xlsx",
               [[encode_tcvn3(c).decode("latin-1") if isinstance(c, str) else c for c in row]
                for row in [[c.replace(" ₫", "") for c in r] for r in GOOD]])


if __name__ == "__main__":
    main()
