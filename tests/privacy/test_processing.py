"""Records of processing: declared per table, as JSON (API) and as a DPO page."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import Tenant, auth, login
from vaern.cli import app
from vaern.dpo import processing
from vaern.privacy import categories


def test_every_privacy_and_foundation_table_is_declared() -> None:
    for table in ("organisations", "users", "audit_log", "subject_identifiers", "subject_requests"):
        assert table in processing.REGISTER
    for activity in processing.REGISTER.values():
        for text in (activity.purpose, activity.legal_basis, activity.retention):
            assert set(text) == {"da", "en"}, activity.table


def test_every_table_of_the_data_model_is_declared() -> None:
    """A new table in any domain must be added to the records of processing."""
    from vaern.db import Base

    assert set(Base.metadata.tables) >= {"cases", "reports", "outbound_records", "warnings"}
    assert processing.undeclared_tables() == []
    assert set(processing.REGISTER) == set(Base.metadata.tables)


def test_undeclared_tables_are_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    register = dict(processing.REGISTER)
    del register["subject_requests"]
    monkeypatch.setattr(processing, "REGISTER", register)
    assert "subject_requests" in processing.undeclared_tables()
    assert "subject_requests" in processing.record()["undeclared_tables"]


def test_processing_api_and_page(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["privacy:admin"])
    weak = make_tenant(scopes=["orgs:read"])
    assert client.get("/api/v1/privacy/processing").status_code == 401
    assert client.get("/api/v1/privacy/processing", headers=auth(weak.token)).status_code == 403
    body = client.get("/api/v1/privacy/processing", headers=auth(t.token)).json()
    tables = {a["table"] for a in body["activities"]}
    assert "subject_identifiers" in tables and "undeclared_tables" in body
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/privacy/processing")
    assert page.status_code == 200 and "subject_identifiers" in page.text
    assert "Formål" in page.text  # Danish by default
    # One row per processing activity, not per table: the case tables share one row.
    rows = (
        page.text.split('id="activities"', 1)[1].split("</table>", 1)[0].split('class="activity"')
    )
    assert len(rows) - 1 == len({a.purpose["en"] for a in processing.REGISTER.values()})
    cases = next(r for r in rows if "<code>case_notes</code>" in r)
    assert "<code>cases</code>" in cases and "<code>case_events</code>" in cases


def test_every_declared_category_has_a_danish_name() -> None:
    declared = {
        c for a in processing.REGISTER.values() for c in (*a.data_categories, *a.subject_categories)
    }
    assert declared - set(categories.DA) == set()


def test_record_exports_and_notice(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t, other = make_tenant(), make_tenant()
    rows = list(csv.reader(io.StringIO(processing.as_csv("da"))))
    assert rows[0][0] == "Tabel" and len(rows) == len(processing.REGISTER) + 1
    assert "| subject_identifiers |" in processing.as_markdown("en")
    login(client, t.admin_email)
    base = f"/staff/{t.org.slug}/privacy/processing"
    md = client.get(f"{base}.md", params={"lang": "en"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "Categories of personal data" in md.text
    assert client.get(f"{base}.csv").text.startswith("Tabel,Formål")
    assert client.get(f"{base}.pdf").status_code == 404
    assert client.get(f"/staff/{other.org.slug}/privacy/processing.csv").status_code == 404
    notice = client.get(f"/privacy/{t.org.slug}")
    assert notice.status_code == 200 and "Privatlivspolitik" in notice.text
    assert "krypteret" in notice.text and "Datatilsynet" in notice.text
    assert f"/privacy/{t.org.slug}/request" in notice.text
    english = client.get(f"/privacy/{t.org.slug}", headers={"Accept-Language": "en"})
    assert "Your rights" in english.text and "Staff sign-in" in english.text
    assert "no personal data" not in english.text


def test_processing_command() -> None:
    result = CliRunner().invoke(app, ["privacy", "processing", "--format", "csv", "--lang", "en"])
    assert result.exit_code == 0 and result.output.startswith("Table,Purpose")
    assert CliRunner().invoke(app, ["privacy", "processing", "--lang", "xx"]).exit_code == 2


def test_by_activity_groups_tables_of_one_purpose() -> None:
    base = processing.REGISTER["cases"]
    twin = replace(base, table="case_twin", data_categories=("extra data",))
    other = processing.REGISTER["breaches"]
    grouped = processing.by_activity([base, twin, other])
    assert len(grouped) == 2
    cases = next(g for g in grouped if g["purpose"] == base.purpose)
    assert cases["tables"] == ["cases", "case_twin"]
    assert cases["data_categories"][-1] == "extra data"
    assert cases["legal_bases"] == [base.legal_basis]  # the same basis once
