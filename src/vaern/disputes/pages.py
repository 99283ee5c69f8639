"""Staff pages: enter a dispute field by field (or import JSON), see the assessment and letters."""

from __future__ import annotations

import uuid
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern.disputes import form as dform
from vaern.disputes import service
from vaern.disputes.letter import letter_html
from vaern.disputes.reference import HERE as REFERENCE_DIR
from vaern.disputes.rules import FINDING_LABEL, LATE_READING, PROVISIONS, Finding
from vaern.disputes.schemas import Assessment, DisputeInput
from vaern.i18n import N_, current_locale, gettext
from vaern.orgs.deps import StaffPrincipal
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, add_template_dir, render

router = APIRouter(
    prefix="/staff/{slug}/disputes", include_in_schema=False, route_class=UnitOfWorkRoute
)
add_template_dir(Path(__file__).resolve().parent / "templates")
add_staff_link("disputes", N_("Payment disputes"))
EXAMPLE = (REFERENCE_DIR / "221-2021.json").read_text("utf-8")


def _page(
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    state: dform.FormState,
    *,
    body: str = EXAMPLE,
    import_errors: list[str] | None = None,
) -> Response:
    lang = current_locale.get()
    failed = bool(state.errors or state.summary or import_errors)
    context = {
        "principal": principal,
        "disputes": service.list_disputes(session, organisation_id=principal.organisation_id),
        "f": state,
        "findings": [(f.value, FINDING_LABEL[f][lang]) for f in Finding],
        "channels": [(k, gettext(v)) for k, v in dform.CHANNELS.items()],
        "auth_methods": [(k, gettext(v)) for k, v in dform.AUTH_METHODS.items()],
        "elements": [(k, gettext(v)) for k, v in dform.ELEMENT_LABELS.items()],
        "evidence": [(k, gettext(v)) for k, v in dform.EVIDENCE.items()],
        "readings": [(k, gettext(v)) for k, v in dform.READINGS.items()],
        "tristate": [(k, gettext(v)) for k, v in dform.TRISTATE.items()],
        "body": body,
        "import_errors": import_errors or [],
    }
    return render(request, "disputes/index.html", context, status_code=422 if failed else 200)


@router.get("")
def index(
    slug: str, request: Request, session: DB, principal: StaffPrincipal, example: str = ""
) -> Response:
    principal.require("read")
    state = dform.blank()
    if example == "221-2021":
        state = dform.from_input(DisputeInput.model_validate_json(EXAMPLE))
    return _page(request, session, principal, state)


@router.post("", dependencies=[CSRF])
async def create(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("operate")
    posted = await request.form()
    action = str(posted.get("action", "import" if "body" in posted else "assess"))
    if action == "import":
        body = str(posted.get("body", ""))[: 1 << 20]
        try:
            data = DisputeInput.model_validate_json(body)
        except ValidationError as exc:
            errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
            return _page(
                request, session, principal, dform.blank(), body=body, import_errors=errors
            )
    else:
        state = dform.read(posted)
        if action in {"add_payer", "add_transaction"}:
            dform.add_row(state, action.removeprefix("add_"))
            return _page(request, session, principal, state)
        valid = dform.validate(state)
        if valid is None:
            return _page(request, session, principal, state)
        data = valid
    row = service.create_dispute(
        session, organisation_id=principal.organisation_id, data=data, actor=principal
    )
    return RedirectResponse(f"/staff/{slug}/disputes/{row.id}", status_code=303)


def _used_provisions(result: Assessment) -> list[str]:
    """The provisions this assessment relied on: bands, alternatives and exclusions."""
    keys = [p.provision for p in result.payers]
    keys += [a.provision for p in result.payers for a in p.alternatives]
    keys += [t.reason for p in result.payers for t in p.transactions if t.reason]
    keys += [x.provision for p in result.payers for x in p.basis]
    keys += ["s99"] if result.refund_deadline else []
    return [k for k in dict.fromkeys(keys) if k in PROVISIONS]


@router.get("/{dispute_id}")
def detail(
    slug: str, dispute_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("read")
    row = service.get_dispute(
        session, organisation_id=principal.organisation_id, dispute_id=dispute_id, actor=principal
    )
    result = service.assessment_of(row)
    return render(
        request,
        "disputes/detail.html",
        {
            "principal": principal,
            "dispute": row,
            "a": result,
            "labels": FINDING_LABEL,
            "readings": LATE_READING,
            "provisions": PROVISIONS,
            "used": _used_provisions(result),
            "letters": {lang: letter_html(result, lang) for lang in ("da", "en")},
        },
    )
