"""The protocol's fast field types accept exactly what the plain pydantic rules accept.

Quantities and ids are checked by pydantic-core's regex where the spelling is plain and by the
Decimal / UUID rules otherwise; these properties hold the two ways to one answer."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated, Any

from hypothesis import given
from hypothesis import strategies as st
from pydantic import Field, TypeAdapter, ValidationError

from app.sync.fields import Quantity, Uuid

FAST_QUANTITY = TypeAdapter(Quantity)
PLAIN_QUANTITY = TypeAdapter(
    Annotated[Decimal, Field(gt=0, le=10**9, decimal_places=3, allow_inf_nan=False)])
FAST_UUID = TypeAdapter(Uuid)
PLAIN_UUID = TypeAdapter(uuid.UUID)


def _outcome(adapter: TypeAdapter, value: Any) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return "refused"


numeric_text = st.one_of(
    st.from_regex(r"\A-?[0-9]{1,11}(\.[0-9]{0,5})?\Z"),
    st.decimals(min_value=-2, max_value=2 * 10**9, places=4).map(str),
    st.sampled_from(["0", "0.0", "0.000", "0.001", "0.0001", "1000000000", "1000000000.000",
                     "1000000000.001", "01", "1e3", "NaN", "-0", ".5", "5.", " 1", "1_000"]),
)


@given(numeric_text | st.integers(-5, 10**10) | st.floats(allow_nan=True))
def test_quantity_accepts_what_the_decimal_rules_accept(value):
    fast, plain = _outcome(FAST_QUANTITY, value), _outcome(PLAIN_QUANTITY, value)
    if plain == "refused":
        assert fast == "refused"
    else:
        assert fast != "refused" and Decimal(fast) == plain


def test_plain_quantities_stay_text():
    assert FAST_QUANTITY.validate_python("1.25") == "1.25"
    assert FAST_QUANTITY.validate_json('"0.005"') == "0.005"
    assert FAST_QUANTITY.validate_json("2") == Decimal(2)


@given(st.uuids().flatmap(lambda u: st.sampled_from(
    [str(u), str(u).upper(), u.hex, "{" + str(u) + "}", "urn:uuid:" + str(u)]))
    | st.text(max_size=40))
def test_uuid_text_accepts_what_uuid_accepts_and_is_canonical(value):
    fast, plain = _outcome(FAST_UUID, value), _outcome(PLAIN_UUID, value)
    assert fast == (plain if plain == "refused" else str(plain))


def test_payload_vocabularies_match_the_booths_tables():
    """The protocol names payment methods and stock move kinds without importing the booth's
    models (no SQLAlchemy in it): a kind added on one side only would be refused as invalid."""
    from typing import get_args

    from app.models.sales import PAYMENT_METHODS
    from app.models.stock import MOVE_KINDS
    from app.sync import payloads
    from app.sync.fields import Method

    assert payloads.MOVE_KINDS == MOVE_KINDS
    assert get_args(Method) == PAYMENT_METHODS
