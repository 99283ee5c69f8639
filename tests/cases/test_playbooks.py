"""Playbook data: every type present, every fact sourced, overrides validated."""

from __future__ import annotations

import pytest

from tests.conftest import unique
from vaern.cases import playbooks
from vaern.db import Session
from vaern.errors import Invalid
from vaern.orgs import service as orgs
from vaern.orgs.schemas import OrganisationCreate

HEAD = (
    "case_type: {}\nversion: 2\ntitle: {{da: a, en: b}}\n"
    "sla_hours: {{urgent: 1, high: 2, normal: 3, low: 4}}\n"
)
REQUIRED_TYPES = {
    "mitid_compromised",
    "card_data_disclosed",
    "money_transferred",
    "account_takeover",
    "sim_swap",
    "identity_documents_leaked",
    "impersonation_call",
    "suspicious_message",
}


def test_every_required_case_type_has_a_playbook() -> None:
    assert set(playbooks.builtin()) >= REQUIRED_TYPES


@pytest.mark.parametrize("case_type", sorted(REQUIRED_TYPES))
def test_playbook_tasks_are_ordered_and_sourced(case_type: str) -> None:
    book = playbooks.builtin()[case_type]
    assert book.tasks and book.version >= 1
    for task in book.tasks:
        step = playbooks.steps()[task.step]
        assert step["source"] and step["title"]["da"] and step["title"]["en"]
        assert task.actor in playbooks.ACTORS


def test_every_contact_has_a_source_and_the_real_numbers() -> None:
    contacts = playbooks.contacts()
    assert all(c["source"] for c in contacts.values())
    assert contacts["nets_card_block"]["phone"] == "44 89 29 29"
    assert contacts["identity_hotline"]["phone"] == "33 98 00 98"
    assert contacts["mitid_support"]["phone"] == "33 98 00 10"


def test_money_transferred_recalls_the_payment_first() -> None:
    book = playbooks.builtin()["money_transferred"]
    assert book.tasks[0].step == "recall_payment"
    assert book.tasks[0].due_minutes <= 15


def test_guide_orders_steps_by_deadline_and_hides_agent_work() -> None:
    steps = playbooks.guide_steps(["transferred_money", "got_call"])
    keys = [s["key"] for s in steps]
    assert keys[0] == "recall_payment"
    assert "verify_contact" not in keys
    assert len(keys) == len(set(keys))
    assert playbooks.guide_steps(["no-such-answer"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "not: [valid",
        "case_type: sim_swap\nversion: 2\n",
        HEAD.format("sim_swap") + "tasks: [{step: nope, due_minutes: 1, actor: agent}]",
        HEAD.format("sim_swap") + "tasks: [{step: contact_telco, due_minutes: 1, actor: nobody}]",
        HEAD.format("sim_swap") + "tasks: [{step: contact_telco, due_minutes: -1, actor: agent}]",
        HEAD.format("sim_swap") + "tasks: []",
        HEAD.format("card_data_disclosed")
        + "tasks: [{step: block_card, due_minutes: 1, actor: agent}]",
    ],
)
def test_bad_overrides_are_refused(session: Session, text: str) -> None:
    org = orgs.create_organisation(session, data=OrganisationCreate(slug=unique("pb"), name="PB"))
    with pytest.raises(Invalid):
        playbooks.set_override(session, organisation_id=org.id, case_type="sim_swap", text=text)


def test_an_organisation_can_override_a_playbook(session: Session) -> None:
    org = orgs.create_organisation(session, data=OrganisationCreate(slug=unique("pb"), name="PB"))
    other = orgs.create_organisation(
        session, data=OrganisationCreate(slug=unique("pb"), name="Other")
    )
    text = (
        "case_type: sim_swap\nversion: 7\ntitle: {da: a, en: b}\n"
        "sla_hours: {urgent: 1, high: 2, normal: 3, low: 4}\n"
        "tasks: [{step: contact_telco, due_minutes: 5, actor: customer}]\n"
    )
    playbooks.set_override(session, organisation_id=org.id, case_type="sim_swap", text=text)
    book = playbooks.playbook_for(session, organisation_id=org.id, case_type="sim_swap")
    assert (book.version, book.source, len(book.tasks)) == (7, "organisation", 1)
    theirs = playbooks.playbook_for(session, organisation_id=other.id, case_type="sim_swap")
    assert theirs.source == "builtin"
    with pytest.raises(Invalid):
        playbooks.playbook_for(session, organisation_id=org.id, case_type="nope")
