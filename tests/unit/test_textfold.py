import unicodedata

import pytest

from app.services.textfold import fold, nfc, to_ascii


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đông Triều", "dong trieu"),
        ("Trà hoa vàng Ba Chẽ", "tra hoa vang ba che"),
        ("MIẾN DONG", "mien dong"),
        ("  Chả   mực\tHạ\nLong  ", "cha muc ha long"),
        ("ĐẶC SẢN đường", "dac san duong"),
        ("Ngọc Vừng ỗ ữ ặ", "ngoc vung o u a"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_nfd_input_equals_nfc_input() -> None:
    name = "Rượu Ba Kích Đầm Hà"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    assert fold(decomposed) == fold(name) == "ruou ba kich dam ha"


def test_fold_is_idempotent() -> None:
    once = fold("Sá sùng Vân Đồn")
    assert fold(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bán hàng BL03-000123", "Ban hang BL03-000123"),
        ("Đơn #42: Trà (x2)!", "Don 42 Tra x2"),
        ("ĐẶC SẢN", "DAC SAN"),
        ("HD_2024/05.01", "HD_2024/05.01"),
        ("giá   100 ₫", "gia 100"),
        ("日本 abc", "abc"),
    ],
)
def test_to_ascii(text: str, expected: str) -> None:
    assert to_ascii(text) == expected


def test_to_ascii_output_is_plain_ascii() -> None:
    out = to_ascii("Ủng hộ «lũ lụt» — miền Trung… ½ café")
    assert out == "Ung ho lu lut mien Trung cafe"
    assert out.isascii()


def test_nfc_composes() -> None:
    decomposed = unicodedata.normalize("NFD", "Hạ Long")
    assert len(decomposed) > len("Hạ Long")
    assert nfc(decomposed) == "Hạ Long"
    assert len(nfc(decomposed)) == len("Hạ Long")
