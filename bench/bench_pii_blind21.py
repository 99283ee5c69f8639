"""Quality of the PII recognisers on the twenty-second generator's Danish documents
(bench/pii_blind21.py -> bench/data/pii_blind21.jsonl: business fraud against Danish
companies, associations and public bodies in eight genres: accounts-payable e-mail threads with
a spoofed director or supplier, supplier master-data change forms and ERP audit logs, payroll
change requests and payslips, Teams/Slack chats with "the CEO", the company's police report,
the bank's recall request for a foreign transfer, the insurer's cyber-claim form and the
board's incident minutes; 350 pseudonymised hard negatives of the same genres, full of CVR,
P- and EAN numbers, invoice and PO numbers, SWIFT/BIC codes and company names). Written blind
to the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the twenty-second generator's business-fraud texts, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind21.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
