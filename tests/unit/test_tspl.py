"""Labels straight to a TSPL label printer: the real bytes, captured from a file device and a
TCP listener, read back by tests/unit/tspl_reader.py into the labels' paper, and every code on
it decoded with zxing-cpp; bars and QR modules measured on the bitmap are whole dots."""

from __future__ import annotations

from datetime import date

import pytest
import zxingcpp
from PIL import Image

from app.cli import main
from app.labels import LabelItem, load_library
from app.printing import tspl
from app.printing.transports import PrinterError
from app.services import label_data
from app.services.errors import ValidationError
from tests.unit.printer_listener import PrinterListener, free_port
from tests.unit.tspl_reader import Label, parse

TODAY = date(2026, 11, 23)
DOTS = {203: 8, 300: 12}


@pytest.fixture(scope="module")
def library():
    return load_library()


def _items(db) -> list[LabelItem]:
    settings = label_data.load_label_settings(db)
    return label_data.label_items([(p, 1) for p in label_data.all_products(db)], settings)


def _codes(label: Label) -> dict[str, zxingcpp.Result]:
    """What a scanner reads on the paper. Not zxing's downscaled second look: the bitmap is
    already at the printer's dots, and on a 300 dpi price label that look once read the EAN
    upside down as another valid number (bench/label_printer.py met it on 1 of 200)."""
    return {str(r.format): r for r in zxingcpp.read_barcodes(label.image, try_downscale=False)}


def _runs(row: list[int]) -> list[tuple[int, int]]:
    """(value, length) of each run of equal pixels."""
    runs: list[tuple[int, int]] = []
    for value in row:
        if runs and runs[-1][0] == value:
            runs[-1] = (value, runs[-1][1] + 1)
        else:
            runs.append((value, 1))
    return runs


def _row(image: Image.Image, y: int, x0: int, x1: int) -> list[int]:
    return [image.getpixel((x, y)) for x in range(max(0, x0), min(image.width, x1))]


def _ean_module(label: Label, result: zxingcpp.Result) -> int:
    """The EAN-13's module in dots, measured on the paper: the 95 modules from the first bar's
    left edge to the last bar's right edge; every bar and space between is a multiple of it."""
    pos = result.position
    y = (pos.top_left.y + pos.bottom_left.y) // 2
    row = _row(label.image, y, min(pos.top_left.x, pos.bottom_left.x) - 8,
               max(pos.top_right.x, pos.bottom_right.x) + 8)
    inked = [i for i, v in enumerate(row) if v == 0]
    span = inked[-1] - inked[0] + 1
    assert span % 95 == 0, f"EAN span {span} dots is not 95 whole modules"
    module = span // 95
    inner = _runs(row[inked[0]:inked[-1] + 1])
    assert all(length % module == 0 for _, length in inner), inner
    assert sum(length for value, length in inner if value == 0) % module == 0
    return module


def _qr_module(label: Label, result: zxingcpp.Result) -> int:
    """The QR's module in dots, measured on the top-left finder: its top edge is 7 modules
    of ink, its middle row 1:1:3:1:1; every run along that row, across the whole symbol, is a
    whole number of modules."""
    image, pos = label.image, result.position
    x, y = pos.top_left.x, pos.top_left.y
    while image.getpixel((x, y)) != 0:  # zxing's corner may sit a dot outside the ink
        x, y = x + 1, y + 1
    while x > 0 and image.getpixel((x - 1, y)) == 0:
        x -= 1
    while y > 0 and image.getpixel((x, y - 1)) == 0:
        y -= 1
    top = _runs(_row(image, y, x, pos.top_right.x + 2))
    assert top[0][0] == 0 and top[0][1] % 7 == 0, top[:3]
    module = top[0][1] // 7
    middle = _runs(_row(image, y + 3 * module + module // 2, x, pos.top_right.x + 2))
    assert [length for _, length in middle[:5]] == [module, module, 3 * module, module,
                                                    module], middle[:5]
    assert all(length % module == 0 for _, length in middle[:-1]), middle
    return module


def test_price_labels_to_a_file_device_all_decode(demo_db, library, tmp_path):
    items = [i for i in _items(demo_db) if i.trace_url][:10]
    job = tspl.build_job(library.template("price"), library.stock("roll-50x30"),
                         items + [items[-1]], today=TODAY, copies=2, library=library)
    device = tmp_path / "lp0"
    tspl.send_job(tspl.label_target(f"tspl+file://{device}"), job.data)
    stream = parse(device.read_bytes(), 8)
    assert stream.commands[:5] == ["SIZE", "GAP", "DIRECTION", "REFERENCE", "CLS"]
    assert stream.direction == "1,0" and stream.reference == "0,0"
    assert len(stream.labels) == job.bitmaps == 10  # the repeated last item: one bitmap
    assert [label.copies for label in stream.labels] == [2] * 9 + [4]
    assert job.labels == 22
    for label, item in zip(stream.labels, items, strict=True):
        assert label.size_mm == (50, 30) and label.gap_mm == (2, 0)
        assert label.image.size == (400, 240)
        codes = _codes(label)
        assert codes["EAN-13"].text == item.barcode
        assert codes["QR Code"].text == item.trace_url
        assert _ean_module(label, codes["EAN-13"]) == 3
        assert _qr_module(label, codes["QR Code"]) == 2
        # Blank rows are not sent: a label is a few bitmap bands, not 240 rows of 50 bytes.
        assert label.bitmaps >= 2
    assert len(job.data) < 10 * 50 * 240


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_roll_and_template_decodes_over_tcp_with_whole_dot_codes(demo_db, library, dpi):
    items = _items(demo_db)[:24]
    cases = [("price", "roll-50x30"), ("price", "roll-40x30"), ("shelf", "roll-50x30"),
             ("trace_qr", "roll-50x30"), ("trace_qr", "roll-40x30"),
             ("trace_qr", "roll-35x22")]
    with PrinterListener() as printer:
        for template, stock in cases:
            job = tspl.build_job(library.template(template), library.stock(stock), items,
                                 today=TODAY, dpi=dpi, library=library)
            tspl.send_job(tspl.label_target(f"tspl+{printer.uri}"), job.data, timeout=5)
    assert len(printer.jobs) == len(cases)
    for (template, stock), data in zip(cases, printer.jobs, strict=True):
        labels = parse(data, DOTS[dpi]).labels
        assert len(labels) == len(items)
        modules: set[tuple[str, int]] = set()
        for label, item in zip(labels, items, strict=True):
            codes = _codes(label)
            expected = {"QR Code": item.trace_url}
            if template != "trace_qr":
                expected["EAN-13"] = item.barcode
            expected = {k: v for k, v in expected.items() if v}
            assert {k: codes[k].text for k in expected if k in codes} == expected, \
                (template, stock, item.sku)
            if "EAN-13" in expected:
                modules.add(("ean", _ean_module(label, codes["EAN-13"])))
            if "QR Code" in expected:
                modules.add(("qr", _qr_module(label, codes["QR Code"])))
        assert modules  # measured on every case, each one a whole number of dots


def test_tspl_bit_polarity_is_zero_for_a_dot():
    """TSPL's BITMAP (mode 0) burns a dot for a 0 bit: the opposite of ESC/POS's raster."""
    image = Image.new("1", (16, 12), 1)
    image.paste(0, (8, 4, 16, 6))  # one byte column, two rows of ink
    program = tspl.label_program(image, copies=3)
    assert program == b"CLS\r\nBITMAP 8,4,1,2,0,\x00\x00\r\nPRINT 1,3\r\n"


def test_sheets_are_refused_for_a_label_printer(demo_db, library, tmp_path, capsys):
    with pytest.raises(ValidationError, match="chỉ in khổ cuộn"):
        tspl.build_job(library.template("price"), library.stock("a4-65"), _items(demo_db),
                       today=TODAY, library=library)
    device = tmp_path / "lp0"
    code = main(["--data-dir", str(demo_db.paths.data_dir), "labels", "--template", "price",
                 "--all", "--stock", "a4-21", "--printer", f"tspl+file://{device}"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("Lỗi: Máy in nhãn chỉ in khổ cuộn; “A4 21")
    assert not device.exists()


def test_a_qr_that_cannot_be_whole_dots_is_refused(demo_db, library):
    """A 33-module URL in the price label's QR box on the 35x22 roll is 1.75 dots a module at
    203 dpi: refused by name rather than printed smeared; labels without a URL still print."""
    items = _items(demo_db)
    with pytest.raises(ValidationError, match="quá dài .* máy in nhãn 203 dpi"):
        tspl.build_job(library.template("price"), library.stock("roll-35x22"), items,
                       today=TODAY, library=library)
    plain = [i for i in items if not i.trace_url][:3]
    job = tspl.build_job(library.template("price"), library.stock("roll-35x22"), plain,
                         today=TODAY, library=library)
    labels = parse(job.data, 8).labels
    assert [_codes(label)["EAN-13"].text for label in labels] == [i.barcode for i in plain]


def test_a_printer_closing_mid_job_is_one_clear_error(demo_db, library):
    items = _items(demo_db)[:20]
    job = tspl.build_job(library.template("trace_qr"), library.stock("roll-50x30"), items,
                         today=TODAY, library=library)
    assert len(job.data) > 50_000
    with PrinterListener(fail_after=4000) as dying:
        target = tspl.label_target(f"tspl+{dying.uri}")
        with pytest.raises(PrinterError) as caught:
            tspl.send_job(target, job.data, timeout=3)
    assert dying.partial and len(dying.partial[0]) == 4000
    text = caught.value.text
    assert text == f"Máy in nhãn tspl+{dying.uri} không nhận lệnh in: mất kết nối giữa chừng"
    assert "\n" not in text


def test_labels_command_prints_to_a_tspl_printer(demo_db, tmp_path, capsys):
    device = tmp_path / "lp0"
    pdf = tmp_path / "nhan.pdf"
    args = ["--data-dir", str(demo_db.paths.data_dir), "labels", "--template", "price",
            "--sku", "TRA-HV-100,MIEN-DONG", "--stock", "roll-40x30", "--copies", "3",
            "--printer", f"tspl+file://{device}", "--dpi", "300", "--out", str(pdf)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Đã in 6 nhãn ra tspl+file://{device}: ")
    assert pdf.read_bytes().startswith(b"%PDF")
    labels = parse(device.read_bytes(), 12).labels
    assert [label.copies for label in labels] == [3, 3]
    products = label_data.products_by_sku(demo_db, ["TRA-HV-100", "MIEN-DONG"])
    assert [_codes(label)["EAN-13"].text for label in labels] == [p.barcode for p in products]


def test_labels_command_printer_errors_are_one_line(demo_db, capsys):
    base = ["--data-dir", str(demo_db.paths.data_dir), "labels", "--template", "trace_qr",
            "--sku", "TRA-HV-100", "--stock", "roll-35x22"]
    port = free_port()
    cases = [
        (["--printer", "tcp://127.0.0.1:9100"], "Lỗi: Địa chỉ máy in nhãn “tcp://127.0.0.1:9100”"),
        (["--printer", "tspl+tcp://"], "Lỗi: Địa chỉ máy in “tspl+tcp://” không hợp lệ"),
        (["--printer", f"tspl+tcp://127.0.0.1:{port}"],
         f"Lỗi: Máy in nhãn tspl+tcp://127.0.0.1:{port} không nhận lệnh in: từ chối kết nối"),
        (["--printer", "tspl+file:///dev/usb/lp-gone"],
         "Lỗi: Máy in nhãn tspl+file:///dev/usb/lp-gone không nhận lệnh in: không thấy máy in"),
        (["--printer", "tspl+file:///tmp/x", "--dpi", "600"],
         "Lỗi: Độ phân giải máy in nhãn phải là 203 hoặc 300 dpi"),
    ]
    for extra, start in cases:
        assert main(base + extra) == 1
        err = capsys.readouterr().err
        assert err.startswith(start), err
        assert err.count("\n") == 1
