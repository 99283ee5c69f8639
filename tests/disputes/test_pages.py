"""The staff page: enter a dispute, see the assessment, alternatives and letters."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from tests.disputes.factories import seed_003


def test_enter_dispute_and_see_assessment(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/disputes")
    assert page.status_code == 200 and "221/2021" in page.text
    csrf = csrf_from(page.text)
    bad = client.post(
        f"/staff/{t.org.slug}/disputes", data={"csrf_token": csrf, "body": '{"title": "x"}'}
    )
    assert bad.status_code == 422 and 'class="error"' in bad.text
    made = client.post(
        f"/staff/{t.org.slug}/disputes", data={"csrf_token": csrf, "body": json.dumps(seed_003())}
    )
    assert made.status_code == 303
    detail = client.get(made.headers["location"])
    assert detail.status_code == 200
    assert "41192.32" in detail.text and "41.192,32" in detail.text
    assert "stk. 5" in detail.text and 'lang="en"' in detail.text


def test_other_org_and_no_csrf(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    a, b = make_tenant(), make_tenant()
    login(client, b.admin_email)
    page = client.get(f"/staff/{b.org.slug}/disputes")
    made = client.post(
        f"/staff/{b.org.slug}/disputes",
        data={"csrf_token": csrf_from(page.text), "body": json.dumps(seed_003())},
    )
    dispute_path = made.headers["location"]
    assert client.post(f"/staff/{b.org.slug}/disputes", data={"body": "{}"}).status_code == 403
    login(client, a.admin_email)
    assert client.get(dispute_path.replace(b.org.slug, a.org.slug)).status_code == 404
    assert client.get(dispute_path).status_code == 404
