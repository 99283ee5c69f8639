"""One catalogue of the codes staff pages show, each as a msgid (Danish and English).

Statuses, priorities, severities, request kinds and roles share one namespace because a
code means the same wherever it appears ("closed" is closed on a case and on an alert).
The few codes that read differently by context ("alert" as a recommended action and as
a case link) have a group of their own that is looked up first.
"""

from __future__ import annotations

import re

from vaern.i18n import N_, gettext, pick

LABELS: dict[str, str] = {
    # case statuses
    "new": N_("New"),
    "triage": N_("Triage"),
    "in_progress": N_("In progress"),
    "waiting": N_("Waiting"),
    "closed": N_("Closed"),
    # priorities and severities
    "urgent": N_("Urgent"),
    "high": N_("High"),
    "normal": N_("Normal"),
    "low": N_("Low"),
    "medium": N_("Medium"),
    "critical": N_("Critical"),
    # tasks, notifications and deliveries
    "open": N_("Open"),
    "done": N_("Done"),
    "skipped": N_("Skipped"),
    "pending": N_("Pending"),
    "delivered": N_("Delivered"),
    "failed": N_("Failed"),
    # alerts
    "confirmed": N_("Confirmed fraud"),
    "dismissed": N_("False alarm"),
    # warnings
    "draft": N_("Draft"),
    "published": N_("Published"),
    "expired": N_("Expired"),
    "withdrawn": N_("Withdrawn"),
    # data-subject requests: statuses and kinds
    "received": N_("Received"),
    "verified": N_("Identity verified"),
    "extended": N_("Deadline extended"),
    "completed": N_("Completed"),
    "rejected": N_("Rejected"),
    "access": N_("Access (art. 15)"),
    "rectification": N_("Rectification (art. 16)"),
    "erasure": N_("Erasure (art. 17)"),
    "restriction": N_("Restriction (art. 18)"),
    "objection": N_("Objection (art. 21)"),
    # campaigns and takedown requests
    "merged": N_("Merged"),
    "drafted": N_("Drafted"),
    "sent": N_("Sent"),
    "acknowledged": N_("Acknowledged"),
    "resolved": N_("Resolved"),
    # roles
    "viewer": N_("Viewer"),
    "agent": N_("Agent"),
    "analyst": N_("Analyst"),
    "admin": N_("Administrator"),
    "dpo": N_("Data protection officer"),
}

GROUPS: dict[str, dict[str, str]] = {
    # what monitoring recommends for an alert
    "action": {
        "alert": N_("Alert only"),
        "step_up": N_("Step-up authentication"),
        "notify_customer": N_("Notify the customer"),
        "hold": N_("Hold the payment"),
        "block_card": N_("Block the card"),
    },
    # how the case queue is sorted
    "sort": {
        "due": N_("Next deadline"),
        "priority": N_("Priority"),
        "newest": N_("Newest first"),
        "oldest": N_("Oldest first"),
    },
    # who did something, in the audit trail
    "actor": {"user": N_("Staff member"), "token": N_("API token"), "system": N_("System")},
    # a customer's identifiers
    "identifier": {
        "phone": N_("Phone"),
        "email": N_("E-mail"),
        "customer_ref": N_("Customer reference"),
    },
    # how we reach a customer
    "channel": {"sms": N_("SMS"), "email": N_("E-mail"), "call": N_("Phone call")},
    # how a logged message matched the text the customer received
    "match": {
        "exact": N_("the same text"),
        "template": N_("the same template"),
        "near": N_("nearly the same text"),
    },
    # what a case links to
    "link": {
        "report": N_("Customer report"),
        "warning": N_("Warning"),
        "campaign": N_("Scam campaign"),
        "alert": N_("Monitoring alert"),
        "dispute": N_("Dispute"),
        "outbound_lookup": N_("Did we contact the customer?"),
    },
    # what happened on a case's timeline
    "event": {
        "opened": N_("Case opened"),
        "status": N_("Status changed"),
        "priority": N_("Priority changed"),
        "assign": N_("Assigned"),
        "link": N_("Linked"),
        "note": N_("Note added"),
        "attachment": N_("Attachment added"),
        "contact_check": N_("Checked whether we contacted the customer"),
        "evidence_export": N_("Evidence pack exported"),
        "customer.revealed": N_("Customer data shown"),
        "task.done": N_("Task done"),
        "task.skipped": N_("Task skipped"),
        "privacy.restricted": N_("Processing restricted (GDPR art. 18)"),
        "privacy.anonymised": N_("Anonymised"),
    },
}

# The codes a staff page must never show raw (statuses, priorities, kinds, roles, timeline
# events); a test renders the pages and looks for them. Channel names such as "sms" stay
# out: they are also ordinary words on the pages.
KNOWN_CODES = frozenset(LABELS) | frozenset(GROUPS["event"]) | frozenset(GROUPS["action"])


def label(code: object, group: str = "") -> str:
    """The reader's word for ``code`` in the current language; an unknown code as it is."""
    text = "" if code is None else str(code)
    msgid = GROUPS.get(group, {}).get(text) or LABELS.get(text)
    return gettext(msgid) if msgid else text


# Monitoring registers its typologies' bilingual names ({"da": ..., "en": ...}) by id.
TYPOLOGY_NAMES: dict[str, dict[str, str]] = {}

_ALERT_TITLE = re.compile(r"^Alert (?P<typology>[a-z0-9_]+) on account (?P<account>\S+)$")


def case_title(title: str) -> str:
    """A case title for people: titles written by the alert flow name the typology by its
    bilingual name instead of its id; other titles are shown as typed."""
    found = _ALERT_TITLE.match(title)
    if not found:
        return title
    names = TYPOLOGY_NAMES.get(found["typology"])
    typology = pick(names) if names else found["typology"].replace("_", " ")
    return gettext("Alert: %(typology)s (account %(account)s)") % {
        "typology": typology,
        "account": found["account"],
    }
