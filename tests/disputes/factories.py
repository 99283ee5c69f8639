"""Builders for synthetic dispute inputs (no real people)."""

from __future__ import annotations

from typing import Any

from vaern.disputes.reference import HERE


def seed_003() -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads((HERE / "221-2021.json").read_text("utf-8"))
    return data


def tx(
    tid: str, amount: str, at: str = "2025-03-05T16:00:00+01:00", payer: str = "P", **kw: Any
) -> dict[str, Any]:
    return {"id": tid, "payer": payer, "account": f"{payer}-acc", "amount": amount, "at": at, **kw}


def payer(pid: str = "P", finding: str = "no_fault", **kw: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "name": f"Payer {pid}",
        "accounts": [{"id": f"{pid}-acc", "opened_on": "2020-01-01"}],
        "finding": finding,
        **kw,
    }


def dispute(payers: list[dict[str, Any]], txs: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    return {
        "title": "Synthetic dispute",
        "objected_on": "2025-03-10",
        "payers": payers,
        "transactions": txs,
        **kw,
    }
