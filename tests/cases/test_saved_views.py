"""Saved views of the case queue (issue 20): a staff user keeps named filters, private to
them in their organisation, on SQLite and PostgreSQL (the ``settings`` fixture runs both)."""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login, make_client
from vaern import db
from vaern.cases import service
from vaern.cases.service import QueueFilter, filter_query, parse_filter_query
from vaern.config import Settings
from vaern.errors import Conflict, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Role


def test_a_filter_query_reads_back_as_the_same_filters() -> None:
    f = QueueFilter(status="triage", priority="high", assignee="none", overdue=True, sort="newest")
    assert parse_filter_query(filter_query(f)) == f
    assert parse_filter_query("") == QueueFilter()
    # The form's empty fields are the defaults.
    assert parse_filter_query("status=&priority=low&assignee=") == QueueFilter(priority="low")
    assert parse_filter_query("overdue=true").overdue


@pytest.mark.parametrize(
    "query",
    [
        "colour=red",  # not a filter
        "status=open",  # no such status
        "priority=high&priority=low",  # a filter twice
        "assignee=somebody",  # neither "none" nor a user id
        "sort=random",
        "case_type=../../etc",
        "overdue=yes",
        "status",  # no value
        "<script>",
    ],
)
def test_anything_but_queue_filters_is_refused(query: str) -> None:
    with pytest.raises(Invalid):
        parse_filter_query(query)


def _principal(tenant: Tenant, *, admin: bool = False) -> Principal:
    user = tenant.admin if admin else tenant.agent
    role = Role.admin if admin else Role.agent
    return Principal(kind="user", id=user.id, organisation_id=tenant.org.id, role=role)


def test_views_are_saved_listed_and_deleted_per_user_and_organisation(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    me, colleague, stranger = _principal(t), _principal(t, admin=True), _principal(other)
    with db.session_scope(settings.database_url) as s:
        view = service.save_view(
            s, principal=me, name=" Urgent ", query="sort=priority&priority=urgent"
        )
        view_id = view.id
        assert (view.name, view.query) == ("Urgent", "priority=urgent&sort=priority")
        service.save_view(s, principal=me, name="All mine", query="")
        # The same name is free for a colleague and in another organisation.
        service.save_view(s, principal=colleague, name="Urgent", query="status=new")
        with pytest.raises(Conflict):
            service.save_view(s, principal=me, name="Urgent", query="status=new")
        with pytest.raises(Invalid):
            service.save_view(s, principal=me, name="Bad", query="drop=table")
        with pytest.raises(Invalid):
            service.save_view(s, principal=me, name="", query="")
        with pytest.raises(Invalid):
            service.save_view(s, principal=me, name="x" * 81, query="")
    with db.session_scope(settings.database_url) as s:
        assert [v.name for v in service.list_views(s, principal=me)] == ["All mine", "Urgent"]
        assert [v.query for v in service.list_views(s, principal=colleague)] == ["status=new"]
        assert service.list_views(s, principal=stranger) == []
        for someone in (colleague, stranger):
            with pytest.raises(NotFound):
                service.delete_view(s, principal=someone, view_id=view_id)
        service.delete_view(s, principal=me, view_id=view_id)
        with pytest.raises(NotFound):
            service.delete_view(s, principal=me, view_id=view_id)
    with db.session_scope(settings.database_url) as s:
        assert [v.name for v in service.list_views(s, principal=me)] == ["All mine"]
        assert len(service.list_views(s, principal=colleague)) == 1


def _open(client: TestClient, tenant: Tenant, title: str, priority: str) -> None:
    page = client.get(f"/staff/{tenant.org.slug}/cases")
    r = client.post(
        f"/staff/{tenant.org.slug}/cases",
        data={
            "csrf_token": csrf_from(page.text),
            "case_type": "impersonation_call",
            "title": title,
            "priority": priority,
        },
    )
    assert r.status_code == 303, r.text


def _view_links(page: str, slug: str) -> dict[str, str]:
    nav = (
        page.split('id="saved-views"', 1)[1].split("</nav>", 1)[0] if "saved-views" in page else ""
    )
    return {
        html.unescape(name): html.unescape(href)
        for href, name in re.findall(rf'<a href="(/staff/{slug}/cases[^"]*)">([^<]+)</a>', nav)
    }


def test_an_agent_saves_opens_and_deletes_a_view_on_the_queue_page(
    app: object, client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    base = f"/staff/{t.org.slug}/cases"
    login(client, t.agent.email)
    _open(client, t, "Caller posing as the bank", "urgent")
    _open(client, t, "Odd text message", "low")
    page = client.get(f"{base}?priority=urgent&sort=newest")
    assert "Odd text message" not in page.text
    found = re.search(r'name="query" value="([^"]*)"', page.text)
    assert found
    query = html.unescape(found.group(1))  # what the browser sends
    assert query == "priority=urgent&sort=newest"
    token = csrf_from(page.text)
    r = client.post(f"{base}/views", data={"csrf_token": token, "name": "Morgenkø", "query": query})
    assert r.status_code == 303 and r.headers["location"] == f"{base}?priority=urgent&sort=newest"
    links = _view_links(client.get(base).text, t.org.slug)
    assert links == {"Morgenkø": f"{base}?priority=urgent&sort=newest"}
    # The link reproduces the filtered queue.
    shown = client.get(links["Morgenkø"]).text
    assert "Caller posing as the bank" in shown and "Odd text message" not in shown
    assert 'value="urgent" selected' in shown
    # The same name again: a clear error, the queue still shown.
    r = client.post(f"{base}/views", data={"csrf_token": token, "name": "Morgenkø", "query": ""})
    assert r.status_code == 409
    assert "Du har allerede en visning med det navn." in r.text or "already have" in r.text
    r = client.post(f"{base}/views", data={"csrf_token": token, "name": "Hack", "query": "x=1"})
    assert r.status_code == 422 and 'role="alert"' in r.text
    assert list(_view_links(client.get(base).text, t.org.slug)) == ["Morgenkø"]
    # Without the CSRF token nothing is saved.
    r = client.post(f"{base}/views", data={"name": "No token", "query": ""})
    assert r.status_code in (400, 403)
    (view_id,) = re.findall(r"/cases/views/([0-9a-f-]{36})/delete", client.get(base).text)

    # A colleague in the organisation and an agent of another one neither see nor delete it.
    for email, slug in ((t.admin.email, t.org.slug), (other.agent.email, other.org.slug)):
        with make_client(app) as c:  # type: ignore[arg-type]
            login(c, email)
            theirs = c.get(f"/staff/{slug}/cases")
            assert "Morgenkø" not in theirs.text and _view_links(theirs.text, slug) == {}
            r = c.post(
                f"/staff/{slug}/cases/views/{view_id}/delete",
                data={"csrf_token": csrf_from(theirs.text)},
            )
            assert r.status_code == 404
    r = client.post(f"{base}/views/{uuid.uuid4()}/delete", data={"csrf_token": token})
    assert r.status_code == 404
    r = client.post(f"{base}/views/{view_id}/delete", data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"] == base
    assert "saved-views" not in client.get(base).text
