"""Business settings stored in the database: which booth this laptop is, its bank account...

Kept as JSON values under fixed keys so a new setting needs no migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bulk import increment, insert_rows
from app.db import Database
from app.models import Counter, Setting
from app.services import audit_log
from app.services.customer_screen import customer_screen
from app.services.rights import Actor, Right, require_or_setup

DEFAULTS: dict[str, Any] = {
    "device_code": "BL01",
    "location_id": None,
    "fair_id": None,
    "shop_name": "Điểm bán sản phẩm OCOP",
    "shop_address": "",
    "bank_bin": "",
    "bank_account": "",
    "bank_account_name": "",
    "discount_limit_pct": 10,
    "timezone": "Asia/Ho_Chi_Minh",
    "language": "vi",
    "receipt_width_mm": 80,  # the thermal roll at the till: 80 or 58 mm (first-run setup)
    # The buyer's screen: "auto" = only when a second screen is plugged in, "on", "off";
    # customer_screen: which screen (0-based), -1 = the first one that is not the till's.
    "customer_display": "auto",
    "customer_screen": -1,
}


@dataclass(frozen=True)
class BoothSettings:
    device_code: str
    location_id: int | None
    fair_id: int | None
    shop_name: str
    shop_address: str
    bank_bin: str
    bank_account: str
    bank_account_name: str
    discount_limit_pct: int
    timezone: str
    language: str
    receipt_width_mm: int = 80
    customer_display: str = "auto"
    customer_screen: int = -1

    @property
    def has_bank_account(self) -> bool:
        return bool(self.bank_bin and self.bank_account)


def get_value(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row else DEFAULTS.get(key)


def set_values(session: Session, **values: Any) -> None:
    for key, value in values.items():
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key}")
        write_value(session, key, value)


def write_value(session: Session, key: str, value: Any) -> None:
    """Store one JSON value; other areas keep their own prefixed keys ("labels.*") here too."""
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row:
        row.value = text
    else:
        session.add(Setting(key=key, value=text))


def read_prefixed(session: Session, prefix: str) -> dict[str, Any]:
    """Every stored value whose key starts with prefix, keyed by the rest of the key."""
    rows = session.scalars(select(Setting).where(Setting.key.startswith(prefix)))
    return {row.key[len(prefix):]: json.loads(row.value) for row in rows}


def load(db: Database) -> BoothSettings:
    with db.read() as session:
        stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    merged = {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}
    return BoothSettings(**merged)


def save(db: Database, actor: Actor | None, **values: Any) -> BoothSettings:
    """Only someone with the settings right (a manager) changes settings: the bank account is
    where VietQR money goes. A fresh install with no staff yet may be set up by anyone (there
    is nobody to ask). The change is audited: which keys, and who allowed it."""
    if "customer_display" in values:
        customer_screen(str(values["customer_display"]), 1, 0)  # refuses an unknown mode
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.SETTINGS)
        changed = sorted(k for k, v in values.items() if get_value(session, k) != v)
        set_values(session, **values)
        if changed:
            audit_log.record(session, "settings", actor, holder, {"changed": changed})
    return load(db)


def next_counter(session: Session, name: str) -> int:
    """Next value of a per-device counter, taken inside the caller's write transaction."""
    value = increment(session, Counter.__table__, "name", name)
    if value is None:
        insert_rows(session, Counter.__table__, [{"name": name, "value": 1}])
        value = 1
    return value
