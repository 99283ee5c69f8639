"""Playbooks as versioned YAML data: one file per case type, shared steps and contacts.

An organisation may override a playbook (stored YAML in ``PlaybookOverride``); the
victim's guide reads the same files, so there is one source of truth for the steps.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.orm import Session

from vaern.cases.models import PlaybookOverride
from vaern.errors import Invalid

DATA = Path(__file__).resolve().parent / "playbooks"
ACTORS = ("agent", "customer", "bank", "authority")
PRIORITIES = ("urgent", "high", "normal", "low")


@dataclass(frozen=True)
class PlaybookTask:
    step: str
    due_minutes: int
    actor: str


@dataclass(frozen=True)
class Playbook:
    case_type: str
    version: int
    title: dict[str, str]
    sla_hours: dict[str, int]
    tasks: tuple[PlaybookTask, ...]
    source: str  # "builtin" or "organisation"


def _load(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))


@cache
def steps() -> dict[str, dict[str, Any]]:
    return dict(_load("steps.yaml")["steps"])


@cache
def contacts() -> dict[str, dict[str, Any]]:
    return dict(_load("contacts.yaml")["contacts"])


@cache
def guide_answers() -> dict[str, dict[str, Any]]:
    return dict(_load("guide.yaml")["answers"])


def parse(doc: Any, *, source: str) -> Playbook:
    """Validate a playbook document (built-in file or an organisation's override)."""
    if not isinstance(doc, dict):
        raise Invalid("A playbook must be a mapping.")
    try:
        tasks = tuple(
            PlaybookTask(step=str(t["step"]), due_minutes=int(t["due_minutes"]), actor=t["actor"])
            for t in doc["tasks"]
        )
        book = Playbook(
            case_type=str(doc["case_type"]),
            version=int(doc["version"]),
            title={"da": str(doc["title"]["da"]), "en": str(doc["title"]["en"])},
            sla_hours={p: int(doc["sla_hours"][p]) for p in PRIORITIES},
            tasks=tasks,
            source=source,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise Invalid(f"Playbook is missing or has a bad field: {exc}") from exc
    for t in tasks:
        if t.step not in steps():
            raise Invalid(f"Unknown step '{t.step}'.")
        if t.actor not in ACTORS:
            raise Invalid(f"Unknown actor '{t.actor}'.")
        if t.due_minutes < 0:
            raise Invalid("due_minutes must not be negative.")
    if not tasks:
        raise Invalid("A playbook needs at least one task.")
    return book


@cache
def builtin() -> dict[str, Playbook]:
    books: dict[str, Playbook] = {}
    for path in sorted(DATA.glob("*.yaml")):
        if path.name in {"steps.yaml", "contacts.yaml", "guide.yaml"}:
            continue
        book = parse(_load(path.name), source="builtin")
        books[book.case_type] = book
    return books


CASE_TYPES = tuple(builtin())


def playbook_for(session: Session, *, organisation_id: uuid.UUID, case_type: str) -> Playbook:
    if case_type not in builtin():
        raise Invalid(f"Unknown case type '{case_type}'.")
    override = session.scalar(
        sa.select(PlaybookOverride).where(
            PlaybookOverride.organisation_id == organisation_id,
            PlaybookOverride.case_type == case_type,
        )
    )
    if override is not None:
        return parse(override.document, source="organisation")
    return builtin()[case_type]


def set_override(
    session: Session, *, organisation_id: uuid.UUID, case_type: str, text: str
) -> Playbook:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise Invalid("The playbook is not valid YAML.") from exc
    book = parse(doc, source="organisation")
    if book.case_type != case_type:
        raise Invalid("case_type in the file does not match.")
    row = session.scalar(
        sa.select(PlaybookOverride).where(
            PlaybookOverride.organisation_id == organisation_id,
            PlaybookOverride.case_type == case_type,
        )
    )
    if row is None:
        row = PlaybookOverride(organisation_id=organisation_id, case_type=case_type, document=doc)
        session.add(row)
    else:
        row.document = doc
    session.flush()
    return book


def remove_override(session: Session, *, organisation_id: uuid.UUID, case_type: str) -> bool:
    result = session.execute(
        sa.delete(PlaybookOverride).where(
            PlaybookOverride.organisation_id == organisation_id,
            PlaybookOverride.case_type == case_type,
        )
    )
    return bool(getattr(result, "rowcount", 0))


def document_text(session: Session, *, organisation_id: uuid.UUID, case_type: str) -> str:
    """The YAML in force for editing: the organisation's own, or the built-in file."""
    if case_type not in builtin():
        raise Invalid(f"Unknown case type '{case_type}'.")
    override = session.scalar(
        sa.select(PlaybookOverride.document).where(
            PlaybookOverride.organisation_id == organisation_id,
            PlaybookOverride.case_type == case_type,
        )
    )
    if override is not None:
        return str(yaml.safe_dump(override, sort_keys=False, allow_unicode=True))
    return (DATA / f"{case_type}.yaml").read_text(encoding="utf-8")


def guide_steps(answers: list[str]) -> list[dict[str, Any]]:
    """The ordered, de-duplicated steps for the victim's guide from the chosen answers."""
    chosen: dict[str, tuple[int, dict[str, Any]]] = {}
    known = guide_answers()
    for answer in answers:
        for case_type in known.get(answer, {}).get("case_types", []):
            for task in builtin()[case_type].tasks:
                if task.actor == "agent":
                    continue  # internal work; the guide shows what the person does
                if task.step not in chosen or task.due_minutes < chosen[task.step][0]:
                    chosen[task.step] = (task.due_minutes, step_view(task.step))
    return [v for _, v in sorted(chosen.values(), key=lambda x: x[0])]


def step_view(step: str) -> dict[str, Any]:
    data = dict(steps()[step])
    data["key"] = step
    data["contact_info"] = contacts().get(data.get("contact", ""), None)
    return data
