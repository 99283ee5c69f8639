"""The staff form: flat HTML fields <-> the one input schema, with field-level messages.

Pure functions, no I/O. Times come from ``datetime-local`` inputs and are read as Danish
local time (Europe/Copenhagen); amounts accept Danish (1.234,56) and plain (1234.56) forms.
Empty payer and transaction rows are skipped, so "add a row" never forces input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from vaern.disputes.rules import Finding, LateReading
from vaern.disputes.schemas import DisputeInput
from vaern.i18n import N_
from vaern.localtime import LOCAL

MAX_PAYERS, MAX_TRANSACTIONS = 10, 100
CHANNELS = {
    "none": N_("Nothing disclosed"),
    "call": N_("Phone call"),
    "sms_link": N_("Link in an SMS"),
    "email": N_("E-mail"),
    "in_person": N_("In person"),
    "other": N_("Other"),
}
AUTH_METHODS = {
    "": N_("Not recorded"),
    "pin": N_("PIN at a terminal or ATM"),
    "contactless": N_("Contactless"),
    "signature": N_("Signature"),
    "card_details": N_("Card details only"),
    "3ds_sms": N_("3-D Secure with an SMS code"),
    "3ds_app": N_("3-D Secure in an app"),
    "mitid": N_("MitID approval"),
    "nemid": N_("NemID approval"),
    "other": N_("Other"),
}
ELEMENT_LABELS = {
    "knowledge": N_("Knowledge (PIN, password)"),
    "possession": N_("Possession (phone, code device)"),
    "inherence": N_("Inherence (fingerprint, face)"),
}
EVIDENCE = {
    "": N_("Not stated"),
    "payer_confirms": N_("The payer confirms it"),
    "other_evidence": N_("Other evidence"),
    "log_only": N_("Only the log of the instrument's use"),
}
READINGS = {
    LateReading.delay_only.value: N_("Only payments after the payer knew (the board's practice)"),
    LateReading.whole_loss.value: N_("The whole loss (the wording)"),
}
TRISTATE = {"": N_("Not stated"), "yes": N_("Yes"), "no": N_("No")}
PAYER_FIELDS = [
    "id",
    "name",
    "accounts",
    "instruments",
    "learned_at",
    "notified_at",
    "finding",
    "disclosed",
    "channel",
    "warnings",
    "pressure",
    "undetectable",
    "business",
    "contracted_out",
    "late_reading",
]
TX_FIELDS_LIST = [
    "id",
    "payer",
    "account",
    "instrument",
    "amount",
    "at",
    "description",
    "credential",
    "sca",
    "recorded",
    "authorised",
    "evidence",
    "debited",
    "informed",
    "auth_method",
    "amount_shown",
    "payee_knew",
    "emoney",
]
# What the form posts for each schema field, where the names differ.
_PAYER_KEYS = {"disclosure_channel": "channel", "warnings_received": "warnings"}
_PAYER_KEYS |= {"loss_undetectable": "undetectable", "alternative_findings": "alt"}
_TX_KEYS = {"credential_used": "credential", "sca_required": "sca"}
_TX_KEYS |= {"correctly_recorded": "recorded", "authorised_by_payer": "authorised"}
_TX_KEYS |= {"authorisation_evidence": "evidence", "debited_on": "debited"}
_TX_KEYS |= {"information_given_on": "informed", "authentication": "auth_method"}
_TX_KEYS |= {"e_money": "emoney"}
_TOP_KEYS = {"objected_on": "objected_on", "case_id": "case_id", "title": "title"}
_TOP_KEYS |= {"fraud_suspicion_reported": "fraud_reported"}
_PROVIDER_KEYS = {"name": "provider_name", "sca_required": "provider_sca"}
_PROVIDER_KEYS |= {
    "means_to_notify": "provider_notify",
    "loss_caused_by_provider": "provider_cause",
    "e_money_blockable": "provider_emoney_block",
}
# Account lines: "ID [YYYY-MM-DD] [business|private] [contracted-out|not-contracted-out]".
_ACCOUNT_FLAGS = {
    "business": ("business", True),
    "private": ("business", False),
    "contracted-out": ("contracted_out", True),
    "not-contracted-out": ("contracted_out", False),
}

# Field-level messages by pydantic error type; shown in the user's language.
MESSAGES = {
    "missing": N_("This field is required."),
    "string_too_short": N_("This field is required."),
    "string_too_long": N_("This text is too long."),
    "string_pattern_mismatch": N_("Use letters, digits, spaces and . : / - only."),
    "decimal_parsing": N_("Enter an amount in DKK greater than 0 with at most two decimals."),
    "greater_than": N_("Enter an amount in DKK greater than 0 with at most two decimals."),
    "decimal_max_places": N_("Enter an amount in DKK greater than 0 with at most two decimals."),
    "decimal_max_digits": N_("This amount is too large."),
    "datetime_from_date_parsing": N_("Enter a date and time (day, month, year, hour, minute)."),
    "datetime_parsing": N_("Enter a date and time (day, month, year, hour, minute)."),
    "date_from_datetime_parsing": N_("Enter a date."),
    "date_parsing": N_("Enter a date."),
    "uuid_parsing": N_("Enter a case ID (a UUID) or leave the field empty."),
    "enum": N_("Choose one of the options."),
    "literal_error": N_("Choose one of the options."),
    "duplicate_payer": N_("Two payers have the same ID."),
    "duplicate_transaction": N_("Two transactions have the same ID."),
    "unknown_payer": N_("No payer has this ID."),
    "unknown_account": N_("This payer has no account with this ID."),
    "unknown_instrument": N_("This payer has no instrument with this ID."),
    "before_account": N_("The account did not exist yet at this time."),
    "after_objection": N_("This transaction is after the objection date."),
    "debit_before_payment": N_("The debit date is before the payment."),
    "consumer_contracted_out": N_("Only a business (non-consumer) can contract out of the rules."),
}
FALLBACK = N_("Check this field.")
NO_PAYERS = N_("Enter at least one payer.")
NO_TRANSACTIONS = N_("Enter at least one transaction.")


@dataclass
class FormState:
    """What the template needs: the raw values, the rows and the messages per field."""

    values: dict[str, Any] = field(default_factory=dict)
    payer_rows: int = 1
    tx_rows: int = 1
    errors: dict[str, str] = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)


def _rows(form: Mapping[str, Any], key: str, upper: int) -> int:
    try:
        return max(1, min(upper, int(str(form.get(key, "1")))))
    except ValueError:
        return 1


def read(form: Any) -> FormState:
    """The posted form (a Starlette FormData) as raw values, capped in size and rows."""
    state = FormState(
        payer_rows=_rows(form, "payer_rows", MAX_PAYERS),
        tx_rows=_rows(form, "tx_rows", MAX_TRANSACTIONS),
    )
    singles = ["title", "language", "objected_on", "case_id", "fraud_reported"]
    singles += list(_PROVIDER_KEYS.values())
    names = singles + [f"p{i}_{f}" for i in range(state.payer_rows) for f in PAYER_FIELDS]
    names += [f"t{i}_{f}" for i in range(state.tx_rows) for f in TX_FIELDS_LIST]
    state.values = {n: str(form.get(n, ""))[:2000] for n in names if n in form}
    for i in range(state.payer_rows):
        state.values[f"p{i}_alt"] = [str(v) for v in form.getlist(f"p{i}_alt")][:6]
    for i in range(state.tx_rows):
        state.values[f"t{i}_el"] = [str(v) for v in form.getlist(f"t{i}_el")][:3]
    return state


def local_time(value: str) -> str:
    """A ``datetime-local`` value as an aware ISO time in Danish local time."""
    try:
        naive = datetime.fromisoformat(value)
    except ValueError:
        return value  # the schema reports it
    if naive.tzinfo is not None:
        return naive.isoformat()
    return naive.replace(tzinfo=LOCAL).isoformat()


def amount(value: str) -> str:
    """'1.234,56' and '1234,56' (Danish) or '1234.56' as a plain decimal string."""
    text = value.strip().replace(" ", "").removesuffix("kr.").removeprefix("DKK")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return text


def _blank(values: Mapping[str, Any], prefix: str, fields: list[str]) -> bool:
    checks = {"credential", "recorded", "sca", "channel", "finding", "late_reading"}
    return all(not values.get(f"{prefix}_{f}") for f in fields if f not in checks)


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.replace(",", "\n").splitlines() if x.strip()]


def _accounts(text: str) -> list[dict[str, Any]]:
    """One account per line: ID, then optionally the opening date (YYYY-MM-DD) and the
    words business/private and contracted-out/not-contracted-out (§ 6, stk. 3)."""
    out = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        ident, *rest = line.split()
        account: dict[str, Any] = {"id": ident}
        for word in rest:
            key, value = _ACCOUNT_FLAGS.get(word.lower(), ("opened_on", word))
            account[key] = value
        out.append(account)
    return out


def _account_line(a: Any) -> str:
    words = [a.id, *([a.opened_on.isoformat()] if a.opened_on else [])]
    for word, (key, value) in _ACCOUNT_FLAGS.items():
        if getattr(a, key) is value:
            words.append(word)
    return " ".join(words)


def _tristate(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _authentication(v: Mapping[str, Any], pre: str) -> dict[str, Any] | None:
    method, elements = v.get(f"{pre}_auth_method", ""), v.get(f"{pre}_el", [])
    shown = _tristate(v.get(f"{pre}_amount_shown", ""))
    if not (method or elements or shown is not None):
        return None
    return {"method": method or "other", "elements": elements, "amount_and_payee_shown": shown}


def to_input(state: FormState) -> tuple[dict[str, Any], list[int], list[int]]:
    """The schema's dict, and which form row each payer/transaction came from."""
    v = state.values
    opt = {k: v[k] for k in ("case_id",) if v.get(k)}
    payers, prows = [], []
    for i in range(state.payer_rows):
        pre = f"p{i}"
        if _blank(v, pre, PAYER_FIELDS):
            continue
        prows.append(i)
        payer: dict[str, Any] = {
            "id": v.get(f"{pre}_id", ""),
            "name": v.get(f"{pre}_name", ""),
            "accounts": _accounts(v.get(f"{pre}_accounts", "")),
            "instruments": _lines(v.get(f"{pre}_instruments", "")),
            "finding": v.get(f"{pre}_finding") or "no_fault",
            "alternative_findings": v.get(f"{pre}_alt", []),
            "disclosed": _lines(v.get(f"{pre}_disclosed", "")),
            "disclosure_channel": v.get(f"{pre}_channel") or "none",
            "warnings_received": [w.strip() for w in v.get(f"{pre}_warnings", "").splitlines()]
            if v.get(f"{pre}_warnings", "").strip()
            else [],
            "pressure": v.get(f"{pre}_pressure", ""),
            "loss_undetectable": bool(v.get(f"{pre}_undetectable")),
            "business": bool(v.get(f"{pre}_business")),
            "contracted_out": bool(v.get(f"{pre}_contracted_out")),
            "late_reading": v.get(f"{pre}_late_reading") or LateReading.delay_only.value,
        }
        payer["warnings_received"] = [w for w in payer["warnings_received"] if w]
        for key in ("learned_at", "notified_at"):
            if v.get(f"{pre}_{key}"):
                payer[key] = local_time(v[f"{pre}_{key}"])
        payers.append(payer)
    txs, trows = [], []
    for i in range(state.tx_rows):
        pre = f"t{i}"
        if _blank(v, pre, TX_FIELDS_LIST):
            continue
        trows.append(i)
        sca = v.get(f"{pre}_sca", "")
        tx: dict[str, Any] = {
            "id": v.get(f"{pre}_id", ""),
            "payer": v.get(f"{pre}_payer", ""),
            "account": v.get(f"{pre}_account", ""),
            "instrument": v.get(f"{pre}_instrument") or "unknown",
            "amount": amount(v.get(f"{pre}_amount", "")),
            "at": local_time(v.get(f"{pre}_at", "")),
            "description": v.get(f"{pre}_description", ""),
            "credential_used": bool(v.get(f"{pre}_credential")),
            "correctly_recorded": bool(v.get(f"{pre}_recorded")),
            "authorised_by_payer": bool(v.get(f"{pre}_authorised")),
            "authorisation_evidence": v.get(f"{pre}_evidence", ""),
            "payee_knew": bool(v.get(f"{pre}_payee_knew")),
            "e_money": bool(v.get(f"{pre}_emoney")),
        }
        if sca in {"yes", "no"}:
            tx["sca_required"] = sca == "yes"
        for key, name in (("debited_on", "debited"), ("information_given_on", "informed")):
            if v.get(f"{pre}_{name}"):
                tx[key] = v[f"{pre}_{name}"]
        auth = _authentication(v, pre)
        if auth is not None:
            tx["authentication"] = auth
        if not tx["amount"]:
            del tx["amount"]
        txs.append(tx)
    data = {
        "title": v.get("title", ""),
        "language": v.get("language") or "da",
        "objected_on": v.get("objected_on", ""),
        "provider": {
            "name": v.get("provider_name", ""),
            "sca_required": bool(v.get("provider_sca")),
            "means_to_notify": bool(v.get("provider_notify")),
            "loss_caused_by_provider": bool(v.get("provider_cause")),
            "e_money_blockable": bool(v.get("provider_emoney_block")),
        },
        "fraud_suspicion_reported": bool(v.get("fraud_reported")),
        "payers": payers,
        "transactions": txs,
        **opt,
    }
    return data, prows, trows


def validate(state: FormState) -> DisputeInput | None:
    """The validated input, or None with ``state.errors``/``state.summary`` filled in."""
    data, prows, trows = to_input(state)
    try:
        return DisputeInput.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            name = _field_name(err, prows, trows)
            message = MESSAGES.get(err["type"], FALLBACK)
            if name is None:
                loc = err["loc"]
                if loc and loc[0] in {"payers", "transactions"} and err["type"] == "too_short":
                    message = NO_PAYERS if loc[0] == "payers" else NO_TRANSACTIONS
                state.summary.append(message)
            else:
                state.errors.setdefault(name, message)
        return None


def _field_name(err: Any, prows: list[int], trows: list[int]) -> str | None:
    loc = tuple(err["loc"])
    ctx = err.get("ctx") or {}
    if not loc and "field" in ctx:
        index = ctx.get("index")
        if index is None:
            return f"p{prows[0]}_id" if prows else None
        return f"t{trows[index]}_{_TX_KEYS.get(ctx['field'], ctx['field'])}"
    if len(loc) == 2 and loc[0] == "payers" and isinstance(loc[1], int) and "field" in ctx:
        return f"p{prows[loc[1]]}_{ctx['field']}"
    if len(loc) >= 3 and loc[0] == "payers" and isinstance(loc[1], int):
        key = str(loc[2])
        return f"p{prows[loc[1]]}_{_PAYER_KEYS.get(key, key)}"
    if len(loc) >= 3 and loc[0] == "transactions" and isinstance(loc[1], int):
        key = str(loc[2])
        return f"t{trows[loc[1]]}_{_TX_KEYS.get(key, key)}"
    if len(loc) >= 2 and loc[0] == "provider":
        return _PROVIDER_KEYS.get(str(loc[1]))
    if loc and str(loc[0]) in _TOP_KEYS:
        return _TOP_KEYS[str(loc[0])]
    return None


def from_input(data: DisputeInput) -> FormState:
    """A form filled in from an input (the example, or a JSON import loaded into the form)."""

    def local(at: datetime | None) -> str:
        return at.astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M:%S") if at else ""

    v: dict[str, Any] = {
        "title": data.title,
        "language": data.language,
        "objected_on": data.objected_on.isoformat(),
        "case_id": str(data.case_id) if data.case_id else "",
        "provider_name": data.provider.name,
        "provider_sca": "on" if data.provider.sca_required else "",
        "provider_notify": "on" if data.provider.means_to_notify else "",
        "provider_cause": "on" if data.provider.loss_caused_by_provider else "",
        "provider_emoney_block": "on" if data.provider.e_money_blockable else "",
        "fraud_reported": "on" if data.fraud_suspicion_reported else "",
    }
    for i, p in enumerate(data.payers):
        v |= {
            f"p{i}_id": p.id,
            f"p{i}_name": p.name,
            f"p{i}_accounts": "\n".join(_account_line(a) for a in p.accounts),
            f"p{i}_instruments": ", ".join(p.instruments),
            f"p{i}_learned_at": local(p.learned_at),
            f"p{i}_notified_at": local(p.notified_at),
            f"p{i}_finding": p.finding.value,
            f"p{i}_alt": [f.value for f in p.alternative_findings],
            f"p{i}_disclosed": ", ".join(p.disclosed),
            f"p{i}_channel": p.disclosure_channel,
            f"p{i}_warnings": "\n".join(p.warnings_received),
            f"p{i}_pressure": p.pressure,
            f"p{i}_undetectable": "on" if p.loss_undetectable else "",
            f"p{i}_business": "on" if p.business else "",
            f"p{i}_contracted_out": "on" if p.contracted_out else "",
            f"p{i}_late_reading": p.late_reading.value,
        }
    for i, t in enumerate(data.transactions):
        sca = "" if t.sca_required is None else ("yes" if t.sca_required else "no")
        v |= {
            f"t{i}_id": t.id,
            f"t{i}_payer": t.payer,
            f"t{i}_account": t.account,
            f"t{i}_instrument": t.instrument,
            f"t{i}_amount": f"{t.amount:.2f}",
            f"t{i}_at": local(t.at),
            f"t{i}_description": t.description,
            f"t{i}_credential": "on" if t.credential_used else "",
            f"t{i}_sca": sca,
            f"t{i}_recorded": "on" if t.correctly_recorded else "",
            f"t{i}_authorised": "on" if t.authorised_by_payer else "",
            f"t{i}_evidence": t.authorisation_evidence,
            f"t{i}_debited": t.debited_on.isoformat() if t.debited_on else "",
            f"t{i}_informed": t.information_given_on.isoformat() if t.information_given_on else "",
            f"t{i}_payee_knew": "on" if t.payee_knew else "",
            f"t{i}_emoney": "on" if t.e_money else "",
            **_auth_values(i, t.authentication),
        }
    return FormState(values=v, payer_rows=len(data.payers), tx_rows=len(data.transactions))


def _auth_values(i: int, auth: Any) -> dict[str, Any]:
    if auth is None:
        return {f"t{i}_auth_method": "", f"t{i}_el": [], f"t{i}_amount_shown": ""}
    shown = auth.amount_and_payee_shown
    return {
        f"t{i}_auth_method": auth.method,
        f"t{i}_el": list(auth.elements),
        f"t{i}_amount_shown": "" if shown is None else ("yes" if shown else "no"),
    }


def blank() -> FormState:
    """An empty form with the defaults a new case usually has (credential used, booked)."""
    return FormState(
        values={
            "language": "da",
            "provider_sca": "on",
            "provider_notify": "on",
            "provider_emoney_block": "on",
            "p0_finding": Finding.no_fault.value,
            "t0_credential": "on",
            "t0_recorded": "on",
        }
    )


def add_row(state: FormState, kind: str) -> None:
    """One more (empty) payer or transaction row, with the usual defaults ticked."""
    if kind == "payer" and state.payer_rows < MAX_PAYERS:
        state.values[f"p{state.payer_rows}_finding"] = Finding.no_fault.value
        state.payer_rows += 1
    elif kind == "transaction" and state.tx_rows < MAX_TRANSACTIONS:
        state.values |= {f"t{state.tx_rows}_credential": "on", f"t{state.tx_rows}_recorded": "on"}
        state.tx_rows += 1
