"""0025_unify_webhooks moves the three webhook systems' rows into the one package's tables:
an upgrade from the previous head on a fresh database of each backend, with rows in every
old table, keeps ids, secrets (they still decrypt and sign), statuses and bodies."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa
from alembic import command

from tests.conftest import PG_ADMIN_URL
from vaern import db
from vaern.cases.models import Case
from vaern.config import Settings
from vaern.db import utcnow
from vaern.monitoring.models import Alert
from vaern.orgs.models import Organisation
from vaern.privacy import vault
from vaern.warnings.models import ScamWarning
from vaern.webhooks.models import Webhook, WebhookDelivery, secret_context

PREVIOUS = "0024_unify_change_stamps"


@pytest.fixture
def fresh_url(db_url: str, settings: Settings) -> Iterator[str]:
    """An empty database of the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{settings.var_dir / f'mig-{secrets.token_hex(4)}.db'}"
        return
    name = f"vaern_mig_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield db_url.rsplit("/", 1)[0] + f"/{name}"
    db.dispose_engines()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _old_rows(url: str) -> dict[str, uuid.UUID]:
    now = utcnow()
    ids = {k: uuid.uuid4() for k in ("org", "case", "alert", "warning", "hc", "hm", "hw")}
    ids |= {k: uuid.uuid4() for k in ("dc", "dm", "dw", "mail")}
    org = ids["org"]
    engine = sa.create_engine(url)
    try:
        with sa.orm.Session(engine) as s, s.begin():
            s.add(Organisation(id=org, slug=f"mig{secrets.token_hex(3)}", name="Mig A/S"))
            s.flush()
            s.add(
                Case(
                    id=ids["case"],
                    organisation_id=org,
                    case_type="mitid_compromised",
                    title="t",
                    source="api",
                    playbook_version="1",
                    sla_due_at=now,
                )
            )
            s.add(
                Alert(
                    id=ids["alert"],
                    organisation_id=org,
                    event_id="e1",
                    account_ref="acc",
                    typology_id="t1",
                    typology_version=1,
                    severity="high",
                    score=0.9,
                    action="hold",
                    explanation={"en": "x"},
                    features={},
                    event_ids=["e1"],
                    occurred_at=now,
                )
            )
            s.add(
                ScamWarning(
                    id=ids["warning"],
                    organisation_id=org,
                    title={"da": "a"},
                    summary={"da": "b"},
                    advice={"da": "c"},
                )
            )
        c = engine.connect()
        with c.begin():
            for key, table, ctx in (
                ("hc", "case_webhooks", "case-webhook"),
                ("hm", "monitoring_webhooks", "alert-webhook"),
                ("hw", "warning_webhooks", "webhook"),
            ):
                extra = {"min_severity": "critical"} if key == "hm" else {}
                c.execute(
                    sa.table(
                        table,
                        *map(
                            sa.column,
                            (
                                "id",
                                "organisation_id",
                                "url",
                                "secret",
                                "active",
                                "created_at",
                                "updated_at",
                                *extra,
                            ),
                        ),
                    ).insert(),
                    {
                        "id": _u(c, ids[key]),
                        "organisation_id": _u(c, org),
                        "url": f"https://{key}.example.com/",
                        "active": True,
                        "secret": vault.encrypt(f"s-{key}", context=f"{ctx}:{org}"),
                        "created_at": now,
                        "updated_at": now,
                        **extra,
                    },
                )
            log = {
                "status": "pending",
                "attempts": 1,
                "next_attempt_at": now,
                "created_at": now,
                "updated_at": now,
            }
            cols = ("id", "organisation_id", *log)
            c.execute(
                sa.table(
                    "case_notifications",
                    *map(
                        sa.column, (*cols, "case_id", "channel", "recipient_id", "event", "payload")
                    ),
                ).insert(),
                [
                    {
                        "id": _u(c, ids["dc"]),
                        "organisation_id": _u(c, org),
                        **log,
                        "case_id": _u(c, ids["case"]),
                        "channel": "webhook",
                        "recipient_id": _u(c, ids["hc"]),
                        "event": "case.reminder",
                        "payload": '{"event": "case.reminder", "case": {"id": "x"}}',
                    },
                    {
                        "id": _u(c, ids["mail"]),
                        "organisation_id": _u(c, org),
                        **log,
                        "case_id": _u(c, ids["case"]),
                        "channel": "email",
                        "recipient_id": _u(c, uuid.uuid4()),
                        "event": "case.reminder",
                        "payload": "{}",
                    },
                ],
            )
            c.execute(
                sa.table(
                    "monitoring_deliveries", *map(sa.column, (*cols, "webhook_id", "alert_id"))
                ).insert(),
                {
                    "id": _u(c, ids["dm"]),
                    "organisation_id": _u(c, org),
                    **log,
                    "webhook_id": _u(c, ids["hm"]),
                    "alert_id": _u(c, ids["alert"]),
                },
            )
            c.execute(
                sa.table(
                    "warning_deliveries",
                    *map(
                        sa.column,
                        (*cols, "kind", "subscription_id", "warning_id", "event", "payload"),
                    ),
                ).insert(),
                {
                    "id": _u(c, ids["dw"]),
                    "organisation_id": _u(c, org),
                    **log,
                    "kind": "webhook",
                    "subscription_id": _u(c, ids["hw"]),
                    "warning_id": _u(c, ids["warning"]),
                    "event": "warning.published",
                    "payload": '{"event": "warning.published", "warning": {"id": "w"}}',
                },
            )
        c.close()
    finally:
        engine.dispose()
    return ids


def _u(c: sa.Connection, value: uuid.UUID) -> str:
    return str(value) if c.dialect.name == "postgresql" else value.hex


def test_upgrade_moves_every_webhook_and_delivery(fresh_url: str) -> None:
    command.upgrade(db.alembic_config(fresh_url), PREVIOUS)
    ids = _old_rows(fresh_url)
    db.upgrade(fresh_url)
    engine = sa.create_engine(fresh_url)
    try:
        with sa.orm.Session(engine) as s:
            hooks = {h.id: h for h in s.scalars(sa.select(Webhook))}
            assert {hooks[ids[k]].topic for k in ("hc", "hm", "hw")} == {
                "cases",
                "monitoring",
                "warnings",
            }
            assert hooks[ids["hm"]].options == {"min_severity": "critical"}
            for key in ("hc", "hm", "hw"):
                h = hooks[ids[key]]
                ctx = secret_context(h.topic, h.organisation_id)
                assert vault.decrypt(h.secret, context=ctx) == f"s-{key}"
            pushes = {d.id: d for d in s.scalars(sa.select(WebhookDelivery))}
            assert set(pushes) == {ids["dc"], ids["dm"], ids["dw"]}
            case, alert, warning = pushes[ids["dc"]], pushes[ids["dm"]], pushes[ids["dw"]]
            assert (case.topic, case.subject_id, case.webhook_id) == (
                "cases",
                ids["case"],
                ids["hc"],
            )
            assert case.payload["case"] == {"id": "x"} and case.payload["url"].endswith(
                f"/cases/{ids['case']}"
            )
            assert alert.subject_id == ids["alert"] and alert.event == "monitoring.alert"
            assert alert.payload["alert"]["id"] == str(ids["alert"])
            assert alert.payload["alert"]["severity"] == "high"
            assert warning.payload == {"event": "warning.published", "warning": {"id": "w"}}
            assert {d.status for d in pushes.values()} == {"pending"}
            assert all(d.attempts == 1 for d in pushes.values())
            remaining = s.execute(sa.text("SELECT id FROM case_notifications")).all()
            assert len(remaining) == 1  # the e-mail stays in the cases' own log
            tables = set(sa.inspect(engine).get_table_names())
            assert not tables & {
                "case_webhooks",
                "monitoring_webhooks",
                "monitoring_deliveries",
                "warning_webhooks",
            }
            assert (
                s.scalar(sa.select(sa.func.count()).select_from(sa.table("warning_deliveries")))
                == 0
            )
    finally:
        engine.dispose()
