"""Printer addresses as a Windows booth types them: a COM port and a file on a drive."""

from __future__ import annotations

import pytest

from app.printing.transports import parse_uri


@pytest.mark.parametrize(("uri", "path"), [
    ("serial://COM3", "COM3"),
    ("serial:///COM12?baud=19200", "COM12"),
    ("file:///C:/Máy in/hóa đơn.bin", "C:/Máy in/hóa đơn.bin"),
    ("file://D:/jobs/receipt.bin", "D:/jobs/receipt.bin"),
    ("serial:///dev/ttyUSB0", "/dev/ttyUSB0"),  # POSIX paths keep their slash
    ("file:///dev/usb/lp0", "/dev/usb/lp0"),
])
def test_windows_ports_and_drives_lose_the_urls_slash(uri, path):
    assert parse_uri(uri).path == path
