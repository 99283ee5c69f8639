"""The staff menu is grouped by task and shows each role only the pages it may open."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, Tenant, login
from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.models import Role
from vaern.orgs.schemas import UserCreate


def nav_links(html: str) -> list[str]:
    nav = html.split('class="sub staff-nav"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'href="([^"]+)"', nav)


@pytest.mark.parametrize("role", [Role.viewer, Role.agent, Role.analyst, Role.dpo, Role.admin])
def test_no_menu_link_is_forbidden_for_the_role(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings, role: Role
) -> None:
    t = make_tenant()
    email = f"role-{role.value}-{t.org.slug}@example.com"
    with db.session_scope(settings.database_url) as s:
        user = orgs.create_user(
            s, data=UserCreate(email=email, password=PASSWORD, display_name="R")
        )
        orgs.set_role(s, organisation_id=t.org.id, user_id=user.id, role=role)
    login(client, email)
    links = nav_links(client.get(f"/staff/{t.org.slug}/cases").text)
    assert f"/staff/{t.org.slug}/cases" in links
    forbidden = [url.rsplit("/", 1)[-1] for url in links if client.get(url).status_code == 403]
    assert forbidden == []
    privacy = any("/privacy/" in url for url in links)
    assert privacy == (role in (Role.dpo, Role.admin))


def test_menu_is_grouped_by_task(client: TestClient, tenant: Tenant) -> None:
    login(client, tenant.admin_email)
    page = client.get(f"/staff/{tenant.org.slug}/cases").text
    nav = page.split('class="sub staff-nav"', 1)[1].split("</nav>", 1)[0]
    groups = re.findall(r'role="group" aria-label="([^"]+)"', nav)
    assert len(groups) == 5 and len(set(groups)) == 5


def test_forbidden_page_says_so_in_words(client: TestClient, tenant: Tenant) -> None:
    login(client, tenant.agent.email)
    page = client.get(f"/staff/{tenant.org.slug}/privacy/requests", headers={"Accept": "text/html"})
    assert page.status_code == 403
    assert "Ingen adgang" in page.text and "'privacy'" not in page.text
