"""The postal addresses an organisation registers are left in its own redacted texts, and
only in its own (registry.service.published_addresses, redaction_policy). Synthetic
addresses only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import ValidationError

from tests.conftest import Tenant
from tests.warnings.helpers import warning_body
from vaern import config, db
from vaern.cases import service as cases
from vaern.dpo import breaches, requests
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.registry import service
from vaern.registry.schemas import ChannelCreate
from vaern.warnings import service as warnings
from vaern.warnings.schemas import WarningCreate

OWN = "Nørregade 18, 6700 Esbjerg"
OWN_KEY = "nørregade|18||6700"
CUSTOMER = "Vestergade 4, 1. tv., 8000 Aarhus C"
NOTE = f"Notat: kunden kom forbi {OWN}, og oplyste sin adresse {CUSTOMER}."


def admin(t: Tenant) -> Principal:
    return Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)


def agent(t: Tenant) -> Principal:
    return Principal(kind="user", id=t.agent.id, organisation_id=t.org.id, role=Role.agent)


def register(s: db.Session, t: Tenant, value: str, kind: str = "postal") -> None:
    service.add_channel(s, principal=admin(t), data=ChannelCreate(kind=kind, value=value))


def test_own_postal_channels_only(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    a, b = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        assert service.published_addresses(s, organisation_id=a.org.id) == frozenset()
        register(s, a, f"Demo Bank A/S, Kundeservice, {OWN}")
        with pytest.raises(ValidationError, match="four-digit postcode"):
            register(s, a, "Demo Bank A/S")  # no address in it: no key, so refused
        register(s, a, "demobank.example", kind="web_domain")
        # Another tenant's registration never reaches a's redaction, nor a's b's.
        register(s, b, "Vestergade 4, 8000 Aarhus C")
        assert service.published_addresses(s, organisation_id=a.org.id) == {OWN_KEY}
        assert service.published_addresses(s, organisation_id=b.org.id) == {"vestergade|4||8000"}
        policy = service.redaction_policy(s, organisation_id=a.org.id)
        assert policy.published_addresses == {OWN_KEY} and policy.organisation_id == a.org.id


def test_a_channel_awaiting_verification_does_nothing(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        register(s, t, OWN)
        (channel,) = service.list_channels(s, organisation_id=t.org.id)
        # Postal channels have no verification today; one that awaits one (a token issued,
        # not yet verified) is not the organisation's word yet.
        channel.verification_token = "pending"
        s.flush()
        assert service.published_addresses(s, organisation_id=t.org.id) == frozenset()
        channel.verified_at = db.utcnow()
        s.flush()
        assert service.published_addresses(s, organisation_id=t.org.id) == {OWN_KEY}


def test_case_note_keeps_own_address_and_redacts_the_customers(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    a, b = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        register(s, a, OWN)
        for t in (a, b):
            case = cases.open_case(
                s,
                organisation_id=t.org.id,
                case_type="money_transferred",
                source="call",
                title=f"Kunden henvendte sig på {OWN}",
                actor=agent(t),
            )
            note = cases.add_note(s, principal=agent(t), case_id=case.id, text=NOTE)
            assert "Vestergade" not in note.body and "8000" not in note.body
            if t is a:
                assert OWN in note.body and note.body.count("[ADDRESS]") == 1
                assert OWN in case.title
            else:  # b registered nothing: a's address is not b's
                assert OWN not in note.body and note.body.count("[ADDRESS]") == 2
                assert OWN not in case.title


def test_warning_keeps_own_address(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    text = f"Advarsel: falske breve med afsender {OWN}. Kunden bor på {CUSTOMER}."
    data = WarningCreate.model_validate(
        warning_body(summary={"da": text, "en": text}, examples=[text])
    )
    with db.session_scope(settings.database_url) as s:
        before = warnings.create_warning(s, principal=admin(t), data=data)
        assert OWN not in before.summary["da"] and OWN not in before.examples[0]
        register(s, t, OWN)
        w = warnings.create_warning(s, principal=admin(t), data=data)
        for stored in (w.summary["da"], w.summary["en"], w.examples[0]):
            assert OWN in stored and "Vestergade" not in stored


def test_dpo_texts_keep_own_address_and_redact_the_customers(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    """A breach report, a request's note and its reason keep the organisation's registered
    address and redact the customer's beside it. Another tenant's texts keep nothing of a's
    registration (these frames alone read as a customer's address: the recognisers redact
    it there)."""
    a, b = make_tenant(), make_tenant()
    breach_text = f"Kunden kom forbi {OWN} og glemte en mappe med adressen {CUSTOMER}."
    reason = f"Kunden mødte op i {OWN} med legitimation; bopæl {CUSTOMER}."
    with db.session_scope(settings.database_url) as s:
        register(s, a, OWN)
        for t in (a, b):
            breach = breaches.create_breach(
                s,
                organisation_id=t.org.id,
                aware_at=db.utcnow(),
                nature=breach_text,
                data_categories=["address"],
                subject_categories=["customers"],
                measures=breach_text,
            )
            breach = breaches.add_update(
                s, organisation_id=t.org.id, breach_id=breach.id, text=breach_text
            )
            request = requests.create_request(
                s,
                organisation_id=t.org.id,
                kind="access",
                identifiers={"email": "kunde@example.dk"},
                note=reason,
            )
            request = requests.transition(
                s, organisation_id=t.org.id, request_id=request.id, status="rejected", reason=reason
            )
            stored = [breach.nature, breach.measures, breach.updates[0]["text"], request.note]
            stored.append(request.history[-1]["reason"])
            for text in stored:
                assert text is not None and "Vestergade" not in text and "8000" not in text
                assert (OWN in text) is (t is a), (t is a, text)
