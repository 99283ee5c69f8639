"""The check keeps organisation profiles and published warnings in the process
(vaern/changes.py). A change must still take effect on the next check: at once when made
in this process; when made by another process, as soon as PostgreSQL's NOTIFY arrives, or
without a listener (SQLite) within VAERN_CHECK_REFRESH_SECONDS.
Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, make_client
from vaern import changes, config, db
from vaern.app import create_app
from vaern.db import utcnow
from vaern.messages import flows
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.schemas import OrganisationUpdate
from vaern.registry import service as registry
from vaern.registry.models import Channel, PolicyVersion
from vaern.registry.schemas import ChannelCreate, Policy
from vaern.warnings import service as warnings
from vaern.warnings.models import WarningStatus
from vaern.warnings.schemas import WarningCreate, WarningUpdate


def token_principal(t: Tenant) -> Principal:
    scopes = frozenset({"channels:write", "warnings:write"})
    return Principal(kind="token", id=t.admin.id, organisation_id=t.org.id, scopes=scopes)


def _warning(settings: config.Settings, t: Tenant, domain: str) -> uuid.UUID:
    with db.session_scope(settings.database_url) as s:
        w = warnings.create_warning(
            s,
            principal=token_principal(t),
            data=WarningCreate.model_validate(
                {
                    "title": {"da": "Falske told-sms'er", "en": "Fake customs texts"},
                    "summary": {"da": "Svindel.", "en": "Scam."},
                    "advice": {"da": "Klik ikke.", "en": "Do not click."},
                    "channels": ["sms"],
                    "indicators": {"domains": [domain]},
                }
            ),
        )
        return w.id


def _transition(settings: config.Settings, t: Tenant, wid: uuid.UUID, to: WarningStatus) -> None:
    with db.session_scope(settings.database_url) as s:
        p = token_principal(t)
        w = warnings.get_warning(s, organisation_id=t.org.id, warning_id=wid)
        warnings.transition(s, principal=p, warning=w, to=to)


def _member(settings: config.Settings, t: Tenant, sender: str, links: str) -> None:
    with db.session_scope(settings.database_url) as s:
        p = token_principal(t)
        registry.add_channel(s, principal=p, data=ChannelCreate(kind="sms_sender", value=sender))
        registry.set_policy(s, principal=p, policy=Policy.model_validate({"links": links}))


@pytest.fixture
def member(make_tenant: Callable[..., Tenant]) -> Tenant:
    return make_tenant(scopes=["channels:write", "warnings:write"])


def _codes(client: TestClient, text: str, sender: str | None = None) -> dict[str, object]:
    body = {"text": text, "channel": "sms", **({"sender": sender} if sender else {})}
    r = client.post("/api/v1/check", json=body)
    assert r.status_code == 200, r.text
    result = r.json()
    result["codes"] = [x["code"] for x in result["reasons"]]
    return result


def _cached_after_a_check(client: TestClient, text: str, url: str, tries: int = 5) -> bool:
    """Whether the next check would be answered from the cache after one. On PostgreSQL the
    listener marks the read stale when another test process's NOTIFY lands in between (the
    suite's workers share the database), so a few checks in a row are asked; one fresh read
    is what this says (SQLite answers at the first)."""
    for _ in range(tries):
        _codes(client, text)
        with db.session_scope(url) as s:
            if flows.cached(s):
                return True
    return False


def test_published_warning_counts_on_the_next_check_and_withdrawn_stops(
    client: TestClient, member: Tenant, settings: config.Settings
) -> None:
    settings.check_refresh_seconds = 3600.0  # only this process's own commits refresh it
    domain = f"{member.org.slug}-told.example.net"
    text = f"Din pakke er tilbageholdt. Betal 29 kr: https://{domain}/betal"
    assert _codes(client, text)["matched_warnings"] == []
    assert _cached_after_a_check(client, text, settings.database_url)
    wid = _warning(settings, member, domain)
    assert _codes(client, text)["matched_warnings"] == []  # a draft does not count
    _transition(settings, member, wid, WarningStatus.published)
    hit = _codes(client, text)
    assert "matches_warning" in hit["codes"]
    assert [w["warning_id"] for w in hit["matched_warnings"]] == [str(wid)]  # type: ignore[attr-defined]
    _transition(settings, member, wid, WarningStatus.withdrawn)
    assert _codes(client, text)["matched_warnings"] == []


def test_changed_policy_counts_on_the_next_check(
    client: TestClient, member: Tenant, settings: config.Settings
) -> None:
    settings.check_refresh_seconds = 3600.0
    sender = f"S{member.org.slug[-8:]}"
    _member(settings, member, sender, links="yes")
    text = f"{member.org.name}: se din nye kontoudskrift på https://kontoudskrift.example.net/a"
    before = _codes(client, text, sender)
    assert before["claimed_organisation"] == member.org.name
    assert "policy_link" not in before["codes"]
    with db.session_scope(settings.database_url) as s:
        registry.set_policy(
            s, principal=token_principal(member), policy=Policy.model_validate({"links": "never"})
        )
    assert "policy_link" in _codes(client, text, sender)["codes"]


def test_renamed_organisation_is_claimed_under_its_new_name(
    client: TestClient, member: Tenant, settings: config.Settings
) -> None:
    settings.check_refresh_seconds = 3600.0
    _member(settings, member, f"R{member.org.slug[-8:]}", links="never")
    new_name = f"Ny {member.org.slug}"
    text = f"{new_name}: din konto er spærret, ring til os."
    assert _codes(client, text)["claimed_organisation"] != new_name
    with db.session_scope(settings.database_url) as s:
        p = orgs.principal_for_user(
            s,
            user=member.admin,
            organisation=orgs.get_organisation(s, organisation_id=member.org.id),
        )
        orgs.update_organisation(
            s, principal=p, data=OrganisationUpdate(slug=member.org.slug, name=new_name)
        )
    assert _codes(client, text)["claimed_organisation"] == new_name


def _policy_from_another_process(url: str, member: Tenant, links: str) -> None:
    """A new policy version written on a connection of its own (as another worker's)."""
    other = sa.create_engine(url)  # its own pool: no ORM session of this process
    try:
        with other.begin() as conn:
            conn.execute(
                sa.insert(PolicyVersion.__table__).values(
                    id=uuid.uuid4(),
                    organisation_id=member.org.id,
                    version=2,
                    policy=Policy.model_validate({"links": links}).model_dump(mode="json"),
                    valid_from=utcnow(),
                    created_by="another process",
                )
            )
    finally:
        other.dispose()


def _listener_settled(url: str) -> None:
    """On PostgreSQL, wait until this process's change listener is connected (its start
    marks every read stale once)."""
    postgresql = url.startswith("postgresql")
    tracker = changes.tracker(db.get_engine(url))
    deadline = time.monotonic() + 10
    while postgresql and not tracker.listening and time.monotonic() < deadline:
        time.sleep(0.05)
    assert tracker.listening == postgresql


def _member_links(url: str, member: Tenant) -> str | None:
    with db.session_scope(url) as s:
        found = [p for p in flows.check_profiles(s) if p.organisation_id == member.org.id]
        return found[0].sends_links


def test_another_process_change_is_seen(member: Tenant, settings: config.Settings) -> None:
    """A write on a connection of its own (as another worker's): on PostgreSQL the trigger's
    NOTIFY reaches this process's listener, so the next checks see it (delivery is
    asynchronous: asked again for at most 10 s); without a listener (SQLite) the cached
    answer stands until the refresh interval has passed."""
    settings.check_refresh_seconds = 3600.0
    url = settings.database_url
    postgresql = url.startswith("postgresql")
    _listener_settled(url)
    _member(settings, member, f"X{member.org.slug[-8:]}", links="yes")

    def policy_links() -> str | None:
        return _member_links(url, member)

    assert policy_links() == "yes"
    _policy_from_another_process(url, member, links="never")
    if postgresql:
        deadline = time.monotonic() + 10
        while policy_links() == "yes" and time.monotonic() < deadline:
            time.sleep(0.05)
    else:
        assert policy_links() == "yes"  # inside the interval: the cached answer
        settings.check_refresh_seconds = 0.0
    assert policy_links() == "never"


def test_the_background_refresh_reads_the_stamps_inside_the_interval(
    member: Tenant, settings: config.Settings
) -> None:
    """The server's refresh (every half interval) reads the stamps however young the last
    read is: the read the checks use then never expires while it keeps up, and no check
    goes to the thread pool to read them itself (cached() stays true). A change made by
    another process is seen at the refresh, not only once the interval has passed."""
    url = settings.database_url
    if url.startswith("postgresql"):
        pytest.skip("the listener marks a read stale at each change: no interval to outrun")
    settings.check_refresh_seconds = 3600.0
    _member(settings, member, f"R{member.org.slug[-8:]}", links="yes")
    assert _member_links(url, member) == "yes"  # loaded, the stamps just read
    _policy_from_another_process(url, member, links="never")
    with db.session_scope(url) as s:
        flows.revalidate(s)
        assert flows.cached(s)
    assert _member_links(url, member) == "never"


def test_a_session_sees_its_own_uncommitted_channel_and_a_rollback_leaves_nothing(
    member: Tenant, settings: config.Settings
) -> None:
    from vaern.messages import check

    settings.check_refresh_seconds = 3600.0
    _member(settings, member, f"A{member.org.slug[-8:]}", links="yes")
    sender = f"U{member.org.slug[-8:]}"
    text = "Din konto er spærret. Ring til os."
    with db.session_scope(settings.database_url) as s:
        assert check(text, channel="sms", sender=sender, session=s)["claimed_organisation"] is None
    s = db.session_factory(settings.database_url)()
    try:
        registry.add_channel(
            s,
            principal=token_principal(member),
            data=ChannelCreate(kind="sms_sender", value=sender),
        )
        assert not flows.cached(s)
        result = check(text, channel="sms", sender=sender, session=s)
        assert result["claimed_organisation"] == member.org.name
        s.rollback()
    finally:
        s.close()
    with db.session_scope(settings.database_url) as s:
        assert check(text, channel="sms", sender=sender, session=s)["claimed_organisation"] is None


@pytest.fixture
def stamped(
    member: Tenant, settings: config.Settings
) -> Iterator[Callable[[], tuple[object, ...]]]:
    def both() -> tuple[object, ...]:
        with db.session_scope(settings.database_url) as s:
            return changes.tracker(db.get_engine(settings.database_url)).version(
                s, changes.TOPICS, max_age=0
            )

    yield both


def test_version_stamp_moves_on_every_kind_of_change(
    member: Tenant, settings: config.Settings, stamped: Callable[[], tuple[object, ...]]
) -> None:
    p = token_principal(member)
    url = settings.database_url
    steps: list[tuple[str, Callable[[db.Session], object]]] = [
        (
            "add sms sender",
            lambda s: registry.add_channel(
                s,
                principal=p,
                data=ChannelCreate(kind="sms_sender", value=f"V{member.org.slug[-8:]}"),
            ),
        ),
        (
            "add domain",
            lambda s: registry.add_channel(
                s,
                principal=p,
                data=ChannelCreate(kind="web_domain", value=f"{member.org.slug}.example.dk"),
            ),
        ),
        ("verify domain", lambda s: _verify(s, member)),
        ("set policy", lambda s: registry.set_policy(s, principal=p, policy=Policy())),
        ("delete domain", lambda s: _delete_domain(s, member)),
        ("draft warning", lambda s: _draft(s, member)),
        ("publish warning", lambda s: _publish_drafts(s, member)),
        ("edit warning", lambda s: _edit_warnings(s, member)),
    ]
    for name, step in steps:
        before = stamped()
        with db.session_scope(url) as s:
            step(s)
        assert stamped() != before, name


def _verify(s: db.Session, t: Tenant) -> None:
    ch = s.scalar(
        sa.select(Channel).where(Channel.organisation_id == t.org.id, Channel.kind == "web_domain")
    )
    assert ch is not None
    ch.verified_at = utcnow()


def _delete_domain(s: db.Session, t: Tenant) -> None:
    ch = s.scalar(
        sa.select(Channel).where(Channel.organisation_id == t.org.id, Channel.kind == "web_domain")
    )
    assert ch is not None
    registry.delete_channel(s, principal=token_principal(t), channel_id=ch.id)


def _draft(s: db.Session, t: Tenant) -> None:
    warnings.create_warning(
        s,
        principal=token_principal(t),
        data=WarningCreate.model_validate(
            {
                "title": {"da": "Advarsel", "en": "Warning"},
                "summary": {"da": "Svindel.", "en": "Scam."},
                "advice": {"da": "Klik ikke.", "en": "Do not click."},
                "indicators": {"domains": [f"{t.org.slug}-v.example.net"]},
            }
        ),
    )


def _publish_drafts(s: db.Session, t: Tenant) -> None:
    for w in warnings.list_warnings(s, organisation_id=t.org.id, status=WarningStatus.draft):
        warnings.transition(s, principal=token_principal(t), warning=w, to=WarningStatus.published)


def _edit_warnings(s: db.Session, t: Tenant) -> None:
    for w in warnings.list_warnings(s, organisation_id=t.org.id, status=WarningStatus.published):
        warnings.update_warning(
            s,
            principal=token_principal(t),
            warning_id=w.id,
            data=WarningUpdate.model_validate({"indicators": {"domains": ["other.example.net"]}}),
        )


def test_check_endpoint_keeps_its_rate_limit_and_body_limit(settings: config.Settings) -> None:
    settings.rate_limit = "3/minute"
    with make_client(create_app(settings)) as c:
        codes = [
            c.post("/api/v1/check", json={"text": "Hej, ses i aften?"}).status_code
            for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
    settings.rate_limit = "10000/minute"
    with make_client(create_app(settings)) as c:
        big = b'{"text": "' + b"a" * (10 * 1024 * 1024 + 65536) + b'"}'
        r = c.post("/api/v1/check", content=big, headers={"content-type": "application/json"})
        assert r.status_code == 413


def test_a_check_with_a_fresh_cache_takes_no_database_connection(
    member: Tenant, settings: config.Settings
) -> None:
    settings.check_refresh_seconds = 3600.0
    # Not entered: no lifespan, so no background refresh takes a connection meanwhile.
    client = make_client(create_app(settings))
    text = "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b"
    _codes(client, text)  # loads the cache if needed
    checkouts: list[object] = []
    engine = db.get_engine(settings.database_url)

    def count(*_args: object) -> None:
        checkouts.append(1)

    sa.event.listen(engine, "checkout", count)
    try:
        for _ in range(3):
            assert _codes(client, text)["verdict"] == "scam"
        assert checkouts == []
        with db.session_scope(settings.database_url) as s:  # a change: the next check reloads
            _draft(s, member)
        checkouts.clear()
        _codes(client, text)
        assert checkouts
    finally:
        sa.event.remove(engine, "checkout", count)


def _redis_reachable() -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_reachable(), reason="Redis not reachable at 127.0.0.1:6379")
def test_workers_share_the_check_rate_limit_through_redis(settings: config.Settings) -> None:
    """`vaern serve --workers N` with VAERN_RATE_LIMIT_STORAGE=redis://: two app instances
    (two workers) count one client's requests together."""
    settings.rate_limit = "3/minute"
    settings.rate_limit_storage = "redis://127.0.0.1:6379"
    address = (f"test-redis-{uuid.uuid4().hex}", 50000)
    body = {"text": "Hej, ses i aften?"}
    with (
        TestClient(create_app(settings), client=address) as first,
        TestClient(create_app(settings), client=address) as second,
    ):
        codes = [c.post("/api/v1/check", json=body).status_code for c in (first, second) * 2]
    assert codes == [200, 200, 200, 429]
