"""Evidence pack for the police or an authority: a JSON bundle and a PDF with the same data,
both hashed and recorded in the audit trail and on the case's timeline."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from vaern import pdf
from vaern.cases import flows, playbooks, service
from vaern.cases.models import Case
from vaern.errors import Invalid
from vaern.i18n import N_, current_locale, gettext
from vaern.labels import case_title, label
from vaern.localtime import local, local_iso
from vaern.orgs.access import Principal

# Personal data goes into a pack only for one of these purposes, chosen by the staff member.
LEGAL_PURPOSES = {
    "police_report": N_("Police report (the customer's own complaint)"),
    "authority_request": N_("Request from a public authority with a legal basis"),
    "customer_request": N_("The customer's own request for their data"),
}


def bundle(
    session: Session, *, principal: Principal, case_id: uuid.UUID, purpose: str | None
) -> dict[str, Any]:
    """The pack's data; customer identifiers only with a legal purpose (audited reveal)."""
    principal.require("read")
    if purpose is not None and purpose not in LEGAL_PURPOSES:
        raise Invalid(f"Unknown legal purpose '{purpose}'.")
    case = service.get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    service.ensure_workable(session, case)  # an export to the police is more than storage
    steps = playbooks.steps()
    links = service.links(session, case=case)
    organisation, people = flows.organisation_and_people(
        session, organisation_id=case.organisation_id
    )
    data: dict[str, Any] = {
        "format": "vaern-evidence-pack/1",
        "organisation": organisation,
        "case": {
            "id": str(case.id),
            "type": case.case_type,
            "title": case.title,
            "status": case.status,
            "priority": case.priority,
            "source": case.source,
            "opened_at": case.opened_at.isoformat(),
            "closed_at": case.closed_at.isoformat() if case.closed_at else None,
            "resolution": case.resolution,
            "playbook": case.playbook_version,
        },
        "customer": None,
        "purpose": purpose,
        "tasks": [
            {
                "step": t.step,
                "title": steps[t.step]["title"]["en"],
                "title_da": steps[t.step]["title"]["da"],
                "actor": t.actor,
                "due_at": t.due_at.isoformat(),
                "status": t.status,
                "completed_at": t.completed_at.isoformat() if t.completed_at else None,
                "note": t.note,
            }
            for t in service.tasks(session, case=case)
        ],
        "timeline": [
            {
                "at": e.at.isoformat(),
                "actor": f"{e.actor_type}:{e.actor_id or '-'}",
                "actor_name": people.get(e.actor_id or "", e.actor_id or e.actor_type),
                "action": e.action,
                "details": e.details,
            }
            for e in service.timeline(session, case=case)
        ],
        "notes": [
            {"at": n.at.isoformat(), "text": n.body} for n in service.notes(session, case=case)
        ],
        "links": [{"kind": lk.kind, "id": str(lk.target_id), "label": lk.label} for lk in links],
        # The content of linked reports, campaigns and warnings (redacted), so the manifest
        # hash covers what the police read, not only references to it.
        "linked": flows.linked_content(session, principal=principal, links=links),
        "attachments": [
            {"filename": a.filename, "type": a.content_type, "size": a.size, "sha256": a.sha256}
            for a in service.attachments(session, case=case)
        ],
    }
    if purpose is not None and case.subject_id is not None:
        data["customer"] = service.reveal_customer(
            session, principal=principal, case_id=case.id, purpose=f"evidence:{purpose}"
        )
    return data


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def export(
    session: Session, *, principal: Principal, case_id: uuid.UUID, purpose: str | None = None
) -> tuple[dict[str, Any], bytes]:
    """Return (JSON bundle with its manifest, PDF bytes) and record both hashes."""
    data = bundle(session, principal=principal, case_id=case_id, purpose=purpose)
    manifest_hash = hashlib.sha256(canonical(data)).hexdigest()
    case = service.get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    pictures = [
        (f"{a.filename} (SHA-256 {a.sha256})", service.attachment_bytes(a))
        for a in service.attachments(session, case=case)
        if a.content_type in ("image/png", "image/jpeg")
    ]
    pdf = render_pdf(data, case=case, manifest_hash=manifest_hash, pictures=pictures)
    pdf_hash = hashlib.sha256(pdf).hexdigest()
    data["manifest"] = {"sha256": manifest_hash, "pdf_sha256": pdf_hash}
    details = {"manifest_sha256": manifest_hash, "pdf_sha256": pdf_hash, "purpose": purpose}
    service.record_event(session, case, principal, "evidence_export", **details)
    return data, pdf


_SHOWN = {"kind", "id", "available"}


def _flat(value: Any) -> str:
    """A readable one-line form of a JSON value for the PDF."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_flat(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " | ".join(_flat(v) for v in value) or "-"
    return "-" if value is None else str(value)


def _when(iso: str | None) -> str:
    return local_iso(iso, "%Y-%m-%d %H:%M %Z")


def _details(action: str, details: dict[str, Any]) -> str:
    """A timeline entry's details in words: codes through the label catalogue, ids and
    hashes kept (the police may need to match them)."""
    parts = []
    for key, value in details.items():
        if key == "found":
            value = "; ".join(
                f"{label(m.get('channel'), 'channel')} {_when(m.get('sent_at'))} "
                f"{m.get('sender') or ''}".strip()
                for m in value
            )
        elif key == "contacted":
            value = gettext("yes") if value else gettext("no")
        elif isinstance(value, str):
            value = label(value, "link" if key == "kind" else "")
        parts.append(f"{key}: {_flat(value)}")
    return "; ".join(parts) or "-"


def render_pdf(
    data: dict[str, Any],
    *,
    case: Case,
    manifest_hash: str,
    pictures: list[pdf.Picture] | None = None,
) -> bytes:
    """The pack for a reader at the police: in the current language (Danish by default),
    with the organisation, people by name, Copenhagen times, images and every hash."""
    c = data["case"]
    da = current_locale.get() == "da"
    customer = data["customer"]
    lines = [
        f"{gettext('Organisation')}: {data.get('organisation') or '-'}",
        f"{gettext('Case')}: {case_title(c['title'])} ({c['id']})",
        f"{gettext('Type')}: {label(c['type'])} · {gettext('Status')}: {label(c['status'])}"
        f" · {gettext('Priority')}: {label(c['priority'])}",
        f"{gettext('Opened')}: {local(case.opened_at)} · "
        f"{gettext('Closed')}: {local(case.closed_at) if case.closed_at else '-'}",
        f"{gettext('Resolution')}: {c['resolution'] or '-'}",
        f"{gettext('Times are Copenhagen time (CET/CEST).')}",
        f"{gettext('Customer')} ({gettext(LEGAL_PURPOSES[data['purpose']])}): "
        + "; ".join(f"{label(k, 'identifier')}: {', '.join(v)}" for k, v in customer.items())
        if customer
        else gettext("Customer: withheld (no legal purpose chosen)"),
    ]
    checks = [e for e in data["timeline"] if e["action"] == "contact_check"]
    sections: list[pdf.Section] = [
        (
            gettext("Tasks"),
            [gettext("Step"), gettext("Who"), gettext("Due"), gettext("Status"), gettext("Note")],
            [
                [
                    t["title_da"] if da else t["title"],
                    t["actor"],
                    _when(t["due_at"]),
                    label(t["status"]),
                    t["note"],
                ]
                for t in data["tasks"]
            ],
            [5, 2, 3.4, 2, 5],
        ),
        (
            gettext("Did we contact the customer? (outbound log look-ups)"),
            [gettext("When"), gettext("Who"), gettext("Contacted"), gettext("What matched")],
            [
                [
                    _when(e["at"]),
                    e["actor_name"],
                    gettext("yes") if e["details"].get("contacted") else gettext("no"),
                    _details("found", {"found": e["details"].get("found", [])}).removeprefix(
                        "found: "
                    ),
                ]
                for e in checks
            ],
            [3.4, 3.5, 2, 8.5],
        ),
        (
            gettext("Timeline"),
            [gettext("When"), gettext("Who"), gettext("What"), gettext("Details")],
            [
                [
                    _when(e["at"]),
                    e["actor_name"],
                    label(e["action"], "event"),
                    _details(e["action"], e["details"]),
                ]
                for e in data["timeline"]
            ],
            [3.4, 3, 3.5, 7.5],
        ),
        (
            gettext("Notes (redacted)"),
            [gettext("When"), gettext("Text")],
            [[_when(n["at"]), n["text"]] for n in data["notes"]],
            [3.4, 14],
        ),
        (
            gettext("Links"),
            [gettext("Kind"), gettext("Id"), gettext("Label")],
            [[label(lk["kind"], "link"), lk["id"], lk["label"]] for lk in data["links"]],
            [3.5, 7, 7],
        ),
        (
            gettext("Attachments and their SHA-256 hashes"),
            [gettext("File"), gettext("Type"), gettext("Bytes"), "SHA-256"],
            [[a["filename"], a["type"], a["size"], a["sha256"]] for a in data["attachments"]],
            [4, 2.5, 1.5, 9.5],
        ),
        (
            gettext("Hashes of this pack"),
            [gettext("What"), "SHA-256"],
            [[gettext("Manifest (the JSON bundle without this table)"), manifest_hash]],
            [6, 11.5],
        ),
    ]
    linked = [
        (
            f"{label(item['kind'], 'link')} {item['id']}",
            [f"{k}: {_flat(v)}" for k, v in item.items() if k not in _SHOWN]
            if item["available"]
            else [gettext("Not available to this organisation or role.")],
        )
        for item in data["linked"]
    ]
    return pdf.document(
        title=gettext("Evidence pack: case %(id)s") % {"id": c["id"]},
        lines=lines,
        sections=sections,
        blocks=[(gettext("Linked reports, campaigns and warnings"), linked)],
        pictures=pictures,
        pictures_heading=gettext("Attached images"),
        none_text=gettext("None."),
    )
