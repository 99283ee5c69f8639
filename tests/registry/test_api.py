from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from tests.dnsserver import LoopbackDNS

SCOPES = ["channels:write"]


def test_channels_api_auth_and_validation(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPES)
    assert client.get("/api/v1/channels").status_code == 401
    no_scope = make_tenant(scopes=["orgs:read"])
    assert client.get("/api/v1/channels", headers=auth(no_scope.token)).status_code == 403
    bad = client.post(
        "/api/v1/channels", json={"kind": "web_domain", "value": "exa mple"}, headers=auth(t.token)
    )
    assert bad.status_code == 422
    assert "not a domain name" in bad.text
    extra = client.post(
        "/api/v1/channels",
        json={"kind": "sms_sender", "value": "Demo", "colour": "red"},
        headers=auth(t.token),
    )
    assert extra.status_code == 422
    # A postal address that could never match a text is refused with an example, not stored.
    postal = client.post(
        "/api/v1/channels",
        json={"kind": "postal", "value": "Demo Bank A/S, Kundeservice"},
        headers=auth(t.token),
    )
    assert postal.status_code == 422
    assert "four-digit postcode, e.g. Havnegade 4, 1058" in postal.text
    assert client.get("/api/v1/channels", headers=auth(t.token)).json() == []


def test_channel_lifecycle_and_tenant_isolation(
    client: TestClient, make_tenant: Callable[..., Tenant], dns: LoopbackDNS
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    domain = f"{a.org.slug}.example.com"
    r = client.post(
        "/api/v1/channels", json={"kind": "email_domain", "value": domain}, headers=auth(a.token)
    )
    assert r.status_code == 201, r.text
    channel = r.json()
    assert channel["verified"] is False
    assert channel["verification_record"].startswith("vaern-verification=")
    again = client.post(
        "/api/v1/channels", json={"kind": "email_domain", "value": domain}, headers=auth(a.token)
    )
    assert again.status_code == 409
    url = f"/api/v1/channels/{channel['id']}"
    assert client.post(f"{url}/verify", headers=auth(b.token)).status_code == 404
    assert client.delete(url, headers=auth(b.token)).status_code == 404
    failed = client.post(f"{url}/verify", headers=auth(a.token))
    assert failed.status_code == 422 and "No TXT record" in failed.json()["detail"]
    dns.add(domain, "TXT", f'"{channel["verification_record"]}"')
    ok = client.post(f"{url}/verify", headers=auth(a.token))
    assert ok.status_code == 200 and ok.json()["verified"] is True
    assert client.get("/api/v1/channels", headers=auth(b.token)).json() == []
    assert client.delete(url, headers=auth(a.token)).status_code == 204
    assert client.get("/api/v1/channels", headers=auth(a.token)).json() == []


def test_policy_api_and_public_json(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=SCOPES)
    h = auth(t.token)
    client.post("/api/v1/channels", json={"kind": "sms_sender", "value": "DemoBank"}, headers=h)
    assert client.get(f"/api/v1/orgs/{t.org.slug}/policy").json()["policy"] is None
    bad = client.put("/api/v1/policy", json={"links": "sometimes"}, headers=h)
    assert bad.status_code == 422
    unknown = client.put("/api/v1/policy", json={"links": "never", "fax": True}, headers=h)
    assert unknown.status_code == 422
    bad_door = client.put(
        "/api/v1/policy", json={"front_door": {"website": "http://x.dk"}}, headers=h
    )
    assert bad_door.status_code == 422 and "https://" in bad_door.text
    body = {
        "links": "never",
        "calls": "booked",
        "asks_for": ["cpr", "cpr"],
        "front_door": {"phone": "70 10 10 10", "website": "https://demobank.example"},
    }
    r = client.put("/api/v1/policy", json=body, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 1 and r.json()["policy"]["asks_for"] == ["cpr"]
    assert client.put("/api/v1/policy", json={"links": "yes"}, headers=h).json()["version"] == 2
    versions = client.get("/api/v1/policy", headers=h).json()
    assert [v["version"] for v in versions] == [2, 1]
    public = client.get(f"/api/v1/orgs/{t.org.slug}/policy").json()
    assert public["policy"]["version"] == 2
    assert public["member"] is True
    assert [s["value"] for s in public["sms_senders"]] == ["demobank"]
    assert client.get("/api/v1/orgs/no-such-org/policy").status_code == 404


def test_public_pages(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=SCOPES)
    body = {"links": "never", "calls": "never", "front_door": {"phone": "+4570101010"}}
    client.put("/api/v1/policy", json=body, headers=auth(t.token))
    page = client.get(f"/orgs/{t.org.slug}/contact", headers={"accept-language": "en"})
    assert page.status_code == 200
    assert "We never send links by SMS or e-mail." in page.text
    assert "We never ask for your MitID or other login codes." in page.text
    assert "+4570101010" in page.text
    da = client.get(f"/orgs/{t.org.slug}/contact", headers={"accept-language": "da"})
    assert "Vi ringer aldrig til dig." in da.text
    found = client.get("/orgs", params={"q": t.org.slug})
    assert f"/orgs/{t.org.slug}/contact" in found.text
    other = client.get("/orgs", params={"q": "zzz-nothing-matches"})
    assert f"/orgs/{t.org.slug}/contact" not in other.text


def test_staff_pages(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    base = f"/staff/{t.org.slug}"
    page = client.get(f"{base}/channels")
    assert page.status_code == 200
    token = csrf_from(page.text)
    bad = client.post(
        f"{base}/channels", data={"csrf_token": token, "kind": "phone", "value": "12"}
    )
    assert bad.status_code == 422 and "is not a valid phone number" in bad.text
    ok = client.post(
        f"{base}/channels", data={"csrf_token": token, "kind": "phone", "value": "70101010"}
    )
    assert ok.status_code == 303
    assert "+4570101010" in client.get(f"{base}/channels").text
    policy = client.get(f"{base}/policy")
    assert policy.status_code == 200
    saved = client.post(
        f"{base}/policy",
        data={"csrf_token": token, "links": "never", "calls": "booked", "asks_for": ["cvv"]},
    )
    assert saved.status_code == 303
    wrong = client.post(
        f"{base}/policy",
        data={"csrf_token": token, "links": "never", "calls": "booked", "front_website": "ftp://x"},
    )
    assert wrong.status_code == 422 and "https://" in wrong.text
    history = client.get(f"{base}/policy").text
    assert f"user:{t.admin.id}" in history


def test_staff_pages_need_admin(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant()
    other = make_tenant()
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/channels")
    token = csrf_from(page.text)
    r = client.post(
        f"/staff/{t.org.slug}/channels",
        data={"csrf_token": token, "kind": "app", "value": "dk.x.app"},
    )
    assert r.status_code == 403
    assert client.get(f"/staff/{other.org.slug}/channels").status_code == 404
