"""Field types of the sync protocol, shared by the booth and the hub.

Most of what a booth sends is checked by pydantic-core alone, with no Python call per field:
lengths, ranges, NUL, and the plain spellings of ids and quantities by regex. A batch of 500
sales is some 30,000 fields, and a Python call for each cost as much as storing them. Where a
value is spelled some other way the ordinary rules (uuid.UUID, Decimal) take over, so what is
accepted is exactly what those rules accept (tests/unit/test_protocol_types.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints
from pydantic_core import core_schema

MAX_MONEY = 10**13  # 10,000 billion đồng: far above any booth, far inside 64-bit integers
MAX_INT = 2**31 - 1


# No NUL (PostgreSQL text cannot hold it); checked by pydantic-core itself, like the lengths, so
# a batch of 500 sales makes no Python call per string. Lone surrogates never get this far:
# pydantic-core refuses a string that is not valid Unicode (``string_unicode``).
NO_NUL = r"^[^\x00]*$"


def bounded_text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[
        str, StringConstraints(min_length=min_length, max_length=max_length, pattern=NO_NUL)
    ]


class _UuidText:
    """Ids are kept as lower-case canonical UUID text (8-4-4-4-12): the hub stores text, and a
    UUID object per id cost more than the insert. The canonical form, in any case, is checked
    by pydantic-core alone; any other form uuid.UUID reads (32 hex digits, braces, urn:uuid:)
    is still accepted and rewritten to the canonical one. One error either way, at the field."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        canonical = core_schema.str_schema(pattern=UUID_PATTERN, to_lower=True)
        other = core_schema.no_info_after_validator_function(str, core_schema.uuid_schema())
        return core_schema.union_schema(
            [canonical, other], mode="left_to_right", custom_error_type="uuid_text",
            custom_error_message="Input should be a valid UUID",
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"type": "string", "format": "uuid"}


UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Uuid = Annotated[str, _UuidText]


Money = Annotated[int, Field(strict=True, ge=0, le=MAX_MONEY)]
SignedMoney = Annotated[int, Field(strict=True, ge=-MAX_MONEY, le=MAX_MONEY)]
RefId = Annotated[int, Field(strict=True, ge=0, le=MAX_INT)]  # client-side staff/location ids
# Quantities travel as decimal strings ("1.25"); at most 3 decimals, stored exactly as milli.
_DecimalQuantity = Annotated[
    Decimal, Field(gt=0, le=10**9, decimal_places=3, allow_inf_nan=False)
]
# "2", "0.5", "1.25": the spelling a booth sends, checked by pydantic-core's regex alone and kept
# as text (a Decimal per sale line, made and range-checked in Python, was a tenth of the hub's
# time). Anything else ("01", 1.5, "1e3") still goes through the Decimal rules above.
PLAIN_QUANTITY = (r"^(?:[1-9][0-9]{0,8}(?:\.[0-9]{1,3})?|0\.(?:[1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])"
                  r"|1000000000(?:\.0{1,3})?)$")


class _PositiveQuantity:
    """A quantity > 0, at most 10^9, at most 3 decimals: plain text when it is spelled plainly,
    a Decimal otherwise. One error either way, at the field."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, handler: Any) -> Any:
        return core_schema.union_schema(
            [core_schema.str_schema(pattern=PLAIN_QUANTITY), handler(_DecimalQuantity)],
            mode="left_to_right", custom_error_type="quantity",
            custom_error_message="Input should be a number > 0 and <= 1000000000 with at most "
                                 "3 decimals",
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"anyOf": [{"type": "string", "pattern": PLAIN_QUANTITY}, {"type": "number"}],
                "description": "decimal > 0, at most 10^9, at most 3 decimals"}


Quantity = Annotated[Decimal | str, _PositiveQuantity]
SignedQuantity = Annotated[
    Decimal, Field(ge=-(10**9), le=10**9, decimal_places=3, allow_inf_nan=False)
]
Offset = Annotated[int, Field(strict=True, ge=-16 * 60, le=16 * 60)]
Method = Literal["cash", "vietqr", "card", "ewallet"]


def non_zero(quantity: Decimal) -> Decimal:
    if quantity == 0:
        raise ValueError("quantity must not be 0")
    return quantity


# Moments a booth may speak of. Any aware time pydantic reads is not enough: 9999-12-31 at
# -16:00 or 0001-01-01 at +14:00 is a valid ISO time whose UTC (or local date) does not exist
# in Python, and the hub failed on it after validation. These bounds are far from both ends of
# what times, offsets and both databases hold, and far around any real booth's clock.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def in_service(moment: datetime) -> datetime:
    """``moment`` if its UTC time is in [EARLIEST, LATEST); ValueError (a field error) if not."""
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not EARLIEST <= utc < LATEST:
        raise ValueError(f"must be a time from {EARLIEST:%Y} to {LATEST:%Y} (UTC)")
    return moment


Moment = Annotated[AwareDatetime, AfterValidator(in_service)]
