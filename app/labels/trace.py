"""Traceability links printed as QR codes: the product's own URL, or one made from a pattern.

Many OCOP producers already have a page on the province's traceability portal; those URLs
are printed as they are. For the others the sale point sets a pattern, e.g. its own portal
with the SKU, or the GS1 Digital Link form https://{domain}/01/{gtin14}/10/{lot}, which any
GS1-aware scanner understands and which carries the lot when a receipt gives one.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from app.services.gtin import is_valid_gtin

GS1_PATTERN = "https://{domain}/01/{gtin14}/10/{lot}"
_LOT = re.compile(r"[!-~]{1,20}")  # GS1 AI 10: up to 20 printable ASCII characters


def digital_link(domain: str, gtin: str, lot: str = "") -> str:
    """GS1 Digital Link URI; the /10/{lot} segment is left out when there is no lot."""
    base = f"https://{domain.strip().strip('/')}/01/{gtin.zfill(14)}"
    lot = lot.strip()
    return f"{base}/10/{quote(lot, safe='')}" if lot else base


def is_valid_lot(lot: str) -> bool:
    return not lot or bool(_LOT.fullmatch(lot))


def traceability_url(
    own: str | None,
    pattern: str = "",
    *,
    domain: str = "",
    barcode: str | None = None,
    sku: str = "",
    lot: str = "",
    prefer_own: bool = True,
) -> str | None:
    """The URL to encode, or None when neither the product nor a pattern gives one.

    A pattern needing a GTIN is skipped for a product without a valid barcode rather than
    printing a link that leads nowhere.
    """
    own = (own or "").strip() or None
    if own and prefer_own:
        return own
    pattern = pattern.strip()
    if not pattern:
        return own
    if pattern == "gs1" or pattern == GS1_PATTERN:
        if not (domain and barcode and is_valid_gtin(barcode)):
            return own
        return digital_link(domain, barcode, lot)
    if "{gtin14}" in pattern and not (barcode and is_valid_gtin(barcode)):
        return own
    if "/10/{lot}" in pattern and not lot.strip():
        pattern = pattern.replace("/10/{lot}", "")
    return pattern.format(
        domain=domain.strip().strip("/"),
        gtin14=(barcode or "").zfill(14),
        sku=quote(sku, safe=""),
        lot=quote(lot.strip(), safe=""),
    )
