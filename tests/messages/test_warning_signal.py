"""A published warning becomes a reason in the check: "matches warning …"."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant
from vaern import config, db
from vaern.orgs import service as orgs
from vaern.warnings import service as warnings
from vaern.warnings.models import WarningStatus
from vaern.warnings.schemas import WarningCreate


def publish(settings: config.Settings, t: Tenant, domain: str, status: WarningStatus) -> None:
    with db.session_scope(settings.database_url) as s:
        org = orgs.get_organisation(s, organisation_id=t.org.id)
        principal = orgs.principal_for_user(s, user=t.admin, organisation=org)
        warning = warnings.create_warning(
            s,
            principal=principal,
            data=WarningCreate.model_validate(
                {
                    "title": {"da": "Falske pakke-sms'er", "en": "Fake parcel texts"},
                    "summary": {"da": "Svindel med pakker.", "en": "Parcel scam."},
                    "advice": {"da": "Klik ikke.", "en": "Do not click."},
                    "channels": ["sms"],
                    "examples": [f"Din pakke venter, betal told på https://{domain}/betal"],
                    "indicators": {"domains": [domain]},
                }
            ),
        )
        if status is WarningStatus.published:
            warnings.transition(s, principal=principal, warning=warning, to=status)


def test_published_warning_matches_and_draft_does_not(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    publish(settings, t, f"{t.org.slug}-told.example.net", WarningStatus.published)
    publish(settings, t, f"{t.org.slug}-draft.example.net", WarningStatus.draft)

    def check(domain: str) -> dict:  # type: ignore[type-arg]
        text = f"Hej! Din pakke er tilbageholdt. Se https://{domain}/pay"
        return client.post("/api/v1/check", json={"text": text, "channel": "sms"}).json()

    hit = check(f"{t.org.slug}-told.example.net")
    assert "matches_warning" in [r["code"] for r in hit["reasons"]]
    assert hit["matched_warnings"] and "domain" in hit["matched_warnings"][0]["matched"]
    miss = check(f"{t.org.slug}-draft.example.net")
    assert "matches_warning" not in [r["code"] for r in miss["reasons"]]
    assert miss["matched_warnings"] == []
