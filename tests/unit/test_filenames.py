"""File names made from data are valid on Windows too (app/filenames.py), and real files with
them can be written and found again here."""

from __future__ import annotations

import unicodedata

import pytest

from app.filenames import MAX_BYTES, safe_file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Trà hoa vàng Ba Chẽ.pdf", "Trà hoa vàng Ba Chẽ.pdf"),  # Vietnamese letters stay
        ("HTX Đồng Tâm: quyết toán 11/2026.pdf", "HTX Đồng Tâm- quyết toán 11-2026.pdf"),
        ('Z-"QN01"-C0001?.pdf', "Z-QN01-C0001-.pdf"),
        ("a<b>c|d*e.csv", "a-b-c-d-e.csv"),
        ("báo cáo tháng 12. ", "báo cáo tháng 12"),  # Windows would drop the trailing ". "
        ("tab\there\nnewline.pdf", "tab here newline.pdf"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("COM1.txt", "_COM1.txt"),
        ("lpt9", "_lpt9"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # only the exact device names are reserved
        ("...", "tep"),
        ("", "tep"),
        ("///", "-"),
    ],
)
def test_names_are_made_valid_on_windows(name, expected):
    assert safe_file_name(name) == expected


def test_decomposed_vietnamese_is_stored_composed():
    typed_on_a_mac = unicodedata.normalize("NFD", "Hạ Long - Chả mực.pdf")
    assert typed_on_a_mac != "Hạ Long - Chả mực.pdf"
    assert safe_file_name(typed_on_a_mac) == "Hạ Long - Chả mực.pdf"


def test_a_long_vietnamese_name_is_cut_on_a_letter_and_keeps_its_extension():
    name = "Rượu ba kích tím Quảng Ninh " * 20 + ".xlsx"
    safe = safe_file_name(name)
    assert safe.endswith(".xlsx") and len(safe.encode()) <= MAX_BYTES
    assert safe.startswith("Rượu ba kích tím") and "\ufffd" not in safe


def test_every_result_is_a_valid_windows_name():
    for name in ["a:b", "x" * 400, " . .", "AUX.", "Đ?ặ*c\x00biệt", "COM¹.log", "lpt3 .pdf"]:
        safe = safe_file_name(name)
        assert safe and not (WINDOWS_FORBIDDEN & set(safe))
        assert not safe.endswith((".", " ")) and all(ord(c) >= 32 for c in safe)
        assert safe.split(".")[0].rstrip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM¹", "LPT3"}


def test_files_with_the_names_can_be_written_and_listed(tmp_path):
    names = [safe_file_name(n) for n in ("Hóa đơn QN01-000001.pdf", "Quyết toán: HTX Tiên Yên.pdf",
                                         unicodedata.normalize("NFD", "Nhãn giá trà.pdf"))]
    for name in names:
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
