"""Hostile values inside an otherwise valid fact never make the hub fail: each such fact is
answered on its own (``inserted``, ``invalid``, ``forbidden``...), and its neighbour in the batch
still goes in."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.factories import refund_fact, sale_fact, shift_close_fact, visitor_fact

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False) | st.text(max_size=400)
    | st.sampled_from(["", "\x00", "\ud800", "1e400", "-0", "1.2345", "NaN", "9" * 40]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*prefix, i)
            yield from _paths(item, (*prefix, i))


def test_hostile_values_are_answered_per_fact(hub):
    device = hub.enroll()
    base = sale_fact()
    templates = [base, visitor_fact(3), shift_close_fact(), refund_fact(base)]

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data) -> None:
        fact = copy.deepcopy(data.draw(st.sampled_from(templates)))
        fact["id"] = data.draw(st.uuids()).hex
        path = data.draw(st.sampled_from(list(_paths(fact["payload"]))))
        target = fact["payload"]
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = data.draw(JSON)
        good = visitor_fact(1)
        r = device.upload([fact, good])
        assert r.status_code == 200, r.text
        first, second = r.json()["results"]
        # Any answer of its own (a refund of a sale never sent is deferred; a fair or sale
        # that is not this booth's forbidden), never the batch's 500.
        assert first["status"] in ("inserted", "invalid", "conflict", "forbidden",
                                   "deferred"), first
        assert second["status"] == "inserted"

    check()
