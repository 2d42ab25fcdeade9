"""The producers an import file names: one producer per name + district, one value per field.

Hand-kept spreadsheets repeat the producer on every product row, and the copies drift: a
commune typed differently on row 636 than on row 109, "HTX" on one row and "hộ sản xuất" on
the next, a name with another capital letter. A producer has one address and one kind, so the
import keeps the first row's value; but the product on the later row is good, so it is imported
all the same (refusing it lost 113 of the 10,322 products of bench/catalog_gen.py). Each
disagreement becomes a RowWarning naming the column, both values, the row the kept value came
from and the value kept, so the manager can tidy her sheet without losing a product.

Name and district are the producer's key once folded (no marks, no case), so for them only the
spelling can disagree. A producer already stored keeps its stored name and district (an import
never renames a producer); its kind and commune take the file's first row, as an update.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Producer
from app.services.catalog_import_rows import ParsedRow, RowWarning
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.textfold import fold

Key = tuple[str, str]  # folded name, folded district
# The file's columns in the order of ParsedRow.producer.
PRODUCER_COLUMNS = ("producer", "producer_kind", "district", "commune")
# How a kind is shown in a warning: the manager wrote "HTX", not "cooperative".
KIND_NAMES: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("errors", "doanh nghiệp"),
    "cooperative": QT_TRANSLATE_NOOP("errors", "hợp tác xã"),
    "household": QT_TRANSLATE_NOOP("errors", "hộ sản xuất"),
    "group": QT_TRANSLATE_NOOP("errors", "tổ hợp tác"),
}
DIFFERS = QT_TRANSLATE_NOOP(
    "errors",
    "chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{held}”; "
    "giữ “{held}” của dòng {first}",
)
DIFFERS_FROM_STORED = QT_TRANSLATE_NOOP(
    "errors",
    "chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{seen}”; "
    "giữ “{held}” đã lưu",
)


def producer_key(name: str, district: str) -> Key:
    return fold(name), fold(district)


@dataclass
class PlannedProducer:
    """A producer as the import will leave it; also what search_text_for reads."""

    id: int | None  # None: new, the commit creates it
    name: str
    kind: str
    district: str
    commune: str
    row: int  # the first row of the file that names it
    seen: tuple[str, str, str, str]  # that row's own values, to compare later rows with
    changed: bool = False  # stored, and the file changes its kind or commune


class ProducerBook:
    """The producers of one import plan, worked out against one snapshot of the database."""

    def __init__(self, stored: Iterable[Any]) -> None:
        """`stored`: rows with id, name, kind, district and commune (Producer or a Row)."""
        self._stored = {producer_key(p.name, p.district): p for p in stored}
        self.planned: dict[Key, PlannedProducer] = {}

    @classmethod
    def load(cls, session: Session) -> ProducerBook:
        return cls(session.execute(select(
            Producer.id, Producer.name, Producer.kind, Producer.district, Producer.commune)))

    @property
    def new(self) -> list[Key]:
        return [k for k, p in self.planned.items() if p.id is None]

    @property
    def changed(self) -> list[Key]:
        return [k for k, p in self.planned.items() if p.changed]

    def claim(self, row: ParsedRow) -> tuple[Key | None, list[RowWarning]]:
        """The key of a good row's producer, and a warning per field that differs from the
        first row naming the same producer (the first row's value is the one kept)."""
        if row.producer is None:
            return None, []
        name, kind, district, commune = row.producer
        key = producer_key(name, district)
        planned = self.planned.get(key)
        if planned is not None:
            return key, self._disagreements(row.row, row.producer, planned)
        old = self._stored.get(key)
        if old is None:
            planned = PlannedProducer(None, name, kind, district, commune, row.row, row.producer)
        else:
            planned = PlannedProducer(old.id, old.name, kind, old.district, commune, row.row,
                                      row.producer, changed=(old.kind, old.commune) != (kind, commune))
        self.planned[key] = planned
        return key, []

    @staticmethod
    def _disagreements(number: int, values: tuple[str, str, str, str],
                       planned: PlannedProducer) -> list[RowWarning]:
        held = (planned.name, planned.kind, planned.district, planned.commune)
        warnings = []
        for column, value, seen, kept in zip(PRODUCER_COLUMNS, values, planned.seen, held,
                                             strict=True):
            if value == seen:
                continue
            shown = _kind_name if column == "producer_kind" else str
            warnings.append(RowWarning(
                number, column, DIFFERS if kept == seen else DIFFERS_FROM_STORED,
                {"producer": planned.name, "value": shown(value), "first": planned.row,
                 "seen": shown(seen), "held": shown(kept)}))
        return warnings


def _kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)
