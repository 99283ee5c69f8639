"""Staff pages: editing a warning (a new version, also when published) and webhooks
(list, create with the secret shown once, SSRF refusal, disable, delivery log)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from tests.loopback import Receiver
from tests.warnings.helpers import publish_warning
from tests.warnings.test_pages import _form
from vaern import db
from vaern.config import Settings
from vaern.warnings import push


def test_staff_edits_a_warning_as_a_new_version(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    login(client, t.admin_email)
    csrf = csrf_from(client.get(f"/staff/{t.org.slug}/warnings").text)
    url = client.post(f"/staff/{t.org.slug}/warnings", data=_form(csrf)).headers["location"]
    page = client.get(url)
    assert 'value="Falsk opkald fra banken"' in page.text and "+4570112233" in page.text
    assert client.post(url + "/publish", data={"csrf_token": csrf}).status_code == 303
    edited = _form(
        csrf, title_da="Falsk opkald om MitID", urls="https://mitid-hjaelp.example.com/x"
    )
    assert client.post(url + "/edit", data=edited).status_code == 303
    page = client.get(url)
    assert "Falsk opkald om MitID" in page.text and ">published<" in page.text
    assert "https://mitid-hjaelp.example.com/x" in page.text
    assert "<tr><td>2</td>" in page.text  # the version history has the edit
    assert client.get("/warnings/" + url.rsplit("/", 1)[1]).text.count("Falsk opkald om MitID")
    bad = client.post(url + "/edit", data=_form(csrf, title_da=""))
    assert bad.status_code == 422 and 'role="alert"' in bad.text
    assert client.post(url + "/edit", data=_form("")).status_code == 403
    client.cookies.clear()
    login(client, other.admin_email)
    csrf_other = csrf_from(client.get(f"/staff/{other.org.slug}/warnings").text)
    foreign = url.replace(t.org.slug, other.org.slug) + "/edit"
    assert client.post(foreign, data=_form(csrf_other)).status_code == 404


def test_staff_webhooks_create_log_and_disable(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    receiver: Receiver,
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    other = make_tenant()
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/webhooks")
    assert page.status_code == 200 and "Ingen webhooks endnu." in page.text
    csrf = csrf_from(page.text)
    made = client.post(
        f"/staff/{t.org.slug}/webhooks", data={"csrf_token": csrf, "url": receiver.url}
    )
    assert made.status_code == 200 and 'id="webhook-secret">whsec_' in made.text
    assert "whsec_" not in client.get(f"/staff/{t.org.slug}/webhooks").text  # shown once
    settings.webhook_allow_private = False
    refused = client.post(
        f"/staff/{t.org.slug}/webhooks",
        data={"csrf_token": csrf, "url": "http://169.254.169.254/latest/meta-data/"},
    )
    assert refused.status_code == 422 and 'role="alert"' in refused.text
    settings.webhook_allow_private = True
    publish_warning(client, t.token)
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s)
    assert len(receiver.requests) == 1
    listing = client.get(f"/staff/{t.org.slug}/webhooks").text
    hook_path = listing.split(f'href="/staff/{t.org.slug}/webhooks/', 1)[1].split('"', 1)[0]
    log = client.get(f"/staff/{t.org.slug}/webhooks/{hook_path}")
    assert log.status_code == 200 and "warning.published" in log.text and "Leveret" in log.text
    off = client.post(
        f"/staff/{t.org.slug}/webhooks/{hook_path}/disable", data={"csrf_token": csrf}
    )
    assert off.status_code == 303
    assert ">slået fra<" in client.get(f"/staff/{t.org.slug}/webhooks").text
    publish_warning(client, t.token, title={"da": "Efter", "en": "After"})
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s)
    assert len(receiver.requests) == 1
    client.cookies.clear()
    login(client, t.agent.email)
    assert client.get(f"/staff/{t.org.slug}/webhooks").status_code == 403
    client.cookies.clear()
    login(client, other.admin_email)
    assert client.get(f"/staff/{other.org.slug}/webhooks/{hook_path}").status_code == 404
