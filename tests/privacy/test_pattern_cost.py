"""A pattern that starts with a look-behind gives Python's regex engine no literal to look for,
so a search over a whole text tries the look-behind at every position: pii26's chat
introduction (``(?<![\\w@])det …``) took a tenth of the dense bench's instructions that way
(redspeed7). Such a pattern is searched backwards in a window (it ends in ``\\Z``), or only
where a cheap look allows it (listed below with where it runs); a new one put literal first
(``det (?<![\\w@]det )…``: the same condition) or behind a look needs no entry."""

from __future__ import annotations

import bisect
import random
import re

from vaern.privacy import columns, recognizers, redact
from vaern.privacy.finding import Finding
from vaern.privacy.recognizers import MitIdUserRecognizer, Scan
from vaern.text.ocr_digits import LOOKALIKES

# Patterns that start with a look-behind and are searched in bounded spans, or over the whole
# text only behind a cheap look.
REVIEWED = {
    "_CPR_PATTERN": "digit clusters' windows",
    "_CPR_PAIRS": "digit clusters' windows",
    "_CARD_EXPIRY_CODE": "windows of clusters of 13 digits or more",
    "_CODE_DEVICE": "the words of one clause before a number",
    "_POSTCODE_TOWN_IN": "one candidate's span",
    "_VIETNAMESE_NAME": "whole text, only with ' Van ', ' Thi ' … in it",
    "_CALLER_WITH_AGE": "whole text, only with ' år' and ' fra ' in it",
    "_FOREIGN_POSTCODE": "one postal address's match, after its house number (pii30)",
    "_FI_LINE": '45 characters before one card or phone candidate with a "<" there (pii31)',
    "_HEX_GROUPS": "40 characters around one phonenumbers match (pii31)",
    "_SPELT_NAME": "80 characters before each '@' (pii62)",
    "_RECORD_INVERTED": "the lines _record_lines gives (redspeed17)",
    "_RELATIVE_WITH_CPR": "its possessives on the lines _relative_lines gives (redspeed18)",
    "_BEYOND_LATIN1_WORD": "the starts of the runs of letters that reach a character beyond "
    "Latin-1 (pii77, redspeed23)",
    "_RESIDENCE_WORD": "the line of one organisation's quoted reply, after it matched (pii89)",
}

_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _starts_with_look_behind(pattern: str) -> bool:
    body = _LEADING_FLAGS.sub("", pattern.lstrip(), count=1)
    # (Or in a group of alternatives: redspeed17 found _RECORD_INVERTED's "(?:(?<![^\n])…"
    # searched over whole texts, a fifth of the dense bench's instructions.)
    return body.startswith(("(?<", "(?i:(?<", "(?:(?<"))


def test_look_behind_first_patterns_are_windowed_or_reviewed() -> None:
    unreviewed = [
        name
        for name, value in vars(recognizers).items()
        if isinstance(value, re.Pattern)
        and isinstance(value.pattern, str)
        and _starts_with_look_behind(value.pattern)
        and not value.pattern.rstrip().endswith("\\Z")
        and name not in REVIEWED
    ]
    assert unreviewed == []


def test_chat_introduction_pattern_keeps_its_look_behind() -> None:
    found = [m.group(1) for m in recognizers._CHAT_INTRODUCTION.finditer("det Jay fra CashCrew")]
    assert found == ["Jay"]
    for near_miss in ("hadet Jay fra CashCrew", "@det Jay fra CashCrew", "_det Jay fra X"):
        assert recognizers._CHAT_INTRODUCTION.search(near_miss) is None


def test_own_label_pattern_reads_case_and_look_behind_as_before() -> None:
    for text in ("mit bruger-id", "Far gav ham SIT brugernavn", "ſit bruger", "MİT user"):
        assert recognizers._OWN_LABEL.search(text) is not None, text
    for near_miss in ("Smit bruger", "dit bruger-id", "mitbruger", "é mit x"):
        assert recognizers._OWN_LABEL.search(near_miss) is None, near_miss


def test_cheap_looks_stand_on_their_patterns_first_characters() -> None:
    """A cheap look before a search holds only while the pattern begins as it says: a change
    of the pattern's start must change the look too."""
    # MitIdUserRecognizer.could_match looks for "bruger" in the lowercased text.
    assert recognizers._BRACKETED_ID.pattern.startswith("(?i:bruger")
    # _message_headers looks for a "[" opening a line.
    assert recognizers._TEAMS_HEADER.pattern.startswith("(?m)^\\[")
    # _organisation and _monarch ask their patterns only where a space follows the name
    # (redspeed12).
    for pattern in (
        recognizers._NEXT_WORD,
        recognizers._ORGANISATION_AFTER,
        recognizers._FORM_AFTER_WORDS,
        recognizers._INITIAL_STREET,
        recognizers._CAPITALISED_AFTER,
        recognizers._REGNAL_AFTER,
    ):
        assert pattern.pattern.startswith((" ", "(?: ")), pattern.pattern


def test_cpr_pairs_hold_a_space() -> None:
    """CprRecognizer._pairs searches only a window with a space in it (redspeed12): every
    match of the pairs' pattern holds one."""
    for text in ("03 05 84 12 34", "29 10 73 2395", "270396 02 85", "0305841234", "03-05-84"):
        for match in recognizers._CPR_PAIRS.finditer(text):
            assert " " in match.group(), text
    assert recognizers._CPR_PAIRS.search("0305841234 270396-0285") is None
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice("0123456789 -.") for _ in range(rng.randint(8, 24)))
        for match in recognizers._CPR_PAIRS.finditer(text):
            assert " " in match.group(), text


def test_bracketed_user_id_look() -> None:
    recogniser = next(r for r in recognizers.REGISTRY if isinstance(r, MitIdUserRecognizer))
    assert recogniser.could_match(Scan("Hun gav BRUGER-ID (bodildahl77) til svindleren."))
    assert not recogniser.could_match(Scan("Hun gav koden (bodildahl77) til svindleren."))


def test_thing_named_asked_only_after_its_own_leads() -> None:
    """_thing_named asks _THING_NAMED only after "ved navn" or "kaldet" (redspeed13): the
    same answer as the search over the 40 characters before the lead, in any case."""
    fires = ("en investeringsplatform ved navn", "firmaet KALDET", 'APPEN "VED NAVN')
    for text in (*fires, "en mand ved navn", "Kunden", "Hej", "selskabet ved navnet"):
        expected = recognizers._THING_NAMED.search(text, max(0, len(text) - 40), len(text))
        assert recognizers._thing_named(text, len(text)) is (expected is not None), text
    assert all(recognizers._thing_named(text, len(text)) for text in fires[:2])
    assert not recognizers._thing_named("en mand ved navn", 16)
    rng = random.Random(13)
    words = ("app", "appen", "firma", "ved", "navn", "kaldet", "VED NAVN", "Kaldet", "mand", "'")
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        expected = recognizers._THING_NAMED.search(text, max(0, len(text) - 40), len(text))
        assert recognizers._thing_named(text, len(text)) is (expected is not None), text


def test_phone_negative_looks_stand_on_their_patterns() -> None:
    """PhoneRecognizer.has_negative_context asks its code searches only with "kode" in the
    casefolded window and _PHONE_ON_RECORD only with one of _RECORD_PHONE_WORDS (redspeed13):
    every match holds them."""
    codes = (
        (recognizers._CODE_SENT_TO_DEVICE, "Koden sendt til hans mobiltelefon: "),
        (recognizers._CODE_TOLD_NEXT, "bad om koden fra min telefon. Jeg sagde "),
        (recognizers._CODE_GIVEN_BEFORE, "engangskoden, og jeg gav ham den "),
    )
    for pattern, text in codes:
        match = pattern.search(text)
        assert match is not None, text
        assert "kode" in match.group().casefold()
    for text in ("Telefonen på sagen er ", "Tlf. på fakturaen: ", "MOBIL på ordren er (",
                 "the delivery phone on the order is "):  # fmt: skip
        match = recognizers._PHONE_ON_RECORD.search(text)
        assert match is not None, text
        folded = match.group().casefold()
        assert any(word in folded for word in recognizers._RECORD_PHONE_WORDS), text
        assert recognizers._phone_on_record(text, 0, len(text), text.casefold())
    assert not recognizers._phone_on_record("Ordren på sagen er ", 0, 19, "ordren på sagen er ")


def _random_spans(
    seed: int, alphabet: str, longest: int, beyond: int = 0
) -> list[tuple[str, int, int]]:
    """20,000 random texts of ``alphabet`` with a random span of each (its end up to
    ``beyond`` characters past the text's): where a replaced pattern and its replacement
    must agree (redspeed14)."""
    rng = random.Random(seed)
    spans = []
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
        start = rng.randint(0, len(text))
        spans.append((text, start, rng.randint(start, len(text) + beyond)))
    return spans


def test_value_given_answers_as_its_pattern() -> None:
    """ChatAnswerRecognizer asks _value_given, a ``str.find`` from each ":" and "="
    (redspeed14), what _VALUE_GIVEN's search over the rest of the line answered."""
    assert recognizers._value_given("MitID bruger-ID: anna54\n", 0, 23)
    assert not recognizers._value_given("Hvad er dit bruger-id?\n", 0, 22)
    assert not recognizers._value_given("Kode: \t\n", 0, 7)
    for text, start, end in _random_spans(14, ":= \t\r\n\xa0\u2003ab1-", 14):
        expected = recognizers._VALUE_GIVEN.search(text, start, end) is not None
        assert recognizers._value_given(text, start, end) is expected, (text, start, end)


def test_country_and_check_answers_as_its_pattern() -> None:
    """IbanRecognizer.windows asks _country_and_check, the pairs of decimal digits of the
    scan's digit mask with two ASCII letters before them (redspeed14), what
    _COUNTRY_AND_CHECK's search answered."""
    for text, lo, hi in _random_spans(16, "DKdk50 -.Åé٣²Zz1", 16, beyond=2):
        mask = Scan(text).digit_text()
        expected = recognizers._COUNTRY_AND_CHECK.search(text, lo, hi) is not None
        assert recognizers._country_and_check(text, mask, lo, hi) is expected, (text, lo, hi)


def test_insertion_point_as_bisect() -> None:
    """insertion_point is bisect_left, and with ``after`` bisect_right (redspeed14)."""
    rng = random.Random(17)
    for _ in range(5000):
        values = sorted(rng.randint(-3, 12) for _ in range(rng.randint(0, 9)))
        value = rng.randint(-5, 14)
        assert recognizers.insertion_point(values, value) == bisect.bisect_left(values, value)
        assert recognizers.insertion_point(values, value, after=True) == bisect.bisect_right(
            values, value
        )


def test_separated_digits_answers_as_its_pattern() -> None:
    """PhoneRecognizer._candidates asks _separated_digits, read from the scan's digit mask
    (redspeed14), what _SEPARATED_DIGITS.fullmatch answered, for any span."""
    for text, start, end in _random_spans(18, "0123 ().-+/a٣²", 14):
        mask = Scan(text).digit_text()
        expected = recognizers._SEPARATED_DIGITS.fullmatch(text, start, end) is not None
        assert recognizers._separated_digits(text, mask, start, end) is expected, text


def test_initials_start_with_their_capitals() -> None:
    """_staff_initials asks _INITIALS only at one of _INITIAL_CAPITALS (redspeed14): the
    characters its first class matches."""
    for code in range(0x3000):
        char = chr(code)
        fits = recognizers._INITIALS.match(char * 2) is not None
        assert fits is (char in recognizers._INITIAL_CAPITALS), repr(char)


def test_looks_after_a_name_or_number_stand_on_their_first_characters() -> None:
    """_organisation asks _FORM_AFTER_WORDS, _INITIAL_STREET and _CAPITALISED_AFTER only
    with a capital after the space (or after two spaces for the last), in_url_or_token
    _FILE_NAME_AFTER only at a "-" and _PATH_AFTER only at one of _PATH_MARKS, and
    _ip_address _IP_ADDRESS only where a "." stands (redspeed14): none matches elsewhere."""
    rng = random.Random(19)
    parts = [" ", "  ", "A", "Æ", "b", "B.", "-", "PHOTO", "=", "?x", "_", "1", "A/S", "Vej"]
    parts += [".", "gade", "ø", "\n"]
    capitals = recognizers._DANISH_CAPITALS
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        end = rng.randint(0, len(text))
        if text[end + 1 : end + 2] not in capitals:
            assert recognizers._FORM_AFTER_WORDS.match(text, end) is None, text
            assert recognizers._INITIAL_STREET.match(text, end) is None, text
            if not (text.startswith("  ", end) and text[end + 2 : end + 3] in capitals):
                assert recognizers._CAPITALISED_AFTER.match(text, end) is None, text
        if not text.startswith("-", end):
            assert recognizers._FILE_NAME_AFTER.match(text, end) is None, text
        if text[end : end + 1] not in recognizers._PATH_MARKS:
            assert recognizers._PATH_AFTER.match(text, end) is None, text
        if "." not in text:
            assert recognizers._IP_ADDRESS.fullmatch(text) is None, text


def test_phone_candidates_answer_as_their_pattern() -> None:
    """PhoneRecognizer._candidates asks _phone_candidates, read from the scan's digit mask in
    compiled code (redspeed15), for the spans _PHONE_CANDIDATE.finditer gave in a cluster
    with other marks than separators, for any window."""
    spans = _random_spans(20, "0012 ().-+,/a٣²", 40, beyond=2)
    spans += _random_spans(23, "00123 -+", 120)[:3000]  # past the pattern's 40 repetitions
    for text, lo, hi in spans:
        mask = Scan(text).digit_text()
        expected = [m.span() for m in recognizers._PHONE_CANDIDATE.finditer(text, lo, hi)]
        assert recognizers._phone_candidates(text, mask, lo, hi) == expected, (text, lo, hi)


def test_phone_run_looks_answer_as_their_patterns() -> None:
    """_date_like, _no_phone_run and law_report_citation's full stop (redspeed15) give what
    _DATE_LIKE, _NO_PHONE_RUN and _LAW_REPORT_PAGE's fullmatches gave, for any span."""
    for text, start, end in _random_spans(21, "0122019 .:/-–a٣", 18):
        run = text[start:end]
        assert recognizers._date_like(run) is (recognizers._DATE_LIKE.fullmatch(run) is not None)
        expected = recognizers._NO_PHONE_RUN.fullmatch(text, start, end) is not None
        assert recognizers._no_phone_run(text, start, end) is expected, (text, start, end)
        if recognizers._LAW_REPORT_PAGE.fullmatch(text, start, end) is not None:
            assert text.startswith(".", start + 4), (text, start, end)


def test_person_filter_looks_answer_as_their_patterns() -> None:
    """The person recogniser's filters ask _REGISTRATION_AFTER, _MODEL_AFTER,
    _LABEL_LETTER_AFTER and _PARTY_LABEL only where their first characters stand, and
    named_business its words only where one may end in "s" (redspeed15): the same answers."""
    rng = random.Random(22)
    parts = [" ", "  ", ",", "(", "CVR", "SE", "-nr. ", "1", "٣", "A", "Æ", "b", "s", "S", "Lunds"]
    parts += ["Peter", "Vinhandel", "Hansen", "B", "'s", "John", "Deere", "6R", "\n", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 9)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = recognizers._REGISTRATION_AFTER.match(text, end) is not None
        assert recognizers._registration_after(text, end) is expected, (text, end)
        expected = recognizers._MODEL_AFTER.match(text, end) is not None
        assert recognizers._model_after(text, end) is expected, (text, end)
        if recognizers._LABEL_LETTER_AFTER.match(text, end) is not None:
            assert recognizers._may_label_letter(text, end), (text, end)
        span = text[start:end]
        if recognizers._PARTY_LABEL.fullmatch(span) is not None:
            assert len(span) - span.find(" ") <= 3, span
        if start < end:
            finding = Finding("PERSON", start, end, 0.85, "person")
            rest = recognizers._WORDS_AFTER.match(text, end)
            words = text[start : rest.end() if rest else end].split(" ")
            if len(words) >= 3 and any(w[-1:] in "sS" for w in words[1:-1]):
                assert recognizers._genitive_may_lead(text, finding), (text, start, end)


def test_bank_account_konto_patterns_need_konto() -> None:
    """BankAccountRecognizer.find searches its patterns after the first only in a window
    holding "konto" casefolded (redspeed15): each begins with the word, and none matches
    in a window without it."""
    bank = next(r for r in recognizers.REGISTRY if r.name == "dk_bank_account")
    assert all(p.pattern.startswith("[kK](?<![\\w-].)(?i:onto") for p in bank.patterns[1:])
    rng = random.Random(24)
    parts = ["konto", "KONTO", "Kontonr. ", "kto", " ", "1234567890", "12345678", "\n", "k"]
    parts += ["onto", "nr", ": ", "-", "reg. 1234 ", "K", "ONTOEN"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        if "konto" not in text[lo:hi].casefold():
            for pattern in bank.patterns[1:]:
                assert pattern.search(text, lo, hi) is None, (text, lo, hi)


def test_pseudonym_label_look_stands_on_its_pattern() -> None:
    """pseudonym_label asks its pattern only where the last space is two or three characters
    from the end (redspeed15)."""
    rng = random.Random(25)
    parts = ["Medlem", "Beboer", "Kunde", "Arving", " ", "A", "Æ", "b", "12", "3", "Jens", "  "]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        if columns._PSEUDONYM_LABEL.fullmatch(text) is not None:
            assert columns.pseudonym_label(text), text
            assert len(text) - text.rfind(" ") <= 3, text


def test_number_label_before_asked_where_an_ending_stands() -> None:
    """number_label_before searches _NUMBER_LABEL_BEFORE only where the text before the
    closing spaces and colon ends as one of its alternatives (redspeed15): what the search
    alone answered."""
    rng = random.Random(26)
    parts = [" ", "\t", ":", "\n", "nummer", "NUMMERET", "har", "min mands", "kontakt", "os"]
    parts += ["på", "PÅ", "Å", "fra", "from", "reach me", " at", "hıs number ıs", "is", "@x.dk"]
    parts += ["eller", "Søn Anna Berg ", "(", "[13.11.24, 17.16.41]", "tlf.", "ring til", "ſ"]
    parts += ["afsender", "henvendelse", "opkaldet kom", "displayet", "K", "ontakt", "a"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 7)))
        start = rng.randint(0, len(text))
        expected = (
            recognizers._NUMBER_LABEL_BEFORE.search(text, max(0, start - 40), start) is not None
        )
        assert recognizers.number_label_before(text, start) is expected, (text, start)


def test_patterns_after_leads_start_with_a_capital() -> None:
    """_after_leads asks these patterns only where one of _DANISH_CAPITALS follows the lead
    (redspeed15): none matches elsewhere."""
    patterns = [recognizers._QUOTED_CALLER, recognizers._QUOTED_ACTOR]
    patterns += [recognizers._CLAIMING_FIRM, recognizers._QUOTED_PROFILE]
    patterns += [recognizers._BORN_NAMED]
    rng = random.Random(27)
    parts = ["Ada", "Lind", " ", '"', "“", " fra ", "ringede ", ", født 1.2.80", ", f. 3. maj"]
    parts += ["é", "Éva", "a", "Ø", "ole", "-", "K", "\n", "ÄB", "1"]
    capitals = recognizers._DANISH_CAPITALS
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 7)))
        at = rng.randint(0, len(text))
        if text[at : at + 1] not in capitals:
            for pattern in patterns:
                assert pattern.match(text, at) is None, (pattern.pattern, text, at)


def test_cpr_pairs_and_card_dump_windows_stand_on_their_patterns() -> None:
    """CprRecognizer._pairs searches _CPR_PAIRS only where _may_hold_pairs finds "dd dd dd",
    and CardDumpCvvRecognizer only windows with a "/" or "-" (redspeed15): no match is
    left out."""
    rng = random.Random(28)
    groups = ["12", "34", "12", "٣٣", "5", "123456", "1234", "4111111111111111", "12/27"]
    groups += ["4111111111111111 12/27 ", "07/2031", "123", "0670", "a", "12-29", "12 34 56 "]
    gaps = [" ", " ", " ", " ", "  ", "-", "", " | ", "'", "/"]
    found = [0, 0]
    for _ in range(20000):
        text = rng.choice(gaps)
        for _ in range(rng.randint(0, 6)):
            text += rng.choice(groups) + rng.choice(gaps)
        lo = rng.randint(0, len(text) // 3)
        hi = rng.randint(lo, len(text))
        if recognizers._CPR_PAIRS.search(text, lo, hi) is not None:
            found[0] += 1
            assert recognizers._may_hold_pairs(text, lo, hi), (text, lo, hi)
        if recognizers._CARD_EXPIRY_CODE.search(text, lo, hi) is not None:
            found[1] += 1
            assert "/" in text[lo:hi] or "-" in text[lo:hi], (text, lo, hi)
    assert min(found) > 20, found
    assert not recognizers._may_hold_pairs("4111 1111 1111 1111", 0, 19)


def test_cpr_pattern_needs_six_digits_or_a_dot() -> None:
    """CprRecognizer.matches searches _CPR_PATTERN only in a window with six decimal digits
    together or a "." (redspeed15): no match lies elsewhere, and the findings are find's."""
    cpr = next(r for r in recognizers.REGISTRY if r.name == "cpr")
    rng = random.Random(29)
    groups = ["010190", "1234", "01.01.90", "٣٣", "12", "0101901234", "4111", "-", "\u2011"]
    gaps = [" ", "", "-", " - ", "\xa0", ".", ",", "/"]
    for _ in range(5000):
        text = "".join(rng.choice(groups) + rng.choice(gaps) for _ in range(rng.randint(0, 5)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        if recognizers._CPR_PATTERN.search(text, lo, hi) is not None:
            mask = Scan(text).digit_text()
            assert mask.find("000000", lo, hi) >= 0 or "." in text[lo:hi], (text, lo, hi)
        scan = Scan(text)
        expected = [f for lo, hi in cpr.windows(scan) for f in cpr.find(text, lo, hi)]
        assert list(cpr.matches(scan)) == expected, text


def test_inverted_name_looks_stand_on_their_patterns() -> None:
    """The person recogniser asks _AMBIGUOUS_GIVEN_BEFORE only where _comma_before_word finds
    a comma before the last word, _SURNAME_FIRST_BEFORE only right after ", " and
    _REGISTER_NAME only from a line holding ", " (redspeed16): no match is left out."""
    rng = random.Random(30)
    parts = ["Brix-Nielsen, Tage ", "Sønnen Hvidberg, Aage ", "Lejer: CHAUDHARY JENSEN, Bilal"]
    parts += ["Navn: Vo, ", "Kaj", " (datter)", ", CPR", "Tage", "Aksel", " ", "  ", ", ", ","]
    parts += ["\n", ": ", "Ø", "é", "a", "-", "'", "\t", "1", "Borger: bin Omar, Rania"]
    found = [0, 0, 0]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        start = rng.randint(0, len(text))
        lo = rng.randint(max(0, start - 60), start)
        if start >= 1 and recognizers._AMBIGUOUS_GIVEN_BEFORE.search(text, lo, start):
            found[0] += 1
            assert recognizers._comma_before_word(text, lo, start), (text, lo, start)
        if recognizers._SURNAME_FIRST_BEFORE.fullmatch(text, lo, start) is not None:
            found[1] += 1
            assert start >= 2 and text.startswith(", ", start - 2), (text, lo, start)
        if recognizers._REGISTER_NAME.match(text, lo) is not None:
            found[2] += 1
            assert recognizers._comma_on_line(text, lo), (text, lo)
    assert min(found) > 20, found


def test_name_and_field_looks_stand_on_their_patterns() -> None:
    """_FIRST_NAME_AFTER is asked only at ", ", _LICENCE_FIELD_5 only with "5." in its
    eight characters, _AIRLINE_GIVEN only where _slash_before_capital finds a "/" before a
    capital (redspeed16): no match is left out."""
    rng = random.Random(31)
    parts = [", ", ", Kaj", ", Kaj Christian (", ",", " ", "\t", "\n", "5.", "5", ".", "Kaj"]
    parts += ["JENSEN", "Kaj Christian", " (", "\n5. ", "\n 5.\t"]
    parts += ["/", "FOGH/YUSUF HOLGER MR", "/MINH DUC", "CPH/AMS", "ø", "Æ", "a", "|", "   ", "é"]
    found = [0, 0, 0]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 7)))
        at = rng.randint(0, len(text))
        if rng.random() < 0.3 and ", " in text:  # often at a comma
            at = text.index(", ")
        if recognizers._FIRST_NAME_AFTER.match(text, at) is not None:
            found[0] += 1
            assert text.startswith(", ", at), (text, at)
        lo = max(0, at - 8)
        if recognizers._LICENCE_FIELD_5.search(text, lo, at) is not None:
            found[1] += 1
            assert text.find("5.", lo, at) >= 0, (text, at)
        if recognizers._AIRLINE_GIVEN.search(text) is not None:
            found[2] += 1
            assert recognizers._slash_before_capital(text), text
        else:
            assert not any(m for m in recognizers._AIRLINE_GIVEN.finditer(text))
    assert min(found) > 20, found


def test_cpr_weighted_sum_as_before() -> None:
    """_cpr_weighted gives the sum of each digit's ``int`` times its weight, as the two
    ``map`` calls did, for digits beyond ASCII too (redspeed16)."""
    rng = random.Random(32)
    for _ in range(2000):
        digits = "".join(rng.choice("0123456789٣۴") for _ in range(rng.randint(0, 11)))
        expected = sum(map(lambda d, w: int(d) * w, digits, recognizers._CPR_WEIGHTS))
        assert recognizers._cpr_weighted(digits) == expected, digits


def test_needles_beyond_latin1_are_held_only_with_their_characters() -> None:
    """Scan.may_hold of a needle with a character beyond Latin-1 says no only where the text
    lacks one of those characters (redspeed16), so Scan.holds answers as ``in``."""
    needles = [recognizers._S_QUOTE, *(n for n in recognizers._NEEDLES if max(n) > "\xff")]
    rng = random.Random(33)
    parts = ["s", "’", " ", "Thị", "Văn", "O’", "ị", "ă", "🙂", "–", "a", "Thi", "\u0130"]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        scan = Scan(text)
        for needle in needles:
            assert scan.holds(needle) is (needle in text), (text, needle)


def test_uncased_needles_and_casefolded_spans_read_as_the_text() -> None:
    """Scan.holds takes the keyword pass's word for a needle without a letter (redspeed16):
    no other character lowercases or casefolds to one of its characters. _community_named
    splits a casefolded span at its spaces: casefolding makes no space and keeps one."""
    uncased = set("".join(recognizers._UNCASED_NEEDLES))
    assert {":", "\n", "]", " "} <= uncased
    for code in range(0x110000):
        char = chr(code)
        for mapped in (char.lower(), char.casefold()):
            if char != mapped:
                assert not uncased.intersection(mapped), repr(char)
                assert " " not in mapped, repr(char)
    rng = random.Random(34)
    parts = ["\n", "12:30", "  ", " ", "Ole", "2026-01-02 ", "\n08:44  Ngozi", "a", ": ", "] "]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        if recognizers._LOG_TIME_THEN_NAME.search(text) is not None:
            assert "  " in text, text
        scan = Scan(text)
        for needle in recognizers._UNCASED_NEEDLES:
            assert scan.holds(needle) is (needle in text), (text, needle)


def test_compiled_occurrence_handler_collects_as_literals_does() -> None:
    """The recognisers' passes give Hyperscan their own handler (recognizers._occurrence,
    redspeed16): the occurrences are those of Literals' own."""
    literals = recognizers._keyword_literals()
    rng = random.Random(35)
    words = [*literals.words[:200], " ", "a", "\n", "?"]
    for _ in range(300):
        data = "".join(rng.choice(words) for _ in range(rng.randint(0, 30))).encode("latin-1")
        assert literals.find(data, recognizers._occurrence) == literals.find(data)


def test_record_lines_hold_every_record_inverted_match() -> None:
    """RecordInvertedNameRecognizer searches _RECORD_INVERTED only in the lines _record_lines
    gives (redspeed17): the same matches as one search of the window."""
    rng = random.Random(32)
    parts = ["MADSEN", "Jensen", "Brix-Nielsen", ", ", "SVEND", "Svend", "Ålborg", " ", "\t"]
    parts += [", CPR 1", ", CPR-", " | x", " (a.b@", ", født ", ", f. ", "\n", "4.", "12)"]
    parts += ["-", "*", "•", "repræsenterer", "٣.", "a", "1", ",", "(", "@", "f"]
    parts += ["\n4. MADSEN, SVEND", " \t- Jensen, Svend", "repræsenterer Jensen, Svend"]
    parts += ["* Brix-Nielsen, Tage", "7) Ålborg, Svend"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        pattern = recognizers._RECORD_INVERTED
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        lines = recognizers._record_lines(text, lo, hi)
        got = [m.span() for a, b in lines for m in pattern.finditer(text, a, b)]
        assert got == expected, (text, lo, hi)
        found += len(expected)
    assert found > 100, found


def test_relative_matches_are_those_of_one_search() -> None:
    """_relatives_with_cpr tries _RELATIVE_WITH_CPR only at its possessives on the lines
    _relative_lines gives (redspeed18): the same matches as one search of the text."""
    rng = random.Random(18)
    parts = ["min ", "hendes ", "mor ", "svigermor ", "yasmin ", "sommer", "-", " ", "\n"]
    parts += [" (cpr ", " (cpr.", " (cpr:", " (cprx", " (CPR ", "(cpr ", "a", "_", "é", "1"]
    parts += ["min mor yasmin sommer (cpr 1", "vores far bo (cpr.", "x-min far ib lund (cpr:"]
    parts += ["hans bror hans ", "deres ", "mit ", "johans "]
    pattern = recognizers._RELATIVE_WITH_CPR
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        expected = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in recognizers._relative_matches(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 100, found


def test_upper_at_answers_as_isupper() -> None:
    """_upper_at (redspeed18) is ``isupper`` of the one-character slice, for the code points
    of the alphabets before U+2500 (Latin, Greek, Cyrillic …), a few beyond and past the
    text's end."""
    text = "".join(map(chr, range(0x2500))) + "Ａａ𝐀😀\uffff"
    for at in range(len(text) + 2):
        assert recognizers._upper_at(text, at) == text[at : at + 1].isupper(), at


def test_lowercase_speaker_tag_never_opens_with_a_capital() -> None:
    """_speaker_tag_matches asks _LOWERCASE_SPEAKER_TAG only where its line opens with no
    capital (redspeed18): the pattern matches nowhere that does."""
    rng = random.Random(19)
    parts = ["> ", "[12:04] ", "Ł", "Ø", "É", "K", "ø", "k", "ß", "bilal", "Bilal", " ", "-", ": "]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        if recognizers._upper_at(text, 0):
            assert recognizers._LOWERCASE_SPEAKER_TAG.match(text) is None, text


def test_initials_patterns_need_no_lowercase_after_the_initial() -> None:
    """PersonNameRecognizer._initial_surname returns at once where a Latin-1 lowercase letter
    follows the initial's ". " (redspeed18): none of the patterns it and its helpers read a
    name with matches there."""
    patterns = [
        recognizers._INITIAL_SURNAME,
        recognizers._STAMPED_INITIAL_NAME,
        recognizers._ITEM_INITIAL_NAME,
        recognizers._INITIAL_AND_WORD,
        recognizers._INITIAL_ADDRESSEE,
        recognizers._INITIAL_PAYEE,
        recognizers._INITIAL_ROLE,
        recognizers._INITIAL_WITH_CPR,
    ]
    letters = "".join(map(chr, range(0x100))) + "ąłşĞŁ"
    for char in letters:
        text = f"V. {char}ordre Hansen, CPR 1\n"
        lower = recognizers._latin1_lower_at(text, 3)
        assert lower == (char.islower() and char <= "\xff" and char.isalpha() and char not in "ªºµ")
        if lower:
            assert all(pattern.match(text) is None for pattern in patterns), char


def test_lookalike_spots_as_each_clusters_slice_tells() -> None:
    """redact.lookalike_spots marks the look-alikes once per text (redspeed18): the clusters
    of two digits or more with one in or up to two characters around them, as the test of
    each cluster's slice against LOOKALIKES chose them."""
    rng = random.Random(21)
    parts = ["1", "2", "0", " ", "-", "O", "I", "l", "S", "B", "o", "a", "٣", "😀", "Ø", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 24)))
        scan = Scan(text)
        expected = [
            (lo, hi)
            for lo, hi, digits in scan.clusters()
            if digits >= 2 and not LOOKALIKES.isdisjoint(text[lo - 2 if lo > 2 else 0 : hi + 2])
        ]
        assert redact.lookalike_spots(scan) == expected, text


def test_row_name_matches_are_those_of_one_search() -> None:
    """_row_names tries _ROW_NAME only at each "; " and the start of its line (redspeed19):
    the same matches as one search of the text."""
    rng = random.Random(19)
    parts = ["Jensen", "Anne", "Brix-Nielsen", "O'Neil", ", ", " ", "; ", ";", "\n", "é", "_"]
    parts += ["010190-1234", "010190 1234", "0101901234", "01 01 90 1234", " ;", "1", "a"]
    parts += ["Jensen, Anne; 010190-1234;", "; Anne Lund Holm; 01 01 90 1234 ;", ";;", "; ; "]
    pattern = recognizers._ROW_NAME
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        expected = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in recognizers._row_name_matches(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 100, found


def test_o_surname_matches_are_those_of_one_search() -> None:
    """_irish_names tries _O_SURNAME only at an "O", "D" or "N" before an apostrophe
    (redspeed19): the same matches as one search of the text."""
    rng = random.Random(20)
    parts = ["O", "D", "N", "'", "’", "Neil", "Brien", "s", " ", "-", ".", "a", "ODN", "'s"]
    parts += ["Seán O'Neil", "D’Arcy", "Mary N'Dour,", "x'", "O''", "Æ", "\n"]
    pattern = recognizers._O_SURNAME
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in recognizers._o_surname_matches(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 100, found


def test_the_words_beyond_latin1_are_the_patterns_matches_over_the_whole_text() -> None:
    """Tried only where a run of letters reaches a character beyond Latin-1, the pattern
    finds what a search of the whole text finds: names, a dash or a quote mark after a
    word, digits, "_" and hyphens around them."""
    rng = random.Random(23)
    alphabet = "aAbæøåłşăĂ–’…①٣_-9 ’Ωß?\n"
    texts = ["Paweł Kowalczyk og Ayşe’s mor", "Hansen–Łódź-tur", "x_ł 9ł -ł ł-ł"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(20_000)
    ]
    for text in texts:
        expected = [m.span() for m in recognizers._BEYOND_LATIN1_WORD.finditer(text)]
        found = [m.span() for m in recognizers._beyond_latin1_words(text, Scan(text).beyond())]
        assert found == expected, text


def test_log_caller_matches_are_those_of_one_search() -> None:
    """_housemates_and_log_callers tries _LOG_CALLER only at each "kl. " (redspeed24): the
    same matches as one search of the text."""
    rng = random.Random(24)
    parts = ["kl. ", "07.06", "18:14", ": ", " ", "Juul", ",", "Oluwaseun", "milica", "3 ", "\n"]
    parts += [" called from ", " ringer fra ", " ringede fra ", "kl. 07.06 Juul ringer fra ", "x"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        expected = [(m.span(), m.group(1)) for m in recognizers._LOG_CALLER.finditer(text)]
        got = [(m.span(), m.group(1)) for m in recognizers._log_caller_matches(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 100, found


def test_organisations_places_asked_only_with_their_words() -> None:
    """_facility_kind_before and _organisation_place ask _FACILITY_KIND_BEFORE and
    _ORGANISATION_PLACE_FRAME only with one of their words in the casefolded window (or a
    dotted or dotless i there), _DEPARTMENT_THEN_ORGANISATION only after ", " (redspeed24):
    every match holds them, in any case."""
    words = ["depotet", "Hubben", "lageret", "KONTORET", "showroom", "terminalen", "skranken"]
    words += ["kundecentret", "administrationen", "sekretariatet", "vejledningen", "teamet"]
    words += ["ligger på", "firmaets adresse er", "A/S har ifølge CVR adresse på", "forbi os på"]
    words += ["is handed in at", "har showroom på", "personligt fremmøde på", "blev indleveret til"]
    words += ["indgang via", "Henvend dig i", "afhentes i", "Sportshallen", "besøgsadresse:"]
    words += ["vores kontor:", "JERES afdeling:", "centeret (", "klinikken (", "hallen (", ". "]
    words += ["Holm Kommune", "Digitalisering", ", ", " ", "\n", " i Aarhus", "mit", "x", "–"]
    rng = random.Random(25)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.3:  # an i as the patterns' case-blind "i" reads it
            text = text.replace("i", rng.choice(("\u0130", "\u0131", "I")))
        end = len(text)
        for pattern, kind, reach in (
            (recognizers._FACILITY_KIND_BEFORE, recognizers._FACILITY_KIND_WORDS, 60),
            (recognizers._ORGANISATION_PLACE_FRAME, recognizers._PLACE_FRAME_WORDS, 70),
        ):
            if pattern.search(text, max(0, end - reach), end) is not None:
                matched += 1
                assert recognizers._may_hold_word(text, max(0, end - reach), end, kind), text
        department = recognizers._DEPARTMENT_THEN_ORGANISATION
        if department.search(text, max(0, end - 120), end) is not None:
            assert text.endswith(", "), text
    assert matched > 500, matched
