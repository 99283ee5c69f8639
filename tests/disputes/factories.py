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


def form_fields(html: str, form_id: str = "dispute-form") -> list[tuple[str, str]]:
    """What a browser would post from the form: inputs, ticked boxes, chosen options, text."""
    from html.parser import HTMLParser

    class Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside = False
            self.fields: list[tuple[str, str]] = []
            self.select: str | None = None
            self.textarea: str | None = None
            self.text = ""

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = {k: v or "" for k, v in attrs}
            if tag == "form":
                self.inside = a.get("id") == form_id
            if not self.inside:
                return
            if tag == "input" and a.get("name"):
                if a.get("type") not in {"checkbox"} or "checked" in a:
                    self.fields.append((a["name"], a.get("value", "")))
            elif tag == "select":
                self.select = a["name"]
            elif tag == "option" and self.select and "selected" in a:
                self.fields.append((self.select, a.get("value", "")))
            elif tag == "textarea":
                self.textarea, self.text = a["name"], ""

        def handle_endtag(self, tag: str) -> None:
            if tag == "form":
                self.inside = False
            elif tag == "select":
                self.select = None
            elif tag == "textarea" and self.textarea:
                self.fields.append((self.textarea, self.text))
                self.textarea = None

        def handle_data(self, data: str) -> None:
            if self.textarea:
                self.text += data

    parser = Parser()
    parser.feed(html)
    return parser.fields
