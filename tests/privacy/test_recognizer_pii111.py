"""pii111: word classes of an organisation's own frame that carry to a new writer (grouped CV by
set over 0-121, docs/privacy.md, "pii111"): an imperative or present passive of sending or
returning with "til"/"to" before the address (``cls:send_to``), its firing and near misses; the
person veto ends at "vores <premises>" (``_after_ours``). The rejected classes ("our" on the
line, opening hours on the line, "<Firm> · <address>", a unit's colon label) are no features.
Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import ADDRESS, NAMES, features_at
from vaern.privacy.address_context import asked


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (f"Sendes til: {ADDRESS}", "cls:send_to"),
        (f"Returnér blanketten til {ADDRESS}.", "cls:send_to"),
        (f"Terminaler sendes til {ADDRESS}.", "cls:send_to"),
        (f"Please return the parcel to {ADDRESS}.", "cls:send_to"),
        (f"Varen kan indleveres til {ADDRESS}.", "cls:send_to"),
    ],
)
def test_fires(text: str, feature: str) -> None:
    assert feature in features_at(text)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        # The past: where a person's parcel went; "til" not next to the address.
        (f"Pakken blev sendt til {ADDRESS}.", "cls:send_to"),
        (f"Kortet blev sendt til kunden, {ADDRESS}.", "cls:send_to"),
        (f"Send en mail til Jens Hansen om sagen. Han bor på {ADDRESS}.", "cls:send_to"),
        (f"Han flyttede til {ADDRESS}.", "cls:send_to"),
    ],
)
def test_near_miss(text: str, feature: str) -> None:
    assert feature not in features_at(text)


# The veto: only the words after "vores <premises>" may name the address's owner.
@pytest.mark.parametrize(
    "text",
    [
        f"Kunden blev tilbudt at komme forbi vores kundeskranke på {ADDRESS}.",
        f"Jens Hansen kan hente kortet i vores afdeling, {ADDRESS}.",
        f"Kunden henvises til vor afdeling på {ADDRESS}.",
    ],
)
def test_ours_premises_ends_the_veto(text: str) -> None:
    start = text.index(ADDRESS)
    assert asked(text, start, start + len(ADDRESS), lambda: NAMES)


@pytest.mark.parametrize(
    "text",
    [
        f"Vi sælger vores hus på {ADDRESS}.",
        f"Kunden bor ved siden af vores butik. Hun bor på {ADDRESS}.",
        f"Vores kunde, Jens Hansen, {ADDRESS}, ringede.",
        f"Jens Hansen kom forbi butikken. Han bor på {ADDRESS}.",
        f"Vores butik ringede til Mette Lund, {ADDRESS}.",
    ],
)
def test_veto_kept(text: str) -> None:
    start = text.index(ADDRESS)
    assert not asked(text, start, start + len(ADDRESS), lambda: NAMES)


@pytest.mark.parametrize("feature", ["cls:ours", "own:hours", "own:name_sep", "cls:unit"])
def test_rejected_classes_are_nofeatures_at(feature: str) -> None:
    text = f"Fjord Taxa · Åbningstider, kundeservice: vores afdeling ({ADDRESS}): man-fre 08-17"
    assert feature not in features_at(text)
