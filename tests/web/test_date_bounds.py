"""Every route that takes a date or a time answers the edges of the calendar with a 4xx,
never a 500 (issue 17, low): year 1 and 9999, offsets that push them past the range in
UTC, times without an offset, and Copenhagen's daylight-saving gap and overlap. Such
values once overflowed timedelta arithmetic, the conversion to Europe/Copenhagen, or
PostgreSQL's timestamp range."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from tests.disputes.factories import dispute, form_fields, payer, tx

TIMES = [
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",  # before year 1 in UTC
    "0001-01-01T00:00:00",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59+14:00",
    "9999-12-31T23:59:59-12:00",  # after year 9999 in UTC
    "9999-12-31T23:59:59",
    "9999-12-31T23:59",
    "2026-03-29T02:30:00",  # does not exist in Copenhagen
    "2026-10-25T02:30:00",  # exists twice in Copenhagen
    "2026-06-01T12:00:00+23:59",
    "0001-01-01",
    "9999-12-31",
]

SCOPES = [
    "outbound:write",
    "outbound:read",
    "events:write",
    "warnings:write",
    "reports:write",
    "disputes:write",
    "privacy:admin",
]
_ids = itertools.count()


@dataclass(frozen=True)
class Probe:
    """One way of sending a date: ``send(client, tenant, value)`` returns the status;
    ``control`` is an ordinary value the route accepts, so the probe's body is known good."""

    name: str
    send: Callable[[TestClient, Tenant, str], int]
    control: str = "2025-03-05T16:30:00+01:00"


def _api(method: str, path: str, body: Callable[[str], Any]) -> Callable[..., int]:
    def send(client: TestClient, t: Tenant, value: str) -> int:
        data = json.loads(json.dumps(body(value)).replace("{slug}", t.org.slug))
        path_ = path.format(slug=t.org.slug)
        return client.request(method, path_, json=data, headers=auth(t.token)).status_code

    return send


def _page(method: str, path: str, form: Callable[[str], dict[str, str]]) -> Callable[..., int]:
    """A staff page, signed in as the tenant's admin; forms carry the CSRF token."""

    def send(client: TestClient, t: Tenant, value: str) -> int:
        base = path.format(slug=t.org.slug)
        if method == "GET":
            return client.get(base, params=form(value)).status_code
        page = client.get(base)
        data = {**form(value), "csrf_token": csrf_from(page.text)}
        return client.post(base, data=data).status_code

    return send


def _event(value: str) -> dict[str, Any]:
    n = next(_ids)
    return {
        "event_id": f"edge-{n}",
        "type": "login",
        "channel": "netbank",
        "occurred_at": value,
        "account_id": f"acc-{n}",
    }


def _dispute(value: str, where: str) -> dict[str, Any]:
    return dispute(
        [
            payer(
                **({"accounts": [{"id": "P-acc", "opened_on": value}]} if where == "opened" else {})
            )
        ],
        [tx("t1", "1000.00", at=value if where == "at" else "2025-03-05T16:00:00+01:00")],
        **({"objected_on": value} if where == "objected" else {}),
    )


def _dispute_form(field: str) -> Callable[..., int]:
    """The field-by-field dispute form filled with the 221/2021 example, ``field`` set."""

    def send(client: TestClient, t: Tenant, value: str) -> int:
        base = f"/staff/{t.org.slug}/disputes"
        fields = form_fields(client.get(f"{base}?example=221-2021").text)
        data: dict[str, list[str]] = {"action": ["assess"]}
        for name, old in fields:
            data.setdefault(name, []).append(value if name == field else old)
        return client.post(base, data=data).status_code

    return send


PHONE = "+4520123456"
WARNING = {
    "title": {"da": "Falsk SMS", "en": "Fake text"},
    "summary": {"da": "Svindel.", "en": "Scam."},
    "advice": {"da": "Klik ikke.", "en": "Do not click."},
}
BREACH = {"nature": "Phishing", "data_categories": ["e-mail"], "subject_categories": ["customers"]}
DAY = "2025-03-10"


def _report(v: str) -> dict[str, Any]:
    text = f"Pakken venter {next(_ids)}, betal gebyr"
    return {"text": text, "channel": "sms", "received_at": v, "consent": True}


def _outbound(v: str) -> dict[str, Any]:
    n = next(_ids)
    return {"client_id": f"c{n}", "channel": "sms", "sender": "Bank", "recipient": PHONE,
            "sent_at": v, "text": "Hej"}  # fmt: skip


def _days(v: str) -> dict[str, str]:
    return {"since": v[:10], "until": v[:10]}


PROBES = [
    Probe("check received_at",
          _api("POST", "/api/v1/check", lambda v: {"text": "Hej", "received_at": v})),
    Probe("outbound sent_at", _api("POST", "/api/v1/outbound", _outbound)),
    Probe("did we contact: around",
          _api("POST", "/api/v1/outbound/lookup",
               lambda v: {"recipient": PHONE, "channel": "sms", "around": v})),
    Probe("did we contact: around, a month's window",
          _api("POST", "/api/v1/outbound/lookup",
               lambda v: {"recipient": PHONE, "channel": "sms", "around": v,
                          "window_hours": 744})),
    Probe("event occurred_at", _api("POST", "/api/v1/events", _event)),
    Probe("event batch occurred_at",
          _api("POST", "/api/v1/events", lambda v: [_event(v), _event(v)])),
    Probe("report received_at",
          _api("POST", "/api/v1/reports", lambda v: {**_report(v), "organisation": "{slug}"})),
    Probe("report batch received_at",
          _api("POST", "/api/v1/reports/batch",
               lambda v: {"items": [{**_report(v), "reporter": "r1"}]})),
    Probe("warning valid_from",
          _api("POST", "/api/v1/warnings", lambda v: {**WARNING, "valid_from": v})),
    Probe("warning valid_until",
          _api("POST", "/api/v1/warnings", lambda v: {**WARNING, "valid_until": v})),
    Probe("dispute transaction at",
          _api("POST", "/api/v1/disputes/assess", lambda v: _dispute(v, "at"))),
    Probe("dispute objected_on",
          _api("POST", "/api/v1/disputes/assess", lambda v: _dispute(v, "objected")), DAY),
    Probe("dispute account opened_on",
          _api("POST", "/api/v1/disputes/assess", lambda v: _dispute(v, "opened")), "2020-01-01"),
    Probe("stored dispute objected_on",
          _api("POST", "/api/v1/disputes", lambda v: _dispute(v, "objected")), DAY),
    Probe("breach aware_at",
          _api("POST", "/api/v1/privacy/breaches", lambda v: {**BREACH, "aware_at": v})),
    Probe("page: did we contact",
          _page("POST", "/staff/{slug}/outbound",
                lambda v: {"recipient": PHONE, "channel": "sms", "around": v})),
    Probe("page: audit since/until", _page("GET", "/staff/{slug}/privacy/audit", _days), DAY),
    Probe("page: audit export", _page("GET", "/staff/{slug}/privacy/audit.csv", _days), DAY),
    Probe("page: breach aware_at",
          _page("POST", "/staff/{slug}/privacy/breaches",
                lambda v: {"aware_at": v, "nature": "Phishing"})),
    Probe("page: dispute form, payment time", _dispute_form("t0_at"), "2021-03-05T16:10:49"),
    Probe("page: dispute form, notified", _dispute_form("p0_notified_at"), "2021-03-05T17:13:22"),
    Probe("page: dispute JSON",
          _page("POST", "/staff/{slug}/disputes",
                lambda v: {"body": json.dumps(_dispute(v, "at"))})),
]  # fmt: skip


@pytest.fixture
def signed_in(
    app: FastAPI, make_tenant: Callable[..., Tenant]
) -> Iterator[tuple[TestClient, Tenant]]:
    """A signed-in admin whose client reports a server error as a 500 answer, so that one
    value's failure does not hide the next."""
    t = make_tenant(scopes=SCOPES)
    n = next(_ids)
    with TestClient(
        app, client=(f"edge-{n}", 50000), follow_redirects=False, raise_server_exceptions=False
    ) as client:
        login(client, t.admin_email)
        yield client, t


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_calendar_edges_get_no_5xx(probe: Probe, signed_in: tuple[TestClient, Tenant]) -> None:
    client, t = signed_in
    assert probe.send(client, t, probe.control) < 400, probe.name
    answers = {value: probe.send(client, t, value) for value in TIMES}
    failed = {value: status for value, status in answers.items() if status >= 500}
    assert failed == {}, f"{probe.name}: {failed}"
