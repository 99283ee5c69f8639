"""Every table that holds personal data about the people the organisations serve has an
exporter and an eraser, so a new domain cannot forget its data in data-subject requests."""

from __future__ import annotations

import sys

from vaern import domains
from vaern.cases import privacy as case_privacy
from vaern.dpo import processing

# People the data-subject requests do not serve: staff are users of the system (their
# accounts are managed by the organisation), organisations are no natural persons, and
# scammers' sender ids and domains are evidence about an attack, tied to no data subject.
NOT_SERVED = frozenset(
    {"staff users", "customer organisations", "senders of scam messages", "domain holders"}
)
# Tables with such people that are covered otherwise, and why.
COVERED_OTHERWISE: dict[str, str] = {
    # Hash-chained audit trail: kept by legal duty (accountability, art. 5(2)); ids only.
    "audit_log": "legal duty",
    # The breach register counts people in aggregate, never one person.
    "breaches": "aggregate only",
    # A hold names a subject by id only, and must outlive an erasure request (art. 17(3)(e)).
    "legal_holds": "legal duty",
    # The requests themselves are the evidence that they were answered (art. 5(2), 12).
    "subject_requests": "legal duty",
    # One-time codes to verify a requester, deleted after 7 days by retention.
    "privacy_outbox": "short retention",
    # Receipt mails to reporters: the encrypted address is wiped when the mail is sent
    # (or given up on), the rest deleted after 7 days.
    "report_receipt_mails": "short retention",
    # Webhook delivery log: payloads carry case ids and account pseudonyms, never clear
    # identifiers, and the log is deleted after 90 days by retention.
    "webhook_deliveries": "short retention",
    # Online model weights: no identifier of anyone.
    "monitoring_models": "no identifiers",
}


def _tables(handlers: list[object]) -> set[str]:
    covered: set[str] = set()
    for handler in handlers:
        module = sys.modules[handler.__module__]  # type: ignore[attr-defined]
        assert hasattr(module, "TABLES"), f"{module.__name__} does not declare its TABLES"
        covered.update(module.TABLES)
    return covered


def personal_tables() -> set[str]:
    return {
        name
        for name, activity in processing.REGISTER.items()
        if set(activity.subject_categories) - NOT_SERVED
        and activity.data_categories != ("no personal data",)
    }


def test_every_personal_table_has_an_exporter_and_an_eraser() -> None:
    exported = _tables(list(domains.exporters()))
    erased = _tables([*domains.erasers(), *case_privacy.CASE_ERASERS])
    needed = personal_tables() - set(COVERED_OTHERWISE)
    assert not needed - exported, f"no exporter covers {sorted(needed - exported)}"
    assert not needed - erased, f"no eraser covers {sorted(needed - erased)}"


def test_the_check_would_notice_a_missing_domain() -> None:
    assert {"outbound_records", "reports", "cases", "warning_email_subscriptions"} <= (
        personal_tables()
    )
    without_outbound = [h for h in domains.erasers() if h.__module__ != "vaern.outbound.privacy"]
    assert "outbound_records" not in _tables(without_outbound)


def test_allow_list_names_only_existing_personal_tables() -> None:
    assert set(COVERED_OTHERWISE) <= personal_tables()
