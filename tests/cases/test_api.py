"""Case API: scopes, tenant isolation for every object kind, bad input, limits, evidence."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from tests.cases.conftest import Light as Tenant
from tests.conftest import auth
from vaern import db
from vaern.config import Settings
from vaern.orgs import service as orgs
from vaern.orgs.schemas import TokenCreate

SCOPES = ["cases:read", "cases:write"]


@pytest.fixture
def tenant_rw(light_tenant: Callable[..., Tenant]) -> Tenant:
    return light_tenant(scopes=SCOPES)


@pytest.fixture
def pair(light_tenant: Callable[..., Tenant]) -> tuple[Tenant, Tenant]:
    return light_tenant(scopes=SCOPES), light_tenant(scopes=SCOPES)


def create(client: TestClient, token: str, **kw: Any) -> dict[str, Any]:
    body = {
        "case_type": "card_data_disclosed",
        "title": "Gave card data to a fake Nets caller",
        "priority": "high",
        "customer": {"phone": "+4520123456"},
    }
    body.update(kw)
    response = client.post("/api/v1/cases", json=body, headers=auth(token))
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_auth_and_scopes(client: TestClient, light_tenant: Callable[..., Tenant]) -> None:
    assert client.get("/api/v1/cases").status_code == 401
    reader = light_tenant(scopes=["cases:read"])
    assert client.get("/api/v1/cases", headers=auth(reader.token)).status_code == 200
    response = client.post(
        "/api/v1/cases",
        json={"case_type": "sim_swap", "title": "x"},
        headers=auth(reader.token),
    )
    assert response.status_code == 403
    nobody = light_tenant(scopes=["orgs:read"])
    assert client.get("/api/v1/cases", headers=auth(nobody.token)).status_code == 403


def test_work_a_case_through_the_api(client: TestClient, tenant_rw: Tenant) -> None:
    mine = tenant_rw
    h = auth(mine.token)
    case = create(client, mine.token)
    assert case["has_customer"] and "phone" not in json.dumps(case)
    assert case["tasks"][0]["step"] == "block_card"
    queue = client.get("/api/v1/cases", headers=h).json()
    assert case["id"] in [c["id"] for c in queue["items"]]
    task = case["tasks"][0]
    done = client.post(
        f"/api/v1/cases/{case['id']}/tasks/{task['id']}",
        json={"outcome": "done", "note": "Blocked via Nets"},
        headers=h,
    )
    assert done.status_code == 200 and done.json()["status"] == "done"
    r = client.post(f"/api/v1/cases/{case['id']}/status", json={"to": "new"}, headers=h)
    assert r.status_code == 409 and r.headers["content-type"] == "application/problem+json"
    r = client.post(f"/api/v1/cases/{case['id']}/status", json={"to": "closed"}, headers=h)
    assert r.status_code == 422
    r = client.post(
        f"/api/v1/cases/{case['id']}/assign", json={"assignee_id": str(mine.agent.id)}, headers=h
    )
    assert r.json()["assignee_id"] == str(mine.agent.id)
    r = client.post(f"/api/v1/cases/{case['id']}/priority", json={"priority": "urgent"}, headers=h)
    assert r.json()["priority"] == "urgent"
    r = client.post(
        f"/api/v1/cases/{case['id']}/notes", json={"text": "CPR 010190-1234 given"}, headers=h
    )
    assert r.status_code == 201 and "010190" not in r.json()["body"]
    r = client.post(
        f"/api/v1/cases/{case['id']}/links",
        json={"kind": "warning", "target_id": str(uuid.uuid4()), "label": "Fake Nets calls"},
        headers=h,
    )
    assert r.status_code == 201
    r = client.post(
        f"/api/v1/cases/{case['id']}/customer", json={"purpose": "call back"}, headers=h
    )
    assert r.json() == {"phone": ["+4520123456"]}
    r = client.post(
        f"/api/v1/cases/{case['id']}/status",
        json={"to": "closed", "resolution": "Card blocked, no loss"},
        headers=h,
    )
    assert r.status_code == 200 and r.json()["closed_at"]
    actions = [
        e["action"] for e in client.get(f"/api/v1/cases/{case['id']}/timeline", headers=h).json()
    ]
    assert actions[0] == "opened" and {"task.done", "note", "link", "assigned", "status"} <= set(
        actions
    )
    bulk = client.post(
        "/api/v1/cases/bulk/status",
        json={"ids": [case["id"], str(uuid.uuid4())], "to": "triage"},
        headers=h,
    )
    assert [r["result"] for r in bulk.json()["results"]] == ["ok", "error"]


BAD_BODIES: list[dict[str, Any]] = [
    {"case_type": "nope", "title": "x"},
    {"case_type": "sim_swap", "title": ""},
    {"case_type": "sim_swap", "title": "x", "priority": "meh"},
    {"case_type": "sim_swap", "title": "x", "customer": {"shoe_size": "44"}},
    {"case_type": "sim_swap", "title": "x", "links": [{"kind": "x", "target_id": "1"}]},
]


def test_bad_input_is_422_and_writes_nothing(client: TestClient, tenant_rw: Tenant) -> None:
    h = auth(tenant_rw.token)
    before = client.get("/api/v1/cases", headers=h).json()["total"]
    for body in BAD_BODIES:
        r = client.post("/api/v1/cases", json=body, headers=h)
        assert r.status_code == 422, body
        assert r.headers["content-type"] == "application/problem+json"
    assert client.get("/api/v1/cases", headers=h).json()["total"] == before


def test_attachments_upload_download_and_limits(client: TestClient, tenant_rw: Tenant) -> None:
    mine = tenant_rw
    h = auth(mine.token)
    case = create(client, mine.token)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    r = client.post(
        f"/api/v1/cases/{case['id']}/attachments?filename=screenshot.png",
        content=png,
        headers={**h, "content-type": "image/png"},
    )
    assert r.status_code == 201 and r.json()["sha256"] == hashlib.sha256(png).hexdigest()
    got = client.get(f"/api/v1/cases/{case['id']}/attachments/{r.json()['id']}", headers=h)
    assert got.content == png
    assert got.headers["content-type"] == "application/octet-stream"
    assert got.headers["content-disposition"].startswith("attachment")
    assert got.headers["x-content-type-options"] == "nosniff"
    r = client.post(
        f"/api/v1/cases/{case['id']}/attachments?filename=x.html",
        content=b"<script>alert(1)</script>",
        headers={**h, "content-type": "text/html"},
    )
    assert r.status_code == 422
    r = client.post(
        f"/api/v1/cases/{case['id']}/attachments?filename=big.txt",
        content=b"x" * (6 * 1024 * 1024),
        headers={**h, "content-type": "text/plain"},
    )
    assert r.status_code == 413
    listed = client.get(f"/api/v1/cases/{case['id']}/attachments", headers=h).json()
    assert len(listed) == 1


def test_tenant_isolation_for_every_object(client: TestClient, pair: tuple[Tenant, Tenant]) -> None:
    mine, theirs = pair
    case = create(client, mine.token)
    cid, tid = case["id"], case["tasks"][0]["id"]
    att = client.post(
        f"/api/v1/cases/{cid}/attachments?filename=a.txt",
        content=b"evidence",
        headers={**auth(mine.token), "content-type": "text/plain"},
    ).json()
    h = auth(theirs.token)
    for method, path, body in [
        ("get", f"/api/v1/cases/{cid}", None),
        ("get", f"/api/v1/cases/{cid}/timeline", None),
        ("get", f"/api/v1/cases/{cid}/notes", None),
        ("post", f"/api/v1/cases/{cid}/notes", {"text": "x"}),
        ("get", f"/api/v1/cases/{cid}/attachments", None),
        ("get", f"/api/v1/cases/{cid}/attachments/{att['id']}", None),
        ("post", f"/api/v1/cases/{cid}/tasks/{tid}", {"outcome": "done"}),
        ("post", f"/api/v1/cases/{cid}/status", {"to": "triage"}),
        ("post", f"/api/v1/cases/{cid}/assign", {"assignee_id": None}),
        ("post", f"/api/v1/cases/{cid}/links", {"kind": "alert", "target_id": str(uuid.uuid4())}),
        ("post", f"/api/v1/cases/{cid}/customer", {"purpose": "curious"}),
        ("get", f"/api/v1/cases/{cid}/evidence.json", None),
        ("get", f"/api/v1/cases/{cid}/evidence.pdf", None),
    ]:
        r = client.request(method, path, json=body, headers=h)
        assert r.status_code == 404, (path, r.status_code)
    theirs_queue = client.get("/api/v1/cases", headers=h).json()
    assert cid not in [c["id"] for c in theirs_queue["items"]]
    bulk = client.post("/api/v1/cases/bulk/status", json={"ids": [cid], "to": "triage"}, headers=h)
    assert bulk.json()["results"][0]["result"] == "error"


def test_evidence_pack_pdf_and_json(client: TestClient, tenant_rw: Tenant) -> None:
    mine = tenant_rw
    h = auth(mine.token)
    case = create(client, mine.token)
    client.post(
        f"/api/v1/cases/{case['id']}/attachments?filename=sms.txt",
        content=b"Your card is blocked, call us",
        headers={**h, "content-type": "text/plain"},
    )
    client.post(
        f"/api/v1/cases/{case['id']}/notes", json={"text": "Called from 70 12 34 56"}, headers=h
    )
    data = client.get(f"/api/v1/cases/{case['id']}/evidence.json", headers=h).json()
    assert data["customer"] is None and data["format"] == "vaern-evidence-pack/1"
    manifest = data.pop("manifest")
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert hashlib.sha256(canonical.encode()).hexdigest() == manifest["sha256"]
    sha = hashlib.sha256(b"Your card is blocked, call us").hexdigest()
    assert data["attachments"][0]["sha256"] == sha
    r = client.get(
        f"/api/v1/cases/{case['id']}/evidence.pdf", headers={**h, "Accept-Language": "en"}
    )
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages)
    squashed = text.replace("\n", "").replace(" ", "")
    assert "Evidence pack" in text and sha in squashed
    assert r.headers["x-manifest-sha256"] in squashed
    assert "Blockthepaymentcard" in squashed and "Timeline" in text
    assert "20123456" not in squashed
    with_pd = client.get(
        f"/api/v1/cases/{case['id']}/evidence.json?purpose=police_report", headers=h
    ).json()
    assert with_pd["customer"] == {"phone": ["+4520123456"]}
    bad = client.get(f"/api/v1/cases/{case['id']}/evidence.json?purpose=fun", headers=h)
    assert bad.status_code == 422
    actions = [
        e["action"] for e in client.get(f"/api/v1/cases/{case['id']}/timeline", headers=h).json()
    ]
    assert actions.count("evidence_export") == 3 and "customer.revealed" in actions


def test_playbooks_api_and_override(client: TestClient, pair: tuple[Tenant, Tenant]) -> None:
    mine, theirs = pair
    books = client.get("/api/v1/playbooks", headers=auth(mine.token)).json()
    nets = next(b for b in books if b["case_type"] == "card_data_disclosed")
    assert nets["tasks"][0]["contact_info"]["phone"] == "44 89 29 29"
    text = (
        "case_type: sim_swap\nversion: 3\ntitle: {da: a, en: b}\n"
        "sla_hours: {urgent: 1, high: 2, normal: 3, low: 4}\n"
        "tasks: [{step: contact_telco, due_minutes: 5, actor: customer}]\n"
    )
    r = client.put(
        "/api/v1/playbooks/sim_swap",
        content=text,
        headers={**auth(mine.token), "content-type": "application/yaml"},
    )
    assert r.status_code == 200 and r.json()["source"] == "organisation"
    case = create(client, mine.token, case_type="sim_swap")
    assert len(case["tasks"]) == 1 and case["playbook_version"] == "organisation:3"
    other = create(client, theirs.token, case_type="sim_swap")
    assert len(other["tasks"]) > 1
    r = client.put(
        "/api/v1/playbooks/sim_swap",
        content="tasks: []",
        headers={**auth(mine.token), "content-type": "application/yaml"},
    )
    assert r.status_code == 422


def test_a_read_only_token_gets_no_customer_data_in_an_evidence_pack(
    client: TestClient, tenant_rw: Tenant, settings: Settings
) -> None:
    case = create(client, tenant_rw.token)
    with db.session_scope(settings.database_url) as s:
        reader, _ = orgs.create_token(
            s,
            organisation_id=tenant_rw.org.id,
            actor=None,
            data=TokenCreate(name="reader", scopes=["cases:read"]),
        )
    h = auth(reader)
    plain = client.get(f"/api/v1/cases/{case['id']}/evidence.json", headers=h)
    assert plain.status_code == 200 and plain.json()["customer"] is None
    url = f"/api/v1/cases/{case['id']}/evidence.json?purpose=police_report"
    assert client.get(url, headers=h).status_code == 403
    reveal = client.post(f"/api/v1/cases/{case['id']}/customer", json={"purpose": "x"}, headers=h)
    assert reveal.status_code == 403
