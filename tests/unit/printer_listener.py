"""A network receipt printer for the tests: a TCP listener on 127.0.0.1 that keeps every byte
it was sent, and can stop answering in the middle of a job like a printer switched off."""

from __future__ import annotations

import socket
import threading
from types import TracebackType


class PrinterListener:
    """Accepts connections one after another and records each one's bytes.

    `fail_after`: read that many bytes of the next job, then close the connection with the
    rest unread (the kernel answers the sender with a reset) and stop listening.
    """

    def __init__(self, port: int = 0, fail_after: int | None = None) -> None:
        self._server = socket.create_server(("127.0.0.1", port))
        self.port = self._server.getsockname()[1]
        self.fail_after = fail_after
        self.jobs: list[bytes] = []
        self.partial: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return  # closed
            with conn:
                received = bytearray()
                if self.fail_after is not None:
                    while len(received) < self.fail_after:
                        chunk = conn.recv(self.fail_after - len(received))
                        if not chunk:
                            break
                        received += chunk
                    self.partial.append(bytes(received))
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                    b"\x01\x00\x00\x00\x00\x00\x00\x00")  # reset, not FIN
                    self._server.close()
                    return
                while chunk := conn.recv(65536):
                    received += chunk
                self.jobs.append(bytes(received))

    def close(self) -> None:
        try:
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the accept() (close alone does not)
        except OSError:
            pass  # already closed by a failing job
        self._server.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> PrinterListener:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def free_port() -> int:
    """A port nothing listens on (a printer that is switched off)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
