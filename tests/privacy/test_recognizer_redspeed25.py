"""redspeed25: pii87-pii89's organisation-address patterns asked only where they can match:
_ORGANISATION_NAME_BEFORE and _SHORT_NAME_BEFORE from the name's words before the address's
separator (_name_words_start; the organisation's name from 90 characters back when a CVR
number's parenthesis ends the text before them), _ORGANISATION_DEPARTMENT_BEFORE only after
its department's word (_DEPARTMENT_BEFORE_END), _ORGANISATION_FRAME_BEFORE only after a word
its frames end in (_ORGANISATION_FRAME_END). Each guarded search must find what the
unguarded one finds, so the findings stay the same."""

from __future__ import annotations

import random
import re

from vaern.privacy import recognizers

# Words and marks the patterns read (kinds, company forms, departments, CVR numbers in
# parentheses, openings, separators), names and plain words, to join at random.
_PARTS = (
    *("A/S", "ApS", "Nordlys Bank", "Sparekasse", "Kommune", "Politi", "Rigspolitiet", "P-hus"),
    *("Mæglerhuset", "Skifteretten", "Revision &", "Regnskab", "Fraud Desk", "Kurvfuld.dk"),
    *("Klageafdelingen", "Kirkekontoret", "Folkeregistret", "Sekretariatet", "afdeling"),
    *("(CVR-nr. 31874420)", "(cvr: 12345678)", "svindelteam", "ParkNord", "Bjarnes", "Jens"),
    *("Hansen", "Bent Hansens", "Torvet", "sagen", "kontaktet", "– ", "til", "hos", "fra", "af"),
    *("på", "i", "ved", "O'Neil", "&", "12", "2.", "Til:", "Svar fra", "kom ind på", "PÅ"),
    *("vores kontor ligger på", "Kundeservice:", "brev sendt fra", "os; møde på", "fremmøde"),
    *("Personligt fremmøde:", "til", "I", "fra", "Varerne blev afhentet på", "Klager sendes til"),
    *(", ", ", ", " · ", " | ", " (", ")", ": ", ";", "\n", " ", " ", " ", "\t", ". ", "/"),
)


def _texts(seed: int, count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 24))) for _ in range(count)]


def _span(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def test_name_patterns_from_the_names_words_find_the_same() -> None:
    """The organisation's name (from 90 characters back only after a parenthesis) and the
    short name searched from the name's words find what they find over 90 and 50 characters."""
    checked = found = 0
    for text in _texts(251, 10_000):
        for start in range(2, len(text) + 1):
            if text[start - 2 : start] not in recognizers._NAME_SEPARATORS:
                continue
            words = recognizers._name_words_start(text, start)
            organisation = recognizers._ORGANISATION_NAME_BEFORE
            whole = organisation.search(text, max(0, start - 90), start)
            lo = max(0, start - 90) if text.endswith(")", 0, words) else words
            assert _span(organisation.search(text, lo, start)) == _span(whole), (text, start)
            short = recognizers._SHORT_NAME_BEFORE
            whole_short = short.search(text, max(0, start - 50), start)
            guarded = short.search(text, max(words, start - 50), start)
            assert _span(guarded) == _span(whole_short), (text, start)
            found += (whole is not None) + (whole_short is not None)
            checked += 1
    assert checked > 5_000 and found > 1_000


def test_department_pattern_finds_nothing_where_its_word_does_not_end_the_text() -> None:
    """Where no department's word and ", " end the text before, the department's pattern finds
    nothing."""
    said_no = found = 0
    for text in _texts(252):
        # (Elsewhere the pattern's ", " does not end the text before.)
        for start in (at.end() for at in re.finditer(", ", text)):
            department = recognizers._ORGANISATION_DEPARTMENT_BEFORE.search(
                text, max(0, start - 90), start
            )
            found += department is not None
            if recognizers._DEPARTMENT_BEFORE_END.search(text, max(0, start - 15), start) is None:
                assert department is None, (text, start)
                said_no += 1
    assert said_no > 5_000 and found > 100


def test_frame_pattern_finds_nothing_where_its_last_word_does_not_end_the_text() -> None:
    """Where no frame's last word and a space or tab end the text before, the frames' pattern
    finds nothing."""
    said_no = found = 0
    for text in _texts(253, 5_000):
        # (Elsewhere the frames' space or tab does not end the text before.)
        for start in (at.end() for at in re.finditer("[ \t]", text)):
            frame = recognizers._ORGANISATION_FRAME_BEFORE.search(text, max(0, start - 60), start)
            found += frame is not None
            if recognizers._ORGANISATION_FRAME_END.search(text, max(0, start - 60), start) is None:
                assert frame is None, (text, start)
                said_no += 1
    assert said_no > 20_000 and found > 100


def test_organisation_addresses_still_found() -> None:
    """Firing: an organisation's name with its CVR number, a department and a short name given
    with its company form elsewhere keep their address the organisation's; near miss: a
    person's name and a department after a customer's name stay personal."""
    firing = (
        "Sendt til Kronespil A/S (CVR-nr. 31874420), Havnegade 3",
        "Kontakt: ParkNord A/S, Klageafdelingen, Havnegade 3",
        "Svindelteamet, ParkNord A/S\n(ParkNord, Havnegade 3",
        "Udbetalt af Fjordbanken, Torvet 3",
        "Personligt fremmøde: Havnegade 3",
    )
    for text in firing:
        start = text.rindex("Havnegade" if "Havnegade" in text else "Torvet")
        assert recognizers.referred_institution(text, start), text
    for near in (
        "Notat: Lykke Larsen, Egevej 69",
        "Kunde: Jens Hansen, Kundeafdelingen, Egevej 69",
    ):
        assert not recognizers.referred_institution(near, near.index("Egevej")), near
