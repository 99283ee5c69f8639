"""The public directory: every organisation scammers pretend to be, searchable the way a
citizen types it, with its facts and their sources; a member takes over its entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.outbound.conftest import token_principal
from vaern import config, db
from vaern.orgs.models import Organisation
from vaern.registry import directory
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate, FrontDoor, Policy

SCOPES = ["channels:write", "reports:read"]


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("Nets", "nets"),
        ("nets.eu", "nets"),
        ("44 89 29 29", "nets"),
        ("44892929", "nets"),
        ("+45 44 89 29 29", "nets"),
        ("MitID", "mitid"),
        ("nemid", "mitid"),  # an alias
        ("https://www.mitid.dk/login?x=1", "mitid"),  # a whole address
        ("post.mitid.dk", "mitid"),  # a host under an official domain
        ("33 98 00 10", "mitid"),
        ("skat", "skattestyrelsen"),
        ("114", "politiet"),  # a short number matches only itself
    ],
)
def test_a_citizen_finds_the_organisation(query: str, slug: str) -> None:
    found = [e.slug for e in directory.file_entries() if directory.matches(e, query)]
    assert slug in found


@pytest.mark.parametrize(
    "query", ["zzz-nothing", "929", "mitid.dk.evil.example", "nets-eu.com", "4489"]
)
def test_lookalikes_and_fragments_find_nothing_official(query: str) -> None:
    found = [e.slug for e in directory.file_entries() if directory.matches(e, query)]
    assert "nets" not in found and "mitid" not in found


def test_every_directory_fact_has_a_source_and_a_date() -> None:
    entries = directory.file_entries()
    assert len(entries) == 182
    for e in entries:
        for fact in (*e.domains, *e.sms_senders, *e.phones, *e.never):
            assert fact.source and fact.checked is not None, (e.slug, fact)
    mitid = next(e for e in entries if e.slug == "mitid")
    assert mitid.front_door.website == "https://www.mitid.dk"
    assert any("aldrig" in n.da and "never" in n.en for n in mitid.never)
    nets = next(e for e in entries if e.slug == "nets")
    assert nets.front_door.phone == "+4544892929"  # from "tel:+4544892929"


@pytest.fixture
def lunar_member(make_tenant: Callable[..., Tenant], settings: config.Settings) -> Iterator[Tenant]:
    """A member organisation named like a directory entry (Lunar) under its own slug;
    removed afterwards so other tests keep the plain directory."""
    t = make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        s.get(Organisation, t.org.id).name = "Lunar"  # type: ignore[union-attr]
        s.flush()
        p = token_principal(t)
        registry.add_channel(s, principal=p, data=ChannelCreate(kind="sms_sender", value="Lunar"))
        policy = Policy(links="never", front_door=FrontDoor(website="https://www.lunar.app"))
        registry.set_policy(s, principal=p, policy=policy)
    yield t
    with db.session_scope(settings.database_url) as s:
        s.execute(sa.delete(Organisation).where(Organisation.id == t.org.id))


def test_a_member_takes_over_its_directory_entry(session: db.Session, lunar_member: Tenant) -> None:
    named = [e for e in directory.entries(session) if e.name == "Lunar"]
    assert len(named) == 1
    [lunar] = named
    assert lunar.member and lunar.slug == lunar_member.org.slug and lunar.replaces == "lunar"
    assert [s.value for s in lunar.sms_senders] == ["lunar"]
    assert any(n.en == "We never send links by SMS or e-mail." for n in lunar.never)
    assert lunar.policy is not None and lunar.policy.version == 1
    # The directory's slug and aliases still lead to the member.
    assert directory.get_entry(session, slug="lunar").slug == lunar_member.org.slug
    assert [e.slug for e in directory.search(session, query="lunar.app")] == []
    assert [e.slug for e in directory.search(session, query="Lunar")] == [lunar_member.org.slug]


def test_a_member_takes_over_by_slug(
    session: db.Session, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        org = s.get(Organisation, t.org.id)
        assert org is not None
        org.slug = "sundhed-dk"
        s.flush()
        registry.add_channel(
            s, principal=token_principal(t), data=ChannelCreate(kind="web_domain", value="x.dk")
        )
    try:
        [entry] = [e for e in directory.entries(session) if e.slug == "sundhed-dk"]
        assert entry.member and entry.name == t.org.name
    finally:
        with db.session_scope(settings.database_url) as s:
            s.execute(sa.delete(Organisation).where(Organisation.id == t.org.id))


def test_public_list_is_paginated_and_searchable(client: TestClient) -> None:
    first = client.get("/api/v1/orgs", params={"limit": 10}).json()
    assert set(first) == {"items", "total", "limit", "offset", "next_offset"}
    assert first["total"] >= 45 and len(first["items"]) == 10 and first["next_offset"] == 10
    rest = client.get("/api/v1/orgs", params={"limit": 500, "offset": 10}).json()
    slugs = [o["slug"] for o in first["items"] + rest["items"]]
    assert len(slugs) == len(set(slugs)) == first["total"] and rest["next_offset"] is None
    found = client.get("/api/v1/orgs", params={"q": "44892929"}).json()
    assert "nets" in [o["slug"] for o in found["items"]]
    assert client.get("/api/v1/orgs", params={"limit": 0}).status_code == 422


def test_policy_json_of_a_directory_organisation(client: TestClient) -> None:
    body = client.get("/api/v1/orgs/mitid/policy").json()
    assert body["member"] is False and body["name"] == "MitID"
    assert [d["value"] for d in body["domains"]] == ["mitid.dk", "nemid.nu"]
    assert body["phones"][0]["value"] == "+4533980010"
    assert body["never"][0]["source"].startswith("https://") and body["never"][0]["checked"]
    assert client.get("/api/v1/orgs/no-such-org/policy").status_code == 404


def test_policy_json_of_a_member_that_took_over(client: TestClient, lunar_member: Tenant) -> None:
    body = client.get("/api/v1/orgs/lunar/policy").json()
    assert body["member"] is True and body["slug"] == lunar_member.org.slug
    assert body["policy"]["policy"]["links"] == "never"


def test_directory_and_contact_pages(client: TestClient) -> None:
    da = client.get("/orgs", params={"q": "MitID"}, headers={"accept-language": "da"})
    assert 'href="/orgs/mitid/contact"' in da.text and "/orgs/nets/contact" not in da.text
    # MitID and MitID Erhverv (its own organisation, which e-mails activation links).
    assert "Fundne organisationer: 2" in da.text and 'href="/orgs/mitid-erhverv/contact"' in da.text
    phone = client.get("/orgs", params={"q": "44 89 29 29"})
    assert 'href="/orgs/nets/contact"' in phone.text
    all_orgs = client.get("/orgs")
    assert all_orgs.text.count('href="/orgs/') >= 45
    en = client.get("/orgs/mitid/contact", headers={"accept-language": "en"})
    assert "How MitID contacts you — and how it never does" in en.text
    assert "MitID never sends links in e-mails or SMS." in en.text
    assert 'href="tel:+4533980010"' in en.text and "checked 2026-11-23" in en.text
    da = client.get("/orgs/mitid/contact", headers={"accept-language": "da"})
    assert "MitID sender aldrig links i e-mails eller sms" in da.text
    assert "Officielle hjemmesider og e-maildomæner" in da.text
    assert 'href="/report?organisation=mitid"' in da.text
    assert client.get("/orgs/no-such-org/contact").status_code == 404


def test_member_token_sees_no_directory_change(client: TestClient, lunar_member: Tenant) -> None:
    """The directory is public: a member's token changes nothing about what it shows."""
    a = client.get("/api/v1/orgs/lunar/policy").json()
    b = client.get("/api/v1/orgs/lunar/policy", headers=auth(lunar_member.token)).json()
    assert a == b
