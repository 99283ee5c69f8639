"""pii95: a learned model of whose address an address is, a private person's or an
organisation's own (pii78's convention: an organisation's own address is no personal data).

Every new writer of the labelled sets frames an organisation's place in words the hand-written
rules have not seen ("Hent pakken i vores lager, …", "Mødested: …"), so rule-by-rule fixing does
not generalise. This module reads an address's context as a bag of lowercase features
(``features``) and scores it with a logistic model (``Model.probability``) trained on the
labelled sets by scripts/train_address_context.py, which also chose the threshold by
leave-sets-out cross-validation (docs/privacy.md, "pii95"). The recognisers ask it only about
an address their rules leave personal (``recognizers._address_entity``). pii98: a street and
number alone is asked too, beside an organisation's marker or a label, with more context
features (docs/privacy.md, "pii98"). pii101: classes of words (an organisation's premises, a
visit to them) that carry to a new writer's words, and names that cannot own the address (a
chat's speaker, a surname in a company's name) no longer keep the model from asking
(docs/privacy.md, "pii101"). pii105: "forbi" vetoes only a visit in passing, and an
organisation's name or a company number beside the address are features (docs/privacy.md,
"pii105").

Never the street's or the town's own words (they come from each writer's own lists and would
not generalise), only the street's ending. A listed person's name, or a person's address word
("bopæl", "kundens"), before the address is a feature, and it also vetoes the model
(``_person_before``): addrml (docs/privacy.md) found that a context model learns "<organisation-
like words>, <address>" and cannot tell a customer's bank or a sole trader's firm from the
organisation itself, so wherever a person is named or a person's address is announced before
an address, the rules alone decide.

Inference is by hand, a sum of weights over the features, with the weights read once from
data/address_context.json: importing scikit-learn (or numpy) at run time would cost `vaern
privacy redact` most of its < 0.5 s start, and a sum over twenty features needs neither.
Plain typed Python, no dynamic tricks: the mypyc-compiled recognisers call it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Final

from vaern.text.compiled import PACKAGE

# The package's data file, also when the module read is the compiled build in the environment
# (vaern.text.compiled), whose own file is elsewhere.
MODEL_FILE: Final = PACKAGE / "privacy" / "data" / "address_context.json"

# Characters read before the address (its line and the line above) and after it (its line),
# and the wider window searched for an organisation's markers.
BEFORE: Final = 100
AFTER: Final = 40
MARKER_BEFORE: Final = 200
MARKER_AFTER: Final = 150
# Words before the address (its line's and the line above's, nearest first) in which a
# listed name or a person's address word vetoes the model.
PERSON_WORDS: Final = 10

_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
_DIGIT: Final = re.compile(r"\d")
_POSTCODE: Final = re.compile(r"\b\d{4}(?: \w)")
_FLOOR: Final = re.compile(
    r"\b(?:\d{1,2}\.? ?(?:sal|th|tv|mf)\b|st\.? ?(?:th|tv|mf)\b|kl\.? ?(?:th|tv)\b)", re.I
)
_SAL: Final = re.compile(r"\bsal\b", re.I)
_CVR: Final = re.compile(r"\bcvr", re.I)
# pii98: the nearest label before the address on its line ("Mødested:", "Returadresse:",
# "Afhentning:"), the word before the colon.
_LABEL: Final = re.compile(r"(\w+)\s*:[^:]*$")
_STREET_WORD: Final = re.compile(r"([^\W\d_]+)\.?\s*\d")
# pii101: a chat line's timestamp and speaker ("[16:25] Yasmin: "), and a company's name: a
# stretch of a line with a company form or "& Co"/"& Søn" ("Holm & Co Vognmænd", "Bager Jensen
# Dentallab ApS"), up to a comma, colon, semicolon or bracket; never a bare "&", which as often
# joins a couple ("Jens & Mette Hansen").
_SPEAKER: Final = re.compile(r"\s*\[\d{1,2}[:.]\d\d\]\s*[^:\n]{1,40}:\s")
_FIRM: Final = re.compile(
    r"[^,;:()\n]*(?:\s&\s?(?:Co|Søn)\b|(?<!\w)(?:ApS|A/S|P/S|K/S)(?!\w))[^,;:()\n]*"
)
# An interessentskab named as a party to a case ("Forurettet: Blomsterhuset Anemone I/S, …",
# tests/privacy/test_recognizer_pii87.py): its partners answer for it in person, so its address
# may be theirs and the rules alone decide. Not an I/S writing as itself ("Fra Broafgift Øst I/S,
# …": a consortium's letterhead, pii_blind100).
_PARTNERSHIP: Final = re.compile(r"(?<!\w)I/S(?!\w)")
_PARTY_LABELS: Final = frozenset(
    {"forurettet", "forurettede", "skadelidte", "anmelder", "klager", "kunde", "kunden"}
)
# An organisation's markers near an address (lowercased window): a company form, a company
# number, a municipality or region, opening hours, a web address, a 70/80 service number (one
# pattern, one pass over the window: most of the model's cost was a search per marker).
_MARKERS: Final = re.compile(
    "|".join(
        (
            r"(?P<company>(?<!\w)(?:a/s|aps|i/s|p/s|k/s|amba|a\.m\.b\.a\.)(?!\w))",
            r"(?P<cvr>\bcvr)",
            r"(?P<kommune>kommune\b)",
            r"(?P<region>\bregion\b)",
            r"(?P<hours>åbningstid|\bhverdage\b|\bman(?:dag)?\.?\s*[-–]\s*fre)",
            r"(?P<web>\bwww\.|\.dk\b)",
            r"(?P<mail>\w@\w)",
            r"(?P<service_phone>(?<!\d)[78]0 ?\d\d ?\d\d ?\d\d(?!\d))",
        )
    )
)
# pii101: words for an organisation's premises, counters and meeting points, found anywhere in
# a word so that compounds and the definite and plural forms count ("tandklinikken",
# "receptionen", "afdelingerne"): a new writer's frame names a place the model never saw as a
# word, and the class carries what the known ones taught it. Written by hand as general Danish;
# some are words seen in the training sets' errors (106-109: "reception", "venteværelse",
# "indkørsel"), a few were added for the hand-written frames of tests/privacy/
# test_address_context.py ("klubhus", "skolegård"), none came from the test sets 110-112.
_PLACE_STEMS: Final = (
    "administration",
    "afdeling",
    "afhentningssted",
    "afleveringssted",
    "apotek",
    "besøgsadresse",
    "bibliotek",
    "borgerservice",
    "butik",
    "bygning",
    "center",
    "centret",
    "depot",
    "domicil",
    "ekspedition",
    "festsal",
    "filial",
    "forretning",
    "forsamlingshus",
    "galleri",
    "genbrugsplads",
    "hospital",
    "hovedkontor",
    "hovedsæde",
    "idrætshal",
    "indgang",
    "indkørsel",
    "kantine",
    "kapel",
    "klinik",
    "klubhus",
    "kontor",
    "kulturhus",
    "kundecenter",
    "laborator",
    "lager",
    "lokale",
    "medborgerhus",
    "menighedshus",
    "mindestue",
    "museum",
    "mødested",
    "pakkeshop",
    "parkering",
    "posthus",
    "reception",
    "rådhus",
    "salon",
    "sekretariat",
    "showroom",
    "skolegård",
    "skranke",
    "sognegård",
    "sportshal",
    "stadion",
    "station",
    "sygehus",
    "terminal",
    "udleveringssted",
    "venterum",
    "venteværelse",
    "værksted",
)
# Words before the address on its line in which a place word counts (nearest first).
PLACE_WORDS: Final = 6
_PLACE: Final = re.compile("|".join(_PLACE_STEMS))
# pii101: the start of words that send someone to an organisation's place ("Besøg os",
# "henvend dig", "afleveres", "afhentes", "returneres"): general Danish too. Not "kom forbi" or
# "mødes": as often a private meeting (tests/privacy/test_recognizer_pii87.py).
_VISIT: Final = re.compile(
    r"(?:besøg|henvend|aflever|afhent|indlever|returner|velkommen|åben|åbning)"
)
# redspeed24: where a match of _MARKERS can begin (a superset: each of its alternatives opens
# with one of these literals, or a word character before "@", found apart). _MARKERS opens
# with look-behinds and word boundaries, so the regex engine tries every alternative at every
# position of the window (a third of a millisecond per address); tried only at these
# positions, in order and from each match's end, it finds what ``finditer`` finds.
_MARKER_START: Final = re.compile(
    r"a/|ap|am|a\.|i/|p/|k/|cvr|kommune|region|åbningstid|hverdage|man|www\.|\.dk|70|80"
)
# Words that announce a person's own address, or a person as its owner.
_PERSON_WORDS: Final = frozenset(
    {
        "bopæl",
        "bopæls",
        "bopælsadresse",
        "hjemmeadresse",
        "privatadresse",
        "folkeregisteradresse",
        "kunde",
        "kunden",
        "kundens",
        "borger",
        "borgeren",
        "borgerens",
        "bor",
        "boede",
        "flyttet",
        "flytter",
        "fraflyttet",
        "tilflyttet",
        "hjemme",
        "privat",
        "v",
        # pii95: a person's pronoun or possessive, a home, a private buyer or tenant (the
        # near misses of tests/privacy/test_recognizer_pii87/89/93: "Hendes kontor ligger på
        # …", "Vi sælger vores hus på …", "afhentet af køber på …", "Han kom ind via …").
        "han",
        "hun",
        "hans",
        "hendes",
        "ham",
        "hende",
        "jeg",
        "mig",
        "min",
        "mit",
        "mine",
        "din",
        "dit",
        "dine",
        "sin",
        "sit",
        "sine",
        "hus",
        "huset",
        "hjem",
        "hjemmet",
        "hjemmekontor",
        "hjemmekontoret",
        "lejlighed",
        "lejligheden",
        "bolig",
        "boligen",
        "private",
        "køber",
        "køberen",
        "købers",
        "lejer",
        "lejeren",
        "lejers",
    }
)
# pii103: a visit in passing ("Du kan komme forbi på …", "kig forbi …") is as often a private
# meeting (pii101's judgement, tests/privacy/test_recognizer_pii87.py): the model retrained on
# 110-112 learned a funeral home's "Du er velkommen til at komme forbi: …" and put the private
# frame at 0.004, so the rules alone decide. pii105: only when nothing names an organisation
# between "forbi" and the address in the same sentence (``_passing_visit``): "Kom forbi
# <Org> på …", "kig forbi vores butik på …", "kom forbi hallen på …" are an organisation's
# invitation (138 of pii_blind113-115's organisations' addresses were vetoed by "forbi", none
# of their private ones).
_PASSING: Final = "forbi"
# The organisation's possessives ("vores kundeskranke", "our hovedkontor").
_OUR_POSSESSIVES: Final = frozenset({"vores", "vor", "vort", "our"})
# Words after "forbi" that say whose place it is: the organisation's own ("os", "vores").
_OURS: Final = (_OUR_POSSESSIVES - {"our"}) | {"os"}
# A lowercase noun in its definite form ("hallen", "butikken", "kontoret"): a place named; not
# a time ("i aften", "i morgen", "weekenden") or an adverb that ends alike ("sammen", "meget").
_DEFINITE: Final = re.compile(r"[^\W\d_]{3,}(?:en|et)\Z")
_TIMES: Final = frozenset(
    {
        "aften",
        "aftenen",
        "morgen",
        "morgenen",
        "dagen",
        "ugen",
        "weekenden",
        "eftermiddagen",
        "formiddagen",
        "natten",
        "sammen",
        "meget",
    }
)


# pii103: a word for a dwelling at the end of a compound ("Andelsbolig, <address>: <value>" in an
# estate's list of assets, "ejerlejligheden", "sommerhuset", "rækkehus"): a home is a person's,
# whatever the text around it (pii_blind110 lost 33 of its 34 private addresses to an estate's
# "Bil, … ⏎ Andelsbolig, …"). The whole words "bolig", "lejlighed", "hus" were _PERSON_WORDS
# already; a compound ending in them is one too, except an organisation's house ("rådhus",
# "forsamlingshus": only the named kinds of a home end in "hus" here) and a word that only
# begins with one ("boligselskab", "boligforeningen": the ending is what counts).
_HOME: Final = re.compile(
    r"(?:bolig|lejlighed|villa|(?:parcel|række|sommer|fritids|familie|dobbelt|kæde|stue|bonde)hus)"
    r"(?:en|et)?\Z"
)


# pii109: features of the address's place in the text and its wider lines that carry to a new
# writer (grouped CV by set, docs/privacy.md, "pii109"): an e-mail or web address on the
# address's own line, a phone label after it there, a company form before it there, the words
# of the line below it (``d:``), and the address's line among the text's first or last two
# lines with text (a letterhead, a signature).
_OWN_MAIL: Final = re.compile(r"\w@\w")
_OWN_WEB: Final = re.compile(r"www\.|\.dk\b|\.com\b", re.I)
_OWN_PHONE: Final = re.compile(r"\btlf|\btelefon", re.I)
_OWN_FORM: Final = re.compile(r"(?<!\w)(?:A/S|ApS|I/S|P/S|K/S|a\.m\.b\.a\.|AMBA)(?!\w)")
# Words read of the line below.
WIDE_WORDS: Final = 12
# Lines with text on the other side of a first or last line (``pos:``): a short text's only
# lines are no letterhead nor signature ("Vi mødes på <address>.", the near misses).
POS_BODY: Final = 3


# pii111: a word class of an organisation's own frame that carries to a new writer (grouped CV
# by set over 0-121, docs/privacy.md, "pii111"): an imperative or present passive of sending or
# returning, with "til"/"to" right before the address (``cls:send_to``: "Sendes til: …",
# "Returnér blanketten til …", "Please return the parcel to …"; not "sendt til", the past, which
# as often names where a person's parcel went). Tried and rejected by the CV (no gain, or a
# hand-written organisation's frame lost): "our"/"we" before the address on its line, opening
# hours on its own line, "<capitalised words> · <address>", a colon label naming a unit.
_SEND_VERB: Final = re.compile(
    r"(?:send|sendes|indsend|indsendes|fremsend|fremsendes|returnér|returner|returneres|"
    r"retur|return|aflever|afleveres|indlever|indleveres|sende|returnere)\Z"
)
_SEND_TO: Final = frozenset({"til", "to"})


def _send_to(line: list[str]) -> bool:
    """pii111: "til"/"to" among the last two words before the address (a colon after it
    allowed) and an imperative or present passive of sending or returning among the six
    before it on its line (``cls:send_to``)."""
    words = [w.lower() for w in line if w != ":"]
    for i in range(len(words) - 1, max(len(words) - 3, -1), -1):
        if words[i] in _SEND_TO:
            return any(_SEND_VERB.match(w) for w in words[max(0, i - 6) : i])
    return False


def _text_lines(text: str) -> int:
    """The lines of ``text`` that hold more than white space."""
    return sum(1 for line in text.split("\n") if line.strip())


def _wider(source: str, start: int, end: int, found: set[str]) -> None:
    """pii109: the address's own line, the line below, and its place among the text's lines
    with text (``pos:top2``: no more than one such line before it and POS_BODY or more after
    it; ``pos:bottom2``: the other way round), added to ``found``."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    own_end = len(source) if line_end < 0 else line_end
    own = source[line_start:own_end]
    if _OWN_MAIL.search(own) is not None:
        found.add("own:mail")
    if _OWN_WEB.search(own) is not None:
        found.add("own:web")
    if _OWN_PHONE.search(own[end - line_start :]) is not None:
        found.add("own:tlf_after")
    if _OWN_FORM.search(own[: start - line_start]) is not None:
        found.add("own:form_before")
    if line_end >= 0:
        below_end = source.find("\n", line_end + 1)
        below = source[line_end + 1 : (len(source) if below_end < 0 else below_end)]
        for word in _words(below)[:WIDE_WORDS]:
            found.add("d:" + _norm(word))
    before = _text_lines(source[:line_start])
    after = 0 if line_end < 0 else _text_lines(source[line_end + 1 :])
    if before <= 1 and after >= POS_BODY:
        found.add("pos:top2")
    if after <= 1 and before >= POS_BODY:
        found.add("pos:bottom2")


def _lines_before(source: str, start: int) -> tuple[str, str]:
    """The address's line before it, and the line above (each at most BEFORE characters)."""
    line_start = source.rfind("\n", 0, start) + 1
    line = source[max(line_start, start - BEFORE) : start]
    above = ""
    if line_start > 0:
        above_start = source.rfind("\n", 0, line_start - 1) + 1
        above = source[max(above_start, line_start - 1 - BEFORE) : line_start - 1]
    return line, above


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _norm(word: str) -> str:
    lowered = word.lower()
    # A word of letters has no digit (nor has its lowercase): no substitution to try.
    return lowered if word.isalpha() else _DIGIT.sub("0", lowered)


def _is_name(word: str, names: frozenset[str]) -> bool:
    """A capitalised word of the name list, or its genitive ("Jensens")."""
    if not word[:1].isupper():
        return False
    return word in names or (word.endswith("s") and word[:-1] in names)


def _person_before(nearest: list[str], named: list[str], names: frozenset[str]) -> bool:
    """A listed name (among ``named``, the nearest words that may name the address's owner) or a
    person's address word among the nearest words before the address ("Kunde: Jens Hansen,
    Sydfjord Bank, …", "Kundens adresse til sagen: Politigården, …"); not farther back, where a
    chat's speaker or a greeting stands. pii103: or a compound word for a home (``_HOME``:
    "Andelsbolig, …", "sommerhuset på …")."""
    nearest, named = _after_ours(_after_referral(nearest)), _after_ours(_after_referral(named))
    return (
        any(_is_name(w, names) for w in named[-PERSON_WORDS:])
        or any(
            w.lower() in _PERSON_WORDS or _HOME.search(w.lower()) is not None
            for w in nearest[-PERSON_WORDS:]
        )
        or _passing_visit(nearest[-PERSON_WORDS:], names)
    )


# pii107: a referral ("Kunden henvist til <place>", "henvises til …"): the person referred is
# not the place's owner, so only the words after it may veto the model.
_REFERRAL: Final = frozenset({"henvist", "henvises", "henviser", "henvise"})


def _after_referral(words: list[str]) -> list[str]:
    """The words after the last referral word among ``words`` (all of them when none)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _REFERRAL:
            return words[i + 1 :]
    return words


# pii111: the organisation's own premises ("vores kundeskranke", "vor afdeling", "our
# hovedkontor"): the words before them name the customer or the writer, not the place's owner,
# so only the words after them may veto ("Kunden blev tilbudt at komme forbi vores kundeskranke
# på …"); "vores hus på …" and "vores kunde, <name>, …" still veto (no premises after "vores").
def _after_ours(words: list[str]) -> list[str]:
    """The words after the last "vores"/"vor"/"vort"/"our" followed by a word for premises
    among ``words`` (all of them when none)."""
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower() in _OUR_POSSESSIVES and _PLACE.search(words[i + 1].lower()):
            return words[i + 1 :]
    return words


def _org_word(word: str, names: frozenset[str]) -> bool:
    """pii105: a capitalised word (not all capitals, no initial) that is no listed name."""
    return len(word) > 1 and word[:1].isupper() and not word.isupper() and not _is_name(word, names)


def _passing_visit(words: list[str], names: frozenset[str]) -> bool:
    """pii105: "forbi" among the nearest words before the address, with nothing between them
    that names an organisation or its place: "Du kan komme forbi på …", "kom forbi i aften på
    …" (a person's visit: the veto), not "Kom forbi Havnens Bådudstyr på …", "kig forbi vores
    butik på …", "kom forbi hallen på …". A capitalised word that is not a listed name, "os" or
    "vores", a word for premises or a noun in its definite form names one. A line break, "!",
    "?" or a full stop before a capital between them ends the visit's sentence: "Kig forbi. ⏎
    Besøgsadresse: …" is no visit in passing to the address."""
    lowered = [w.lower() for w in words]
    if _PASSING not in lowered:
        return False
    at = len(lowered) - 1 - lowered[::-1].index(_PASSING)
    between = words[at + 1 :]
    for i, word in enumerate(between):
        low = lowered[at + 1 + i]
        if word in ("⏎", "!", "?"):
            return False
        if word == "." and i + 1 < len(between) and between[i + 1][:1].isupper():
            return False
        if word[:1].isupper() and not _is_name(word, names):
            return False
        if low in _OURS or _PLACE.search(low) is not None:
            return False
        if _DEFINITE.match(low) is not None and low not in _TIMES:
            return False
    return True


def _may_name_owner(text: str) -> str:
    """pii101: the text before an address without the names that cannot own it: a chat line's
    speaker when three words or more stand between them ("[16:25] Yasmin: … Du er velkommen i
    receptionen på …"), and a surname inside a company's name ("Holm & Co Vognmænd", "Bager
    Jensen Dentallab ApS"): a company is no person, and 538 of the organisations' addresses the
    rules left on 106-109 were kept from the model by such names."""
    speaker = _SPEAKER.match(text)
    if speaker is not None and len(_words(text[speaker.end() :])) >= 3:
        text = text[speaker.end() :]
    # redspeed26: _FIRM asked only of a text that holds its "&" or a company form (its
    # alternatives' literals; most hold neither): tried at every position, its first run read
    # to the stretch's end and back, it was a fifth of the dense bench's instructions.
    if "&" in text or "/S" in text or "ApS" in text:
        return _FIRM.sub(" ", text)
    return text


def _named(before: Before) -> tuple[list[str], list[str]]:
    """The words that may name the address's owner on its line, and on its line and the line
    above (nearest last, the line break as ``⏎``)."""
    line = _owner_words(before.line_text, before.line)
    above = _owner_words(before.above_text, before.above)
    return line, _nearest(line, above)


def _owner_words(text: str, words: list[str]) -> list[str]:
    """``_words(_may_name_owner(text))`` given ``words``, ``_words(text)``: most lines keep
    every name (no speaker, no company), and their words are those already read."""
    kept = _may_name_owner(text)
    return words if kept is text else _words(kept)


class Before:
    """redspeed28: the text before an address as ``asked`` and ``features`` read it, read once
    for both: its line and the line above, their words and the words that may name its owner.
    Each of the two read them again (and ``_street_asked`` a third time): the same two lines
    tokenised up to eight times per address, a tenth of the address recogniser's
    instructions on the dense bench. Nothing here is changed after it is made."""

    def __init__(self, source: str, start: int) -> None:
        self.line_text, self.above_text = _lines_before(source, start)
        self.line = _words(self.line_text)
        self.above = _words(self.above_text)
        self.nearest = _nearest(self.line, self.above)
        self._named_words: tuple[list[str], list[str]] | None = None
        # ``person``'s answer and the names it was given (``asked`` and ``features`` give the
        # same set: recognizers.capitalised_names, made once).
        self._person_answer: tuple[frozenset[str], bool] | None = None

    def named(self) -> tuple[list[str], list[str]]:
        """``_named``'s words, made on the first question."""
        if self._named_words is None:
            self._named_words = _named(self)
        return self._named_words

    def person(self, names: frozenset[str]) -> bool:
        """``_person`` of these lines (``asked``'s veto, ``features``' ``person``), asked once
        for the same names."""
        if self._person_answer is not None and self._person_answer[0] is names:
            return self._person_answer[1]
        named_line, named_nearest = self.named()
        answer = _person(self.line_text, self.nearest, named_line, named_nearest, names)
        self._person_answer = (names, answer)
        return answer


def _nearest(line: list[str], above: list[str]) -> list[str]:
    """The words before an address, the line above's first and the line break as ``⏎``."""
    return [*above, "⏎", *line] if above else line


def _premises(line: list[str]) -> bool:
    """pii101: a word for premises among the nearest words before the address on its line."""
    return any(_PLACE.search(w.lower()) for w in line[-PLACE_WORDS:])


def _premises_above(above: list[str]) -> bool:
    """A word for premises on the line above the address (``cls:place_above``)."""
    return any(_PLACE.search(w.lower()) for w in above)


def _person(
    line_text: str,
    nearest: list[str],
    named_line: list[str],
    named_nearest: list[str],
    names: frozenset[str],
) -> bool:
    """The veto of ``asked``: a person named or announced before the address, or an I/S that
    is a party to a case.
    pii101: a name on the line above does not own an address whose line opens a field of its
    own ("Vidne: Esben Pham, pladsmand. ⏎ Afhentningssted: …"); the model still sees it."""
    label = _LABEL.search(line_text)
    owners = named_line if label is not None else named_nearest
    if _person_before(nearest, owners, names):
        return True
    party = label is not None and label.group(1).lower() in _PARTY_LABELS
    return party and _PARTNERSHIP.search(line_text) is not None


def features(
    source: str,
    start: int,
    end: int,
    names: frozenset[str] = frozenset(),
    before: Before | None = None,
) -> list[str]:
    """The context's features, sorted and without repeats: the words before the address on its
    line (``b:``) and the line above (``u:``), the nearest three words before by position
    (``p1:``-``p3:``, across the line break, shown as ``⏎``), the first three words after it on
    its line (``a1:``-``a3:``), the line's first word (``first:``), the street's ending
    (``end:``), shape (``shape:``: postcode and town, floor and side, "sal", the address opening
    its line, alone on it, under a short line of capitalised words), an organisation's markers
    nearby (``m:``), pii101's classes (``cls:``: a word for premises on the line before it or
    the line above, a word of visiting on its line) and a listed name that may own it or a
    person's address word before it (``person``); pii105: a company number after it on its
    line (``cvr:after``) and two capitalised words that are no listed names right before
    "<words>, <address>" (``cap:before``).
    Lowercased, digits as 0; ``names`` are the capitalised given names and surnames to know.
    ``before``: the lines before the address as ``asked`` read them (``Before``), if it did."""
    found: set[str] = set()
    if before is None:
        before = Before(source, start)
    line_text, above_text = before.line_text, before.above_text
    line, above = before.line, before.above
    for word in line:
        found.add("b:" + _norm(word))
    for word in above:
        found.add("u:" + _norm(word))
    nearest = before.nearest
    for i, word in enumerate(reversed(nearest[-3:]), 1):
        found.add(f"p{i}:" + _norm(word))
    if len(nearest) < 3:
        found.add(f"p{len(nearest) + 1}:^")
    line_end = source.find("\n", end)
    after_text = source[end : (len(source) if line_end < 0 else line_end)][:AFTER]
    after = _words(after_text)
    for i, word in enumerate(after[:3], 1):
        found.add(f"a{i}:" + _norm(word))
    if not after:
        found.add("a1:$")
    first = line[0] if line else "^"
    found.add("first:" + _norm(first))
    address = source[start:end]
    street = _STREET_WORD.search(address)
    if street is not None:
        found.add("end:" + street.group(1).lower()[-3:])
    if _POSTCODE.search(address):
        found.add("shape:postcode")
    if _FLOOR.search(address):
        found.add("shape:floor")
    if _SAL.search(address):
        found.add("shape:sal")
    if not line_text.strip():
        found.add("shape:opens_line")
        if not after:
            found.add("shape:alone")
        if above and len(above_text) <= 40 and all(w[:1].isupper() for w in above):
            found.add("shape:under_name_line")
    # pii98: the frame's label, the address in brackets ("Kastrup (…)"), a line that opens
    # with a quote mark (a quoted signature: "> …") and the first two words of the next line
    # ("CVR-nr.", "Tlf.", "Kontaktperson": a letterhead's or a signature's block; nothing when
    # the address ends the text: a text's last line taught the model a writer's habit).
    label = _LABEL.search(line_text)
    if label is not None:
        found.add("label:" + _norm(label.group(1)))
    if line_text.rstrip().endswith("(") and after_text.lstrip().startswith(")"):
        found.add("shape:paren")
    if line_text.lstrip().startswith(">"):
        found.add("shape:quoted")
    if line_end >= 0:
        next_end = source.find("\n", line_end + 1)
        below = _words(source[line_end + 1 : (len(source) if next_end < 0 else next_end)][:AFTER])
        for i, word in enumerate(below[:2], 1):
            found.add(f"n{i}:" + _norm(word))
    # pii105: a company number after the address on its line ("Afsender: <address>. Tlf. … ·
    # CVR-nr. …"), closer than m:cvr's window. Not before it on the line, nor on the next line:
    # "Forbruger: <name>, <address> ⏎ CVR-nr. …" and "Klager: … ⏎ Indklagede: … A/S, CVR-nr."
    # are private addresses beside a firm's number (grouped CV: 17 more private addresses lost).
    if _CVR.search(after_text) is not None:
        found.add("cvr:after")
    if "shape:postcode" not in found:
        found.add("shape:street_only")
    if _premises(line):
        found.add("cls:place")
    if _premises_above(above):
        found.add("cls:place_above")
    if any(_VISIT.match(w.lower()) for w in line):
        found.add("cls:visit")
    window = source[max(0, start - MARKER_BEFORE) : end + MARKER_AFTER].lower()
    for kind in _marker_kinds(window):
        found.add(f"m:{kind}")
    _, named_nearest = before.named()
    if any(_is_name(w, names) for w in named_nearest):
        found.add("name:lines")
    if any(_is_name(w, names) for w in named_nearest[-3:]):
        found.add("name:near")
    if before.person(names):
        found.add("person")
    # pii105: two capitalised words, neither a listed name, right before "<words>, <address>"
    # (an organisation's name: "Faktura udstedt af Havnens Bådudstyr, …"); the lowercased
    # words above do not show it. One such word alone is as often a short name of a person's
    # (tests/privacy/test_recognizer_pii89.py: "(Bilpas, <address>)").
    # pii107: also before "<words> (<address>, <town>)" ("Styrkehuset Roskilde (Mågevej 7,
    # Roskilde)"). Not on the line above an address that opens its line ("Klitby Sommerhuse,
    # Vestkysten ⏎ <address>": tried, grouped CV 4 more private addresses lost).
    if len(line) >= 3 and line[-1] in (",", "(") and all(_org_word(w, names) for w in line[-3:-1]):
        found.add("cap:before")
    # pii107: a word for premises or of visiting after the address on its line ("Kort: <street>,
    # <town> – udlevering ved skranken", "på <street> (åbent 9.00-18.00)").
    after_lower = [w.lower() for w in after]
    if any(_PLACE.search(w) for w in after_lower):
        found.add("after:place")
    if any(_VISIT.match(w) for w in after_lower):
        found.add("after:visit")
    _wider(source, start, end, found)
    if _send_to(before.line):
        found.add("cls:send_to")
    return sorted(found)


class Model:
    """A logistic model: weights per feature, an intercept and the threshold on p(private)
    under which an address the rules leave personal is an organisation's."""

    def __init__(
        self,
        weights: dict[str, float],
        intercept: float,
        threshold: float,
        street_threshold: float = 0.0,
    ) -> None:
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold
        self.street_threshold = street_threshold

    def threshold_for(self, found: list[str]) -> float:
        """pii98: a street and number alone is held to the stricter threshold."""
        return self.threshold if "shape:postcode" in found else self.street_threshold

    def probability(self, found: list[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in found)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@cache
def model() -> Model | None:
    """The shipped model, read once (None when no model file is shipped)."""
    if not MODEL_FILE.is_file():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return Model(
        weights,
        float(data["intercept"]),
        float(data["threshold"]),
        float(data.get("street_threshold", 0.0)),
    )


def organisation_by_context(
    source: str, start: int, end: int, names: Callable[[], frozenset[str]]
) -> bool:
    """Whether an address the rules leave personal is an organisation's by the model: one it
    is asked about (``asked``; otherwise the rules alone decide) with p(private) under the
    shipped threshold. ``names`` gives the capitalised
    given names and surnames (asked only when needed)."""
    shipped = model()
    if shipped is None:
        return False
    before = Before(source, start)
    if not asked(source, start, end, names, before):
        return False
    found = features(source, start, end, names(), before)
    return shipped.probability(found) < shipped.threshold_for(found)


def asked(
    source: str,
    start: int,
    end: int,
    names: Callable[[], frozenset[str]],
    before: Before | None = None,
) -> bool:
    """Whether the model may overrule the rules for the address at ``source[start:end]``: one
    with no listed name and no person's word before it (``_person``, the ``person`` feature).
    pii98: a street and number alone is asked too (pii95 never asked about it: 723 of the 1,580
    organisations' addresses the rules leave were street-only), but only beside an
    organisation's marker, a label ("Mødested: …"), in brackets, in a quoted signature or,
    pii101/pii108, under or after a word for premises (``_street_asked``): "Mødet er på Mågevej 7,
    kl 10" and "Kontrakten kan afhentes i morgen på Lærkevej 4" are too often a private
    meeting place for the model alone to judge.
    pii108: the one definition, run time's and scripts/train_address_context.py's (its
    cross-validation scores exactly the addresses asked here). redspeed24: read before the
    rest of the features (most addresses are not asked about). ``before``: the lines before
    the address read for ``features`` too (``Before``)."""
    if before is None:
        before = Before(source, start)
    if _POSTCODE.search(source[start:end]) is None and not _street_asked(
        source, start, end, before
    ):
        return False
    return not before.person(names())


def _street_asked(source: str, start: int, end: int, before: Before) -> bool:
    """Whether a street and number alone at ``source[start:end]`` is asked about: a marker
    (``m:``), a label (``label:``), the address in brackets (``shape:paren``), a quoted line
    (``shape:quoted``) or, pii101, a word for premises before it on its line (``cls:place``)
    or, pii108, on the line above (``cls:place_above``: "Afhentning i butikken: ⏎ <street>"),
    which the training script's cross-validation asked about and run time did not until pii108
    (grouped CV: 25 fewer negatives touched, no private address more lost; docs/privacy.md,
    "pii108")."""
    line_text = before.line_text
    if _LABEL.search(line_text) is not None or line_text.lstrip().startswith(">"):
        return True
    if _premises(before.line) or _premises_above(before.above):
        return True
    if line_text.rstrip().endswith("("):
        line_end = source.find("\n", end)
        after_text = source[end : (len(source) if line_end < 0 else line_end)][:AFTER]
        if after_text.lstrip().startswith(")"):
            return True
    window = source[max(0, start - MARKER_BEFORE) : end + MARKER_AFTER].lower()
    return bool(_marker_kinds(window, first=True))


def _marker_kinds(window: str, first: bool = False) -> list[str]:
    """The group names of ``_MARKERS.finditer(window)``'s matches, in order (``first``: the
    first one only): the pattern matched only where one of them can begin (_MARKER_START, or
    the character before an "@"), from the end of the last match on."""
    kinds: list[str] = []
    at = 0
    size = len(window)
    while at < size:
        start = _MARKER_START.search(window, at)
        begin = size if start is None else start.start()
        mail = window.find("@", at + 1, begin + 1)
        if mail >= 0:
            begin = mail - 1
        if begin >= size:
            break
        marker = _MARKERS.match(window, begin)
        if marker is None:
            at = begin + 1
            continue
        kinds.append(str(marker.lastgroup))
        if first:
            break
        at = marker.end()
    return kinds
