"""Reads an ESC/POS byte stream back the way a receipt printer would: the tests' printer.

Independent of app.printing.escpos on purpose (it parses by the ESC/POS manual, not by the
encoder's constants), so a wrong length byte, a band in the wrong order or a stray byte
fails the test instead of being read back by the same mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image


@dataclass
class Job:
    """One printed job (from ESC @ to the cut): its paper as an image, and its commands."""

    commands: list[str] = field(default_factory=list)
    kicks: list[tuple[int, int, int]] = field(default_factory=list)  # (pin, on ms, off ms)
    rows: list[bytes] = field(default_factory=list)  # one packed row per dot line; 1 = ink
    width_bytes: int = 0
    cut: bool = False

    def image(self) -> Image.Image:
        """The paper: white, black where the head fired ("L" mode, for zxing-cpp)."""
        width = self.width_bytes * 8
        data = b"".join(self.rows)
        bits = Image.frombytes("1", (width, len(self.rows)), data)
        return bits.convert("L").point(lambda v: 0 if v else 255)


class EscPosError(AssertionError):
    pass


def parse(stream: bytes) -> list[Job]:
    """Split the stream into jobs; every byte must belong to a known command."""
    jobs: list[Job] = []
    job: Job | None = None
    pos = 0

    def need(n: int) -> bytes:
        if pos + n > len(stream):
            raise EscPosError(f"truncated command at byte {pos}")
        return stream[pos:pos + n]

    while pos < len(stream):
        head = need(2)
        if head == b"\x1b@":
            job = Job(commands=["init"])
            jobs.append(job)
            pos += 2
            continue
        if job is None:
            raise EscPosError(f"data before ESC @ at byte {pos}: {head!r}")
        if head == b"\x1bp":
            pin, t1, t2 = need(5)[2:]
            job.kicks.append((pin, t1 * 2, t2 * 2))
            job.commands.append("kick")
            pos += 5
        elif head == b"\x1bJ":
            n = need(3)[2]
            job.rows.extend([bytes(job.width_bytes)] * n)
            job.commands.append("feed")
            pos += 3
        elif head == b"\x1bd":
            n = need(3)[2]
            job.commands.append("feed-lines")
            job.rows.extend([bytes(job.width_bytes)] * (n * 30))
            pos += 3
        elif head == b"\x1dv":
            block = need(8)
            if block[2] != 0x30 or block[3] not in (0, 48):
                raise EscPosError(f"unsupported raster mode at byte {pos}: {block!r}")
            x = block[4] | block[5] << 8
            y = block[6] | block[7] << 8
            if job.width_bytes and x != job.width_bytes:
                raise EscPosError(f"raster width changed from {job.width_bytes} to {x} bytes")
            if not job.width_bytes and job.rows:
                job.rows = [bytes(x)] * len(job.rows)  # feeds before the first band
            job.width_bytes = x
            pos += 8
            data = need(x * y)
            job.rows.extend(data[i * x:(i + 1) * x] for i in range(y))
            job.commands.append("raster")
            pos += x * y
        elif head == b"\x1dV":
            m = need(3)[2]
            if m in (65, 66):
                pos += 4
            elif m in (0, 1, 48, 49):
                pos += 3
            else:
                raise EscPosError(f"unknown cut mode {m}")
            job.cut = True
            job.commands.append("cut")
        else:
            raise EscPosError(f"unknown command at byte {pos}: {stream[pos:pos + 8]!r}")
    return jobs
