"""Records of processing: declared per table, as JSON (API) and as a DPO page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

import vaern.models  # noqa: F401 - every domain's tables
from tests.conftest import Tenant, auth, login
from vaern.privacy import processing


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
