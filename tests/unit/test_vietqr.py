from pathlib import Path

import pytest
import segno
import zxingcpp
from PIL import Image

from app.services.errors import ValidationError
from app.services.vietqr import (
    BANKS,
    BankAccount,
    build_payload,
    crc16_ccitt_false,
    parse_tlv,
    verify_crc,
)

# Published examples from the open-source Go library subiz/vietqr
# (https://github.com/subiz/vietqr, README.md and vietqr_test.go): a 120,000 đ transfer to
# VietinBank account 0011001932418 with the note "ủng hộ lũ lụt", a static QR for TPBank
# account 0099999999, and a dynamic one whose note is cut to 25 characters.
PUBLISHED_DYNAMIC = (
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
    "530370454061200005802VN62170813ung ho lu lut6304C15C"
)
PUBLISHED_STATIC = (
    "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4"
)
PUBLISHED_TRUNCATED = (
    "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA"
    "53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB"
)
PUBLISHED_DIACRITICS = (
    "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA"
    "53037045405401235802VN62160812chuyen khoan6304722F"
)


def test_crc_check_value() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(b"") == 0xFFFF


def test_rebuilds_published_dynamic_example() -> None:
    assert build_payload("970415", "0011001932418", 120000, "ủng hộ lũ lụt") == PUBLISHED_DYNAMIC


def test_rebuilds_published_static_example() -> None:
    assert build_payload("970423", "0099999999") == PUBLISHED_STATIC


def test_rebuilds_published_truncated_example() -> None:
    note = "chuyen khoan alsdkf laksjdflk asjdflja slkdalks djflkasjd fajsldk"
    assert build_payload("970422", "0023457923442ASDFLJ", 40123, note) == PUBLISHED_TRUNCATED


def test_rebuilds_published_example_with_diacritics() -> None:
    assert build_payload("970422", "0023457923442", 40123, "chuyển khoản") == PUBLISHED_DIACRITICS


@pytest.mark.parametrize(
    "payload", [PUBLISHED_DYNAMIC, PUBLISHED_STATIC, PUBLISHED_TRUNCATED, PUBLISHED_DIACRITICS]
)
def test_published_crcs_verify(payload: str) -> None:
    assert verify_crc(payload)
    assert verify_crc(payload[:-4] + payload[-4:].lower())


def test_verify_crc_catches_changes() -> None:
    tampered = PUBLISHED_DYNAMIC.replace("5406120000", "5406920000")
    assert tampered != PUBLISHED_DYNAMIC
    assert not verify_crc(tampered)
    assert not verify_crc(PUBLISHED_DYNAMIC[:-1] + ("0" if PUBLISHED_DYNAMIC[-1] != "0" else "1"))
    assert not verify_crc(PUBLISHED_DYNAMIC[:-8])
    assert not verify_crc("")


def test_static_vs_dynamic_fields() -> None:
    static = parse_tlv(build_payload("970436", "1234567890"))
    dynamic = parse_tlv(build_payload("970436", "1234567890", amount=45000))
    assert static["01"] == "11"
    assert "54" not in static
    assert dynamic["01"] == "12"
    assert dynamic["54"] == "45000"
    assert list(dynamic) == ["00", "01", "38", "53", "54", "58", "63"]
    assert list(static) == ["00", "01", "38", "53", "58", "63"]


def test_nested_fields() -> None:
    fields = parse_tlv(build_payload("970418", "ABC123", 1, "x"))
    assert fields["00"] == "01"
    assert fields["53"] == "704"
    assert fields["58"] == "VN"
    merchant = parse_tlv(fields["38"])
    assert merchant == {
        "00": "A000000727",
        "01": "0006970418" + "0106ABC123",
        "02": "QRIBFTTA",
    }
    assert parse_tlv(merchant["01"]) == {"00": "970418", "01": "ABC123"}
    assert parse_tlv(fields["62"]) == {"08": "x"}


def test_reference_folded_to_ascii_and_case_kept() -> None:
    fields = parse_tlv(build_payload("970436", "1234567890", 150000, "Bán hàng BL03-000123"))
    assert parse_tlv(fields["62"])["08"] == "Ban hang BL03-000123"


def test_reference_truncated_without_trailing_space() -> None:
    ref = "Đặc sản Quảng Ninh hội chợ 2024 số 7"
    note = parse_tlv(parse_tlv(build_payload("970436", "1", 1, ref))["62"])["08"]
    assert note == "Dac san Quang Ninh hoi ch"
    assert len(note) == 25
    # Cut just before a space: the trailing space is dropped, not sent.
    note = parse_tlv(parse_tlv(build_payload("970436", "1", 1, "a" * 24 + " bcd"))["62"])["08"]
    assert note == "a" * 24


def test_reference_that_folds_to_nothing_is_omitted() -> None:
    assert "62" not in parse_tlv(build_payload("970436", "1", 1, "₫₫ !!"))
    assert "62" not in parse_tlv(build_payload("970436", "1", 1, None))


@pytest.mark.parametrize("bank_bin", ["97043", "9704366", "97043A", "", "٩٧٠٤٣٦"])
def test_bad_bin_refused(bank_bin: str) -> None:
    with pytest.raises(ValidationError) as err:
        build_payload(bank_bin, "1234567890")
    assert "BIN" in err.value.text


@pytest.mark.parametrize("account", ["", "1" * 20, "0123 456", "01234-56", "số1"])
def test_bad_account_refused(account: str) -> None:
    with pytest.raises(ValidationError) as err:
        build_payload("970436", account)
    assert "Số tài khoản" in err.value.text


def test_longest_account_accepted() -> None:
    merchant = parse_tlv(parse_tlv(build_payload("970436", "9" * 19))["38"])
    assert parse_tlv(merchant["01"])["01"] == "9" * 19


@pytest.mark.parametrize("amount", [0, -5, 10**13, True, 1.5])
def test_bad_amount_refused(amount: object) -> None:
    with pytest.raises(ValidationError) as err:
        build_payload("970436", "1234567890", amount)  # type: ignore[arg-type]
    assert "Số tiền" in err.value.text


def test_largest_amount_accepted() -> None:
    assert parse_tlv(build_payload("970436", "1", 10**13 - 1))["54"] == "9" * 13


def test_parse_tlv_refuses_broken_payload() -> None:
    with pytest.raises(ValidationError):
        parse_tlv("0002010")
    with pytest.raises(ValidationError):
        parse_tlv("00AB01")


def test_banks_table() -> None:
    assert BANKS["970436"] == "Vietcombank"
    assert BANKS["970415"] == "VietinBank"
    assert len(BANKS) >= 40  # the NAPAS directory of services.banks
    assert all(len(b) == 6 and b.isdigit() for b in BANKS)
    account = BankAccount("970422", "0023457923442", "NGUYEN VAN A")
    with pytest.raises(AttributeError):
        account.account = "1"  # type: ignore[misc]


@pytest.mark.parametrize(
    "payload",
    [
        PUBLISHED_DYNAMIC,
        build_payload("970436", "1234567890", 2_350_000, "Trà hoa vàng Ba Chẽ BL03-000123"),
    ],
)
def test_qr_image_decodes_to_payload(payload: str, tmp_path: Path) -> None:
    png = tmp_path / "vietqr.png"
    segno.make(payload, error="m").save(png, scale=8)
    results = zxingcpp.read_barcodes(Image.open(png))
    assert [r.text for r in results] == [payload]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode
