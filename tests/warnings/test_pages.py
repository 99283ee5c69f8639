"""Staff pages: draft, preview, publish and expire a warning; isolation and CSRF."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login


def _form(csrf: str, **extra: str) -> dict[str, str]:
    data = {
        "csrf_token": csrf,
        "title_da": "Falsk opkald fra banken",
        "title_en": "Fake call from the bank",
        "summary_da": "Nogen ringer og beder om MitID.",
        "summary_en": "Someone calls and asks for MitID.",
        "advice_da": "Læg på.",
        "advice_en": "Hang up.",
        "channels": "phone",
        "phones": "+45 70 11 22 33",
    }
    data.update(extra)
    return data


def test_staff_drafts_previews_publishes_and_expires(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/warnings")
    assert page.status_code == 200
    csrf = csrf_from(page.text)
    created = client.post(f"/staff/{t.org.slug}/warnings", data=_form(csrf))
    assert created.status_code == 303
    preview_url = created.headers["location"]
    preview = client.get(preview_url)
    assert "Falsk opkald fra banken" in preview.text and ">Kladde<" in preview.text
    public_url = "/warnings/" + preview_url.rsplit("/", 1)[1]
    assert client.get(public_url).status_code == 404
    assert client.post(preview_url + "/publish", data={"csrf_token": csrf}).status_code == 303
    assert client.get(public_url).status_code == 200
    assert client.post(preview_url + "/expire", data={"csrf_token": csrf}).status_code == 303
    assert ">expired<" in client.get(preview_url).text
    # Without the CSRF token nothing happens.
    assert client.post(preview_url + "/publish", data={}).status_code == 403


def test_staff_form_errors_and_isolation(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    login(client, a.admin_email)
    csrf = csrf_from(client.get(f"/staff/{a.org.slug}/warnings").text)
    bad = client.post(f"/staff/{a.org.slug}/warnings", data=_form(csrf, title_da=""))
    assert bad.status_code == 422 and 'role="alert"' in bad.text
    created = client.post(f"/staff/{a.org.slug}/warnings", data=_form(csrf))
    warning_id = created.headers["location"].rsplit("/", 1)[1]
    # Another organisation's staff area and objects are 404 for this user.
    assert client.get(f"/staff/{b.org.slug}/warnings").status_code == 404
    client.cookies.clear()
    login(client, b.admin_email)
    assert client.get(f"/staff/{b.org.slug}/warnings/{warning_id}").status_code == 404
    csrf_b = csrf_from(client.get(f"/staff/{b.org.slug}/warnings").text)
    r = client.post(
        f"/staff/{b.org.slug}/warnings/{warning_id}/publish", data={"csrf_token": csrf_b}
    )
    assert r.status_code == 404
