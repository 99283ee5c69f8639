from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import csrf_from, make_client
from tests.messages.helpers import eml, qr_png
from vaern.app import create_app
from vaern.config import Settings
from vaern.messages.schemas import CheckRead

JSON = {"content-type": "application/json"}
SMS = "MitID: Din MitID udløber i dag. Forny: https://mitid-forny.com/login"


def test_json_check(client: TestClient) -> None:
    r = client.post("/api/v1/check", json={"text": SMS, "channel": "sms", "did": ["clicked"]})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "scam"
    assert set(body) == {
        "verdict",
        "score",
        "claimed_organisation",
        "reasons",
        "advice",
        "matched_warnings",
    }
    reason = body["reasons"][0]
    assert set(reason) == {"code", "weight", "evidence", "start", "end", "explanation"}
    assert body["advice"]["da"] and body["advice"]["en"]
    # The route renders the result itself: it must be exactly the documented model.
    assert CheckRead.model_validate(body).model_dump(mode="json") == body


def test_multipart_eml_and_picture(client: TestClient) -> None:
    r = client.post("/api/v1/check", files={"file": ("m.eml", eml(), "message/rfc822")})
    assert r.status_code == 200 and r.json()["verdict"] == "scam"
    png = qr_png("https://mitid-forny.com/x")
    r = client.post(
        "/api/v1/check", files={"file": ("q.png", png, "image/png")}, data={"channel": "qr"}
    )
    assert r.status_code == 200
    assert "lookalike_combosquat" in {x["code"] for x in r.json()["reasons"]}


def test_bad_input_is_a_422_problem(client: TestClient) -> None:
    for body in ({"text": "   "}, {"text": "x", "channel": "fax"}, {"nothing": 1}):
        r = client.post("/api/v1/check", json=body)
        assert r.status_code == 422
        assert r.headers["content-type"].startswith("application/problem+json")
    r = client.post(
        "/api/v1/check",
        files={"file": ("m.eml", b" \n ", "message/rfc822")},
        data={"channel": "email"},
    )
    assert r.status_code == 422


def test_json_checks_are_logged_limited_and_counted_like_any_route(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """JSON checks are answered before routing (JsonCheckMiddleware): the access log and
    metrics still name the route, bad JSON is the route's 422 problem, and the rate limit
    still applies (the body-size limit: test_oversized_input_is_413)."""
    settings.rate_limit = "2/minute"
    with make_client(create_app(settings)) as c, caplog.at_level("INFO", "vaern.access"):
        first = c.post("/api/v1/check", json={"text": SMS})
        assert first.status_code == 200 and first.json()["verdict"] == "scam"
        bad = c.post("/api/v1/check", content=b"{not json", headers=JSON)
        assert bad.status_code == 422 and bad.json()["type"] == "urn:vaern:problem:invalid"
        assert bad.headers["content-type"] == "application/problem+json"
        limited = c.post("/api/v1/check", json={"text": SMS})
        assert limited.status_code == 429 and limited.headers["retry-after"] == "60"
        assert 'route="/api/v1/check",status="200"' in c.get("/metrics").text
    routes = [getattr(r, "route", None) for r in caplog.records if r.name == "vaern.access"]
    assert routes[:2] == ["/api/v1/check", "/api/v1/check"]  # the 429 is refused before it


def test_oversized_input_is_413(client: TestClient) -> None:
    big = b"a" * (11 * 1024 * 1024)
    r = client.post("/api/v1/check", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_check_page_shows_verdict_with_marked_evidence(client: TestClient) -> None:
    page = client.get("/check")
    assert page.status_code == 200
    token = csrf_from(page.text)
    r = client.post(
        "/check", data={"csrf_token": token, "text": SMS, "channel": "sms", "did": "mitid"}
    )
    assert r.status_code == 200
    assert "verdict-scam" in r.text
    assert "<mark" in r.text
    assert "33 98 00 10" in r.text  # MitID support, because the person logged in with MitID


def test_check_page_refuses_empty_and_needs_csrf(client: TestClient) -> None:
    token = csrf_from(client.get("/check").text)
    r = client.post("/check", data={"csrf_token": token, "text": "  "})
    assert r.status_code == 422
    assert client.post("/check", data={"text": SMS}).status_code in (400, 403)
