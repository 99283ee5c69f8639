"""The official steps after identity theft or a scam, in order (seed 002), in one place.

The cases domain reuses these steps for its victim guide; keep numbers here only.
Source: Digitaliseringsstyrelsen, "Hotline ved identitetstyveri" (seed 002), checked 2026-11-23.
"""

from __future__ import annotations

from dataclasses import dataclass

HOTLINE_ID_THEFT = "33 98 00 98"
MITID_SUPPORT = "33 98 00 10"
NETS_CARD_BLOCK = "44 89 29 29"
CYBERHOTLINE = "33 37 00 37"


@dataclass(frozen=True)
class Step:
    code: str
    da: str
    en: str
    applies_to: frozenset[str]  # what the person did: clicked, mitid, card, cpr, paid, codes


STEPS: tuple[Step, ...] = (
    Step(
        "block_mitid",
        "Spær dit MitID og skift bruger-id på mitid.dk, og ring til MitID support på "
        f"{MITID_SUPPORT}.",
        "Block your MitID and change your user ID at mitid.dk, and call MitID support on "
        f"{MITID_SUPPORT}.",
        frozenset({"mitid", "codes", "cpr"}),
    ),
    Step(
        "call_bank",
        "Ring til din bank med det samme på nummeret fra bankens egen hjemmeside eller dit kort.",
        "Call your bank at once on the number from its own website or your card.",
        frozenset({"mitid", "card", "paid", "codes", "cpr"}),
    ),
    Step(
        "block_card",
        f"Spær dit betalingskort hos Nets på {NETS_CARD_BLOCK} (døgnåbent) eller hos din bank.",
        f"Block your payment card with Nets on {NETS_CARD_BLOCK} (24 hours) or with your bank.",
        frozenset({"card", "paid", "codes"}),
    ),
    Step(
        "credit_warning",
        "Opret en kreditadvarsel i CPR-registret på borger.dk.",
        "Create a credit warning (kreditadvarsel) in the CPR register at borger.dk.",
        frozenset({"mitid", "cpr", "codes"}),
    ),
    Step(
        "police_report",
        "Anmeld det til politiet på politi.dk og gem kvitteringen som dokumentation.",
        "Report it to the police at politi.dk and keep the receipt as documentation.",
        frozenset({"mitid", "card", "paid", "cpr", "codes"}),
    ),
    Step(
        "hotline",
        f"Ring til Hotline ved identitetstyveri på {HOTLINE_ID_THEFT} (døgnet rundt) for råd.",
        f"Call the identity-theft hotline on {HOTLINE_ID_THEFT} (24 hours) for advice.",
        frozenset({"mitid", "cpr", "codes", "card", "paid"}),
    ),
    Step(
        "clicked_only",
        "Har du kun klikket: luk siden, indtast intet, og hold øje med din konto. Ring til "
        f"Cyberhotline på {CYBERHOTLINE}, hvis du er i tvivl.",
        "If you only clicked: close the page, enter nothing, and watch your account. Call the "
        f"Cyberhotline on {CYBERHOTLINE} if in doubt.",
        frozenset({"clicked"}),
    ),
)

DID = ("clicked", "mitid", "card", "cpr", "paid", "codes")


def steps_for(did: set[str]) -> list[Step]:
    """The steps that fit what the person already did, in the official order."""
    return [s for s in STEPS if s.applies_to & did]
