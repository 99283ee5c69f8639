"""The staff page: enter a dispute, see the assessment, alternatives and letters."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from tests.disputes.factories import form_fields, seed_003


def test_enter_dispute_and_see_assessment(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/disputes")
    assert page.status_code == 200 and "221/2021" in page.text
    csrf = csrf_from(page.text)
    bad = client.post(
        f"/staff/{t.org.slug}/disputes", data={"csrf_token": csrf, "body": '{"title": "x"}'}
    )
    assert bad.status_code == 422 and 'class="error"' in bad.text
    made = client.post(
        f"/staff/{t.org.slug}/disputes", data={"csrf_token": csrf, "body": json.dumps(seed_003())}
    )
    assert made.status_code == 303
    detail = client.get(made.headers["location"])
    assert detail.status_code == 200
    assert "41192.32" in detail.text and "41.192,32" in detail.text
    assert "stk. 5" in detail.text and 'lang="en"' in detail.text


def test_other_org_and_no_csrf(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    a, b = make_tenant(), make_tenant()
    login(client, b.admin_email)
    page = client.get(f"/staff/{b.org.slug}/disputes")
    made = client.post(
        f"/staff/{b.org.slug}/disputes",
        data={"csrf_token": csrf_from(page.text), "body": json.dumps(seed_003())},
    )
    dispute_path = made.headers["location"]
    assert client.post(f"/staff/{b.org.slug}/disputes", data={"body": "{}"}).status_code == 403
    login(client, a.admin_email)
    assert client.get(dispute_path.replace(b.org.slug, a.org.slug)).status_code == 404
    assert client.get(dispute_path).status_code == 404


def test_field_by_field_form_with_the_example(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/disputes?example=221-2021")
    assert page.status_code == 200 and 'name="t2_amount"' in page.text
    fields = form_fields(page.text)
    assert ("t0_amount", "23746.73") in fields and ("p0_alt", "intentional_disclosure") in fields
    made = client.post(f"/staff/{t.org.slug}/disputes", data=_post(fields, "assess"))
    assert made.status_code == 303, made.text
    detail = client.get(made.headers["location"])
    assert "41192.32" in detail.text and "stk. 5" in detail.text
    assert "advarsel: brev fra sparekassen" in detail.text  # fact lines in Danish


def _post(fields: list[tuple[str, str]], action: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"action": [action]}
    for name, value in fields:
        out.setdefault(name, []).append(value)
    return out


def test_form_validation_messages_in_danish_and_english(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    fields = form_fields(client.get(f"/staff/{t.org.slug}/disputes?example=221-2021").text)
    broken = [(n, {"t1_amount": "-5", "p1_name": "", "t2_payer": "X"}.get(n, v)) for n, v in fields]
    da = client.post(f"/staff/{t.org.slug}/disputes", data=_post(broken, "assess"))
    assert da.status_code == 422
    assert 'id="t1_amount" name="t1_amount" type="text" value="-5" aria-invalid="true"' in da.text
    assert "Indtast et beløb i kr. større end 0 med højst to decimaler." in da.text
    assert 'id="p1_name-error">Feltet skal udfyldes.' in da.text
    # Cross-field checks run once every field is well-formed.
    crossed = [(n, {"t2_payer": "X"}.get(n, v)) for n, v in fields]
    en = client.post(
        f"/staff/{t.org.slug}/disputes",
        data=_post(crossed, "assess"),
        headers={"Accept-Language": "en"},
    )
    assert 'id="t2_payer-error">No payer has this ID.' in en.text
    assert en.status_code == 422 and "No payer has this ID." in en.text
    assert "Correct the marked fields." in en.text
    assert '<a href="#t2_payer">Transaction 3: No payer has this ID.</a>' in en.text


def _two_transaction_rows(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> tuple[Tenant, Any]:
    """A logged-in analyst's blank form after pressing "Add a transaction"."""
    t = make_tenant()
    login(client, t.admin_email)
    fields = form_fields(client.get(f"/staff/{t.org.slug}/disputes").text)
    more = client.post(f"/staff/{t.org.slug}/disputes", data=_post(fields, "add_transaction"))
    assert more.status_code == 200 and 'name="t1_amount"' in more.text
    return t, more


def test_add_rows_and_danish_amounts(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, more = _two_transaction_rows(client, make_tenant)
    filled = dict(form_fields(more.text)) | {
        "title": "Synthetic phishing",
        "objected_on": "2025-03-10",
        "p0_id": "P",
        "p0_name": "Payer P",
        "p0_accounts": "P-acc 2020-01-01",
        "p0_learned_at": "2025-03-05T15:00",
        "p0_notified_at": "2025-03-05T18:00",
        "t0_id": "t0",
        "t0_payer": "P",
        "t0_account": "P-acc",
        "t0_amount": "1.234,56",
        "t0_at": "2025-03-05T16:00:00",
    }
    made = client.post(f"/staff/{t.org.slug}/disputes", data=_post(list(filled.items()), "assess"))
    assert made.status_code == 303, made.text
    detail = client.get(made.headers["location"])
    assert "1234.56" in detail.text and "375.00" in detail.text
    # Payments after the payer learned of it and before blocking: stk. 4, nr. 1 is shown.
    assert "stk. 4, nr. 1" in detail.text and "sagde ikke til snarest muligt" in detail.text
    # Both readings of stk. 4, nr. 1 are shown, and the § 99 refund deadline.
    assert "som ordlyden af stk. 4 kan læses" in detail.text
    assert 'id="refund-deadline"' in detail.text and "11-03-2025" in detail.text
    # The sources table says which wording was checked.
    assert 'id="sources"' in detail.text and "lovguiden.dk" in detail.text


def test_authentication_business_account_and_debit_from_the_form(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, more = _two_transaction_rows(client, make_tenant)
    filled = [(n, v) for n, v in form_fields(more.text) if n != "t0_el"] + [
        ("title", "Synthetic SMS code"),
        ("objected_on", "2025-09-10"),
        ("p0_id", "P"),
        ("p0_name", "Payer P"),
        ("p0_accounts", "P-acc\nP-biz business"),
        ("p0_finding", "gross_negligence"),
        ("t0_id", "card"),
        ("t0_payer", "P"),
        ("t0_account", "P-acc"),
        ("t0_amount", "9.577,77"),
        ("t0_at", "2024-08-08T12:00"),
        ("t0_debited", "2024-08-12"),
        ("t0_auth_method", "3ds_sms"),
        ("t0_el", "possession"),
        ("t1_id", "biz"),
        ("t1_payer", "P"),
        ("t1_account", "P-biz"),
        ("t1_amount", "9000"),
        ("t1_at", "2025-09-01T12:00"),
    ]
    made = client.post(f"/staff/{t.org.slug}/disputes", data=_post(filled, "assess"))
    assert made.status_code == 303, made.text
    detail = client.get(made.headers["location"], headers={"Accept-Language": "en"})
    # The card payment is in time (13 months from the debit) and stk. 7 removes it;
    # the business account has its own 8,000 cap.
    assert "§ 100, stk. 7" in detail.text and "8000.00" in detail.text
    assert "betalingsloven § 97" not in detail.text.split('id="sources"')[0]
    assert "Det Finansielle Ankenævn" in detail.text
