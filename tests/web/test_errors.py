"""Bad input gets a clear problem body and never a half-written state."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, make_client
from vaern.app import create_app
from vaern.config import Settings


def test_malformed_json_is_422_problem_without_echoing_input(
    client: TestClient, tenant: Tenant
) -> None:
    response = client.post(
        "/api/v1/tokens",
        headers={**auth(tenant.token), "content-type": "application/json"},
        content=b'{"name": "secret-cpr',
    )
    assert response.status_code == 422
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert body["type"] == "urn:vaern:problem:invalid" and body["errors"]
    assert "secret-cpr" not in response.text


def test_oversized_body_is_413_and_nothing_written(client: TestClient, tenant: Tenant) -> None:
    before = client.get("/api/v1/tokens", headers=auth(tenant.token)).json()["total"]
    big = '{"name": "x", "scopes": ["orgs:read"], "pad": "' + "a" * (1024 * 1024 + 10) + '"}'
    response = client.post(
        "/api/v1/tokens",
        headers={**auth(tenant.token), "content-type": "application/json"},
        content=big.encode(),
    )
    assert response.status_code == 413
    assert response.json()["type"] == "urn:vaern:problem:too-large"
    assert client.get("/api/v1/tokens", headers=auth(tenant.token)).json()["total"] == before


def test_oversized_chunked_body_without_length_is_413(client: TestClient, tenant: Tenant) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b"a" * 65536

    response = client.post("/api/v1/tokens", headers=auth(tenant.token), content=chunks())
    assert response.status_code == 413


def test_unknown_route_is_404_problem(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["type"] == "urn:vaern:problem:not-found"


def test_unknown_page_is_html_404(client: TestClient) -> None:
    response = client.get("/nothing-here", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_rate_limit_gives_429_with_retry_after(settings: Settings, tenant: Tenant) -> None:
    settings.rate_limit = "3/minute"
    with make_client(create_app(settings)) as c:
        codes = [c.get("/api/v1/me", headers=auth(tenant.token)).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        limited = c.get("/api/v1/me", headers=auth(tenant.token))
        assert limited.headers["retry-after"] == "60"
        assert limited.json()["type"] == "urn:vaern:problem:rate-limited"


def test_local_moving_window_counts_per_key_and_forgets_old_hits() -> None:
    from limits import parse

    from vaern.web.middleware import LocalMovingWindow

    limit, window = parse("3/minute"), LocalMovingWindow()
    assert [window.hit(limit, "a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert window.hit(limit, "b", now=3)  # another key has its own count
    assert not window.hit(limit, "a", now=59.9)  # the first hit is still in the window
    assert window.hit(limit, "a", now=60.5)  # now it is not
    assert not window.hit(limit, "a", now=60.6)
    # Keys with nothing in the window are swept, so the table does not grow without end.
    for n in range(1000):
        window.hit(limit, f"client-{n}", now=100)
    window.hit(limit, "a", now=200)
    assert len(window._hits) == 1
    assert not window.hit(parse("0/minute"), "z", now=300) and window.hit(limit, "y", now=400)


def test_health_and_metrics(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}
    client.get("/api/v1/orgs/none")
    metrics = client.get("/metrics").text
    assert (
        'vaern_http_requests_total{method="GET",route="/api/v1/orgs/{slug}",status="404"}'
        in metrics
    )


def test_openapi_is_served(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/tokens" in spec["paths"]
    assert client.get("/api/docs").status_code == 200


def test_made_up_tokens_count_against_the_clients_own_bucket(settings: Settings) -> None:
    """A fresh random token per request gave each its own bucket: no limit at all."""
    settings.rate_limit = "3/minute"
    with make_client(create_app(settings)) as c:
        codes = [
            c.get("/api/v1/me", headers=auth(f"vaern_{secrets.token_hex(8)}_x")).status_code
            for _ in range(5)
        ]
    assert codes == [401, 401, 401, 429, 429]


def test_a_verified_token_has_one_bucket_across_clients(settings: Settings, tenant: Tenant) -> None:
    settings.rate_limit = "3/minute"
    app = create_app(settings)
    with make_client(app) as first, make_client(app) as second:
        codes = [first.get("/api/v1/me", headers=auth(tenant.token)).status_code for _ in range(2)]
        codes += [
            second.get("/api/v1/me", headers=auth(tenant.token)).status_code for _ in range(2)
        ]
        # The second client's own bucket is untouched by the token's requests.
        assert second.get("/api/v1/me").status_code == 401
    assert codes == [200, 200, 200, 429]


def test_a_huge_offset_is_422_not_a_database_error(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    """The case list pages in the database: an offset past 64 bits made it fail (500)."""
    t = make_tenant(scopes=["cases:read"])
    answer = client.get("/api/v1/cases?offset=100000000000000000000", headers=auth(t.token))
    assert answer.status_code == 422, answer.text
    assert client.get("/api/v1/cases?offset=1000", headers=auth(t.token)).status_code == 200


def test_a_value_the_database_cannot_store_is_422(client: TestClient, tenant: Tenant) -> None:
    """PostgreSQL refuses NUL in text (SQLite stores it): 500 before, 422 now."""
    report = {
        "organisation": tenant.org.slug,
        "text": "Betal her\x00 https://pn-told.example.com/b",
        "channel": "sms",
        "sender": "Nul\x00Afsender",
        "consent": True,
    }
    answer = client.post("/api/v1/reports", json=report)
    assert answer.status_code in (201, 422), answer.text
