"""The staff form's pure parts: amounts, local times, empty rows, field-level messages."""

from __future__ import annotations

from decimal import Decimal

from vaern.disputes import form
from vaern.disputes.reference import HERE
from vaern.disputes.schemas import DisputeInput


def test_amount_accepts_danish_and_plain_forms() -> None:
    assert form.amount("23.746,73") == "23746.73"
    assert form.amount("9780,00 kr.") == "9780.00"
    assert form.amount(" 41192.32 ") == "41192.32"


def test_local_time_is_copenhagen_with_daylight_saving() -> None:
    assert form.local_time("2021-03-05T16:10:49") == "2021-03-05T16:10:49+01:00"
    assert form.local_time("2024-07-01T12:00") == "2024-07-01T12:00:00+02:00"
    assert form.local_time("not a time") == "not a time"  # left to the schema to report


def test_the_example_round_trips_through_the_form() -> None:
    original = DisputeInput.model_validate_json((HERE / "221-2021.json").read_text("utf-8"))
    state = form.from_input(original)
    form.add_row(state, "payer")  # empty rows are ignored
    form.add_row(state, "transaction")
    again = form.validate(state)
    assert again is not None and not state.errors
    assert again == original


def test_field_level_messages_name_the_row_and_field() -> None:
    state = form.blank()
    state.values |= {
        "title": "x",
        "objected_on": "2025-03-10",
        "p0_id": "P",
        "p0_name": "",
        "p0_accounts": "P-acc",
        "t0_id": "t",
        "t0_payer": "Q",
        "t0_account": "P-acc",
        "t0_amount": "-5",
        "t0_at": "2025-03-05T16:00",
    }
    assert form.validate(state) is None
    assert state.errors["p0_name"] == "This field is required."
    assert "greater than 0" in state.errors["t0_amount"]
    state.values |= {"p0_name": "Payer", "t0_amount": "5,00"}
    state.errors.clear()
    assert form.validate(state) is None
    assert state.errors == {"t0_payer": "No payer has this ID."}
    state.values["t0_payer"] = "P"
    state.errors.clear()
    valid = form.validate(state)
    assert valid is not None and valid.transactions[0].amount == Decimal("5.00")


def test_no_rows_is_a_summary_message() -> None:
    state = form.blank()
    state.values |= {"title": "x", "objected_on": "2025-03-10"}
    assert form.validate(state) is None
    assert "Enter at least one payer." in state.summary
    assert "Enter at least one transaction." in state.summary


def test_new_fields_round_trip_through_the_form() -> None:
    data = DisputeInput.model_validate(
        {
            "title": "x",
            "objected_on": "2025-09-10",
            "fraud_suspicion_reported": True,
            "provider": {"e_money_blockable": False},
            "payers": [
                {
                    "id": "P",
                    "name": "P",
                    "accounts": [
                        {"id": "P-acc", "opened_on": "2020-01-01"},
                        {"id": "P-biz", "business": True, "contracted_out": True},
                        {"id": "P-priv", "business": False},
                    ],
                    "finding": "late_notification",
                    "business": True,
                    "late_reading": "whole_loss",
                }
            ],
            "transactions": [
                {
                    "id": "t",
                    "payer": "P",
                    "account": "P-acc",
                    "amount": "9577.77",
                    "at": "2024-08-08T12:00:00+02:00",
                    "debited_on": "2024-08-12",
                    "information_given_on": "2024-09-01",
                    "authentication": {
                        "method": "mitid",
                        "elements": ["knowledge", "possession"],
                        "amount_and_payee_shown": False,
                    },
                    "payee_knew": True,
                    "e_money": True,
                    "authorised_by_payer": True,
                    "authorisation_evidence": "log_only",
                }
            ],
        }
    )
    state = form.from_input(data)
    assert (
        state.values["p0_accounts"]
        == "P-acc 2020-01-01\nP-biz business contracted-out\nP-priv private"
    )
    again = form.validate(state)
    assert again is not None and not state.errors
    assert again == data


def test_a_consumer_account_contracted_out_is_a_field_message() -> None:
    state = form.blank()
    state.values |= {
        "title": "x",
        "objected_on": "2025-03-10",
        "p0_id": "P",
        "p0_name": "P",
        "p0_accounts": "P-acc contracted-out",
        "t0_id": "t",
        "t0_payer": "P",
        "t0_account": "P-acc",
        "t0_amount": "5",
        "t0_at": "2025-03-05T16:00",
    }
    assert form.validate(state) is None
    assert state.errors == {
        "p0_accounts": "Only a business (non-consumer) can contract out of the rules."
    }
