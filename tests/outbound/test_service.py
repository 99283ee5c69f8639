from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from tests.conftest import Tenant
from tests.outbound.conftest import token_principal
from vaern import config, db
from vaern.db import utcnow
from vaern.dpo import retention
from vaern.outbound import service
from vaern.outbound.models import OutboundRecord
from vaern.outbound.schemas import OutboundItem
from vaern.text import fingerprint

TEXT = "Hej, din pakke 48213 er klar. Se status på https://track.demobank.example/p/48213"


def item(client_id: str, **kw: object) -> OutboundItem:
    data: dict[str, object] = {
        "client_id": client_id,
        "channel": "sms",
        "sender": "DEMOBANK",
        "recipient": "+45 20 30 40 50",
        "sent_at": utcnow() - timedelta(hours=1),
        "text": TEXT,
    }
    data.update(kw)
    return OutboundItem.model_validate(data)


def test_ingest_accepts_rejects_and_is_idempotent(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    t = sender_tenant()
    p = token_principal(t)
    now = utcnow()
    items = [
        item("ok-1"),
        item("ok-2", sender="Tele Sales", template_id="parcel-v1"),
        item("call-1", channel="call", sender="70101010", text=None, purpose="fraud-callback"),
        item(
            "mail-1",
            channel="email",
            sender="noreply@DemoBank.example",
            recipient="Anna@Example.com",
        ),
        item("bad-sender", sender="FakeBank"),
        item("future", sent_at=now + timedelta(hours=2)),
        item("old", sent_at=now - timedelta(days=181)),
        item("bad-recipient", recipient="not a number"),
        item("ok-1"),
    ]
    with db.session_scope(settings.database_url) as s:
        result = service.ingest(s, principal=p, items=items, now=now)
    status = {r.client_id: (r.status, r.reason) for r in result.items[:-1]}
    assert result.accepted == 4 and result.rejected == 4 and result.duplicates == 1
    assert status["ok-1"][0] == "accepted"
    assert "not a registered sms channel" in str(status["bad-sender"][1])
    assert status["future"][1] == "sent_at is in the future"
    assert "retention" in str(status["old"][1])
    assert "not a valid phone number" in str(status["bad-recipient"][1])
    assert result.items[-1].status == "duplicate"
    with db.session_scope(settings.database_url) as s:
        again = service.ingest(s, principal=p, items=[item("ok-1")], now=now)
        assert again.duplicates == 1
        rows = s.query(OutboundRecord).filter_by(organisation_id=t.org.id).all()
    assert len(rows) == 4
    stored = " ".join(str(v) for r in rows for v in r.__dict__.values())
    assert (
        "20304050" not in stored and "Anna" not in stored.lower().title() and "pakke" not in stored
    )
    partner = next(r for r in rows if r.client_id == "ok-2")
    assert (partner.sender, partner.partner) == ("tele sales", "Sales Partner ApS")


def test_lookup_kinds(sender_tenant: Callable[[], Tenant], settings: config.Settings) -> None:
    t, other = sender_tenant(), sender_tenant()
    sent = utcnow() - timedelta(hours=3)
    with db.session_scope(settings.database_url) as s:
        service.ingest(s, principal=token_principal(t), items=[item("m", sent_at=sent)])

    def ask(
        text: str | None, org: Tenant = t, recipient: str = "20304050"
    ) -> tuple[str, float | None]:
        with db.session_scope(settings.database_url) as s:
            r = service.lookup(
                s,
                organisation_id=org.org.id,
                recipient=recipient,
                channel="sms",
                around=sent + timedelta(minutes=10),
                text=text,
            )
        return r.match, r.time_difference_seconds

    assert ask(TEXT.upper()) == ("exact", -600.0)
    assert ask(TEXT.replace("48213", "55555"))[0] == "template"
    assert (
        ask(TEXT.replace("https://track.demobank.example", "http://demobank-track.example.com"))[0]
        == "near"
    )
    assert ask("Din konto er spærret, ring til 12345678 straks")[0] == "recipient"
    assert ask(None)[0] == "recipient"
    assert ask(TEXT, recipient="+4521212121")[0] == "none"
    assert ask(TEXT, org=other)[0] == "none"


def test_retention_job_respects_each_organisations_period(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    t, short = sender_tenant(), sender_tenant()
    now = utcnow()
    with db.session_scope(settings.database_url) as s:
        service.set_retention_days(s, organisation_id=short.org.id, days=10)
        for tenant in (t, short):
            service.ingest(
                s,
                principal=token_principal(tenant),
                items=[
                    item("recent", sent_at=now - timedelta(days=5)),
                    item("month", sent_at=now - timedelta(days=30)),
                ]
                if tenant is short
                else [
                    item("month", sent_at=now - timedelta(days=30)),
                    item("older", sent_at=now - timedelta(days=170)),
                ],
            )
    with db.session_scope(settings.database_url) as s:
        for tenant in (t, short):
            retention.apply(s, now=now + timedelta(days=20), organisation_id=tenant.org.id)
    with db.session_scope(settings.database_url) as s:
        left = {
            (r.organisation_id, r.client_id)
            for r in s.query(OutboundRecord).filter(
                OutboundRecord.organisation_id.in_([t.org.id, short.org.id])
            )
        }
    assert left == {(t.org.id, "month")}


def test_bulk_write_round_trips_every_column(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    """PostgreSQL writes batches with COPY, SQLite with executemany: both must store the
    same values (JSON link domains, aware timestamps, nulls) as the ORM reads them back."""
    t = sender_tenant()
    sent = utcnow().replace(microsecond=123456) - timedelta(hours=2)
    with db.session_scope(settings.database_url) as s:
        result = service.ingest(
            s,
            principal=token_principal(t),
            items=[item("rt", sent_at=sent, template_id="parcel-v1"), item("nt", text=None)],
        )
    with db.session_scope(settings.database_url) as s:
        rows = {
            r.client_id: r
            for r in s.query(OutboundRecord).filter_by(organisation_id=t.org.id).all()
        }
        assert rows["rt"].id == result.items[0].id
        assert rows["rt"].sent_at == sent and rows["rt"].sent_at.utcoffset() == timedelta(0)
        assert rows["rt"].link_domains == fingerprint.link_domains(TEXT) != []
        assert (rows["rt"].template_id, rows["rt"].partner) == ("parcel-v1", None)
        assert rows["rt"].text_hash and rows["rt"].sketch
        assert rows["nt"].link_domains == [] and rows["nt"].text_hash is None


def test_concurrent_batches_with_one_client_id_store_it_once(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    """Two clients racing with the same client ids: one batch wins, the other reports
    duplicates (not an error), and nothing is stored twice."""
    t = sender_tenant()
    barrier = threading.Barrier(2)

    def send() -> tuple[int, int]:
        with db.session_scope(settings.database_url) as s:
            barrier.wait()
            r = service.ingest(
                s, principal=token_principal(t), items=[item(f"race-{n}") for n in range(50)]
            )
            return r.accepted, r.duplicates

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(lambda _: send(), range(2)))
    assert outcomes == [(0, 50), (50, 0)]
    with db.session_scope(settings.database_url) as s:
        assert s.query(OutboundRecord).filter_by(organisation_id=t.org.id).count() == 50


def test_retry_of_a_stored_item_is_a_duplicate_even_if_now_invalid(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    t = sender_tenant()
    sent = utcnow() - timedelta(days=179)
    with db.session_scope(settings.database_url) as s:
        first = service.ingest(s, principal=token_principal(t), items=[item("old", sent_at=sent)])
    with db.session_scope(settings.database_url) as s:
        retry = service.ingest(
            s,
            principal=token_principal(t),
            items=[item("old", sent_at=sent), item("new"), item("new")],
            now=utcnow() + timedelta(days=2),  # "old" is past retention by now
        )
    assert [(r.status, r.id) for r in retry.items] == [
        ("duplicate", first.items[0].id),
        ("accepted", retry.items[1].id),
        ("duplicate", retry.items[1].id),
    ]


@pytest.mark.parametrize(
    ("match", "channel", "text_given", "meaning"),
    [
        ("exact", "sms", True, "matching"),
        ("near", "email", True, "matching"),
        ("recipient", "call", False, "called"),
        ("recipient", "call", True, "called"),  # a call has no text to differ
        ("recipient", "sms", False, "contacted"),
        ("recipient", "sms", True, "other_text"),
        ("none", "call", False, "none"),
    ],
)
def test_answer_reads_a_logged_call_as_yes(
    match: str, channel: str, text_given: bool, meaning: str
) -> None:
    assert service.answer(match, channel=channel, text_given=text_given) == meaning
