"""A fifty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, nicknames, streets, towns and organisations. Its theme is
GAMBLING, ONLINE CASINOS, GAMING AND ESPORTS HIT BY FRAUD as a gambling regulator, licensed
betting operators' AML and responsible-gaming teams, game platforms' support, parents, banks and
the police write about it, in eight genres: a betting operator's AML case note (deposits from a
stolen card with its expiry, a money mule's account and a foreign IBAN for the payout, the
player's CPR, address, e-mail and phone), a ROFUS self-exclusion complaint e-mail to the
regulator (Fra:/Til:/Emne:, "født" and a birth date, the MitID user ID the player signed up
with, a signature with the address on two lines), a game platform's account-takeover support
ticket log ("Fødselsdato:" asked for verification, one-time codes sent and given away, the
attacker's e-mail, the card added), a parent's complaint about a child's in-game purchases and
a fake skin-trading site (card, expiry and CVC typed in, an SMS code, the "buyer's" foreign
phone), a police report of a match-fixing approach or a fake lottery win (the reporter in
capitals with "f." and CPR, a witness, number plates, the fee IBAN), a Discord-style chat
export of an esports team ("[21:14] Name:" lines, lower-case names and nicknames), a bank's
gambling-block dispute note ("Surname, First", reg.nr. and account, card, MitID user ID and code
given to a "bonus agent") and a CSV export of flagged player accounts (semicolon-separated).
The names are those of Danes of all ages, Danes with roots elsewhere ("Leyla Haddad", "Nguyen
Thi Hoa"), double surnames ("Brask-Holst"), hyphenated first names and the organisations' staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("analytiker", "anmelder", "vidne",
  "min søn"); "Holst, Birthe" is one span; a genitive s belongs to it ("Birthes"); a lower-case
  name or nickname typed in a chat ("tobbe") is PERSON. A scammer's alias ("Ronni fra
  Vindercentralen") is PERSON, the company is not. Gamer tags ("FjordFalcon_88"), player IDs,
  organisations, games, products, placeholders ("[NAVN]", "Spiller A", "Kunde 2", "Vidne 1")
  and family words ("min søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Ravnkærvej.") is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  Organisations' numbers (ORG_LINES, 114) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  function mailboxes' too; masked addresses ("b***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678",
  "reg. 1234 konto 12345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH, Malta and Gibraltar among them), grouped by four or compact.
  CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits straight after "CVV", "cvc", "CVC" or
  "kontrolcifre" (a colon between allowed). OTP: a one-time code sent, asked for or given (6 or
  8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate
  ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("2.500 kr.", "kr. 18.400", "€ 129,99"), odds
  ("odds 3,40"), dates and clock times ("04.03.26", "kl. 21.14", "[21:14]", "2026-03-04 21:14",
  "4. marts 2026"), player IDs ("spiller-ID 4471920"), bet slips ("kuponnr. 771-209-314"),
  transaction IDs ("TX448120937"), gamer tags, AML, ROFUS, ticket, dispute and police journal
  numbers, CVR numbers, merchant codes ("MCC 7995"), IP addresses from documentation ranges,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "b***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 lines and 114, companies, banks,
  games and products. Documents of kind "negative" are the same genres after pseudonymisation:
  only such values, stand-ins ("[NAVN]", "[CPR]", "[TLF]", "[kode]") and pseudonym labels
  ("Spiller A", "Kunde 2", "Vidne 1") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind51 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

SIZE = 1000
NEGATIVES = 350
SEED = 51
GENRES = (
    "aml_note",
    "rofus_mail",
    "takeover_ticket",
    "parent_complaint",
    "police_report",
    "chat_export",
    "bank_dispute",
    "csv_export",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18, "DE": 22, "GB": 22, "SE": 24, "NO": 15, "NL": 18,
    "MT": 31, "GI": 23, "CY": 28, "LT": 20, "EE": 20, "FI": 18,
}  # fmt: skip
# the basic account number of each country: "a" a capital letter, "n" a digit
BBAN = {
    "DK": "n" * 14, "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "SE": "n" * 20, "NO": "n" * 11,
    "NL": "aaaa" + "n" * 10, "MT": "aaaa" + "n" * 23, "GI": "aaaa" + "n" * 15,
    "CY": "n" * 24, "LT": "n" * 16, "EE": "n" * 16, "FI": "n" * 14,
}  # fmt: skip
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49",
    "54", "55", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69",
    "72", "73", "74", "75", "76", "86", "87", "88", "89", "96", "97", "98", "99",
)  # fmt: skip
ORG_LINES = ("70 11 24 86", "70 20 44 11", "80 81 20 20", "80 30 19 19", "70 15 61 61")

# No first name or surname ends in s, x or z, so every genitive is the name plus "s".
WOMEN = (
    "Birthe", "Solveig", "Vibeke", "Karoline", "Mette", "Ingrid", "Lærke", "Freja", "Astrid",
    "Nanna", "Rikke", "Tove", "Hanne", "Bodil", "Signe", "Malou", "Ida", "Cecilie", "Amina",
    "Fatima", "Leyla", "Aylin", "Zofia", "Oksana", "Sunniva", "Gitte", "Dorthe", "Emilie",
    "Liva", "Maja", "Ronja", "Yasmin", "Esra", "Hiba", "Nadia", "Kirsten", "Lone", "Pia",
    "Merete", "Anne-Sofie", "Marie-Louise", "Ulla", "Grethe", "Kamilla", "Thea",
)  # fmt: skip
MEN = (
    "Bjarke", "Torben", "Kasper", "Rasmus", "Anders", "Jeppe", "Oliver", "Noah", "Frode",
    "Poul", "Ejnar", "Leif", "Henning", "Kenneth", "Brian", "Ali", "Omar", "Mustafa", "Hamid",
    "Emre", "Tariq", "Duc", "Minh", "Piotr", "Aksel", "Halfdan", "Storm", "Malthe", "Sigurd",
    "Palle", "Gunnar", "Ib", "Søren", "Erik", "Bent", "Kim", "Carl-Emil", "Karl-Otto", "Thor",
    "Valdemar", "Yusuf", "Benjamin", "Arne", "Nikolaj", "Victor",
)  # fmt: skip
SURNAMES = (
    "Højbjerg", "Skovbo", "Lindahl", "Thygesen", "Bach", "Krogh", "Damgaard", "Nørgaard",
    "Kirkegaard", "Mortensen", "Jeppesen", "Østergaard", "Abdi", "Aydin", "Nguyen", "Hussain",
    "Kowalski", "Haddad", "Rahimi", "Svendsen", "Bisgaard", "Lykke", "Mølgaard", "Aagaard",
    "Toft", "Ravn", "Holst", "Ebbesen", "Qvist", "Winther", "Brask", "Kjær", "Lauridsen",
    "Sloth", "Dueholm", "Engsig", "Fuglsang", "Overgaard", "Bondo", "Kragh", "Munk", "Hedegaard",
    "Demir", "Tran", "Nowak", "Birk", "Lund", "Stampe", "Vestbjerg", "Juul",
)  # fmt: skip
MIDDLES = ("Marie", "Louise", "Juhl", "Bech", "Skov", "Møller", "Kathrine", "Bøgh", "Lind")
VIETNAMESE = {True: ("Hoa", "Lan", "Mai", "Thuy"), False: ("Duc", "Minh", "Long", "Hung")}
NICKNAMES = ("Tobbe", "Mille", "Basse", "Kalle", "Sussi", "Bette", "Nille", "Jakke", "Fie", "Bo")
STREETS = (
    "Ravnkærvej", "Tjørnebakken", "Lærkesporet", "Hyldemosevej", "Guldsmedevænget",
    "Skovsnogen", "Kirsebærhaven", "Stenløkkevej", "Ulvedalsstien", "Birkelyngen",
    "Engblommevej", "Sandfangervej", "Rugmarken", "Havreløkken", "Fyrrebakken",
    "Klokkelyngvej", "Søndermosevej", "Teglgårdsparken", "Bøgekrogen", "Pilehaven",
    "Gammel Færgevej", "Store Tværgade", "Mågestræde", "Hvedebjerg", "Ellekrattet",
)  # fmt: skip
TOWNS = (
    "8260 Viby J", "5210 Odense NV", "4600 Køge", "7500 Holstebro", "9000 Aalborg",
    "2300 København S", "2720 Vanløse", "6700 Esbjerg", "8700 Horsens", "3400 Hillerød",
    "4700 Næstved", "7100 Vejle", "8900 Randers C", "6000 Kolding", "2650 Hvidovre",
    "9800 Hjørring", "5700 Svendborg", "4200 Slagelse", "8600 Silkeborg", "3000 Helsingør",
)  # fmt: skip
OPERATORS = (
    "NordSpil A/S", "Kronebet ApS", "LuckyFjord Casino", "Bølgebet", "Vindrose Gaming",
    "Skagen Odds", "Spillestuen Online",
)  # fmt: skip
PLATFORMS = ("Vortex Arena", "Pixelhavn", "GemQuest Online", "Frostborg Legends")
CLUBS = ("IF Havørnene", "Boldklubben Stjernen", "Team Nordlys Esport", "FC Kystvejen")
REGULATOR = "Dansk Spiltilsyn"
COMPANIES = (*OPERATORS, *PLATFORMS, *CLUBS, REGULATOR, "Vindercentralen", "SkinBørsen")
BANKS = ("Fjordbanken", "Sparekassen Vestkyst", "Lyngbanken", "Nordlys Bank", "Andelskassen Midt")
PRODUCTS = ("MitID", "ROFUS", "Visa", "Mastercard", "Battle Pass", "Gem Pack", "EuroLotto Nordic")
GAMER_TAGS = (
    "FjordFalcon_88", "xXKrakenXx", "PixelPirat_DK", "NoScopeNoob", "LootLama",
    "Bl4ckBolt", "HeadshotHelte", "ToxicTurbo", "Sk0vTr0ld", "GlimtGaming", "R4vnekongen",
    "SilentSn1pe", "MidnatsUlv", "Turbo_Tudse",
)  # fmt: skip
SKIN_SITES = ("skinbyttet.example.net", "csbytte-dk.example.com", "freeskins.example.org")
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


class V(NamedTuple):
    """A labelled value: its type, its text in a positive document, its stand-in in a negative."""

    kind: str
    value: str
    stand_in: str


Slot = str | V


class Doc:
    """A document built from literal text and labelled values, positive or pseudonymised."""

    def __init__(self, positive: bool) -> None:
        self.positive = positive
        self.text = ""
        self.spans: list[dict] = []

    def put(self, slot: Slot) -> None:
        if isinstance(slot, str):
            self.text += slot
        elif self.positive:
            start = len(self.text)
            self.text += slot.value
            self.spans.append({"start": start, "end": len(self.text), "type": slot.kind})
        else:
            self.text += slot.stand_in

    def fill(self, template: str, **slots: Slot) -> None:
        """Add a template whose {name} fields are literal strings or labelled values."""
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            self.put(slots[part] if i % 2 else part)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    female: bool
    alias: str
    nick: str

    def full(self) -> str:
        if self.middle in ("Thi", "Van"):  # Vietnamese order: family, middle, given name
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def v(self, form: str) -> V:
        """The person's name in a written form, with the alias as its stand-in."""
        initial_ok = "A" <= self.first[0] <= "Z"
        value = {
            "full": self.full(),
            "short": f"{self.first} {self.last}",
            "first": self.first,
            "last": self.last,
            "lastfirst": f"{self.last}, {self.first}",
            "caps": self.full().upper(),
            "capslastfirst": f"{self.last}, {self.first}".upper(),
            "initial": f"{self.first[0]}. {self.last}" if initial_ok else self.full(),
            "poss": f"{self.first}s",
            "fullposs": f"{self.full()}s",
            "lower": self.first.lower(),
            "nick": self.nick.lower(),
        }[form]
        stand_in = self.alias + ("'s" if form.endswith("poss") else "")
        return V("PERSON", value, stand_in)


def person(rng: random.Random, alias: str) -> Person:
    female = rng.random() < 0.5
    first = rng.choice(WOMEN if female else MEN)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.2:
        last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
    middle = rng.choice(MIDDLES) if rng.random() < 0.22 else ""
    middle = "" if middle in ("Thi", "Van") else middle
    if last in ("Nguyen", "Tran"):
        first = rng.choice(VIETNAMESE[female])
        middle = "Thi" if female else "Van"
    return Person(first, last, middle, female, alias, rng.choice(NICKNAMES))


def alias(rng: random.Random, role: str) -> str:
    numbered = {
        "spiller": ["Spiller A", "Spiller B", "Spiller 3", "Kunde 2", "Kunde A", "[NAVN]"],
        "kunde": ["Kunde 2", "Kunde A", "Kunde 1", "Spiller A", "[NAVN]"],
        "vidne": ["Vidne 1", "Vidne 2", "Vidne A", "[NAVN]"],
        "forælder": ["Forælder A", "Kunde 2", "Forælder 1", "[NAVN]"],
        "barn": ["Barn A", "Barn 1", "[NAVN]"],
        "medarbejder": ["Medarbejder A", "Medarbejder B", "Medarbejder 2", "[NAVN]"],
        "gerningsperson": ["Person X", "Bruger 3", "[NAVN]"],
        "bruger": ["Bruger A", "Bruger B", "Bruger 2", "Bruger 3", "Spiller A", "Spiller B"],
    }[role]
    return rng.choice(numbered)


def fold(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z]", "", text)


# --- identifiers ---------------------------------------------------------------------------


def born(rng: random.Random, first: int = 1938, last: int = 2005) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days + 1))


def cpr_v(rng: random.Random, birth: date) -> V:
    century = "4" if birth.year >= 2000 else rng.choice("0123")
    head = birth.strftime("%d%m%y")
    while True:
        number = head + century + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    d, m, y, s = number[:2], number[2:4], number[4:6], number[6:]
    written = rng.choice(
        [f"{head}-{s}", number, f"{d} {m} {y} {s}", f"{head} {s}"],
    )
    return V("CPR", written, rng.choice(["[CPR]", "[CPR]", f"{head}-xxxx"]))


def dob_v(rng: random.Random, birth: date) -> V:
    d, m, y = birth.day, birth.month, birth.year
    written = rng.choice(
        [
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    )
    return V("DATE_OF_BIRTH", written, "[fødselsdato]")


def phone_v(rng: random.Random, foreign: float = 0.0) -> V:
    if rng.random() < foreign:
        if rng.random() < 0.5:
            written = f"+44 7700 900{rng.randrange(1000):03d}"
        else:
            written = f"+46 70 174 06 {rng.randint(5, 99):02d}"
        return V("PHONE", written, "[TLF]")
    n = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE) + f"{rng.randrange(10**6):06d}"
    a, b, c, e = n[:2], n[2:4], n[4:6], n[6:]
    written = rng.choice(
        [
            f"+45 {n}",
            f"+45 {a} {b} {c} {e}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {e}",
            f"0045 {n}",
            f"{a} {b} {c} {e}",
            n,
            f"+45{n}",
            f"{a}.{b}.{c}.{e}",
        ]
    )
    return V("PHONE", written, rng.choice(["[TLF]", "[TLF]", f"+45 ** ** ** {e}"]))


def email_v(rng: random.Random, p: Person | None = None, local: str = "") -> V:
    if p is not None:
        f, ln = fold(p.first), fold(p.last)
        yy = f"{rng.randrange(100):02d}"
        local = rng.choice([f"{f}.{ln}", f"{f}{ln}{yy}", f"{f[0]}.{ln}", f"{f}_{ln}", f"{f}{yy}"])
    domain = rng.choice(DOMAINS)
    masked = f"{local[0]}***@{domain}"
    return V("EMAIL", f"{local}@{domain}", rng.choice(["[e-mail]", masked]))


def account_v(rng: random.Random) -> V:
    reg = f"{rng.randint(1100, 9899)}"
    account = f"{rng.randrange(10**10):010d}"
    return V("BANK_ACCOUNT", f"{reg}{rng.choice('- ')}{account}", "[kontonr.]")


def split_account(rng: random.Random) -> tuple[str, V]:
    """A reg.nr. written on its own (not labelled) and the account after it."""
    reg = f"{rng.randint(1100, 9899)}"
    digits = rng.choice([8, 10, 10])
    account = f"{rng.randrange(10**digits):0{digits}d}"
    lead = rng.choice([f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto "])
    return lead, V("BANK_ACCOUNT", account, "[kontonr.]")


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_v(rng: random.Random, country: str | None = None) -> V:
    country = country or rng.choice(sorted(IBAN_LENGTH))
    bban = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "a" else str(rng.randrange(10))
        for c in BBAN[country]
    )
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert len(compact) == IBAN_LENGTH[country]
    written = grouped(compact) if rng.random() < 0.6 else compact
    masked = f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
    return V("IBAN", written, rng.choice(["[IBAN]", masked]))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def card_v(rng: random.Random) -> V:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
    compact = body + luhn_digit(body)
    written = grouped(compact) if rng.random() < 0.6 else compact
    masked = rng.choice([f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}", "[kort]"])
    return V("CARD", written, masked)


def expiry_v(rng: random.Random) -> V:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    written = f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"
    return V("CARD_EXPIRY", written, "[udløb]")


def cvv_v(rng: random.Random) -> V:
    return V("CARD_CVV", f"{rng.randrange(1000):03d}", "[kontrolcifre]")


def otp_v(rng: random.Random) -> V:
    digits = 6 if rng.random() < 0.75 else 8
    return V("OTP", f"{rng.randrange(10**digits):0{digits}d}", "[kode]")


def mitid_v(rng: random.Random, p: Person) -> V:
    year = rng.choice(
        [f"{rng.randrange(100):02d}", f"19{rng.randint(40, 99)}", f"200{rng.randint(0, 5)}"]
    )
    stem = rng.choice(
        [fold(p.first), fold(p.first) + fold(p.last)[:4], fold(p.last) + fold(p.first)[:2]]
    )
    return V("MITID_USER", stem + year, "[MitID-bruger-ID]")


def plate_v(rng: random.Random) -> V:
    letters = "".join(rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
    written = rng.choice([f"{letters} {digits[:2]} {digits[2:]}"] * 3 + [letters + digits])
    return V("NUMBER_PLATE", written, "[nummerplade]")


def address_v(rng: random.Random, layout: str) -> V:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}"
    if rng.random() < 0.2:
        street += rng.choice("ABCD")
    if rng.random() < 0.4:
        floor = rng.choice(["st.", "1.", "2.", "3.", "4."])
        street += f", {floor} {rng.choice(['tv.', 'th.', 'mf.'])}"
    town = rng.choice(TOWNS)
    written = {"one": f"{street}, {town}", "two": f"{street}\n{town}", "bare": street}[layout]
    return V("ADDRESS", written, "[ADRESSE]")


# --- hard negatives ------------------------------------------------------------------------


def kr(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    whole = f"{n:,}".replace(",", ".")
    return rng.choice([f"{whole} kr.", f"kr. {whole}", f"{whole},{rng.randrange(100):02d} kr."])


def euro(rng: random.Random) -> str:
    return f"€ {rng.randint(5, 480)},{rng.choice(['00', '99', '49', '95'])}"


def odds(rng: random.Random) -> str:
    return f"odds {rng.randint(1, 12)},{rng.randrange(100):02d}"


def day(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randrange(120))


def stamp(rng: random.Random, when: date | None = None) -> str:
    when = when or day(rng)
    return f"{when.isoformat()} {rng.randint(0, 23):02d}:{rng.randrange(60):02d}"


def short_date(rng: random.Random) -> str:
    return day(rng).strftime("%d.%m.%y")


def long_date(rng: random.Random) -> str:
    when = day(rng)
    return f"{when.day}. {MONTHS[when.month - 1]} 2026"


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randint(7, 23):02d}.{rng.randrange(60):02d}"


def player_id(rng: random.Random) -> str:
    return f"spiller-ID {rng.randint(1000000, 9999999)}"


def slip(rng: random.Random) -> str:
    return f"kuponnr. {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"


def tx(rng: random.Random) -> str:
    return f"TX{rng.randint(100000000, 999999999)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10000000, 49999999)}"


def ip(rng: random.Random) -> str:
    return f"{rng.choice(['198.51.100', '203.0.113'])}.{rng.randint(2, 254)}"


def masked_card(rng: random.Random) -> str:
    last = f"{rng.randrange(10000):04d}"
    return rng.choice([f"**** **** **** {last}", f"******{last}"])


def journal(rng: random.Random) -> str:
    office, first, second = rng.randint(1100, 4900), rng.randint(10000, 99999), rng.randrange(10**5)
    return f"j.nr. {office}-{first}-{second:05d}-26"


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


# --- the eight genres ----------------------------------------------------------------------


def aml_note(rng: random.Random, d: Doc) -> None:
    player = person(rng, alias(rng, "spiller"))
    analyst = person(rng, alias(rng, "medarbejder"))
    holder = person(rng, alias(rng, "kunde"))
    mule = person(rng, alias(rng, "gerningsperson"))
    birth = born(rng, 1950, 2005)
    op = rng.choice(OPERATORS)
    d.fill(
        "{op} ({cvr}) · AML-sagsnotat AML-26-{n}\nOprettet {ts} af {analyst}\n\n",
        op=op, cvr=cvr(rng), n=f"{rng.randrange(10000):04d}", ts=stamp(rng),
        analyst=analyst.v(rng.choice(["full", "short"])),
    )  # fmt: skip
    d.fill(
        "Spiller: {name} ({pid}), CPR {cpr}\n",
        name=player.v(rng.choice(["lastfirst", "lastfirst", "full", "capslastfirst"])),
        pid=player_id(rng), cpr=cpr_v(rng, birth),
    )  # fmt: skip
    if rng.random() < 0.4:
        d.fill("Fødselsdato: {dob} (KYC)\n", dob=dob_v(rng, birth))
    d.fill(
        "Registreret adresse: {addr}\nKontakt: {mail}, tlf. {tel}\n\nForløb:\n",
        addr=address_v(rng, "one"), mail=email_v(rng, player), tel=phone_v(rng),
    )  # fmt: skip
    d.fill(
        "- {ts}: indbetalt {amount} med kort {card} (udløb {exp}",
        ts=stamp(rng), amount=kr(rng, 500, 25000), card=card_v(rng), exp=expiry_v(rng),
    )  # fmt: skip
    if rng.random() < 0.6:
        d.fill(", {cue} {cvv}", cue=rng.choice(["CVV", "CVV:", "CVC"]), cvv=cvv_v(rng))
    d.fill(
        "). {bank} oplyser, at kortholder er {holder}, der har meldt kortet stjålet.\n",
        bank=rng.choice(BANKS),
        holder=holder.v(rng.choice(["full", "short", "initial"])),
    )
    d.fill(
        "- De øvrige {k} indbetalinger kom fra {masked} ({tx}).\n",
        k=str(rng.randint(2, 9)), masked=masked_card(rng), tx=tx(rng),
    )  # fmt: skip
    lead, account = split_account(rng) if rng.random() < 0.4 else ("", account_v(rng))
    d.fill(
        "- Gevinst på {slip} ({odds}) på {amount} søgt udbetalt til {lead}{acct}, som tilhører"
        " {mule} (tlf. {tel}). Vi vurderer, at {mulep} konto bruges som muldyrkonto.\n",
        slip=slip(rng), odds=odds(rng), amount=kr(rng, 4000, 90000), lead=lead, acct=account,
        mule=mule.v(rng.choice(["full", "short", "caps"])), tel=phone_v(rng, 0.2),
        mulep=mule.v("poss"),
    )  # fmt: skip
    if rng.random() < 0.8:
        d.fill(
            "- Derefter bedt om udbetaling til IBAN {iban} i stedet.\n",
            iban=iban_v(rng, rng.choice(["MT", "GI", "CY", "LT", "EE", "DE"])),
        )
    d.fill(
        "\nVurdering: kontoen lukkes, underretning til Hvidvasksekretariatet. {who} kontaktes"
        " ikke fra {line}. /{init}\n",
        who=player.v(rng.choice(["first", "full", "short"])),
        line=org_line(rng), init=analyst.v("initial"),
    )  # fmt: skip


def rofus_mail(rng: random.Random, d: Doc) -> None:
    me = person(rng, alias(rng, "spiller"))
    other = person(rng, alias(rng, "kunde"))
    clerk = person(rng, alias(rng, "medarbejder"))
    birth = born(rng, 1945, 2005)
    op = rng.choice(OPERATORS)
    mine = email_v(rng, me)
    d.fill(
        "Fra: {name} <{mail}>\nTil: {to}\nEmne: Klage over {op} - spil trods ROFUS (RF-26-{n})"
        "\nDato: {ts}\n\nKære {reg}\n\n",
        name=me.v("full"), mail=mine, to=email_v(rng, local=rng.choice(["klager", "rofus"])),
        op=op, n=f"{rng.randrange(100000):05d}", ts=stamp(rng), reg=REGULATOR,
    )  # fmt: skip
    d.fill(
        "Mit navn er {name}, født {dob}, og jeg har været udelukket i ROFUS siden {since}."
        " Alligevel kunne jeg den {when} oprette en konto hos {op} ({cvr}) med mit"
        " MitID-bruger-ID {mitid} og spille for {amount} på én aften.\n",
        name=me.v(rng.choice(["full", "short"])), dob=dob_v(rng, birth),
        since=(date(2023, 1, 1) + timedelta(days=rng.randrange(1000))).strftime("%d.%m.%y"),
        when=long_date(rng), op=op, cvr=cvr(rng), mitid=mitid_v(rng, me),
        amount=kr(rng, 2000, 60000),
    )  # fmt: skip
    if rng.random() < 0.6:
        d.fill("CPR-nr.: {cpr}\n", cpr=cpr_v(rng, birth))
    d.fill(
        "Kontoen har {pid}. Pengene blev hævet fra min konto {acct} i {bank}",
        pid=player_id(rng), acct=account_v(rng), bank=rng.choice(BANKS),
    )  # fmt: skip
    if rng.random() < 0.5:
        d.fill(
            ", og da den var tom, fra {op} kort {card}",
            op=other.v("fullposs" if rng.random() < 0.3 else "poss"),
            card=card_v(rng),
        )
    d.fill(
        ".\nJeg har ringet til kundeservice på {line} tre gange. Deres medarbejder {clerk}"
        " sagde, at spærringen \"ikke slog igennem\". Jeg har også skrevet fra {masked}.\n\n",
        line=org_line(rng), clerk=clerk.v(rng.choice(["first", "short"])),
        masked=f"{fold(me.first)[0]}***@{rng.choice(DOMAINS)}",
    )  # fmt: skip
    d.fill(
        "Venlig hilsen\n{name}\n{addr}\nTlf. {tel}\n{mail}\n",
        name=me.v(rng.choice(["full", "short"])), addr=address_v(rng, "two"),
        tel=phone_v(rng), mail=mine,
    )  # fmt: skip


def takeover_ticket(rng: random.Random, d: Doc) -> None:
    user = person(rng, alias(rng, "kunde"))
    agent = person(rng, alias(rng, "medarbejder"))
    scammer = person(rng, alias(rng, "gerningsperson"))
    birth = born(rng, 1970, 2005)
    when = day(rng)
    platform = rng.choice(PLATFORMS)
    tag = rng.choice(GAMER_TAGS)
    tel = phone_v(rng)
    lines = [
        (
            "Kunde: {name} <{mail}>, gamer tag {tag} - kan ikke logge ind, kodeord og e-mail"
            " ændret.",
            {"name": user.v(rng.choice(["full", "short"])), "mail": email_v(rng, user), "tag": tag},
        ),
        (
            "Agent {agent}: Bekræft venligst fødselsdato og telefonnummer på kontoen.",
            {"agent": agent.v("first")},
        ),
        ("Kunde: Fødselsdato: {dob}, telefon {tel}.", {"dob": dob_v(rng, birth), "tel": tel}),
        (
            "System: login fra IP {ip}; e-mail ændret til {evil} (ikke kundens).",
            {
                "ip": ip(rng),
                "evil": email_v(
                    rng,
                    local=rng.choice(["vortexsupport", "gem.refund", "acc.recovery", "tradeteam"])
                    + str(rng.randint(1, 99)),
                ),
            },
        ),
        ("System: engangskode {otp} sendt til {tel}.", {"otp": otp_v(rng), "tel": tel}),
        (
            "Kunde: Jeg fik en sms med koden {otp} og gav den til {scam}, der skrev, at"
            ' vedkommende var fra {platform} og skulle "verificere" mig.',
            {"otp": otp_v(rng), "scam": scammer.v("first"), "platform": platform},
        ),
        (
            "Agent {agent}: Angriberen har tilføjet kortet {card} (udløb {exp}) og købt {pack} for"
            " {eur}.",
            {
                "agent": agent.v("initial"),
                "card": card_v(rng),
                "exp": expiry_v(rng),
                "pack": rng.choice(["Gem Pack", "Battle Pass"]),
                "eur": euro(rng),
            },
        ),
        (
            "Agent {agent}: Kortet tilhører ikke {user}; kunden har eget kort {masked}. Konto"
            " gendannet, ny kode {otp} sendt til {tel}.",
            {
                "agent": agent.v("first"),
                "user": user.v(rng.choice(["first", "lastfirst"])),
                "masked": masked_card(rng),
                "otp": otp_v(rng),
                "tel": tel,
            },
        ),
    ]
    d.fill(
        "Ticket #TK-{n} · {platform} Support · kategori: kontoovertagelse\n",
        n=str(rng.randint(100000, 999999)),
        platform=platform,
    )
    minute = rng.randint(0, 600)
    for template, slots in lines:
        if rng.random() < 0.15 and not template.startswith("Kunde: Fødsels"):
            continue
        minute += rng.randint(1, 9)
        at = f"{when.isoformat()} {minute // 60 + 8:02d}:{minute % 60:02d}"
        d.fill(at + " | " + template + "\n", **slots)


def parent_complaint(rng: random.Random, d: Doc) -> None:
    parent = person(rng, alias(rng, "forælder"))
    child = person(rng, alias(rng, "barn"))
    buyer = person(rng, alias(rng, "gerningsperson"))
    kid_birth = born(rng, 2009, 2014)
    son = rng.choice(["søn", "datter"])
    platform = rng.choice(PLATFORMS)
    site = rng.choice(SKIN_SITES)
    d.fill(
        "Til: {to}\nEmne: Min {son} har brugt mit kort - og en falsk skin-side\n\nHej\n\n",
        to=email_v(rng, local=rng.choice(["support", "kundeservice", "refusion"])), son=son,
    )  # fmt: skip
    d.fill(
        "Jeg hedder {name} og bor på {addr}. Min {son} {kid} (født {dob}) spiller {platform}"
        " på min konto ({mail}).\n",
        name=parent.v(rng.choice(["full", "short"])), addr=address_v(rng, "one"), son=son,
        kid=child.v("first"), dob=dob_v(rng, kid_birth), platform=platform,
        mail=email_v(rng, parent),
    )  # fmt: skip
    d.fill(
        "Den {when} blev mit kort {card} brugt til {k} køb af gems for i alt {amount}, og {kidp}"
        " gamer tag er {tag}.\n",
        when=long_date(rng), card=card_v(rng), k=str(rng.randint(4, 31)),
        amount=kr(rng, 300, 9000), kidp=child.v("poss"), tag=rng.choice(GAMER_TAGS),
    )  # fmt: skip
    d.fill(
        "Bagefter blev {kid} lokket ind på {site}, hvor en \"køber\", der kaldte sig {buyer},"
        " lovede skins for {eur}. {pron} tastede kortnummer, udløb {exp} og CVC {cvv} ind, og"
        " da der kom en sms med koden {otp}, skrev {pron2} også den ind.\n",
        kid=child.v("first"), site=site, buyer=buyer.v("first"), eur=euro(rng),
        pron="Han" if son == "søn" else "Hun", exp=expiry_v(rng), cvv=cvv_v(rng),
        otp=otp_v(rng), pron2="han" if son == "søn" else "hun",
    )  # fmt: skip
    d.fill(
        "\"Køberen\" skrev fra {tel} og ville mødes ved {street}. Det er meldt til {bank}.\n",
        tel=phone_v(rng, 0.8), street=rng.choice(STREETS), bank=rng.choice(BANKS),
    )  # fmt: skip
    if rng.random() < 0.3:
        d.fill("Han kom i en sort bil, {plate}.\n", plate=plate_v(rng))
    lead, account = split_account(rng) if rng.random() < 0.5 else ("", account_v(rng))
    d.fill(
        "\nJeg vil gerne have pengene tilbage på {lead}{acct}. Ring på {tel}.\n\nMed venlig"
        " hilsen\n{name}\n",
        lead=lead, acct=account, tel=phone_v(rng),
        name=parent.v(rng.choice(["full", "short", "initial"])),
    )  # fmt: skip


def police_report(rng: random.Random, d: Doc) -> None:
    reporter = person(rng, alias(rng, "kunde"))
    witness = person(rng, alias(rng, "vidne"))
    crook = person(rng, alias(rng, "gerningsperson"))
    officer = person(rng, alias(rng, "medarbejder"))
    birth = born(rng, 1940, 2005)
    district = rng.choice(["Midt- og Vestjyllands", "Fyns", "Sydsjællands", "Nordjyllands"])
    d.fill(
        "{district} Politi - anmeldelse, {jnr}\nAnmelder: {name}, f. {dob}, CPR {cpr}\n"
        "Adresse: {addr}\nTelefon: {tel}, e-mail {mail}\n\nForklaring:\n",
        district=district, jnr=journal(rng), name=reporter.v(rng.choice(["caps", "caps", "full"])),
        dob=dob_v(rng, birth), cpr=cpr_v(rng, birth), addr=address_v(rng, "two"),
        tel=phone_v(rng), mail=email_v(rng, reporter),
    )  # fmt: skip
    if rng.random() < 0.5:
        d.fill(
            "Anmelder er træner i {club}. {when} blev anmelder kontaktet af en mand ved"
            " {street}. Manden kaldte sig {crook} og tilbød {amount} for, at holdet tabte kampen"
            " søndag ({odds} hos udenlandske bookmakere). Han kørte i en grå bil med"
            " nummerpladen {plate}.\n",
            club=rng.choice(CLUBS), when=long_date(rng).capitalize(), street=rng.choice(STREETS),
            crook=crook.v(rng.choice(["first", "short"])), amount=kr(rng, 10000, 80000),
            odds=odds(rng), plate=plate_v(rng),
        )  # fmt: skip
        d.fill(
            "Senere skrev han fra {tel} og bad om, at spillerne oprettede konti med IBAN"
            " {iban}. Anmelder har ikke svaret.\n",
            tel=phone_v(rng, 1.0), iban=iban_v(rng, rng.choice(["MT", "CY", "GB", "EE"])),
        )  # fmt: skip
    else:
        d.fill(
            "Anmelder fik {clock} en sms om en gevinst på {prize} i EuroLotto Nordic fra"
            " \"{crook} fra Vindercentralen\" ({tel}). For at få gevinsten skulle anmelder betale"
            " et gebyr på {fee} til IBAN {iban} og oplyse sit MitID-bruger-ID {mitid} og koden"
            " {otp}, som anmelder fik på sms.\n",
            clock=clock(rng), prize=kr(rng, 100000, 900000), crook=crook.v("first"),
            tel=phone_v(rng, 0.7), fee=kr(rng, 995, 9995), iban=iban_v(rng), mitid=mitid_v(
                rng, reporter), otp=otp_v(rng),
        )  # fmt: skip
        d.fill(
            "En kurer i en bil med nummerpladen {plate} hentede gavekort hos anmelder. Bilen"
            " holdt ved {street}.\n",
            street=rng.choice(STREETS), plate=plate_v(rng),
        )  # fmt: skip
    d.fill(
        "Vidne: {wit}, {addr}, tlf. {tel}. {witp} iagttagelser vedlægges.\n",
        wit=witness.v(rng.choice(["full", "short", "lastfirst"])), addr=address_v(rng, "one"),
        tel=phone_v(rng), witp=witness.v("poss"),
    )  # fmt: skip
    if rng.random() < 0.4:
        d.fill("Vidnet så også en anden bil, {plate}.\n", plate=plate_v(rng))
    d.fill(
        "Anmelder er vejledt om at ringe på 114 ved nye henvendelser. Optaget af {off}.\n",
        off=officer.v(rng.choice(["initial", "short"])),
    )


def chat_export(rng: random.Random, d: Doc) -> None:
    crew = [person(rng, a) for a in rng.sample(["Spiller A", "Spiller B", "Bruger 2",
                                                  "Bruger 3", "Kunde 2"], 4)]  # fmt: skip
    crook = person(rng, alias(rng, "gerningsperson"))
    when = day(rng)
    forms = [rng.choice(["short", "first", "lower", "nick", "full"]) for _ in crew]
    tag = rng.choice(GAMER_TAGS)
    site = rng.choice(SKIN_SITES)
    lines: list[tuple[int, str, dict[str, Slot]]] = [
        (
            0,
            "nogen der kender {tag}? han sælger knive til halv pris på {site}",
            {"tag": tag, "site": site},
        ),
        (
            1,
            "pas på, det er fake. {crook} fra den side skrev også til mig",
            {"crook": crook.v("first")},
        ),
        (
            0,
            "har allerede sendt ham kortet {card} udløb {exp} cvc {cvv} :(",
            {"card": card_v(rng), "exp": expiry_v(rng), "cvv": cvv_v(rng)},
        ),
        (
            2,
            "slet det NU og ring til banken, {name}",
            {"name": crew[0].v("nick" if forms[0] == "nick" else "lower")},
        ),
        (0, "han vil også have koden der lige kom på sms: {otp}", {"otp": otp_v(rng)}),
        (3, "SEND DEN IKKE. ring til mig på {tel}", {"tel": phone_v(rng)}),
        (
            1,
            "min mail er {mail} hvis i vil have screenshots til politiet",
            {"mail": email_v(rng, crew[1])},
        ),
        (
            2,
            "præmien fra cuppen ({amount}) skal vel ikke til IBAN {iban}? det er ikke vores",
            {"amount": kr(rng, 1000, 20000), "iban": iban_v(rng)},
        ),
        (3, "han tager {odds} på at vi taber i aften lol, ignorer ham", {"odds": odds(rng)}),
        (
            1,
            "LAN hos {pos} forældre lørdag: {addr}",
            {"pos": crew[2].v("poss"), "addr": address_v(rng, "one")},
        ),
        (3, "jeg henter dig i den røde Polo, {plate}", {"plate": plate_v(rng)}),
    ]
    d.fill(
        "Eksport fra #{chan} · {team} · {date}\n",
        chan=rng.choice(["support", "general", "cs-holdet", "scam-alarm"]),
        team=rng.choice(CLUBS),
        date=when.isoformat(),
    )
    minute = rng.randint(600, 1300)
    for who, template, slots in lines:
        if rng.random() < 0.25:
            continue
        minute += rng.randint(0, 4)
        if rng.random() < 0.2:
            d.fill(f"[{minute // 60 % 24:02d}:{minute % 60:02d}] ModBot: husk at ingen admin"
                   " beder om koder eller kortnumre\n")  # fmt: skip
        d.fill(f"[{minute // 60 % 24:02d}:{minute % 60:02d}] ")
        d.put(crew[who].v(forms[who]))
        d.fill(": " + template + "\n", **slots)


def bank_dispute(rng: random.Random, d: Doc) -> None:
    client = person(rng, alias(rng, "kunde"))
    adviser = person(rng, alias(rng, "medarbejder"))
    agent = person(rng, alias(rng, "gerningsperson"))
    birth = born(rng, 1940, 2005)
    bank = rng.choice(BANKS)
    op = rng.choice(OPERATORS)
    d.fill(
        "{bank} · Indsigelsesnotat IS-{n} · {ts}\nKunde: {name}, CPR {cpr}\n",
        bank=bank, n=str(rng.randint(100000, 999999)), ts=stamp(rng),
        name=client.v(rng.choice(["lastfirst", "lastfirst", "capslastfirst", "full"])),
        cpr=cpr_v(rng, birth),
    )  # fmt: skip
    lead, account = split_account(rng) if rng.random() < 0.5 else ("", account_v(rng))
    d.fill(
        "Konto: {lead}{acct}\nKort: {card}, udløb {exp}; spilspærring (MCC 7995) aktiveret"
        " {since}\n\n",
        lead=lead, acct=account, card=card_v(rng), exp=expiry_v(rng), since=short_date(rng),
    )  # fmt: skip
    d.fill(
        "Kunden bestrider {k} transaktioner til {op} ({cvr}) på i alt {amount} trods"
        " spilspærringen. {name} oplyser, at en \"bonusagent\", {agent}, ringede fra {tel} og"
        " fik MitID-bruger-ID {mitid} og koden {otp} for at \"flytte bonussen\".",
        k=str(rng.randint(2, 14)), op=op, cvr=cvr(rng), amount=kr(rng, 1500, 60000),
        name=client.v(rng.choice(["first", "full"])), agent=agent.v(rng.choice(["first", "short"])),
        tel=phone_v(rng, 0.6), mitid=mitid_v(rng, client), otp=otp_v(rng),
    )  # fmt: skip
    if rng.random() < 0.5:
        d.fill(" Agenten bad også om kortets kontrolcifre {cvv}.", cvv=cvv_v(rng))
    d.fill(
        "\nHenvendelsen kom ind på {line}. Kunden kontaktes på {tel} eller {mail}.\n"
        "Rådgiver: {adv} ({amail})\n",
        line=org_line(rng), tel=phone_v(rng), mail=email_v(rng, client),
        adv=adviser.v(rng.choice(["full", "short"])), amail=email_v(rng, adviser),
    )  # fmt: skip


def csv_export(rng: random.Random, d: Doc) -> None:
    op = rng.choice(OPERATORS)
    d.fill(
        "# {op} - flagede spillerkonti, udtræk {ts} (AML-26-{n})\n"
        "spiller_id;navn;cpr;email;telefon;konto;adresse;flag;sidste_login\n",
        op=op, ts=stamp(rng), n=f"{rng.randrange(10000):04d}",
    )  # fmt: skip
    for _ in range(rng.randint(3, 5)):
        p = person(rng, alias(rng, "spiller"))
        flag = rng.choice(["ROFUS-match", "stjålet kort", "muldyr", "chargeback", "PEP-tjek"])
        d.fill(
            "{pid};{name};{cpr};{mail};{tel};{acct};{addr};{flag};{ts}\n",
            pid=str(rng.randint(1000000, 9999999)),
            name=p.v(rng.choice(["capslastfirst", "lastfirst", "caps", "full"])),
            cpr=cpr_v(rng, born(rng, 1945, 2005)), mail=email_v(rng, p), tel=phone_v(rng),
            acct=account_v(rng) if rng.random() < 0.7 else iban_v(rng, "DK"),
            addr=address_v(rng, "one"), flag=flag, ts=stamp(rng),
        )  # fmt: skip
    d.fill("# kort: {masked}; linje {line}\n", masked=masked_card(rng), line=org_line(rng))


WRITERS: dict[str, Callable[[random.Random, Doc], None]] = {
    "aml_note": aml_note,
    "rofus_mail": rofus_mail,
    "takeover_ticket": takeover_ticket,
    "parent_complaint": parent_complaint,
    "police_report": police_report,
    "chat_export": chat_export,
    "bank_dispute": bank_dispute,
    "csv_export": csv_export,
}


def document(seed: int, index: int, negative: bool) -> dict:
    """One document, from its own string-seeded generator (independent of the others)."""
    rng = random.Random(f"pii_blind51:{seed}:{index}")
    genre = GENRES[index % len(GENRES)]
    d = Doc(positive=not negative)
    WRITERS[genre](rng, d)
    return {
        "id": f"blind51-{index:04d}",
        "genre": genre,
        "kind": "negative" if negative else "positive",
        "text": d.text,
        "spans": d.spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, the last NEGATIVES/SIZE of them pseudonymised negatives."""
    positives = size - size * NEGATIVES // SIZE
    return [document(seed, i, i >= positives) for i in range(size)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind51.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
