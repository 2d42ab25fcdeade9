"""Label stocks (the paper) and templates (what goes on each label), as data.

Both are JSON files so a sale point can add its own sheet or roll without a new release:
the shipped ones live in resources/labels/, the ones a manager saves from the UI in the data
directory's labels/ folder (a user file with the same name wins). All sizes are millimetres,
measured from the top-left corner, the way sheet vendors print them on the box.

A template carries one or more layouts of different sizes; for a given stock the largest
layout that fits the label is used, scaled uniformly within its limits. That is how one
"price label" prints on a 65-up A4 sheet and on a 50×30 roll, and how a template that
cannot fit a stock is refused before any paper is wasted.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.config import resources_dir
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

STOCK_KINDS = ("sheet", "roll")
FIELD_TYPES = ("text", "price", "stars", "barcode", "qr", "box")
TEXT_SOURCES = (
    "name", "producer", "locality", "producer_locality", "unit", "sku", "caption",
    "shop_name", "bank_name", "account", "account_name",
)
QR_SOURCES = ("trace_url", "payment")
FIT_TOLERANCE_MM = 0.3
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,47}")


def shipped_dir() -> Path:
    return resources_dir() / "labels"


def user_dir(data_dir: Path) -> Path:
    """Where templates and stocks saved from the UI go: beside the database, so a backup of
    the data directory keeps them."""
    return data_dir / "labels"


def mm(value: float) -> str:
    """38.1 -> '38,1' (Vietnamese decimal comma) for messages and titles."""
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class Stock:
    """A sheet (grid of labels on a page) or a roll (one label per page for the driver)."""

    name: str
    title: str
    kind: str
    page: tuple[float, float]
    label: tuple[float, float]
    grid: tuple[int, int] = (1, 1)  # columns, rows
    margins: tuple[float, float] = (0.0, 0.0)  # left, top of the first label
    pitch: tuple[float, float] = (0.0, 0.0)  # distance between label origins
    corner_radius: float = 0.0
    dpi: int = 0  # printer resolution bars are snapped to (203 thermal, 300 laser); 0 = none
    user: bool = False

    @property
    def dot_mm(self) -> float:
        return 25.4 / self.dpi if self.dpi > 0 else 0.0

    @property
    def per_page(self) -> int:
        return self.grid[0] * self.grid[1]

    def origin(self, index: int) -> tuple[float, float]:
        """Top-left of label position `index` (0-based, row by row as sheets are numbered)."""
        col, row = index % self.grid[0], index // self.grid[0]
        return (self.margins[0] + col * self.pitch[0], self.margins[1] + row * self.pitch[1])

    def describe(self) -> str:
        size = f"{mm(self.label[0])}×{mm(self.label[1])} mm"
        return f"{size}, {self.per_page}/tờ" if self.kind == "sheet" else f"{size}, cuộn"


@dataclass(frozen=True)
class Field:
    """One thing printed on a label, in a box of the layout (x, y, w, h in mm)."""

    type: str
    box: tuple[float, float, float, float]
    source: str = ""
    text: str = ""  # fixed caption for source "caption"
    size: float = 8.0  # largest font size, pt
    min_size: float = 5.0  # text shrinks down to this before it wraps/cuts
    lines: int = 1
    bold: bool = False
    condensed: bool = True
    align: str = "left"  # left | center | right
    valign: str = "middle"  # top | middle | bottom
    per_unit: bool = False  # price followed by "/unit"
    optional: bool = False  # a QR without data is left out instead of refused
    min_module: float = 0.25  # mm: smallest QR module / bar a printer renders reliably


@dataclass(frozen=True)
class Layout:
    size: tuple[float, float]
    fields: tuple[Field, ...]
    min_scale: float = 1.0
    max_scale: float = 1.35


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    data: str  # "product" (one label per product unit) or "payment" (VietQR counter sticker)
    layouts: tuple[Layout, ...]
    default_stock: str = ""
    user: bool = False


@dataclass(frozen=True)
class Placement:
    """Where a template's layout sits inside one label of a stock."""

    layout: Layout
    scale: float
    dx: float  # offset of the layout inside the label, mm
    dy: float


def _pair(value: Any, what: str, name: str) -> tuple[float, float]:
    try:
        a, b = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tệp nhãn “{name}”: “{what}” phải là hai số (mm)"),
            name=name, what=what,
        ) from None
    return (a, b)


def stock_from_dict(data: dict[str, Any], user: bool = False) -> Stock:
    name = str(data.get("name", ""))
    if not _NAME.fullmatch(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Tên khổ nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _"
            ),
            name=name,
        )
    kind = str(data.get("kind", "sheet"))
    if kind not in STOCK_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Khổ nhãn “{name}”: loại phải là sheet hoặc roll"),
                   name=name)
    label = _pair(data.get("label"), "label", name)
    page = _pair(data.get("page", label), "page", name)
    grid_raw = data.get("grid", [1, 1])
    grid = (int(grid_raw[0]), int(grid_raw[1]))
    stock = Stock(
        name=name,
        title=str(data.get("title") or name),
        kind=kind,
        page=page,
        label=label,
        grid=grid,
        margins=_pair(data.get("margins", [0, 0]), "margins", name),
        pitch=_pair(data.get("pitch", label), "pitch", name),
        corner_radius=float(data.get("corner_radius", 0)),
        dpi=int(data.get("dpi", 0)),
        user=user,
    )
    check_stock(stock)
    return stock


def check_stock(stock: Stock) -> None:
    """Refuse a stock whose labels overlap or run off the page: it would print misaligned."""
    (pw, ph), (lw, lh) = stock.page, stock.label
    cols, rows = stock.grid
    if min(pw, ph, lw, lh) <= 0 or cols < 1 or rows < 1 or min(stock.margins) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Khổ nhãn “{name}”: kích thước phải lớn hơn 0"),
                   name=stock.name)
    if (cols > 1 and stock.pitch[0] < lw - 0.01) or (rows > 1 and stock.pitch[1] < lh - 0.01):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Khổ nhãn “{name}”: bước nhảy nhỏ hơn nhãn, các nhãn "
                              "chồng lên nhau"),
            name=stock.name,
        )
    right = stock.margins[0] + (cols - 1) * stock.pitch[0] + lw
    bottom = stock.margins[1] + (rows - 1) * stock.pitch[1] + lh
    if right > pw + 0.01 or bottom > ph + 0.01:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Khổ nhãn “{name}”: {cols}×{rows} nhãn {lw}×{lh} mm tràn ra ngoài trang "
                "{pw}×{ph} mm (cần {need_w}×{need_h} mm)",
            ),
            name=stock.name, cols=cols, rows=rows, lw=mm(lw), lh=mm(lh), pw=mm(pw), ph=mm(ph),
            need_w=mm(round(right, 2)), need_h=mm(round(bottom, 2)),
        )


def _field(data: dict[str, Any], template: str) -> Field:
    kind = str(data.get("type", ""))
    box = tuple(float(v) for v in data.get("box", ()))
    source = str(data.get("source", ""))
    valid_sources = {"text": TEXT_SOURCES, "qr": QR_SOURCES}.get(kind)
    if kind not in FIELD_TYPES or len(box) != 4 or (valid_sources and source not in valid_sources):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Mẫu nhãn “{name}”: trường không hợp lệ {field}"
            ),
            name=template, field=json.dumps(data, ensure_ascii=False),
        )
    known = {f for f in Field.__dataclass_fields__}
    values = {k: v for k, v in data.items() if k in known and k not in ("type", "box")}
    return Field(type=kind, box=box, **values)  # type: ignore[arg-type]


def template_from_dict(data: dict[str, Any], user: bool = False) -> Template:
    name = str(data.get("name", ""))
    if not _NAME.fullmatch(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Tên mẫu nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _"
            ),
            name=name,
        )
    layouts = []
    for raw in data.get("layouts", ()):
        size = _pair(raw.get("size"), "size", name)
        fields = tuple(_field(f, name) for f in raw.get("fields", ()))
        for f in fields:
            x, y, w, h = f.box
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > size[0] + 0.01 or \
                    y + h > size[1] + 0.01:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Mẫu nhãn “{name}”: ô của trường {field} nằm ngoài nhãn {w}×{h} mm",
                    ),
                    name=name, field=f.source or f.type, w=mm(size[0]), h=mm(size[1]),
                )
        layouts.append(Layout(size=size, fields=fields,
                              min_scale=float(raw.get("min_scale", 1.0)),
                              max_scale=float(raw.get("max_scale", 1.35))))
    if not layouts:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Mẫu nhãn “{name}” không có bố cục nào"),
                   name=name)
    data_kind = str(data.get("data", "product"))
    return Template(name=name, title=str(data.get("title") or name), data=data_kind,
                    layouts=tuple(layouts), default_stock=str(data.get("default_stock", "")),
                    user=user)


def place(template: Template, stock: Stock) -> Placement:
    """The largest layout that fits one label of the stock, scaled and centred in it."""
    lw, lh = stock.label
    best: Placement | None = None
    for layout in template.layouts:
        w, h = layout.size
        if min((lw + FIT_TOLERANCE_MM) / w, (lh + FIT_TOLERANCE_MM) / h) < layout.min_scale:
            continue
        scale = min(max(min(lw / w, lh / h), layout.min_scale), layout.max_scale)
        candidate = Placement(layout, scale, (lw - w * scale) / 2, (lh - h * scale) / 2)
        if best is None or w * h > best.layout.size[0] * best.layout.size[1]:
            best = candidate
    if best is None:
        smallest = min(template.layouts, key=lambda lay: lay.size[0] * lay.size[1])
        need_w, need_h = (v * smallest.min_scale for v in smallest.size)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mẫu “{title}” không vừa khổ “{stock}”: nhãn {lw}×{lh} mm, mẫu cần ít nhất "
                "{w}×{h} mm",
            ),
            title=template.title, stock=stock.title, lw=mm(lw), lh=mm(lh),
            w=mm(round(need_w, 1)), h=mm(round(need_h, 1)),
        )
    return best


@dataclass
class LabelLibrary:
    """Every stock and template available on this laptop, by name."""

    stocks: dict[str, Stock] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    user_folder: Path | None = None

    def stock(self, name: str) -> Stock:
        try:
            return self.stocks[name]
        except KeyError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không có khổ nhãn “{name}”. Các khổ có: {known}"),
                name=name, known=", ".join(sorted(self.stocks)),
            ) from None

    def template(self, name: str) -> Template:
        try:
            return self.templates[name]
        except KeyError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không có mẫu nhãn “{name}”. Các mẫu có: {known}"),
                name=name, known=", ".join(sorted(self.templates)),
            ) from None

    def stocks_fitting(self, template: Template) -> list[Stock]:
        """Stocks this template prints on, smallest label first."""
        fitting = []
        for stock in self.stocks.values():
            try:
                place(template, stock)
            except ValidationError:
                continue
            fitting.append(stock)
        return sorted(fitting, key=lambda s: (s.label[0] * s.label[1], s.name))


def _read_folder(folder: Path, user: bool, library: LabelLibrary) -> None:
    for path in sorted(folder.glob("stocks/*.json")):
        stock = stock_from_dict(json.loads(path.read_text(encoding="utf-8")), user)
        library.stocks[stock.name] = stock
    for path in sorted(folder.glob("templates/*.json")):
        template = template_from_dict(json.loads(path.read_text(encoding="utf-8")), user)
        library.templates[template.name] = template


def load_library(data_dir: Path | None = None) -> LabelLibrary:
    """Shipped stocks and templates, then the user's (which win on a name clash)."""
    library = LabelLibrary(user_folder=user_dir(data_dir) if data_dir else None)
    _read_folder(shipped_dir(), False, library)
    if library.user_folder is not None and library.user_folder.is_dir():
        _read_folder(library.user_folder, True, library)
    return library


def _write_json(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def stock_to_dict(stock: Stock) -> dict[str, Any]:
    data = asdict(stock)
    data.pop("user")
    return data


def save_stock(data_dir: Path, stock: Stock) -> Path:
    """Validate and store a user stock; it is then listed with the shipped ones."""
    check_stock(stock)
    return _write_json(user_dir(data_dir) / "stocks" / f"{stock.name}.json", stock_to_dict(stock))


def save_template(data_dir: Path, template: Template) -> Path:
    data = asdict(template)
    data.pop("user")
    template_from_dict(data)  # the same checks as on loading
    return _write_json(user_dir(data_dir) / "templates" / f"{template.name}.json", data)
