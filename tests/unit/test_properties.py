"""Generated bad input thrown at create_ticket: a clear ValidationError or a ticket, never a
crash and never a partial write."""
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.tickets import create_ticket

from .helpers import counts, ticket_json

FIELDS = {
    None: ["channel", "received_at", "category", "subcategory", "priority", "attachments",
           "client_id", "customer", "order", "problem", "logistics"],
    "customer": ["name", "phone", "email", "gender", "age_range", "region", "postcode", "vip"],
    "order": ["number", "product", "model", "serial", "purchased_on", "purchase_channel"],
    "problem": ["description", "started_on", "frequency"],
    "logistics": ["waybill", "carrier", "branch"],
}
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=40)
plausible = st.sampled_from([
    "", " ", "13912345678", "2026-11-20", "2026-11-20T09:15:00+08:00", "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00", "2026-02-30", "微信", "hotline", "紧急", "logistics", "商品破损",
    "x" * 6000, "王\x00芳", "\ud800", "../../etc/passwd", "/", "1" * 300,
])
leaf = st.none() | st.booleans() | st.integers() | st.floats() | any_text | plausible
json_value = st.recursive(leaf, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(any_text, inner, max_size=3), max_leaves=6)
mutation = st.tuples(st.sampled_from(list(FIELDS)), any_text | st.sampled_from(
    [f for names in FIELDS.values() for f in names]), json_value)


def _apply(data: dict, mutations) -> dict:
    for section, key, value in mutations:
        if section is None:
            data[key] = value
        elif isinstance(data.get(section), dict):
            data[section][key] = value
    return data


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_generated_input_never_crashes_or_half_writes(sqlite_db, mutations):
    data = _apply(ticket_json(), mutations)
    before = counts()
    try:
        ticket = create_ticket(data)
    except ValidationError as exc:
        assert exc.field and exc.message
        assert counts() == before
        return
    after = counts()
    assert after["tickets"] in (before["tickets"], before["tickets"] + 1)  # client_id repeat
    assert ticket.number and ticket.events


@pytest.mark.parametrize("payload", [None, [], "ticket", 42, {"channel": {"a": 1}}])
def test_non_object_payloads_are_refused(sqlite_db, payload):
    before = counts()
    with pytest.raises(ValidationError):
        create_ticket(payload)
    assert counts() == before
