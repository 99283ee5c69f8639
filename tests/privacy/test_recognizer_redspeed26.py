"""redspeed26: the person recogniser's passes asked only where they can match. pii100's
_LOWER_ENTRY and _UPPER_ENTRY (a name in lowercase or in capitals before what identifies the
person, searched over the whole text) are searched only from 70 characters before the ends
their names can have (_entry_name_ends, _matches_ending_at). Each guarded search must find
what the unguarded one finds, in the same order, so the findings stay the same."""

from __future__ import annotations

import random
import re

from vaern.privacy import recognizers

# Leads, lowercase and capitalised names, what identifies a person, and separators, to join
# at random.
_ENTRY_PARTS = (
    *(": ", "fra ", "Opkald fra ", "\n1. ", "\n12. ", "\n  3. ", "\n  10. ", "Beboer: "),
    *("josefine", "hiba hussain", "signe", "anne-mette", "ole bak", "ring", "så"),
    "abcdefghijklmnop",
    *("SVEND LYKKE", "TAGE BØGH", "ANNE-METTE", "ÅSE", "JENS", "ABCDEFGHIJKLMNOP", "Hans"),
    *(", født 20-07-1943", ", f. 1.2", ", tlf. 22 33", ", CPR 0101", ", Hyldevang 148"),
    *(", Vej 4", ", født", ", f.", ", Ærøvej 2", ", hej", ", ", ",", "\nCPR", " \nCPR", "\t\nCPR"),
    *(" ", " ", "-", "\n", "\n", "æøå", "ÆØÅ", "x", "Q", "1", "12", ":", "  "),
)


def _texts(seed: int, count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_ENTRY_PARTS) for _ in range(rng.randint(1, 30))) for _ in range(count)
    ]


def _spans(matches: list[re.Match[str]]) -> list[object]:
    return [(match.span(), match.groups()) for match in matches]


def test_entries_searched_before_their_ends_find_what_finditer_finds() -> None:
    """_LOWER_ENTRY and _UPPER_ENTRY searched before the ends _entry_name_ends gives find the
    matches of a search over the whole text, the same and in the same order."""
    found = {"lower": 0, "upper": 0}
    for text in _texts(261):
        lower, upper = recognizers._entry_name_ends(text)
        assert lower == sorted(lower) and upper == sorted(upper)
        for kind, pattern, ends in (
            ("lower", recognizers._LOWER_ENTRY, lower),
            ("upper", recognizers._UPPER_ENTRY, upper),
        ):
            whole = list(pattern.finditer(text))
            guarded = recognizers._matches_ending_at(text, pattern, ends)
            assert _spans(guarded) == _spans(whole), (kind, text)
            found[kind] += len(whole)
    assert found["lower"] > 800 and found["upper"] > 300


def test_entries_of_the_pii100_examples_are_found() -> None:
    """The entries pii100 reads, and near misses (no identifying word after the comma, a name
    too long, a lead missing), found as the whole-text search finds them."""
    texts = (
        "Beboer: josefine, Hyldevang 148",
        "Opkald fra hiba hussain, tlf. 22 33 44 55",
        "[20:41] Amina: signe, født 20-07-1943",
        "Arvinger:\n1. SVEND LYKKE, CPR 010150-1234\n2. ANNE-METTE LYKKE \nCPR 020252-2345",
        "Beboer: josefine, hej med dig",
        "Beboer: abcdefghijklmnopq, Hyldevang 148",
        "josefine, Hyldevang 148",
    )
    expected = (
        [(recognizers._LOWER_ENTRY, ["josefine"])],
        [(recognizers._LOWER_ENTRY, ["hiba hussain"])],
        [(recognizers._LOWER_ENTRY, ["signe"])],
        [(recognizers._UPPER_ENTRY, ["SVEND LYKKE", "ANNE-METTE LYKKE"])],
        [(recognizers._LOWER_ENTRY, [])],
        [(recognizers._LOWER_ENTRY, [])],
        [(recognizers._LOWER_ENTRY, [])],
    )
    for text, wanted in zip(texts, expected, strict=True):
        lower, upper = recognizers._entry_name_ends(text)
        for pattern, names in wanted:
            ends = lower if pattern is recognizers._LOWER_ENTRY else upper
            guarded = recognizers._matches_ending_at(text, pattern, ends)
            assert [match.group(1) for match in guarded] == names, text
            assert _spans(guarded) == _spans(list(pattern.finditer(text))), text


# Company forms, "&" with and without "Co"/"Søn", a chat's speaker, words and separators.
_FIRM_PARTS = (
    *("Holm & Co", "Holm &Co", "Jensen & Søn", "Jens & Mette", "&", " & ", "&Co", "\n& Co"),
    *("ApS", "A/S", "P/S", "K/S", "I/S", "APS", "a/s", "XApS", "A/SX", "/S", "Ap", "Co", "Søn"),
    *("Bager Jensen Dentallab", "Vognmænd", "Kunde", "Jens Hansen", "receptionen på"),
    *("[16:25] Yasmin: ", "[9.05] Ole Bak: ", ", ", ",", ": ", ";", "(", ")", "\n", " ", "  "),
)


def test_firm_names_removed_only_where_their_marks_stand_as_the_pattern_removes_them() -> None:
    """_may_name_owner asks _FIRM only of a text with "&", "/S" or "ApS": the text it gives is
    the one of the pattern's substitution over any text."""
    from vaern.privacy import address_context

    rng = random.Random(262)
    changed = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_FIRM_PARTS) for _ in range(rng.randint(0, 16)))
        speaker = address_context._SPEAKER.match(text)
        rest = text
        if speaker is not None and len(address_context._words(text[speaker.end() :])) >= 3:
            rest = text[speaker.end() :]
        whole = address_context._FIRM.sub(" ", rest)
        assert address_context._may_name_owner(text) == whole, text
        changed += whole != rest
    assert changed > 5_000
    # Near misses: no mark, or a mark the pattern does not take.
    for text in ("Jens Hansen, Vestergade 4", "Jens & Mette Hansen", "Holm I/S", "XApS og co"):
        assert address_context._may_name_owner(text) == address_context._FIRM.sub(" ", text)
    assert address_context._may_name_owner("Holm & Co Vognmænd, Kaj") == " , Kaj"
