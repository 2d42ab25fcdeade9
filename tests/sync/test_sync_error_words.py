"""Sync failures in words a cashier understands; the technical text stays behind "Chi tiết".

Real failures, not made-up exceptions: a closed port on 127.0.0.1, and a TLS server whose
self-signed certificate the client rightly refuses.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.unreachable import closed_url, fail_to_reach


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[str]:
    """An HTTPS listener with a self-signed certificate nobody trusts."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass  # the client hung up on our certificate: what the test expects

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{port}"
    stop.set()
    thread.join(5)
    listener.close()




def test_no_hub_listening_reads_as_no_connection():
    url = closed_url()
    error = fail_to_reach(url)
    assert error.text.startswith("Không kết nối được máy chủ tỉnh")
    assert "Error" not in error.text and "Errno" not in error.text and url not in error.text
    assert "ConnectError" in error.detail


def test_an_untrusted_certificate_reads_as_an_invalid_certificate(tls_server):
    error = fail_to_reach(tls_server)
    assert error.text.startswith("Chứng chỉ máy chủ không hợp lệ")
    assert "CERTIFICATE_VERIFY_FAILED" not in error.text
    assert "CERTIFICATE_VERIFY_FAILED" in error.detail
