"""Each recogniser: what it finds (with the exact span) and hard negatives it must leave alone.
Synthetic identifiers only."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import phonenumbers
import pytest
from bench import pii_corpus
from stdnum import iban, luhn

from tests.privacy.findings import found
from vaern.privacy import recognizers
from vaern.privacy.recognizers import REGISTRY, gazetteer
from vaern.privacy.redact import analyze

FINDINGS_FILE = Path(__file__).with_name("data") / "findings_before_speedup.json"


def _equivalence_texts() -> list[str]:
    """300 generated texts, 100 of them upper-cased and 100 with odd characters inserted."""
    texts = [s["text"] for s in pii_corpus.generate(size=300, seed=18)]
    rng = random.Random(18)
    odd = [*list("æøåéüöß ſİıΣς–—‐-‑.,:;/@+()0123456789\n\tHejKæreMvh"), "\xa0", "🙂"]
    fuzzed = []
    for text in texts[:100]:
        chars = list(text)
        for _ in range(6):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(odd))
        fuzzed.append("".join(chars))
    return texts + [t.upper() for t in texts[100:200]] + fuzzed


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # The reg.nr. under its own label names a branch: only the account number is the span.
        ("reg.nr. 1234 kontonr. 0012345678", "BANK_ACCOUNT", "0012345678"),
        ("overfør til konto 9570-12345678", "BANK_ACCOUNT", "9570-12345678"),
        ("Reg. 5301 konto 0241234", "BANK_ACCOUNT", "0241234"),
        ("mit MitID bruger-id er hansen1987", "MITID_USER", "hansen1987"),
        ("NemID-nummer: 1234567890 (NemID)", "MITID_USER", "1234567890"),
        ("engangskoden er 483920", "OTP", "483920"),
        ("SMS-kode: 5521", "OTP", "5521"),
        ("nøglekort: nøgle 1234 -> 567890", "OTP", "567890"),
        ("kodeviseren viste 731945", "OTP", "731945"),
        ("pasnummer 206543210", "PASSPORT", "206543210"),
        ("passport no. 201234567", "PASSPORT", "201234567"),
        ("kørekortnummer 12345678", "DRIVING_LICENCE", "12345678"),
        ("kortet 4571 0000 0000 0001 udløb 09/27", "CARD_EXPIRY", "09/27"),
        ("udløbsdato 11/2028 på mit kort", "CARD_EXPIRY", "11/2028"),
        ("4111 1111 1111 1111 CVV 123", "CARD_CVV", "123"),
        ("kontrolcifre: 9876", "CARD_CVV", "9876"),
        ("Kære Mette Hansen", "PERSON", "Mette Hansen"),
        ("Sagen blev oprettet af Søren Kristian Møller i går", "PERSON", "Søren Kristian Møller"),
        ("kunden hedder Louise Bækgaard", "PERSON", "Louise Bækgaard"),
        ("Per Nielsen ringede", "PERSON", "Per Nielsen"),
        ("jeg talte med hr. Jørgensen", "PERSON", "Jørgensen"),
        ("IBAN GB82 WEST 1234 5698 7654 32", "IBAN", "GB82 WEST 1234 5698 7654 32"),
        ("Kære Hans-Henrik Berg", "PERSON", "Hans-Henrik Berg"),
        ("Mette ringede i går", "PERSON", "Mette"),  # a first name alone is a name (pii7)
    ],
)
def test_finds_in_context(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("ordrenummer 1234 567890 er afsendt", "BANK_ACCOUNT"),
        ("varenummer 4012-123456", "BANK_ACCOUNT"),
        ("bruger-id hansen1987 i webshoppen", "MITID_USER"),
        ("din kode er ændret den 12.03.2024", "OTP"),
        ("postnummer 2100 København", "OTP"),
        ("pas på, ring 20 30 40 50", "PASSPORT"),
        ("ordrenummer 12345678 afsendt", "DRIVING_LICENCE"),
        ("leveringen 09/27 kl. 10", "CARD_EXPIRY"),
        ("mødet 11/12 kl. 14", "CARD_EXPIRY"),
        ("prisen er 129 kr. for kortet", "CARD_CVV"),
        ("Per måned betaler du 99 kr.", "PERSON"),
        ("Hans konto blev spærret", "PERSON"),
        ("Danske Bank og Jyske Bank", "PERSON"),
        ("Peter Bangs Vej 12", "PERSON"),
        ("Per ringede i går", "PERSON"),  # a first name that is a word, alone
        ("Skov og Natur", "PERSON"),
    ],
)
def test_hard_negatives(text: str, entity: str) -> None:
    assert entity not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("ordrenummer 0101901234", "CPR"),
        ("faktura 2512884321 betalt", "CPR"),
        ("tlf 20304050, dato 31.12.2024, beløb 1.234,56 kr", "CPR"),
    ],
)
def test_reference_numbers_are_not_cpr(text: str, entity: str) -> None:
    assert entity not in {e for e, _ in found(text)}, found(text)


def test_cpr_next_to_phone_keeps_both() -> None:
    text = "tlf 20304050 cpr 010190-1234"
    assert found(text) == [("PHONE", "20304050"), ("CPR", "010190-1234")]


def test_every_recogniser_is_explained_in_both_languages() -> None:
    for recognizer in REGISTRY:
        assert set(recognizer.explanation) == {"da", "en"}, recognizer.name


def test_gazetteer_has_its_sections() -> None:
    names = gazetteer()
    assert {"first", "ambiguous", "surname"} <= set(names)
    assert "Mette" in names["first"] and "Nielsen" in names["surname"]
    assert not names["first"] & names["ambiguous"]


def test_windows_find_identifiers_at_both_ends_of_long_text() -> None:
    prose = "Kunden fortæller om en besked fra banken, og hun trykkede på linket. " * 300
    text = f"010190-1234 {prose} ring 20 30 40 50 {prose} a.b@example.dk"
    assert found(text) == [
        ("CPR", "010190-1234"),
        ("PHONE", "20 30 40 50"),
        ("EMAIL", "a.b@example.dk"),
    ]


def test_a_recogniser_without_an_anchor_sees_all_the_text() -> None:
    import re

    from vaern.privacy.recognizers import Recognizer

    custom = Recognizer(name="x", entity="X", patterns=[re.compile(r"hemmelig\w*")], score=0.9)
    assert [(f.start, f.end) for f in custom.analyze("det er hemmeligt")] == [(7, 16)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Annette og Anne", ["Annette", "Anne"]),
        ("Annet", ["Anne"]),
        ("Ann-Sofie", ["Ann", "Sofie"]),
        ("Bo Boris", ["Bo", "Boris"]),
        ("ingen navne", []),
    ],
)
def test_trie_pattern_finds_the_longest_word_like_an_alternation(
    text: str, expected: list[str]
) -> None:
    words = ["Ann", "Anne", "Annette", "Bo", "Boris", "Sofie"]
    trie = re.compile(recognizers._trie_pattern(words))
    longest_first = re.compile("|".join(sorted(words, key=len, reverse=True)))
    assert [m.group() for m in trie.finditer(text)] == expected
    assert [m.group() for m in longest_first.finditer(text)] == expected


def test_context_words_are_found_where_they_overlap() -> None:
    """One pass finds every context word, also inside a longer one ("plade" in "nrplade",
    "reg" at the start of "reg.nr"), as a search per word would."""
    scan = recognizers.Scan("Bilens NRplade og reg.nr står her")
    hits = scan.keywords()
    assert hits["nrplade"] == [7] and hits["plade"] == [9]
    assert hits["reg"] == hits["reg.nr"] == [18]
    assert scan.keyword_spans(recognizers.Words(("plade", "nrplade"))) == [(7, 14), (9, 14)]
    assert not scan.has_keyword(recognizers.Words(("passport",)))


@pytest.mark.parametrize(
    "text",
    [
        "hej mette, ring til søren bækholm eller lise-lotte",
        "mette–hansen ida·juhl ſøren ß-ida kunden\u00a0mette 🙂mette🙂 mette2 _mette é",
        "\u212aarin og \u212bse mødte idaö og öida, mit navn er mette, venlig,hilsen ole",
    ],
)
def test_names_and_lead_words_are_the_whole_runs_of_letters_a_regex_finds(text: str) -> None:
    """The Latin-1 tokeniser finds the same names and lead words, at the same offsets, as a
    regex over runs of the letters names are written with, whatever stands between them."""
    letters = re.escape("".join(sorted(recognizers._letters())))
    runs = [m for m in re.finditer(f"[{letters}]+", text)]
    names = recognizers._lowercase_names()
    tokens = recognizers._tokens(text.encode("latin-1", "replace"))
    assert tokens.names == [m.span() for m in runs if m.group() in names]
    leads = [(m.start(), m.group()) for m in runs if m.group() in recognizers._LEAD_PHRASES]
    assert [lead for lead in tokens.leads if " " not in lead[1]] == leads
    if "mit navn er" in text:  # a phrase of several words
        assert (text.index("mit navn er"), "mit navn er") in tokens.leads


def test_findings_are_those_recorded_before_the_speed_work() -> None:
    """Every finding (entity, offsets, score, recogniser) on 300 generated fraud-team texts,
    plain, upper-cased and with odd characters inserted, is the one main gave before the
    issue-18 speed work (tests/privacy/data/findings_before_speedup.json)."""
    recorded = json.loads(FINDINGS_FILE.read_text(encoding="utf-8"))
    for text, findings in zip(_equivalence_texts(), recorded, strict=True):
        found = [[f.entity, f.start, f.end, f.score, f.recognizer] for f in analyze(text)]
        assert found == findings, text


def _clusters_by_str_regex(text: str) -> list[tuple[int, int, int]]:
    """Digit clusters as defined on ``str``: the text between runs of three or more
    characters that are no decimal digits, with its number of ``str.isdigit`` characters."""
    bounds = [0, *[i for m in re.finditer(r"\D{3,}", text) for i in m.span()], len(text)]
    return [
        (start, end, sum(map(str.isdigit, text[start:end])))
        for start, end in zip(bounds[::2], bounds[1::2], strict=True)
        if end > start
    ]


@pytest.mark.parametrize(
    "odd",
    [
        "",
        "²³¹",
        "\u0663 \u2460",
        "\u212a\u212b",
        "ß",
        "µ",
        "\u0130",
        "🙂 ?",
        "ÆØÅ ÿ",
        "Σς–",
        "ﬁẞ\u0345ǅ",
    ],
)
def test_the_scan_lowercases_casefolds_and_finds_clusters_as_str_would(odd: str) -> None:
    """Byte-wise lowercasing, casefolding and digit clusters are those of ``str`` even with
    characters beyond Latin-1, other digits ("²", "٣", "①") and letters that lowercase or
    casefold to something else ("K", "ß", "µ", "İ")."""
    rng = random.Random(odd)
    for text in _equivalence_texts()[::15]:
        chars = list(text)
        for char in odd * 3:
            chars.insert(rng.randrange(len(chars) + 1), char)
        text = "".join(chars)
        scan = recognizers.Scan(text)
        assert scan.lowered == text.lower()
        assert scan.folded == text.casefold()
        assert scan.clusters() == _clusters_by_str_regex(text)


def test_digits_only_removes_what_the_regex_removes() -> None:
    rng = random.Random(6)
    for _ in range(5000):
        text = "".join(rng.choices("0123456789 -a.²\u0663\u2013", k=rng.randint(0, 20)))
        assert recognizers.digits_only(text) == re.sub(r"\D", "", text), text


def test_luhn_valid_answers_as_stdnum_does() -> None:
    rng = random.Random(5)
    numbers = ["", "0", "00", "79927398713", "4571000000000001", "\u0661\u0662", "12a4"]
    numbers += ["".join(rng.choices("0123456789", k=rng.randint(1, 19))) for _ in range(3000)]
    for number in numbers:
        assert recognizers.luhn_valid(number) == luhn.is_valid(number), number


def _iban_candidates(rng: random.Random) -> list[str]:
    """Valid IBANs of every country in stdnum's registry (BBAN drawn from its structure),
    the same with wrong check digits or cut short, compact and in groups of four."""
    letters, digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
    kinds = {"n": digits, "a": letters, "c": letters + digits}
    candidates = []
    for line in (Path(iban.__file__).with_name("iban.dat")).read_text().splitlines():
        if not line[:1].isupper():
            continue
        code, structure = line[:2], re.search(r'bban="([^"]*)"', line)
        for _ in range(30):
            bban = "".join(
                "".join(rng.choice(kinds[kind]) for _ in range(int(count)))
                for count, kind in re.findall(
                    r"(\d+)!([nac])", structure.group(1) if structure else ""
                )
            )
            valid = code + iban.calc_check_digits(code + "00" + bban) + bban
            for text in (valid, code + "00" + bban, valid[: rng.randrange(2, len(valid))]):
                grouped = " ".join(text[i : i + 4] for i in range(0, len(text), 4))
                candidates += [text, grouped]
    return [*candidates, "", "DK", "XX00 1234 5678 9012", "dk50 0040 0440 1162 43"]


def test_genitive_starts_are_the_patterns_matches() -> None:
    """redspeed10: _genitive_starts gives _GENITIVE_NOUN.finditer's starts (a set lookup of
    the word after "s ", the pattern only before "-" or a space and a digit), also where one
    genitive's noun ends in "s" before the next ("Almas foos mor")."""
    nouns = recognizers._GENITIVE_NOUNS.split("|")
    parts = ["s ", "s", " ", "-", "x", "ss ", "2", " 3", "é", ".", "_", "e-mail", "steam-konto"]
    parts += [noun for noun in nouns if re.fullmatch(r"\w+", noun)]
    rng = random.Random(18)
    texts = ["almas mor", "almas foos mor", "s e-mail, s steam-konto og s cs 2-konto"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        expected = [m.start() for m in recognizers._GENITIVE_NOUN.finditer(text)]
        assert recognizers._genitive_starts(text) == expected, text


def test_genitive_nouns_keep_the_shapes_their_lookup_reads() -> None:
    """_genitive_starts looks a noun of word characters up in a set and asks the pattern only
    where a word is followed by "-" or a space and a digit: a noun of another shape (a space
    or an apostrophe after its first word) needs _genitive_starts changed with it."""
    for noun in recognizers._GENITIVE_NOUNS.split("|"):
        assert (
            re.fullmatch(r"\w+", noun)
            or re.fullmatch(r"\w+-[\w-]*", noun)
            or noun == r"\w+(?:-\w+)?(?: \d+)?-konto"
        ), noun


def test_clusters_are_the_text_between_gaps() -> None:
    """redspeed10: Scan.clusters (str.find in the digit mask) cuts where three characters or
    more are no decimal digit, as the regex it replaced did; other digits ("²") count."""
    gap = re.compile(r"[^0]{3,}")
    rng = random.Random(10)
    for _ in range(20000):
        mask = "".join(rng.choice("0 1" if rng.random() < 0.7 else "0   ") for _ in range(30))
        bounds = [0, *(i for m in gap.finditer(mask) for i in m.span()), len(mask)]
        expected = [
            (lo, hi, hi - lo - mask.count(" ", lo, hi))
            for lo, hi in zip(bounds[::2], bounds[1::2], strict=True)
            if hi > lo
        ]
        text = mask.replace("0", "7").replace("1", "²").replace(" ", "a")
        assert recognizers.Scan(text).clusters() == expected, mask


def test_iban_valid_answers_as_stdnum_does() -> None:
    """The IBAN check in C says what stdnum says, for every country (those with their own
    account check, BE, ES, ME, NO, go to stdnum), valid or not, spaced or not."""
    candidates = _iban_candidates(random.Random(7))
    assert sum(map(iban.is_valid, candidates)) > 1000
    for text in candidates:
        assert recognizers.iban_valid(text) == iban.is_valid(text), text


def _digit_strings(rng: random.Random, size: int) -> list[str]:
    """Runs of digits of every length joined by the separators the CPR and phone patterns
    know, and by characters they do not (letters, ":", "+", other digits)."""
    separators = [" ", "-", " - ", ".", ". ", "(", ") ", "+", " +", "\u2013", " \u2014 ", "\xa0"]
    separators += ["\xa0-\xa0", ",", "/", ":", "a", " x ", "   ", "  ", "²", "\u0663", "tlf +"]
    texts = []
    for _ in range(size):
        parts = []
        for _ in range(rng.randint(1, 7)):
            length = rng.choice([1, 2, 2, 4, 4, 6, 6, 8, 10, 11, 13, 16, 30, 44])
            parts += ["".join(rng.choices("0123456789", k=length)), rng.choice(separators)]
        texts.append("".join(parts)[rng.randint(0, 2) :])
    return texts


def test_phone_candidates_are_those_of_a_search_around_each_cluster() -> None:
    """A cluster of digits and separators taken whole gives the same candidates as searching
    _PHONE_CANDIDATE in every cluster of seven digits or more, two characters before it and
    three after."""
    phone = next(r for r in REGISTRY if r.name == "phone")
    assert isinstance(phone, recognizers.PhoneRecognizer)
    for text in _digit_strings(random.Random(8), 5000):
        scan = recognizers.Scan(text)
        clusters = [(start, end) for start, end, digits in scan.clusters() if digits >= 7]
        windows = recognizers._widen(clusters, 2, 3, len(text))
        searched = [
            m.span()
            for lo, hi in windows
            for m in recognizers._PHONE_CANDIDATE.finditer(text, lo, hi)
        ]
        assert list(phone._candidates(scan)) == searched, text


def test_cpr_windows_find_what_twelve_characters_either_side_found() -> None:
    """The CPR pattern searched from a cluster's first digit to two characters past the end of
    the number finds the same matches as searched twelve characters either side."""
    cpr = next(r for r in REGISTRY if r.name == "cpr")
    for text in _digit_strings(random.Random(9), 5000):
        scan = recognizers.Scan(text)
        clusters = scan.clusters()
        following = [*clusters[1:], (-1, -1, 0)]
        starts = [
            (start, end)
            for (start, end, digits), (after, _, more) in zip(clusters, following, strict=False)
            if digits >= 10 or (digits >= 6 and after - end == 3 and more >= 4)
        ]
        pattern = recognizers._CPR_PATTERN
        wide = [
            m.span()
            for lo, hi in recognizers._widen(starts, 12, 12, len(text))
            for m in pattern.finditer(text, lo, hi)
        ]
        narrow = [m.span() for lo, hi in cpr.windows(scan) for m in pattern.finditer(text, lo, hi)]
        assert narrow == wide, text


_NAME_LEAD_FORWARDS = re.compile(
    r"(?i:(?<![\w])(?:hej|hejsa|hi|hello|kære|dear|hilsen|mvh|vh|regards|kunde|kunden|"
    r"kundens|kontaktperson|navn|name|hedder|skrevet af|sagsbehandler|rådgiver|det er))"
    r"(?:[ \t]*[:,.]?[ \t]*\n?[ \t]*|[ \t]+(?:er|is)[ \t]+)$"
)


def test_the_lead_read_backwards_is_the_search_forwards() -> None:
    """A greeting or label before a name, read backwards, is there exactly when the forward
    search (a lead, then spaces, ":" or a line break, or " er ", up to the end) finds one."""
    rng = random.Random(10)
    pieces = ["hej", "Hej", "HEJ", "hejsa", "hi", "hello", "kære", "KÆRE", "mvh", "vh"]
    pieces += ["kunde", "kunden", "kundens", "navn", "skrevet af", "det er", "Det er", "er"]
    pieces += ["is", "ER", " ", "  ", "\t", "\n", ":", ",", ".", "x", "_", "1", "é", "\u212a"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        forwards = _NAME_LEAD_FORWARDS.search(text) is not None
        assert recognizers.PersonNameRecognizer._lead(text, len(text)) == forwards, repr(text)


def test_every_address_starts_in_the_street_shape() -> None:
    """Where the address pattern matches, at most four words and a house number follow, so
    testing that shape first skips no address."""
    rng = random.Random(11)
    pieces = ["Vej", "vej", "Nørre", "Allé", "H.C.", "Ørsteds", "h.c.", "ørsteds", "Peter"]
    pieces += ["Bangs", "Strandboulevarden", "gade", "Store", "St.", "nørre", "A", "th.", "2."]
    pieces += [" ", " ", " ", ",", "\n", ".", "-", "'", "København", "Nørre Allé 12"]
    pieces += ["h.c. ørsteds vej 3", "Peter Bangs Vej 1", "Kongensgade 1620 V", "Store Vej 7"]
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        for start in range(min(len(text), 6)):
            if recognizers._address_pattern().match(text, start):
                matched += 1
                assert recognizers._STREET_SHAPE.match(text, start), (text, start)
    assert matched > 1000


def test_house_numbers_follow_a_word_with_a_street_ending() -> None:
    """The one pass for "street ending, dots, space, digit" gives the clusters after a space
    whose word before ends in a street ending, in any case and with characters beyond
    Latin-1 (which take the way word by word)."""
    rng = random.Random(12)
    pieces = ["Vej", "vej", "VEJ", "gade", "allé", "ALLÉ", "allèen", "plads", "Torv", "x", " "]
    pieces += [" ", ".", "..", "\n", "\t", "12", "3", "\u0663", "Σ", "ß", "İ", "\u212a", "-"]
    endings = recognizers.street_suffixes()
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        scan = recognizers.Scan(text)
        expected = [
            n
            for n, _, _ in scan.clusters()
            if n >= 2
            and text[n - 1] == " "
            and text[recognizers._word_start(text, n - 1) : n - 1]
            .rstrip(".")
            .lower()
            .endswith(endings)
        ]
        assert recognizers.AddressRecognizer._house_numbers(scan) == expected, repr(text)
        found += len(expected)
    assert found > 300


# The patterns as they were, with their look-behind first.
_LOOK_BEHIND_FIRST = {
    "card_expiry": r"(?<![\d/.-])((?:0[1-9]|1[0-2])\s?[/-]\s?(?:\d{2}|20\d{2}))(?![\d/-]|[.,]\d)",
    "card": r"(?<![\w-])(?<![A-Z]{2}\d\d[ -])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{1,7}"
    r"|\d{4}([ -])\d{6}\3\d{4,5})(?![\d-])",
    "iban": r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b",
    "dk_bank_account": r"(?<![\d-])(\d{4}(?:[ -]|\s*(?:/|,)?\s*(?i:konto(?:nr|nummer)?|kto)\.?"
    r"(?:\s*nr\.?)?:?\s*)\d{6,10})(?![\d-])",
    "dk_number_plate": r"(?<![\w-])([A-ZÆØÅ]{2} ?\d{2} ?\d{3})(?![\w-])",
}


@pytest.mark.parametrize("name", sorted(_LOOK_BEHIND_FIRST))
def test_a_look_behind_after_the_first_character_matches_as_before(name: str) -> None:
    """A pattern whose look-behind now follows its first character (so the engine skips to
    where that character stands) matches where, and what, it matched with the look-behind
    first, searched from any position to any end."""
    pattern = next(r for r in REGISTRY if r.name == name).patterns[0]
    before = re.compile(_LOOK_BEHIND_FIRST[name])
    rng = random.Random(name)
    pieces = ["0", "1", "2", "9", "12", "09", "4111", "0101", "1234", "DK50", "GB", "AB", "ÆØ"]
    pieces += ["/", "-", ".", ",", " ", "\xa0", "\u2013", "20", "2027", "x", "\n", "@", "a.b", "+"]
    pieces += ["konto", "Kto.", " nr. ", "_", "ø"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        expected = [(m.span(), m.groups()) for m in before.finditer(text, pos, end)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)] == expected


@pytest.mark.parametrize("name", [r.name for r in REGISTRY if r.starts_with])
def test_a_pattern_tried_at_its_words_finds_what_a_search_of_its_windows_finds(name: str) -> None:
    """In Latin-1 text a pattern tried only where one of its ``starts_with`` words starts
    finds what searching every position of its windows finds."""
    recognizer = next(r for r in REGISTRY if r.name == name)
    rng = random.Random(name)
    words = [*recognizer.starts_with, *recognizer.context]
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words)]
    # The labels as the patterns spell them, whatever the lists under test say.
    pieces += ["user id", "User ID", "userid", "brugernavn", "Bruger-id", "NemID-nr.", "sms-kode"]
    pieces += ["SMSkoden", "kodeviseren", "Nøglekort", "one-time passcode", "your code", "Din code"]
    pieces += ["D.O.B.", "fødselsdag", "f. ", "Driver's License", "Pas-nr.", "passport no.", "CVC2"]
    pieces += [" ", ": ", " er ", " is ", "nr.", "123", "4567", "483920", "AB1234567", "\n"]
    # A Greenlandic or Faroese local number, its label and a town there.
    pieces += ["52 41 87", "tlf. hjemme ", "tlf. 52 41 87", "3900 Nuuk", "+299"]
    pieces += [
        "x",
        "-",
        "til mitid",
        "id",
        "kort",
        "12.03.1985",
        "1. maj 1990",
        "→",
        "4111 1111 1111 1111",
    ]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        scan = recognizers.Scan(text)
        searched = [f for lo, hi in recognizer.windows(scan) for f in recognizer.find(text, lo, hi)]
        assert list(recognizer.matches(scan)) == searched, text
        found += len(searched)
    assert found > 20


def test_iban_check_tells_a_failed_national_check_from_a_failed_checksum() -> None:
    assert recognizers.iban_check("NO7112345678903") is recognizers.IbanCheck.valid
    assert recognizers.iban_check("NO6686011117948") is recognizers.IbanCheck.checksum
    assert recognizers.iban_check("NO6686011117949") is recognizers.IbanCheck.invalid
    assert not recognizers.iban_valid("NO6686011117948")


@pytest.mark.parametrize(
    "window",
    ["(2024-08-15).", "(17-06-2025 kl", "[05.03.2024]", " 2024-08-15, "],
)
def test_a_date_alone_skips_the_phone_matcher_which_finds_only_it(window: str) -> None:
    """The phone recogniser skips phonenumbers' matcher where it would find only a date,
    which it drops anyway: the matcher (valid numbers, region DK) on the window finds the
    date or nothing."""
    assert recognizers._only_a_date(window)
    assert recognizers.PhoneRecognizer._matched(window, 0, len(window) - 2) == []
    # What the matcher itself finds there (the 8-digit dates pass the Danish plan) is the
    # date, which the recogniser drops.
    raw = [
        m.raw_string.strip("()[] ")
        for m in phonenumbers.PhoneNumberMatcher(window, "DK", leniency=phonenumbers.Leniency.VALID)
    ]
    assert all(recognizers._DATE_LIKE.fullmatch(r) for r in raw)


@pytest.mark.parametrize(
    "window",
    # A number before the date, a digit after it, "00" (a foreign number may be shorter),
    # a "-" before it that the matcher may keep, a full-width bracket.
    ["20 30 (2024-08-15).", "(2024-08-15) 7", "(00-12-2024)", "(-2024-08-15)", "\uff082024-08-15"],
)
def test_the_phone_matcher_runs_where_more_than_a_date_stands(window: str) -> None:
    assert not recognizers._only_a_date(window)
