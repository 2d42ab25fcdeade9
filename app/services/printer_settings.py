"""The receipt printer's settings: where it is, its paper, auto-print and the cash drawer.

Stored beside the booth settings as "printer.*" keys (the way label settings keep "labels.*"),
so this area needs no migration and no change to the booth settings' own fields. The paper
width is the booth's own `receipt_width_mm` (chosen at first-run setup, used for the PDF
receipt too), read and written here, so the roll has one width wherever it is asked. Changing
them takes the settings right and is audited like any other setting: the printer is also the
cash drawer's trigger.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.db import Database
from app.printing.raster import HEAD_DOTS
from app.printing.transports import PrinterTarget, parse_uri
from app.services import audit_log
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.rights import Actor, Right, require_or_setup
from app.services.settings import get_value, read_prefixed, write_value

PREFIX = "printer."
WIDTH_KEY = "receipt_width_mm"  # a booth setting (services.settings.DEFAULTS)


@dataclass(frozen=True)
class PrinterSettings:
    uri: str = ""  # empty: no receipt printer; receipts are PDFs printed through the system
    paper_mm: int = 80
    auto_print: bool = True  # print the receipt as soon as the sale is saved
    drawer_on_cash: bool = True  # kick the drawer open when a sale takes cash

    @property
    def configured(self) -> bool:
        return bool(self.uri)

    def target(self) -> PrinterTarget:
        if not self.uri:
            raise no_printer()
        return parse_uri(self.uri)


def no_printer() -> StateError:
    return StateError(
        QT_TRANSLATE_NOOP("errors", "Chưa cài máy in hóa đơn: vào Cài đặt → Máy in hóa đơn")
    )


def _clean(values: dict[str, Any]) -> PrinterSettings:
    """Stored values over the defaults; anything unreadable falls back to its default, so a
    damaged setting can never stop a sale from printing."""
    base = PrinterSettings()
    uri = values.get("uri", base.uri)
    paper = values.get("paper_mm", base.paper_mm)
    return PrinterSettings(
        uri=uri if isinstance(uri, str) else base.uri,
        paper_mm=paper if paper in HEAD_DOTS else base.paper_mm,
        auto_print=bool(values.get("auto_print", base.auto_print)),
        drawer_on_cash=bool(values.get("drawer_on_cash", base.drawer_on_cash)),
    )


def _read(session: Session) -> PrinterSettings:
    return _clean({**read_prefixed(session, PREFIX), "paper_mm": get_value(session, WIDTH_KEY)})


def load(db: Database) -> PrinterSettings:
    with db.read() as session:
        return _read(session)


def validate(settings: PrinterSettings) -> PrinterSettings:
    """The URI is checked when typed, not at the first sale; an empty one means no printer."""
    uri = settings.uri.strip()
    if uri:
        parse_uri(uri)
    if settings.paper_mm not in HEAD_DOTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Khổ giấy {width} mm không có; chọn 80 hoặc 58 mm"),
            width=settings.paper_mm,
        )
    return PrinterSettings(uri, settings.paper_mm, settings.auto_print, settings.drawer_on_cash)


def save(db: Database, actor: Actor | None, settings: PrinterSettings) -> PrinterSettings:
    """Needs the settings right (a manager, or anyone on a fresh install); audited."""
    settings = validate(settings)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.SETTINGS)
        before = _read(session)
        keys = {key: WIDTH_KEY if key == "paper_mm" else PREFIX + key
                for key in asdict(settings)}
        changed = sorted(keys[key] for key, value in asdict(settings).items()
                         if getattr(before, key) != value)
        for key, value in asdict(settings).items():
            write_value(session, keys[key], value)
        if changed:
            audit_log.record(session, "settings", actor, holder, {"changed": changed})
    return load(db)
