"""Evidence pack for the police or an authority: a JSON bundle and a PDF with the same data,
both hashed and recorded in the audit trail and on the case's timeline."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from vaern import pdf
from vaern.cases import flows, playbooks, service
from vaern.cases.models import Case
from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.localtime import LOCAL
from vaern.orgs.access import Principal

# Personal data goes into a pack only for one of these purposes, chosen by the staff member.
LEGAL_PURPOSES = {
    "police_report": N_("Police report (the customer's own complaint)"),
    "authority_request": N_("Request from a public authority with a legal basis"),
    "customer_request": N_("The customer's own request for their data"),
}


def _local(value: datetime | None) -> str | None:
    return value.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M %Z") if value else None


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
    data: dict[str, Any] = {
        "format": "vaern-evidence-pack/1",
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
    pdf = render_pdf(data, case=case, manifest_hash=manifest_hash)
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


def render_pdf(data: dict[str, Any], *, case: Case, manifest_hash: str) -> bytes:
    c = data["case"]
    lines = [
        f"Type: {c['type']} | Status: {c['status']} | Priority: {c['priority']}",
        f"Title: {c['title']}",
        f"Opened: {_local(case.opened_at)} | Closed: {_local(case.closed_at) or '-'}",
        f"Resolution: {c['resolution'] or '-'}",
        f"Manifest SHA-256: {manifest_hash}",
        f"Customer (purpose: {data['purpose']}): {data['customer']}"
        if data["customer"]
        else "Customer: withheld (no legal purpose chosen)",
    ]
    sections: list[pdf.Section] = [
        (
            "Tasks",
            ["Step", "Actor", "Due", "Status", "Note"],
            [
                [t["title"], t["actor"], t["due_at"][:16], t["status"], t["note"]]
                for t in data["tasks"]
            ],
            [5, 2, 3, 2, 5],
        ),
        (
            "Timeline",
            ["When (UTC)", "Who", "What", "Details"],
            [
                [e["at"][:19], e["actor"], e["action"], json.dumps(e["details"])]
                for e in data["timeline"]
            ],
            [3, 4, 3, 7],
        ),
        (
            "Notes (redacted)",
            ["When (UTC)", "Text"],
            [[n["at"][:19], n["text"]] for n in data["notes"]],
            [3, 14],
        ),
        (
            "Links",
            ["Kind", "Id", "Label"],
            [[lk["kind"], lk["id"], lk["label"]] for lk in data["links"]],
            [3, 7, 7],
        ),
        (
            "Attachments",
            ["File", "Type", "Bytes", "SHA-256"],
            [[a["filename"], a["type"], a["size"], a["sha256"]] for a in data["attachments"]],
            [4, 3, 2, 8],
        ),
    ]
    checks = [e for e in data["timeline"] if e["action"] == "contact_check"]
    sections.insert(
        2,
        (
            "Did we contact the customer? (outbound log look-ups)",
            ["When (UTC)", "Who", "Contacted", "Matches", "Window (days)"],
            [
                [
                    e["at"][:19],
                    e["actor"],
                    "yes" if e["details"].get("contacted") else "no",
                    e["details"].get("matches"),
                    e["details"].get("window_days"),
                ]
                for e in checks
            ],
            [3, 5, 2, 2, 3],
        ),
    )
    linked = [
        (
            f"{item['kind']} {item['id']}",
            [f"{k}: {_flat(v)}" for k, v in item.items() if k not in _SHOWN]
            if item["available"]
            else ["Not available to this organisation or role."],
        )
        for item in data["linked"]
    ]
    return pdf.document(
        title=f"Evidence pack: case {c['id']}",
        lines=lines,
        sections=sections,
        blocks=[("Linked reports, campaigns and warnings", linked)],
    )
