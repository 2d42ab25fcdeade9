"""Getting ESC/POS bytes to a receipt printer: network, device node, USB or serial.

A printer is named by one URI, the same in Settings and on the command line:

    tcp://192.168.1.50:9100     network printer (raw port 9100 when no port is given)
    file:///dev/usb/lp0         a device node (Linux usblp, a parallel port) or a plain file
    usb://0416:5011             USB vendor:product: its usblp device node when the kernel has
                                one, else straight to the USB endpoint through pyusb
    serial:///dev/ttyUSB0       serial port through pyserial (?baud=19200, default 9600)

Every wait has a deadline and every failure is a PrinterError in one line naming the printer,
so a printer that is off, out of paper or unplugged costs the worker thread a few seconds and
never the sale: the caller (services.print_queue) keeps the job and tries again.
"""

from __future__ import annotations

import errno
import os
import re
import select
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUD = 9600
TIMEOUT_S = 10.0
DRAIN_S = 1.0  # after the job: time for a printer that dropped the connection to say so
SCHEMES = ("tcp", "file", "usb", "serial")
USBLP_CLASS = Path("/sys/class/usbmisc")
DEVICE_DIR = Path("/dev/usb")


class PrinterError(StateError):
    """The printer did not take the job: the message says which printer and why, in words."""


@dataclass(frozen=True)
class PrinterTarget:
    uri: str
    scheme: str
    host: str = ""
    port: int = DEFAULT_TCP_PORT
    path: str = ""
    vendor: int = 0
    product: int = 0
    baud: int = DEFAULT_BAUD


def _bad(uri: str, why: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Địa chỉ máy in “{uri}” không hợp lệ: {why}"), uri=uri, why=why
    )


def _windows_path(path: str) -> str:
    """serial://COM3 and file:///C:/jobs/x.bin name a COM port or a drive on Windows booths:
    the URL's leading slash before them is not part of the name Windows knows."""
    if re.fullmatch(r"/?COM\d+", path, re.IGNORECASE) or re.match(r"/[A-Za-z]:[/\\]", path):
        return path.lstrip("/")
    return path


def parse_uri(text: str) -> PrinterTarget:
    """Check a printer URI once, when it is typed, instead of at the first sale."""
    uri = text.strip()
    if not uri:
        raise _bad(uri, QT_TRANSLATE_NOOP("errors", "chưa nhập"))
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise _bad(uri, QT_TRANSLATE_NOOP(
            "errors", "dùng tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0 hoặc file:///dev/usb/lp0"))
    if scheme == "tcp":
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise _bad(uri, QT_TRANSLATE_NOOP("errors", "cổng phải là số từ 1 đến 65535")) from None
        if not parts.hostname:
            raise _bad(uri, QT_TRANSLATE_NOOP("errors", "thiếu địa chỉ IP hoặc tên máy"))
        return PrinterTarget(uri, scheme, host=parts.hostname, port=port)
    if scheme == "usb":
        ids = (parts.netloc or parts.path.strip("/")).split(":")
        try:
            vendor, product = (int(x, 16) for x in ids)
        except ValueError:
            raise _bad(uri, QT_TRANSLATE_NOOP(
                "errors", "cần mã hãng và mã máy dạng hex, ví dụ usb://0416:5011")) from None
        if not (0 <= vendor <= 0xFFFF and 0 <= product <= 0xFFFF):
            raise _bad(uri, QT_TRANSLATE_NOOP("errors", "mã USB quá lớn"))
        return PrinterTarget(uri, scheme, vendor=vendor, product=product)
    path = _windows_path(parts.netloc + parts.path)
    if not path:
        raise _bad(uri, QT_TRANSLATE_NOOP("errors", "thiếu đường dẫn thiết bị"))
    baud = DEFAULT_BAUD
    if scheme == "serial":
        values = parse_qs(parts.query).get("baud", [str(DEFAULT_BAUD)])
        if not values[0].isdigit():
            raise _bad(uri, QT_TRANSLATE_NOOP("errors", "tốc độ baud phải là số"))
        baud = int(values[0])
    return PrinterTarget(uri, scheme, path=path, baud=baud)


def _failed(target: PrinterTarget, reason: str) -> PrinterError:
    return PrinterError(
        QT_TRANSLATE_NOOP("errors", "Máy in hóa đơn {printer} không nhận lệnh in: {reason}"),
        printer=target.uri, reason=reason,
    )


def _reason(error: OSError) -> str:
    """A cashier's words for the usual failures; the system's text for anything else."""
    if isinstance(error, TimeoutError | socket.timeout):
        return QT_TRANSLATE_NOOP("errors", "không phản hồi (máy tắt, hết giấy hoặc mất mạng?)")
    if isinstance(error, ConnectionRefusedError):
        return QT_TRANSLATE_NOOP("errors", "từ chối kết nối (máy in đang tắt?)")
    if isinstance(error, ConnectionResetError | BrokenPipeError | ConnectionAbortedError) or \
            error.errno == errno.ENOTCONN:  # reset while our side was being shut down
        return QT_TRANSLATE_NOOP("errors", "mất kết nối giữa chừng")
    if isinstance(error, FileNotFoundError) or error.errno in (errno.ENODEV, errno.ENXIO):
        return QT_TRANSLATE_NOOP("errors", "không thấy máy in (chưa cắm hoặc chưa bật?)")
    if error.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN):
        return QT_TRANSLATE_NOOP("errors", "không tới được máy in qua mạng")
    if isinstance(error, PermissionError):
        return QT_TRANSLATE_NOOP("errors", "không có quyền ghi vào thiết bị")
    return error.strerror or str(error)


def send(target: PrinterTarget, data: bytes, timeout: float = TIMEOUT_S) -> None:
    """Deliver the whole job or raise PrinterError; never blocks past the deadlines."""
    try:
        if target.scheme == "tcp":
            _send_tcp(target, data, timeout)
        elif target.scheme == "file":
            _send_file(Path(target.path), data, timeout)
        elif target.scheme == "usb":
            _send_usb(target, data, timeout)
        else:
            _send_serial(target, data, timeout)
    except OSError as error:
        raise _failed(target, _reason(error)) from error


def _send_tcp(target: PrinterTarget, data: bytes, timeout: float) -> None:
    """Send, close our side, then listen briefly: a printer that dropped the job mid-way
    resets the connection, which only shows on the next read (the send went to the kernel)."""
    with socket.create_connection((target.host, target.port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        sock.settimeout(min(DRAIN_S, timeout))
        try:
            while sock.recv(256):  # status bytes some printers volunteer
                pass
        except TimeoutError:
            pass  # still connected and silent: the job is in the printer's buffer


def _open_node(path: Path) -> int:
    """A device node must exist (an unplugged printer is an error, not a new file in /dev);
    a plain file elsewhere is created, which is how jobs are captured in tests."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if path.exists() or path.parent == Path("/dev") or Path("/dev") in path.parents:
        return os.open(path, flags | os.O_APPEND)
    return os.open(path, flags | os.O_APPEND | os.O_CREAT, 0o644)


def _send_file(path: Path, data: bytes, timeout: float) -> None:
    """Non-blocking writes with a deadline: usblp blocks a writer while the printer is out of
    paper, which would hang the print thread for good."""
    fd = _open_node(path)
    try:
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                written = 0
            view = view[written:]
            if view:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(errno.ETIMEDOUT, "timed out")
                select.select([], [fd], [], min(left, 0.5))
        try:
            os.fsync(fd)
        except OSError:
            pass  # character devices do not sync; a plain file does
    finally:
        os.close(fd)


def usblp_node(vendor: int, product: int, classes: Path = USBLP_CLASS,
               devices: Path = DEVICE_DIR) -> Path | None:
    """The /dev/usb/lpN the kernel's usblp driver made for this printer, if any (Linux)."""
    if not classes.is_dir():
        return None
    wanted = (f"{vendor:04x}", f"{product:04x}")
    for entry in sorted(classes.glob("lp*")):
        interface = (entry / "device").resolve()
        for folder in (interface, interface.parent):
            try:
                ids = ((folder / "idVendor").read_text().strip().lower(),
                       (folder / "idProduct").read_text().strip().lower())
            except OSError:
                continue
            if ids == wanted:
                return devices / entry.name
    return None


def _send_usb(target: PrinterTarget, data: bytes, timeout: float) -> None:
    node = usblp_node(target.vendor, target.product)
    if node is not None:
        _send_file(node, data, timeout)
        return
    try:
        import usb.core  # pyusb: optional, for systems without a usblp device node
        import usb.util
    except ImportError:
        raise _failed(target, QT_TRANSLATE_NOOP(
            "errors", "không thấy máy in USB này; cắm lại máy in, hoặc dùng file:///dev/usb/lp0"
        )) from None
    device = usb.core.find(idVendor=target.vendor, idProduct=target.product)
    if device is None:
        raise FileNotFoundError(errno.ENODEV, "no such USB device")
    try:
        if device.is_kernel_driver_active(0):
            device.detach_kernel_driver(0)
    except (NotImplementedError, usb.core.USBError):
        pass
    try:
        device.set_configuration()
    except usb.core.USBError:
        pass  # already configured
    interface = device.get_active_configuration()[(0, 0)]
    endpoint = usb.util.find_descriptor(
        interface,
        custom_match=lambda e: usb.util.endpoint_direction(e.bEndpointAddress)
        == usb.util.ENDPOINT_OUT,
    )
    if endpoint is None:
        raise OSError(errno.ENODEV, "USB printer without an OUT endpoint")
    try:
        endpoint.write(data, timeout=int(timeout * 1000))
    except usb.core.USBTimeoutError as error:
        raise TimeoutError(errno.ETIMEDOUT, "timed out") from error
    except usb.core.USBError as error:
        raise OSError(error.errno or errno.EIO, str(error)) from error
    finally:
        usb.util.dispose_resources(device)


def _send_serial(target: PrinterTarget, data: bytes, timeout: float) -> None:
    try:
        import serial  # pyserial: optional, only serial printers need it
    except ImportError:
        raise _failed(target, QT_TRANSLATE_NOOP(
            "errors", "cần cài gói pyserial để in qua cổng COM/serial")) from None
    # At 9600 baud a raster receipt takes about a minute: the deadline grows with the job.
    budget = timeout + len(data) * 10 / target.baud
    try:
        with serial.Serial(target.path, target.baud, timeout=timeout,
                           write_timeout=budget) as port:
            port.write(data)
            port.flush()
    except serial.SerialTimeoutException as error:
        raise TimeoutError(errno.ETIMEDOUT, "timed out") from error
    except serial.SerialException as error:
        raise OSError(errno.EIO, str(error)) from error
