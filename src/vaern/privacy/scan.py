"""Scan the database for personal data stored in clear: every text and JSON column of
every table goes through the recognisers for CPR, card, e-mail, phone and IBAN.

Not personal data, and so skipped: the public contact data of the organisations themselves
(main phone, registered channels, which their warnings and policies quote), and the
staff contact columns in ``ALLOWED``. Findings name table, column, entity and row id, never the
value, so the report can be shared.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import Base
from vaern.privacy.redact import RedactionPolicy, analyze

ENTITIES = frozenset({"CPR", "CARD", "EMAIL", "PHONE", "IBAN"})
POLICY = RedactionPolicy(entities=ENTITIES)
# Columns that hold identifiers in clear by design.
ALLOWED: dict[tuple[str, str], str] = {
    ("users", "email"): "staff sign-in; staff are users of the system, not data subjects here",
    ("breaches", "contact"): "the DPO's contact point for Datatilsynet (art. 33(3)(b))",
    ("api_tokens", "prefix"): "the random public part of a token; its digits are no number",
}


def _digits(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[2:] if digits.startswith("45") and len(digits) == 10 else digits


def _public_identifiers(session: Session) -> set[str]:
    """The organisations' own public numbers and addresses, normalised."""
    tables = Base.metadata.tables
    values: set[str] = set()
    for column in (tables["organisations"].c.main_phone, tables["channels"].c.value):
        values.update(v for v in session.scalars(sa.select(column)) if v)
    return {_digits(v) or v.casefold() for v in values}


def scan(
    session: Session, *, organisation_ids: list[uuid.UUID] | None = None
) -> list[dict[str, Any]]:
    """Every finding outside ``ALLOWED`` and the organisations' public identifiers; with
    ``organisation_ids``, only rows of those organisations (tables without the column are
    then skipped)."""
    import vaern.models  # noqa: F401 - every domain's tables

    public = _public_identifiers(session)
    findings: list[dict[str, Any]] = []
    for name, table in sorted(Base.metadata.tables.items()):
        columns = [
            c
            for c in table.columns
            if isinstance(c.type, sa.String | sa.Text | sa.JSON) and (name, c.name) not in ALLOWED
        ]
        if not columns or "id" not in table.c:
            continue
        query = sa.select(table.c.id, *columns)
        if organisation_ids is not None:
            if "organisation_id" not in table.c:
                continue
            query = query.where(table.c.organisation_id.in_(organisation_ids))
        for row in session.execute(query):
            for column, value in zip(columns, row[1:], strict=True):
                if value is None:
                    continue
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                for f in analyze(text, policy=POLICY):
                    found = text[f.start : f.end]
                    if (_digits(found) or found.casefold()) in public:
                        continue
                    findings.append(
                        {
                            "table": name,
                            "column": column.name,
                            "entity": f.entity,
                            "id": str(row[0]),
                        }
                    )
    return findings
