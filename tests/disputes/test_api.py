"""The disputes API: scope, tenant isolation, 422 problems with nothing written, redaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.disputes.factories import dispute, payer, seed_003, tx

SCOPE = ["disputes:write"]


def test_seed_003_stored_with_assessment_and_letters(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPE)
    case_id = str(uuid.uuid4())
    made = client.post(
        "/api/v1/disputes", headers=auth(t.token), json={**seed_003(), "case_id": case_id}
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["case_id"] == case_id
    total = body["assessment"]["total"]
    assert (total["refund_amount"], total["liable_amount"]) == ("41192.32", "16000.00")
    assert [p["liable_amount"] for p in body["assessment"]["payers"]] == ["8000.00", "8000.00"]
    assert total["alternatives"][0]["band"] == "unlimited"
    got = client.get(f"/api/v1/disputes/{body['id']}", headers=auth(t.token)).json()
    assert got["assessment"] == body["assessment"]
    letter = client.get(f"/api/v1/disputes/{body['id']}/letter/en", headers=auth(t.token)).json()
    assert "DKK 41,192.32" in letter["text"]
    listed = client.get("/api/v1/disputes", headers=auth(t.token)).json()
    assert [d["id"] for d in listed["items"]] == [body["id"]]


def test_assess_only_stores_nothing(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=SCOPE)
    r = client.post("/api/v1/disputes/assess", headers=auth(t.token), json=seed_003())
    assert r.status_code == 200 and r.json()["total"]["refund_amount"] == "41192.32"
    assert client.get("/api/v1/disputes", headers=auth(t.token)).json()["total"] == 0


def test_auth_and_scope(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    assert client.post("/api/v1/disputes", json=seed_003()).status_code == 401
    other = make_tenant(scopes=["orgs:read"])
    r = client.post("/api/v1/disputes", headers=auth(other.token), json=seed_003())
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/problem+json"


def test_tenant_isolation(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    a, b = make_tenant(scopes=SCOPE), make_tenant(scopes=SCOPE)
    made = client.post("/api/v1/disputes", headers=auth(b.token), json=seed_003()).json()
    for path in (f"/api/v1/disputes/{made['id']}", f"/api/v1/disputes/{made['id']}/letter/da"):
        r = client.get(path, headers=auth(a.token))
        assert r.status_code == 404
        assert r.json()["type"] == "urn:vaern:problem:not-found"
    assert client.get("/api/v1/disputes", headers=auth(a.token)).json()["total"] == 0
    assert client.get(f"/api/v1/disputes/{made['id']}", headers=auth(b.token)).status_code == 200


def test_bad_input_gets_422_problem_and_writes_nothing(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPE)
    bad = [
        dispute([payer()], [tx("t", "-5.00")]),
        dispute([payer()], [{k: v for k, v in tx("t", "1.00").items() if k != "amount"}]),
        dispute([payer(accounts=[{"id": "P-acc", "opened_on": "2025-06-01"}])], [tx("t", "1.00")]),
        {"title": "x"},
    ]
    for data in bad:
        r = client.post("/api/v1/disputes", headers=auth(t.token), json=data)
        assert r.status_code == 422, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["status"] == 422
    r = client.post(
        "/api/v1/disputes",
        headers={**auth(t.token), "content-type": "application/json"},
        content=b"{not json",
    )
    assert r.status_code == 422
    assert client.get("/api/v1/disputes/not-a-uuid", headers=auth(t.token)).status_code == 422
    assert client.get("/api/v1/disputes", headers=auth(t.token)).json()["total"] == 0


def test_oversized_body_is_refused(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=SCOPE)
    data = seed_003()
    data["title"] = "x" * (2 * 1024 * 1024)
    r = client.post("/api/v1/disputes", headers=auth(t.token), json=data)
    assert r.status_code == 413


def test_free_text_is_redacted_before_storage(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPE)
    data = seed_003()
    data["payers"][0]["pressure"] = "caller read card 4111 1111 1111 1111 aloud"
    data["transactions"][0]["description"] = "mail to victim@example.com"
    body = client.post("/api/v1/disputes", headers=auth(t.token), json=data).json()
    stored = str(body["input"])
    assert "4111 1111 1111 1111" not in stored and "victim@example.com" not in stored
    assert body["assessment"]["total"]["refund_amount"] == "41192.32"


def test_api_takes_the_new_inputs_and_returns_basis_and_deadline(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPE)
    data = dispute(
        [
            payer(
                finding="gross_negligence",
                accounts=[{"id": "P-acc"}, {"id": "P-biz", "business": True}],
            )
        ],
        [
            tx("priv", "9000.00", debited_on="2025-03-06"),
            {**tx("biz", "9000.00", payee_knew=True), "account": "P-biz"},
        ],
    )
    body = client.post("/api/v1/disputes", headers=auth(t.token), json=data).json()
    assessment = body["assessment"]
    (p,) = assessment["payers"]
    lines = {(x["kind"], x["provision"]): x["amount"] for x in p["basis"]}
    assert lines == {
        ("liable", "stk4_3"): "8000.00",
        ("refund", "stk4_3"): "1000.00",
        ("refund", "stk9"): "9000.00",
    }
    assert assessment["refund_deadline"] == "2025-03-11"
    letter = client.get(f"/api/v1/disputes/{body['id']}/letter/da", headers=auth(t.token)).json()
    assert "§ 100, stk. 9" in letter["text"] and "Det Finansielle Ankenævn" in letter["text"]
