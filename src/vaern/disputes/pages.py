"""Staff pages: enter a dispute (the JSON input schema), see the assessment and the letters."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern.disputes import service
from vaern.disputes.letter import letter_html
from vaern.disputes.reference import HERE as REFERENCE_DIR
from vaern.disputes.rules import FINDING_LABEL
from vaern.disputes.schemas import DisputeInput
from vaern.i18n import N_
from vaern.web.deps import CSRF, DB, StaffPrincipal
from vaern.web.templating import add_staff_link, add_template_dir, render

router = APIRouter(prefix="/staff/{slug}/disputes", include_in_schema=False)
add_template_dir(Path(__file__).resolve().parent / "templates")
add_staff_link("disputes", N_("Payment disputes"))
EXAMPLE = (REFERENCE_DIR / "221-2021.json").read_text("utf-8")


def _form(request: Request, session: DB, principal: StaffPrincipal, **ctx: object) -> Response:
    status = 422 if ctx.get("errors") else 200
    context = {
        "principal": principal,
        "disputes": service.list_disputes(session, organisation_id=principal.organisation_id),
        "errors": [],
        "body": EXAMPLE,
        **ctx,
    }
    return render(request, "disputes/index.html", context, status_code=status)


@router.get("")
def index(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("read")
    return _form(request, session, principal)


@router.post("", dependencies=[CSRF])
def create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    body: Annotated[str, Form(max_length=1 << 20)],
) -> Response:
    principal.require("operate")
    try:
        data = DisputeInput.model_validate_json(body)
    except ValidationError as exc:
        errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return _form(request, session, principal, errors=errors, body=body)
    row = service.create_dispute(
        session, organisation_id=principal.organisation_id, data=data, actor=principal
    )
    return RedirectResponse(f"/staff/{slug}/disputes/{row.id}", status_code=303)


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
            "letters": {lang: letter_html(result, lang) for lang in ("da", "en")},
        },
    )
