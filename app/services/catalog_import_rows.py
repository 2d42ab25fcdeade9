"""One row of a catalog file: its cells checked, and what an import says about it.

A row is checked on its own here (the same field rules as the product dialog, from
app.services.catalog_rules); checks across rows (CodeRegister) are here too, and checks against
the database are done by the callers: app.services.catalog_io on a booth, server/catalog_import.py
on the hub. Both imports run every row through parse_row and CodeRegister, so a file the hub
takes is one a booth would take, with the same message for every bad cell. What an import
reports about a row is either a RowError (the row is left out) or a RowWarning (the row is
imported, but something in it was not taken as written, e.g. a producer's commune that differs
from an earlier row). Both keep their reason as template + params until shown, so the UI can
translate it and the CLI prints it as it is. Pure, like the rules: the hub imports this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from app.services.catalog_rules import (
    FIELD_LABELS,
    Collector,
    barcode_value,
    kind_value,
    price_value,
    sku_value,
    star_rating,
    text_value,
    url_value,
    vat_value,
)
from app.services.errors import QT_TRANSLATE_NOOP

PRODUCT_FIELDS = (
    "barcode", "name", "category", "unit", "price", "vat_rate", "stars", "star_certified_on",
    "star_expires_on", "traceability_url",
)
ROW_ERROR = QT_TRANSLATE_NOOP("errors", "Dòng {row}, cột {column}: {reason}")
ROW_WARNING = QT_TRANSLATE_NOOP("errors", "Cảnh báo – dòng {row}, cột {column}: {reason}")


@dataclass(frozen=True)
class RowIssue:
    """Something an import says about one cell; the subclass tells an error from a warning."""

    row: int  # as a spreadsheet shows it: header = 1
    column: str  # a column name from COLUMNS
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    LINE: ClassVar[str] = ROW_ERROR

    @property
    def text(self) -> str:
        """'Dòng 12, cột price: “abc” không phải số tiền hợp lệ' for the CLI and logs."""
        return self.LINE.format(row=self.row, column=self.column,
                                reason=self.template.format(**self.params))


@dataclass(frozen=True)
class RowError(RowIssue):
    """The row is left out of the import."""


@dataclass(frozen=True)
class RowWarning(RowIssue):
    """The row is imported, but a value in it was not taken as written (the reason says which
    value was kept instead and from which row), so the manager can correct her sheet."""

    LINE: ClassVar[str] = ROW_WARNING


@dataclass(frozen=True)
class ParsedRow:
    row: int
    sku: str
    product: dict[str, Any]  # PRODUCT_FIELDS, cleaned
    producer: tuple[str, str, str, str] | None  # name, kind, district, commune


def product_values(c: Collector, cells: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """A product's own cells (sku and PRODUCT_FIELDS, not its producer), cleaned by their rules;
    a failure goes to `c` and leaves None. A file row and a product in the hub's catalog page
    (app.sync.catalog_apply) are checked by this one function."""
    sku = c.run("sku", sku_value, cells["sku"])
    rating = star_rating(c, cells["stars"], cells["star_certified_on"], cells["star_expires_on"])
    return sku, {
        "barcode": c.run("barcode", barcode_value, _code_cell(cells["barcode"])),
        "name": c.run("name", text_value, cells["name"], 300, True),
        "category": c.run("category", text_value, cells["category"], 100),
        "unit": c.run("unit", text_value, cells["unit"], 32),
        "price": c.run("price", price_value, cells["price"]),
        "vat_rate": c.run("vat_rate", vat_value, cells["vat_rate"]),
        "stars": rating.stars,
        "star_certified_on": rating.certified_on,
        "star_expires_on": rating.expires_on,
        "traceability_url": c.run("traceability_url", url_value, cells["traceability_url"]),
    }


def producer_values(c: Collector, cells: Mapping[str, Any]) -> tuple[str, str, str, str] | None:
    """A producer's cells (producer, producer_kind, district, commune) cleaned by their rules:
    (name, kind, district, commune), or None for no producer. A file row and a producer in the
    hub's catalog page are checked by this one function."""
    maker = c.run("producer", text_value, cells["producer"], 200)
    district = c.run("district", text_value, cells["district"], 100)
    commune = c.run("commune", text_value, cells["commune"], 100)
    if maker:
        kind = c.run("producer_kind", kind_value, cells["producer_kind"])
        return maker, kind, district or "", commune or ""
    if any(not _blank(cells[k]) for k in ("producer_kind", "district", "commune")):
        c.add("producer", QT_TRANSLATE_NOOP("errors", "có địa chỉ/loại chủ thể nhưng thiếu tên"))
    return None


def parse_row(number: int, cells: dict[str, Any]) -> tuple[ParsedRow | None, list[RowError]]:
    """Every cell of one row through its field rule; every failure is kept, not just the first."""
    c = Collector()
    sku, product = product_values(c, cells)
    producer = producer_values(c, cells)
    errors = [RowError(number, e.field, e.template, e.params) for e in c.errors]
    if errors or sku is None:
        return None, errors
    return ParsedRow(number, sku, product, producer), []


class CodeRegister:
    """The SKUs and barcodes an import has given out so far, row by row.

    A SKU twice in one file, a barcode twice, or a barcode the database already gives another
    SKU (`owners`: barcode -> sku as stored) leaves the later row out; both imports ask this
    one register, so they refuse the same rows with the same words."""

    def __init__(self, owners: Mapping[str, str]) -> None:
        self.owners = dict(owners)
        self.skus: dict[str, int] = {}
        self.barcodes: dict[str, int] = {}

    def claim(self, row: ParsedRow) -> list[RowError]:
        """The row's problems; none means its SKU and barcode are now taken by it."""
        problems: list[RowError] = []
        if row.sku in self.skus:
            problems.append(RowError(row.row, "sku", QT_TRANSLATE_NOOP(
                "errors", "mã {sku} trùng với dòng {first}"),
                {"sku": row.sku, "first": self.skus[row.sku]}))
        code = row.product["barcode"]
        if code and code in self.barcodes:
            problems.append(RowError(row.row, "barcode", QT_TRANSLATE_NOOP(
                "errors", "mã vạch {code} trùng với dòng {first}"),
                {"code": code, "first": self.barcodes[code]}))
        elif code and self.owners.get(code, row.sku) != row.sku:
            problems.append(RowError(row.row, "barcode", QT_TRANSLATE_NOOP(
                "errors", "mã vạch {code} đã thuộc sản phẩm {sku}"),
                {"code": code, "sku": self.owners[code]}))
        if not problems:
            self.skus[row.sku] = row.row
            if code:
                self.barcodes[code] = row.row
        return problems


def issue_order(issue: RowIssue) -> tuple[int, int]:
    """Row by row, and within a row in the file's column order: how both imports list them."""
    columns = list(FIELD_LABELS)
    return issue.row, columns.index(issue.column) if issue.column in columns else 99


def _blank(value: Any) -> bool:
    return value is None or not str(value).strip()


def _code_cell(value: Any) -> Any:
    """A barcode typed into Excel becomes a number (8.93e12): give its digits back."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value
