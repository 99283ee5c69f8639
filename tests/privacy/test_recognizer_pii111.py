"""pii111: word classes of an organisation's own frame that carry to a new writer (grouped CV by
set over 0-121, docs/privacy.md, "pii111"): "our"/"we" before the address on its line
(``cls:ours``), an imperative or present passive of sending or returning with "til"/"to" before
it (``cls:send_to``), opening hours on its own line (``own:hours``), the address after " · "
or " | " that follows capitalised words only (``own:name_sep``), a colon label naming a unit of
an organisation (``cls:unit``). Each feature's firing and near miss. Synthetic names and
addresses only."""

from __future__ import annotations

import pytest

from vaern.privacy.address_context import features

NAMES = frozenset({"Jens", "Hansen", "Mette", "Ida", "Lund"})
ADDRESS = "Mågevej 7, 4000 Roskilde"


def _features(text: str, address: str = ADDRESS) -> list[str]:
    start = text.index(address)
    return features(text, start, start + len(address), NAMES)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (f"Kunden blev tilbudt at komme forbi vores kundeskranke på {ADDRESS}.", "cls:ours"),
        (f"Vi holder til på {ADDRESS}.", "cls:ours"),
        (f"Our head office is at {ADDRESS}.", "cls:ours"),
        (f"Sendes til: {ADDRESS}", "cls:send_to"),
        (f"Returnér blanketten til {ADDRESS}.", "cls:send_to"),
        (f"Terminaler sendes til {ADDRESS}.", "cls:send_to"),
        (f"Please return the parcel to {ADDRESS}.", "cls:send_to"),
        (f"Varen kan indleveres til {ADDRESS}.", "cls:send_to"),
        (f"Åbningstider, afdeling Nord ({ADDRESS}): man-fre 08-17, lør 10-14.", "own:hours"),
        (f"{ADDRESS}, Roskilde: man-fre 7-16", "own:hours"),
        (f"Butikken, {ADDRESS} – åbent hverdage", "own:hours"),
        (f"Fjordbyens Cykler · {ADDRESS}", "own:name_sep"),
        (f"Kvittering · Fjordbyens Taxa | {ADDRESS}", "own:name_sep"),
        (f"Serverrum og drift: {ADDRESS}", "cls:unit"),
        (f"Kundeservice: {ADDRESS}", "cls:unit"),
        (f"Bogholderiet: {ADDRESS}", "cls:unit"),
    ],
)
def test_fires(text: str, feature: str) -> None:
    assert feature in _features(text)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        # A person's own words, or "our" farther back than its line.
        (f"Jeg bor på {ADDRESS}.", "cls:ours"),
        (f"Vi har talt med kunden.\nHun bor på {ADDRESS}.", "cls:ours"),
        # The past: where a person's parcel went; "til" not next to the address.
        (f"Pakken blev sendt til {ADDRESS}.", "cls:send_to"),
        (f"Kortet blev sendt til kunden, {ADDRESS}.", "cls:send_to"),
        (f"Send en mail til Jens Hansen om sagen. Han bor på {ADDRESS}.", "cls:send_to"),
        (f"Han flyttede til {ADDRESS}.", "cls:send_to"),
        # Hours on another line, a street number's range, a weekday alone.
        (f"Åbent man-fre 10-17\nJens Hansen, {ADDRESS}", "own:hours"),
        (f"Jens Hansen, {ADDRESS} 7-9", "own:hours"),
        (f"Mødet var mandag på {ADDRESS}.", "own:hours"),
        # A person's name before the separator, or lowercase words, or no separator.
        (f"Jens Hansen · {ADDRESS}", "own:name_sep"),
        (f"kunden oplyste · {ADDRESS}", "own:name_sep"),
        (f"Fjordbyens Cykler, {ADDRESS}", "own:name_sep"),
        # A person's label, or no label.
        (f"Adresse: {ADDRESS}", "cls:unit"),
        (f"Kunde: Jens Hansen, {ADDRESS}", "cls:unit"),
        (f"Kundeservice har skrevet til {ADDRESS}", "cls:unit"),
    ],
)
def test_near_miss(text: str, feature: str) -> None:
    assert feature not in _features(text)
