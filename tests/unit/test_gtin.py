import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.gtin import (
    barcode_kind,
    gtin_check_digit,
    is_gs1_vietnam,
    is_in_store,
    is_valid_gtin,
    make_in_store_ean13,
    to_gtin14,
    validate_barcode,
)

# Real published codes: an EAN-13 (Faber-Castell pencil), the EAN-8 example from the
# GS1/Wikipedia EAN-8 article, and a UPC-A (the Wikipedia UPC example).
EAN13 = "4006381333931"
EAN8 = "96385074"
UPCA = "036000291452"


def test_check_digits_of_known_codes() -> None:
    assert gtin_check_digit(EAN13[:-1]) == 1
    assert gtin_check_digit(EAN8[:-1]) == 4
    assert gtin_check_digit(UPCA[:-1]) == 2
    assert gtin_check_digit("893504950001") == 8
    # A sum that is already a multiple of 10 gives 0, not 10.
    assert gtin_check_digit("0000000") == 0


def test_check_digit_refuses_non_digits() -> None:
    with pytest.raises(ValueError):
        gtin_check_digit("12a4")
    with pytest.raises(ValueError):
        gtin_check_digit("")


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (EAN13, "ean13"),
        (EAN8, "ean8"),
        (UPCA, "upca"),
        ("1" + EAN13, None),
        ("0" + EAN13, "gtin14"),
    ],
)
def test_barcode_kind(code: str, kind: str | None) -> None:
    assert barcode_kind(code) == kind


@pytest.mark.parametrize(
    "code",
    [
        "4006381333932",  # wrong check digit
        "96385075",
        "036000291453",
        "400638133393",  # 12 digits but not a valid UPC-A
        "4006381333",  # no GTIN has 10 digits
        "40063813339311",  # 14 digits, wrong check digit
        "40063813339A1",
        "４００６３８１３３３９３１",  # full-width digits: no scanner sends these
        "",
    ],
)
def test_invalid_codes(code: str) -> None:
    assert not is_valid_gtin(code)
    assert barcode_kind(code) is None


def test_gs1_vietnam_and_in_store() -> None:
    vn = "8935049500018"
    assert is_valid_gtin(vn)
    assert is_gs1_vietnam(vn)
    assert not is_in_store(vn)
    assert not is_gs1_vietnam("8935049500012")  # right prefix, wrong check digit
    assert not is_gs1_vietnam(EAN13)
    store = make_in_store_ean13(123)
    assert is_in_store(store)
    assert not is_gs1_vietnam(store)
    assert not is_in_store(EAN13)
    assert not is_in_store("2000000001235")


def test_validate_barcode_returns_cleaned_code() -> None:
    assert validate_barcode(" 400 6381 333931 ") == EAN13
    assert validate_barcode(EAN8) == EAN8


def test_validate_barcode_wrong_check_digit_message() -> None:
    with pytest.raises(ValidationError) as err:
        validate_barcode("8935049500012")
    assert err.value.text == "Mã vạch 8935049500012: sai số kiểm tra (phải là 8)"
    assert err.value.params["expected"] == 8


def test_validate_barcode_wrong_length_message() -> None:
    with pytest.raises(ValidationError) as err:
        validate_barcode("12345", field="Mã sản phẩm")
    assert err.value.text.startswith("Mã sản phẩm 12345: sai độ dài (5 chữ số")


def test_validate_barcode_non_digit_message() -> None:
    with pytest.raises(ValidationError) as err:
        validate_barcode("89350A9500018")
    assert err.value.text == "Mã vạch 89350A9500018: chỉ được chứa chữ số"


def test_validate_barcode_empty() -> None:
    with pytest.raises(ValidationError) as err:
        validate_barcode("   ")
    assert "trống" in err.value.text


def test_make_in_store_ean13() -> None:
    assert make_in_store_ean13(123) == "2000000001234"
    assert make_in_store_ean13(7, prefix="29") == "2900000000070"
    code = make_in_store_ean13(9_999_999_999)
    assert code.startswith("209999999999")
    assert is_valid_gtin(code)


@pytest.mark.parametrize(
    ("number", "prefix"),
    [(-1, "20"), (10_000_000_000, "20"), (1, "893"), (1, "30"), (1, "2a"), (1, "")],
)
def test_make_in_store_ean13_refuses(number: int, prefix: str) -> None:
    with pytest.raises(ValidationError):
        make_in_store_ean13(number, prefix=prefix)


def test_to_gtin14() -> None:
    assert to_gtin14(EAN13) == "0" + EAN13
    assert to_gtin14(UPCA) == "00" + UPCA
    assert to_gtin14(EAN8) == "000000" + EAN8
    assert is_valid_gtin(to_gtin14(EAN8))
    with pytest.raises(ValidationError):
        to_gtin14("4006381333932")


@given(
    body=st.sampled_from([7, 11, 12, 13]).flatmap(
        lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)
    ),
    delta=st.integers(min_value=1, max_value=9),
)
def test_property_check_digit(body: str, delta: int) -> None:
    check = gtin_check_digit(body)
    assert 0 <= check <= 9
    assert is_valid_gtin(body + str(check))
    assert validate_barcode(body + str(check)) == body + str(check)
    wrong = (check + delta) % 10
    assert not is_valid_gtin(body + str(wrong))
    with pytest.raises(ValidationError):
        validate_barcode(body + str(wrong))


@given(
    body=st.text(alphabet="0123456789", min_size=12, max_size=12),
    pos=st.integers(min_value=0, max_value=11),
    delta=st.integers(min_value=1, max_value=9),
)
def test_property_single_body_digit_error_is_caught(body: str, pos: int, delta: int) -> None:
    code = body + str(gtin_check_digit(body))
    changed = code[:pos] + str((int(code[pos]) + delta) % 10) + code[pos + 1 :]
    assert not is_valid_gtin(changed)
