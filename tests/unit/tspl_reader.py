"""Reads a TSPL byte stream back the way a label printer would: the tests' label printer.

Independent of app.printing.tspl on purpose: it follows the TSPL/TSPL2 manual (ASCII commands
ended by CR LF; BITMAP x,y,width_bytes,height,mode, then width_bytes x height raw bytes, MSB =
leftmost dot, bit 0 = black dot, bit 1 = white, mode 0 = overwrite), keeps an image buffer that
CLS clears and BITMAP paints, and hands out the buffer at each PRINT. So a wrong byte count, an
inverted bit or a bitmap placed off the label fails the test instead of being read back by the
same mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PIL import Image

MM_VALUE = re.compile(r"^\s*([0-9.]+)\s*mm\s*$")


class TsplError(AssertionError):
    pass


@dataclass
class Label:
    """One label as printed: its paper (mode "L": 0 = black dot, 255 = paper) and count."""

    image: Image.Image
    copies: int
    size_mm: tuple[float, float]
    gap_mm: tuple[float, float]
    bitmaps: int  # BITMAP commands that painted it


@dataclass
class Stream:
    labels: list[Label] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    direction: str = ""
    reference: str = ""


def _mm(text: str) -> float:
    match = MM_VALUE.match(text)
    if not match:
        raise TsplError(f"not a millimetre value: {text!r}")
    return float(match.group(1))


def parse(stream: bytes, dots_per_mm: int) -> Stream:
    """Every label the stream prints, as the printer's buffer looked at its PRINT."""
    out = Stream()
    size: tuple[float, float] | None = None
    gap = (0.0, 0.0)
    buffer: Image.Image | None = None
    painted = 0
    pos = 0
    while pos < len(stream):
        end = stream.find(b"\r\n", pos)
        if stream.startswith(b"BITMAP ", pos):
            comma = pos
            for _ in range(5):
                comma = stream.find(b",", comma + 1)
                if comma < 0:
                    raise TsplError(f"BITMAP header cut short at byte {pos}")
            x, y, width, height, mode = (int(v) for v in
                                         stream[pos + 7:comma].decode("ascii").split(","))
            if mode != 0:
                raise TsplError(f"BITMAP mode {mode}: only overwrite (0) is expected")
            if buffer is None:
                raise TsplError("BITMAP before CLS")
            start = comma + 1
            data = stream[start:start + width * height]
            if len(data) != width * height:
                raise TsplError(f"BITMAP at byte {pos}: {len(data)} of {width * height} bytes")
            if stream[start + width * height:start + width * height + 2] != b"\r\n":
                raise TsplError(f"BITMAP at byte {pos}: data not followed by CR LF")
            # Bit 1 = white, which is what PIL's mode "1" means by 1 too.
            bits = Image.frombytes("1", (width * 8, height), data)
            if x + width * 8 > buffer.width + 7 or y + height > buffer.height:
                raise TsplError(f"BITMAP {x},{y} {width * 8}x{height} runs off the label "
                                f"{buffer.width}x{buffer.height}")
            buffer.paste(bits.convert("L"), (x, y))
            painted += 1
            out.commands.append("BITMAP")
            pos = start + width * height + 2
            continue
        if end < 0:
            raise TsplError(f"command without CR LF at byte {pos}: {stream[pos:pos + 20]!r}")
        line = stream[pos:end].decode("ascii")
        pos = end + 2
        name, _, args = line.partition(" ")
        out.commands.append(name)
        if name == "SIZE":
            w, h = (_mm(v) for v in args.split(","))
            size = (w, h)
        elif name == "GAP":
            a, b = (_mm(v) for v in args.split(","))
            gap = (a, b)
        elif name == "DIRECTION":
            out.direction = args
        elif name == "REFERENCE":
            out.reference = args
        elif name == "CLS":
            if size is None:
                raise TsplError("CLS before SIZE")
            dots = (round(size[0] * dots_per_mm), round(size[1] * dots_per_mm))
            buffer = Image.new("L", dots, 255)
            painted = 0
        elif name == "PRINT":
            if buffer is None or size is None:
                raise TsplError("PRINT before CLS")
            sets, _, copies = args.partition(",")
            count = int(sets) * int(copies or 1)
            out.labels.append(Label(buffer.copy(), count, size, gap, painted))
        else:
            raise TsplError(f"unexpected command {line!r}")
    return out
