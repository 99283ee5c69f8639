"""Issue 5: no table holds a CPR number, card number, phone number or e-mail address in
clear after the demo data and the whole test suite's flows (each backend's shared
database is scanned once every other test has run). Columns that hold scam indicators in
clear by design are declared with their reason in the records of processing
(``Processing.in_clear``); ``test_scan_columns.py`` shows each decision on its own.
With pytest-xdist every process has its own databases: all of them are scanned."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vaern import db
from vaern.config import Settings
from vaern.demo import load_demo
from vaern.dpo import scan


@pytest.mark.after_suite
def test_no_personal_data_in_clear_after_the_whole_suite(
    settings: Settings, run_databases: Callable[[str], list[str]]
) -> None:
    urls = run_databases(settings.database_url)
    assert settings.database_url in urls
    with db.session_scope(settings.database_url) as s:
        load_demo(s)
    findings = []
    for url in urls:
        with db.session_scope(url) as s:
            findings += scan.scan(s)
    kinds = sorted({(f["table"], f["column"], f["entity"]) for f in findings})
    assert kinds == [], kinds
