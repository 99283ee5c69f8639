"""redspeed24: the organisation-address checks (recognizers.referred_institution) ask their
patterns only where a cheap look allows a match: the name's words before the separator
(_name_words_start), a unit's word in the line (_UNIT_WORDS), a branch's word right before
(_BRANCH_WORD_END) and the ", " a handler's or an office's names end in. Each look must say
no only where the pattern it guards finds nothing, so the findings stay the same."""

from __future__ import annotations

import random
import re

from vaern.privacy import recognizers

# Words and marks the guarded patterns read (company forms, kinds, units, labels, openings,
# separators), names and plain words, to join at random.
_PARTS = (
    *("A/S", "ApS", "K/S", "Ltd.", "Group", "Mynte Apotek", "Lægehuset", "Udbetaling Danmark"),
    *("Nordlys Bank", "Sparekasse", "Kommune", "Politi", "Politiet", "Lægerne", "Kurvfuld.dk"),
    *("Jobcenter", "Auto", "Bilhuset", "Shop", "Region", "Bjarnes", "Bent Hansens", "Mads Skov"),
    *("afd.", "Afdeling", "afdeling", "FILIAL", "filial", "Svindelteamet", "Kundeservice"),
    *("Team", "Sekretariat", "Kortindsigelser", "Fraud & Payments", "Customer Care", "service"),
    *("Behandles af", "handled by", "Kontor:", "Politiets adresse:", "Afdeling:", "Vh"),
    *("Jens", "Hansen", "Pia Kristiansen", "Torvet", "sagen", "i", "til", "hos", "fra", "af"),
    *("ved", "via", "på", "O'Neil", "Sø-bakken", "&", "12", "2."),
    *(", ", ", ", " · ", " | ", " (", ": ", ";", "\n", " ", " ", " ", "\t", ". ", "/", ">"),
)


def _texts(seed: int, count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PARTS) for _ in range(rng.randint(1, 16))) for _ in range(count)]


def _span(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def test_name_patterns_searched_from_the_names_words_find_the_same() -> None:
    """From _name_words_start (no earlier than 70 characters back), _FIRM_NAME_BEFORE finds
    what it finds searched over all 70 characters before the address (redspeed25's test has
    the other name patterns)."""
    checked = found = 0
    for text in _texts(41):
        for start in range(2, len(text) + 1):
            if text[start - 2 : start] not in recognizers._NAME_SEPARATORS:
                continue
            lo = max(0, start - 70)
            words = max(lo, recognizers._name_words_start(text, start))
            whole = recognizers._FIRM_NAME_BEFORE.search(text, lo, start)
            guarded = recognizers._FIRM_NAME_BEFORE.search(text, words, start)
            assert _span(guarded) == _span(whole), (text, start)
            found += whole is not None
            checked += 1
    assert checked > 10_000 and found > 200


def test_unguarded_patterns_find_nothing_where_their_looks_say_no() -> None:
    """Where a look says no, the pattern it guards finds nothing: no unit's word in the line,
    no branch's word right before, no ", " ending the text before."""
    said_no = found = 0
    for text in _texts(42):
        for start in range(len(text) + 1):
            before = recognizers._line_before(text, start)
            units = recognizers._UNIT_BESIDE.search(before)
            branch = recognizers._BRANCH_BEFORE.search(text, max(0, start - 70), start)
            handler = recognizers._HANDLER_EMPLOYER_BEFORE.search(text, max(0, start - 100), start)
            office = recognizers._OFFICE_LABEL_BEFORE.search(text, max(0, start - 120), start)
            found += sum(m is not None for m in (units, branch, handler, office))
            if not any(word in before for word in recognizers._UNIT_WORDS):
                assert units is None, (text, start)
                said_no += 1
            if recognizers._BRANCH_WORD_END.search(text, max(0, start - 10), start) is None:
                assert branch is None, (text, start)
            if not text.endswith(", ", 0, start):
                assert handler is None and office is None, (text, start)
    assert said_no > 50_000 and found > 5_000


def test_organisation_addresses_still_found() -> None:
    """Firing: each guarded rule still finds its organisation's address; near miss: a
    person's address after their name stays theirs."""
    firing = (
        "Brugtbasen ApS, Lagerkaj 14",
        "Til: Politiet, Polititorvet 14",
        "Fjordbanken, afd. Torvet 3",
        "Fra: Hjemmebixen, Svindelteamet, Havnegade 4",
        "Behandles af Pia Kristiansen, Hjemmebixen, Havnegade 4",
        "Kontor: Fjordtryg, Havnegade 4",
    )
    for text in firing:
        start = text.rindex(", ") + 2 if "afd." not in text else text.index("Torvet")
        assert recognizers.referred_institution(text, start), text
    near = "Notat: Lykke Larsen, Egevej 69"
    assert not recognizers.referred_institution(near, near.index("Egevej"))
