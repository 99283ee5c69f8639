"""Scan the database for personal data stored in clear: every text and JSON column of
every table goes through the recognisers for CPR, card, e-mail, phone and IBAN.

Not counted:

- columns that the records of processing declare as holding contact identifiers in clear,
  with the reason (``Processing.in_clear``, e.g. the published indicators of a scam);
  only phone numbers and e-mail addresses are excused there: a CPR, card or IBAN is
  reported in every column;
- the public contact data of the organisations themselves (main phone, registered
  channels), which their warnings and policies quote;
- values of a validated column whose whole value has a format that cannot carry personal
  data: a valid CVR number in the CVR column (eight digits read as a phone number), an API
  token's random hex prefix (ten of its digits in a row can read as a CPR number), a
  campaign's hashed grouping key (a band hash can be sixteen digits that pass Luhn);
- digits inside a report's or campaign's reference (``R-AB23456789``, ten random symbols
  of which eight in a row can be digits), wherever it is quoted;
- digits glued to a letter that follows them, as in the hex label of
  ``rebind-36317168b2.hooks.test``: part of an identifier, since a phone number is never
  written with a letter straight after its last digit ("tlf20304050" is still reported);
- digits inside an organisation's own name or slug that touch a letter on either side,
  as in ``org-e844788664``: part of a name. A number written as a word of its own inside
  a name is still reported.

Findings name table, column, entity and row id, never the value, so the report can be
shared.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from itertools import islice
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from stdnum.dk import cvr

from vaern.db import Base
from vaern.dpo import processing
from vaern.privacy.redact import Finding, RedactionPolicy, analyze_many
from vaern.reports.grouping import REFERENCE

ENTITIES = frozenset({"CPR", "CARD", "EMAIL", "PHONE", "IBAN"})
POLICY = RedactionPolicy(entities=ENTITIES)
BATCH = 500  # cells analysed together
# What a column declared in clear may hold; everything else is still reported there.
EXCUSED_IN_DECLARED = frozenset({"EMAIL", "PHONE"})
# A campaign's LSH band key or keyed-hash sender key (``reports.grouping``): one in ~2,000
# band hashes is sixteen digits, a tenth of those pass Luhn. Domain keys are still scanned.
_HASHED_KEY = re.compile(r"fp:\d+:[0-9a-f]{16}|(?:sender|phone)#[0-9a-f]{40}")
# Columns whose values are validated as an identifier that is no personal data.
VALIDATED: dict[tuple[str, str], Callable[[str], bool]] = {
    ("organisations", "cvr"): cvr.is_valid,
    ("api_tokens", "prefix"): lambda v: re.fullmatch(r"[0-9a-f]{12}", v) is not None,
    ("campaign_keys", "key"): lambda v: _HASHED_KEY.fullmatch(v) is not None,
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


def _organisation_names(session: Session) -> list[str]:
    table = Base.metadata.tables["organisations"]
    names: set[str] = set()
    for name, slug in session.execute(sa.select(table.c.name, table.c.slug)):
        names.update(v for v in (name, slug) if v)
    return sorted(names)


def _glued_into_a_name(text: str, f: Finding, names: list[str]) -> bool:
    """The finding lies inside an organisation's name or slug and touches a letter, so it
    is part of a word of the name rather than a number of its own."""
    before = text[f.start - 1] if f.start > 0 else " "
    after = text[f.end] if f.end < len(text) else " "
    if not (before.isalpha() or after.isalpha()):
        return False
    for name in names:
        at = text.find(name)
        while at >= 0:
            if at <= f.start and f.end <= at + len(name):
                return True
            at = text.find(name, at + 1)
    return False


def _excused(
    table: str, column: str, text: str, f: Finding, public: set[str], names: list[str]
) -> bool:
    found = text[f.start : f.end]
    if (_digits(found) or found.casefold()) in public:
        return True
    if any(m.start() <= f.start and f.end <= m.end() for m in REFERENCE.finditer(text)):
        return True
    if VALIDATED.get((table, column), lambda _: False)(text):
        return True
    if f.entity != "PHONE":
        return False
    if f.end < len(text) and text[f.end].isalpha():
        return True
    return _glued_into_a_name(text, f, names)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def scan(
    session: Session, *, organisation_ids: list[uuid.UUID] | None = None
) -> list[dict[str, Any]]:
    """Every finding that is not excused (see the module docstring); with
    ``organisation_ids``, only rows of those organisations and their own rows in
    ``organisations`` (tables without an ``organisation_id`` are then skipped)."""
    declared = processing.clear_columns()
    public = _public_identifiers(session)
    names = _organisation_names(session)
    findings: list[dict[str, Any]] = []
    for name, table in sorted(Base.metadata.tables.items()):
        columns = [c for c in table.columns if isinstance(c.type, sa.String | sa.Text | sa.JSON)]
        if not columns or "id" not in table.c:
            continue
        query = sa.select(table.c.id, *columns)
        if organisation_ids is not None:
            owner = table.c.id if name == "organisations" else table.c.get("organisation_id")
            if owner is None:
                continue
            query = query.where(owner.in_(organisation_ids))
        cells = (
            (str(row[0]), column.name, value if isinstance(value, str) else _json(value))
            for row in session.execute(query)
            for column, value in zip(columns, row[1:], strict=True)
            if value is not None
        )
        # In batches (``analyze_many``: the findings ``analyze`` gives, cheaper in bulk).
        while batch := list(islice(cells, BATCH)):
            found = analyze_many([text for _, _, text in batch], policy=POLICY)
            for (row_id, column_name, text), fs in zip(batch, found, strict=True):
                for f in fs:
                    if (name, column_name) in declared and f.entity in EXCUSED_IN_DECLARED:
                        continue
                    if _excused(name, column_name, text, f, public, names):
                        continue
                    findings.append(
                        {"table": name, "column": column_name, "entity": f.entity, "id": row_id}
                    )
    return findings
