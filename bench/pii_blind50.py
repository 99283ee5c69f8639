"""A fifty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, nicknames, streets, towns and organisations. Its
theme is ROMANCE, DATING AND SEXTORTION FRAUD as victims, their families, banks' fraud teams,
dating apps' trust-and-safety staff, elder advisers and the police write about it, in eight
genres: a bank fraud team's case note on repeated transfers to a "partner" abroad (the
customer's CPR, address, phone, own account, the recipients' foreign IBANs, a blocked card, a
car sold to pay "customs"), a daughter's or son's e-mail to the bank about a parent
(Fra:/Til:/Emne:, the parent's birth date after "født", CPR, address, the code and MitID user
ID the parent gave away), a dating app's moderation log (timestamped lines with profile and
user IDs, the reporter's and the fake profile's e-mail, phones, the card the fake profile paid
with), a police report of the sextortion of a teenager (the parent's and the child's details,
the extorter's foreign number, the parent's card, a courier's car), a victim's chat export with
the scammer ("[21:14] Name:" lines in Danish and English), a complaint to a money-transfer and
crypto exchange (a form with Navn:/Adresse:/Fødselsdato:/Telefon:/E-mail:, MTCN numbers and
wallet addresses), an elder adviser's counselling call note and a CSV export of suspicious
transfers (semicolon-separated, quoted "Surname, First" names). The names are those of Danes
of all ages, Danes with roots elsewhere ("Zeynep Yilmaz", "Duc Nguyen"), double names
("Anne-Mette Bech-Madsen"), nicknames typed in chats ("bitten") and the scammers' aliases
("James Walker", "Grace Mensah").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "sagsbehandler", "kaptajn",
  "Dr."); "Bjerre, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case
  name or nickname typed in a chat ("bitten", "poul") is PERSON. A scammer's alias ("James
  Walker") is PERSON, the app, bank or exchange is not. Organisations, products, placeholders
  ("[NAVN]", "Kunde A", "Bruger 2", "Pårørende 1") and family words ("min far", "skat") are
  never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. tv."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number ("ved Hybenvej.") is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2012: the teenagers), but its serial is
  chosen so the number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS"
  or "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:"; no
  other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (its 70/80 line, "på 114", "på 1813") is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word or column ("reg. 1234 konto 12345678",
  "reg.nr. 1234, kontonr. 0012345678", a CSV "reg;konto" pair) only the account is the span.
  IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four or compact.
  CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits straight after "CVV", "cvc", "CVC" or
  "kontrolcifre" (with or without ":"). OTP: a one-time code sent, asked for or given (6 or 8
  digits) straight after "kode"/"koden"/"engangskode(n)"/"code" (with ":", "er" or "is");
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207",
  "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 4.000", "2.500 USD"), dates and
  clock times ("04.03.26", "kl. 09.14", "[21:14]", "2026-03-04 09:14:22"), customer numbers
  ("kundenr. 5521-3384"), dating-app profile and user IDs ("profil-id 4471902"), case numbers
  ("SV-2026-41327", "TS-58213", "KL-26-08841", "j.nr. 4100-80150-01234-26"), MTCN numbers
  ("MTCN 482-193-7745"), wallet addresses ("bc1q..."), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, companies, banks, apps,
  streets without a number and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]", "[CPR]") and
  pseudonym labels ("Kunde A", "Bruger 2", "Pårørende 1") remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}; each has
its own random.Random seeded by a string of the set's seed and the document's index, so a
document does not depend on the others or on their order.
``python -m bench.pii_blind50 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

SIZE = 1000
NEGATIVES = 350
SEED = 50
GENRES = (
    "bank_note",
    "family_mail",
    "moderation_log",
    "police_report",
    "chat_export",
    "exchange_complaint",
    "counselling_note",
    "transfer_csv",
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
# prefixes of the card numbers that card schemes and payment providers publish for testing
TEST_PREFIXES = ("411111", "424242", "401288", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "GB": 22,
    "DE": 22,
    "ES": 24,
    "TR": 26,
    "AE": 23,
    "LT": 20,
    "CY": 28,
    "PL": 28,
}
COUNTRY = {
    "GB": "Storbritannien",
    "DE": "Tyskland",
    "ES": "Spanien",
    "TR": "Tyrkiet",
    "AE": "De Forenede Arabiske Emirater",
    "LT": "Litauen",
    "CY": "Cypern",
    "PL": "Polen",
}
# fmt: off
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)
LANDLINE = (
    "32", "33", "35", "36", "38", "43", "44", "45", "46", "48", "54", "56", "57", "58", "62",
    "63", "64", "65", "66", "69", "72", "74", "75", "76", "86", "87", "89", "97",
)
# fmt: on
# organisations' lines and short numbers, never PHONE
ORG_LINES = (
    "70 11 24 48",
    "70 26 14 90",
    "70 33 58 02",
    "80 30 40 12",
    "80 82 13 71",
    "70221906",
    "på 114",
    "på 1813",
)
BANKS = (
    "Fjordbanken",
    "Sparekassen Vesterlund",
    "Hedebo Bank",
    "Andelskassen Nordkyst",
    "Kystbanken",
)
BANK_DOMAINS = {
    "Fjordbanken": "fjordbanken.example.dk",
    "Sparekassen Vesterlund": "vesterlund.example.dk",
    "Hedebo Bank": "hedebobank.example.dk",
    "Andelskassen Nordkyst": "nordkyst.example.dk",
    "Kystbanken": "kystbanken.example.dk",
}
COMPANIES = (
    "Kryptobørsen Nord ApS",
    "GlobalSend Money Transfer",
    "Seniorlinjen",
    "Tryghedsrådgivningen Syd",
    "Gavekortgrossisten ApS",
    "Nordhavn Politikreds",
    "Vestfjord Politi",
    "Ungetelefonen",
)
PRODUCTS = ("Hjertelinjen", "KlikKær", "Amoria", "Snappix", "ChatPost", "PengeApp")
APPS = ("Hjertelinjen", "KlikKær", "Amoria")
EXCHANGES = ("Kryptobørsen Nord ApS", "GlobalSend Money Transfer")
POLICE = ("Nordhavn Politikreds", "Vestfjord Politi")
ADVISERS = ("Seniorlinjen", "Tryghedsrådgivningen Syd")

# fmt: off
WOMEN = (
    "Agnete", "Birthe", "Bodil", "Conni", "Dorthe", "Ellen", "Grethe", "Hanne", "Inger", "Jonna",
    "Karen", "Kirsten", "Lone", "Margit", "Merete", "Nanna", "Pia", "Ruth", "Solveig", "Tove",
    "Ulla", "Vibeke", "Yvonne", "Gitte", "Signe", "Freja", "Ida", "Clara", "Asta", "Anne-Mette",
    "Lise-Lotte", "Marie-Louise", "Fatima", "Aylin", "Zeynep", "Thuy", "Ewa", "Samira", "Leyla",
    "Hiba",
)
MEN = (
    "Poul", "Kaj", "Erik", "Bent", "Finn", "Ole", "Knud", "Svend", "Jørgen", "Leif", "Preben",
    "Torben", "Henning", "Bjarne", "Gunnar", "Aage", "Verner", "Flemming", "Carsten", "Kim",
    "Jesper", "Mikkel", "Emil", "Oliver", "Noah", "Malthe", "Karl-Erik", "Hans-Henrik",
    "Jan-Ole", "Ahmed", "Mehmet", "Tariq", "Omar", "Duc", "Piotr", "Arne", "Villy", "Palle",
    "Tage", "Viggo",
)
YOUNG = (
    "Signe", "Freja", "Ida", "Clara", "Asta", "Aylin", "Hiba", "Mikkel", "Emil", "Oliver", "Noah",
    "Malthe", "Omar", "Duc",
)
MIDDLE_WOMEN = ("Marie", "Louise", "Kristine", "Margrethe", "Sofie", "Elisabeth")
MIDDLE_MEN = ("Johan", "Peter", "Christian", "Valdemar", "Frederik", "Aksel")
SURNAMES = (
    "Brandt", "Bjerre", "Dahlgaard", "Ebbesen", "Fogh", "Gregersen", "Hvidberg", "Iversen",
    "Juul", "Kragh", "Lykke", "Mørch", "Nørskov", "Overgaard", "Pallesen", "Qvist", "Rask",
    "Skovgaard", "Thygesen", "Ulriksen", "Vestergaard", "Winther", "Østergaard", "Aagaard",
    "Bech-Madsen", "Kjeldsen-Hviid", "Lund-Sørensen", "Høeg-Jacobsen", "Toft-Jessen",
    "Brix-Nielsen", "Frost", "Lauritzen", "Meldgaard", "Nyholm", "Sandberg", "Yilmaz", "Demir",
    "Hussain", "Nguyen", "Kowalczyk", "Haddad", "Rahimi", "Okafor", "Abdi", "Tran",
)
NICKNAMES = ("Bitten", "Lotte", "Kalle", "Putte", "Mille", "Tulle", "Bosse", "Søs", "Mulle")
ALIAS_MEN = (
    "James Walker", "Richard Coleman", "Daniel Brooks", "Steven Carter", "Anthony Miles",
    "Robert Lindqvist", "Frank Dubois", "Kevin O'Brien", "William Hart", "Michael Donovan",
    "Thomas Whitfield", "Henry Calloway",
)
ALIAS_WOMEN = (
    "Sofia Marques", "Anna Kowalski", "Linda Moreau", "Grace Mensah", "Julia Petrova",
    "Elena Santos", "Olivia Bennett", "Natalie Rhodes", "Camille Laurent", "Irina Volkova",
)
ALIAS_GIRLS = ("Emily Clarke", "Mia Jansen", "Ella Novak", "Zoe Martin", "Nora Lind", "Ruby Fox")
ALIAS_BOYS = ("Lucas Meyer", "Noel Berg", "Adam Kraus", "Leo Hartmann", "Finn Adler")
STREETS = (
    "Hybenvej", "Snerlevej", "Mølleløkken", "Kløvermarken", "Tjørnebakken", "Fasanstien",
    "Lærkehaven", "Skibbroen", "Havrevænget", "Porsevej", "Engblommevej", "Stendyssevej",
    "Rugmarken", "Birkeengen", "Ravnsbjergvej", "Tranebærvej", "Bøgeskovvej", "Humlehaven",
    "Ellekrattet", "Kornblomstvej", "Solsortevej", "Vibeholmvej", "Strandengen", "Agerhønevej",
    "Lupinvej", "Ådalsvej", "Mosebuen", "Tjurvej",
)
TOWNS = (
    ("4700", "Næstved"), ("7400", "Herning"), ("6700", "Esbjerg"), ("9000", "Aalborg"),
    ("8600", "Silkeborg"), ("5700", "Svendborg"), ("4200", "Slagelse"), ("3400", "Hillerød"),
    ("2630", "Taastrup"), ("8900", "Randers"), ("7100", "Vejle"), ("6000", "Kolding"),
    ("4800", "Nykøbing F"), ("2800", "Kongens Lyngby"), ("9800", "Hjørring"), ("3700", "Rønne"),
    ("8800", "Viborg"), ("5500", "Middelfart"), ("4300", "Holbæk"), ("2970", "Hørsholm"),
    ("8300", "Odder"), ("6200", "Aabenraa"),
)
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)
# fmt: on
STORIES_MEN = (
    "amerikansk major udsendt til Syrien",
    "ingeniør på en boreplatform i Nordsøen",
    "FN-læge i Yemen",
    "kaptajn på et containerskib ud for Ghana",
    "enkemand og diamanthandler i Antwerpen",
    "byggeleder på et hospital i Dubai",
)
STORIES_WOMEN = (
    "sygeplejerske for en nødhjælpsorganisation i Sudan",
    "forretningskvinde i Dubai",
    "enke efter en oliemand i Texas",
    "kunsthandler i Milano med en arv fastfrosset i Ghana",
    "ukrainsk lærer på flugt i Polen",
)
CITIES = ("Accra", "Lagos", "Istanbul", "Dubai", "Kuala Lumpur", "Vilnius", "Limassol")
PLATE_LETTERS = ("AB", "BK", "CX", "DP", "EL", "HJ", "KS", "NV", "RT", "SZ", "UX", "VB", "XP")
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
MAIL_DOMAINS = ("example.dk", "example.com", "post.example.dk", "example.net", "example.org")


class Pii(NamedTuple):
    kind: str
    value: str
    stand_in: str


Item = str | Pii | Sequence["str | Pii"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    born: date | None = None
    middle: str = ""
    nick: str = ""
    pseudo: str = "[NAVN]"


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_lower(text: str) -> str:
    table = {"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "'": "", " ": ""}
    return "".join(table.get(ch, ch) for ch in text.lower())


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(cc: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(numeric) % 97:02d}"


def ts(moment: datetime, seconds: bool = False) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def clock(moment: datetime) -> str:
    return moment.strftime("kl. %H.%M")


def short_date(moment: date) -> str:
    return moment.strftime("%d.%m.%y")


def long_date(moment: date) -> str:
    return f"{moment.day}. {MONTHS[moment.month - 1]} {moment.year}"


class Doc:
    """One document: text written piece by piece, spans recorded (positive) or stand-ins put."""

    def __init__(self, r: random.Random, positive: bool) -> None:
        self.r = r
        self.positive = positive
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.at = 0

    # writing
    def t(self, text: str) -> None:
        if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
            text = text[1:]  # an amount's "kr." or an address's "tv." ends the sentence too
        self.parts.append(text)
        self.at += len(text)

    def put(self, item: Item) -> None:
        if isinstance(item, Pii):
            if self.positive:
                end = self.at + len(item.value)
                self.spans.append({"start": self.at, "end": end, "type": item.kind})
                self.t(item.value)
            else:
                self.t(item.stand_in)
        elif isinstance(item, str):
            self.t(item)
        else:
            for part in item:
                self.put(part)

    def w(self, template: str, *items: Item) -> None:
        pieces = template.split("{}")
        assert len(pieces) == len(items) + 1, template
        for piece, item in zip(pieces, items, strict=False):
            self.t(piece)
            self.put(item)
        self.t(pieces[-1])

    def text(self) -> str:
        return "".join(self.parts)

    # people
    def person(
        self, first_year: int, last_year: int, female: bool | None = None, pseudo: str = "[NAVN]"
    ) -> Person:
        r = self.r
        female = r.random() < 0.55 if female is None else female
        born = date(first_year, 1, 1) + timedelta(
            days=r.randrange((date(last_year, 12, 31) - date(first_year, 1, 1)).days)
        )
        if born.year >= 2000:
            pool = tuple(n for n in YOUNG if (n in WOMEN) == female)
        else:
            pool = WOMEN if female else MEN
        middle = ""
        if r.random() < 0.3:
            middle = r.choice(MIDDLE_WOMEN if female else MIDDLE_MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.1:
            last = f"{last}-{r.choice(SURNAMES)}" if "-" not in last else last
        nick = r.choice(NICKNAMES) if r.random() < 0.3 else ""
        return Person(r.choice(pool), last, female, born, middle, nick, pseudo)

    def alias(self, female: bool, teen: bool = False, pseudo: str = "[NAVN]") -> Person:
        if teen:
            pool = ALIAS_GIRLS if female else ALIAS_BOYS
        else:
            pool = ALIAS_WOMEN if female else ALIAS_MEN
        first, last = self.r.choice(pool).split(" ")
        return Person(first, last, female, None, "", "", pseudo)

    def name(self, p: Person, form: str = "any") -> Pii:
        if form == "any":
            form = self.r.choice(("full", "full", "short", "rev", "caps", "init"))
        full = " ".join(x for x in (p.first, p.middle, p.last) if x)
        value = {
            "full": full,
            "short": f"{p.first} {p.last}",
            "first": p.first,
            "lower": (p.nick or p.first).lower(),
            "caps": full.upper(),
            "rev": f"{p.last}, {p.first}" + (f" {p.middle}" if p.middle else ""),
            "poss": f"{p.first}s",
            "init": f"{p.first[0]}. {p.last}",
            "nick": p.nick or p.first,
        }[form]
        stand_in = p.pseudo
        if form == "poss":
            stand_in += "s" if stand_in.endswith("]") else "'s"
        return Pii("PERSON", value, stand_in)

    # identifiers
    def cpr(self, p: Person) -> Pii:
        r = self.r
        assert p.born is not None
        seventh = "4" if p.born.year >= 2000 else r.choice("0123")
        base = p.born.strftime("%d%m%y") + seventh
        while True:
            last = r.choice("02468" if p.female else "13579")
            number = base + digits(r, 2) + last
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        d = number
        value = r.choice(
            (
                f"{d[:6]}-{d[6:]}",
                d,
                f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"{d[:6]} {d[6:]}",
            )
        )
        return Pii("CPR", value, r.choice(("[CPR]", f"{d[:6]}-xxxx")))

    def dob(self, p: Person) -> Pii:
        r = self.r
        assert p.born is not None
        b = p.born
        value = r.choice(
            (
                long_date(b),
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return Pii("DATE_OF_BIRTH", value, "[fødselsdato]")

    def phone(self, foreign: bool = False) -> Pii:
        r = self.r
        if foreign:
            value = r.choice(
                (f"+44 7700 900{digits(r, 3)}", f"+46 70 174 06 {r.randrange(5, 100):02d}")
            )
            return Pii("PHONE", value, "[TLF]")
        d = r.choice(MOBILE if r.random() < 0.75 else LANDLINE) + digits(r, 6)
        spaced = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        value = r.choice(
            (
                f"+45 {d}",
                f"+45 {spaced}",
                f"+45 {d[:4]} {d[4:]}",
                f"{d[:4]} {d[4:]}",
                f"(+45) {spaced}",
                f"0045 {d}",
                spaced,
                d,
                f"+45{d}",
                spaced.replace(" ", "."),
            )
        )
        return Pii("PHONE", value, r.choice(("[TLF]", f"+45 ** ** ** {d[6:]}")))

    def email(self, address: str) -> Pii:
        local, domain = address.split("@")
        return Pii("EMAIL", address, self.r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def mail_of(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        first, last = ascii_lower(p.first), ascii_lower(p.last)
        year = f"{p.born.year % 100:02d}" if p.born else f"{r.randrange(10, 99)}"
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first}{last[0]}",
                f"{first[0]}{last}",
                f"{first}.{last}{year}",
                f"{first}_{year}",
                f"{first}.{r.randrange(1, 99)}",
            )
        )
        return f"{local}@{domain or r.choice(MAIL_DOMAINS)}"

    def masked_mail(self, p: Person) -> str:
        return f"{ascii_lower(p.first)[0]}***@{self.r.choice(MAIL_DOMAINS)}"

    def address(self, layout: str = "any") -> Pii:
        r = self.r
        if layout == "any":
            layout = r.choice(("line", "block", "street"))
        number = f"{r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = ""
        if r.random() < 0.35:
            floor = f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th', 'tv', 'mf'))}."
        postcode, town = r.choice(TOWNS)
        street = f"{r.choice(STREETS)} {number}{floor}"
        value = {
            "line": f"{street}, {postcode} {town}",
            "block": f"{street}\n{postcode} {town}",
            "street": street,
        }[layout]
        return Pii("ADDRESS", value, "[ADRESSE]")

    def account(self, form: str = "any") -> list[str | Pii]:
        r = self.r
        reg = f"{r.randrange(1000, 9900)}"
        if form == "any":
            form = r.choice(("dash", "space", "reg", "regnr"))
        long = digits(r, 10)
        stand_in = r.choice(("[kontonr.]", f"******{long[-4:]}"))
        if form == "dash":
            return [Pii("BANK_ACCOUNT", f"{reg}-{long}", stand_in)]
        if form == "space":
            return [Pii("BANK_ACCOUNT", f"{reg} {long}", stand_in)]
        if form == "reg":
            short = f"{r.randrange(1, 10)}{digits(r, r.choice((6, 7, 8, 9)))}"
            return [f"reg. {reg} konto ", Pii("BANK_ACCOUNT", short, stand_in)]
        return [f"reg.nr. {reg}, kontonr. ", Pii("BANK_ACCOUNT", long, stand_in)]

    def iban(self, cc: str | None = None) -> Pii:
        r = self.r
        cc = cc or r.choice(tuple(COUNTRY))
        size = IBAN_LENGTH[cc] - 4
        if cc == "GB":
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(r, 14)
        else:
            bban = f"{r.randrange(1, 10)}{digits(r, size - 1)}"
        compact = f"{cc}{iban_check(cc, bban)}{bban}"
        masked = f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return Pii("IBAN", r.choice((compact, grouped(compact))), masked)

    def card(self) -> Pii:
        r = self.r
        body = r.choice(TEST_PREFIXES)
        body += digits(r, 15 - len(body))
        number = body + luhn_digit(body)
        masked = r.choice((f"**** **** **** {number[-4:]}", f"******{number[-4:]}"))
        return Pii("CARD", r.choice((number, grouped(number))), masked)

    def expiry(self) -> Pii:
        r = self.r
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        value = r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}"))
        return Pii("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> list[str | Pii]:
        cue = self.r.choice(("CVV ", "CVV: ", "cvc ", "CVC ", "kontrolcifre ", "CVC: "))
        return [cue, Pii("CARD_CVV", digits(self.r, 3), "***")]

    def otp(self, cue: str | None = None) -> list[str | Pii]:
        r = self.r
        cue = cue or r.choice(("koden ", "koden er ", "engangskoden ", "engangskode: ", "kode "))
        value = f"{r.randrange(1, 10)}{digits(r, r.choice((5, 5, 7)))}"
        return [cue, Pii("OTP", value, "[kode]")]

    def mitid(self, p: Person) -> Pii:
        r = self.r
        base = ascii_lower(p.nick or p.first).replace("-", "")
        year = p.born.year if p.born else 1950
        tail = r.choice((f"{year % 100:02d}", f"{year}", f"{r.randrange(10, 100)}"))
        return Pii("MITID_USER", base + tail, "[bruger-id]")

    def plate(self) -> Pii:
        r = self.r
        letters, a, b = r.choice(PLATE_LETTERS), r.randrange(10, 100), r.randrange(100, 1000)
        value = r.choice((f"{letters} {a} {b}", f"{letters} {a} {b}", f"{letters}{a}{b}"))
        return Pii("NUMBER_PLATE", value, "[nummerplade]")

    # hard negatives
    def kroner(self, low: int = 2, high: int = 60) -> str:
        r = self.r
        n = r.randrange(low, high) * r.choice((100, 500, 1000)) + r.choice((0, 0, 0, 250, 750))
        return r.choice((f"{thousands(n)} kr.", f"kr. {thousands(n)}", f"{thousands(n)},00 kr."))

    def moment(self) -> datetime:
        r = self.r
        day = date(2026, 1, 5) + timedelta(days=r.randrange(110))
        return datetime(day.year, day.month, day.day, r.randrange(7, 23), r.randrange(60))

    def case_no(self, prefix: str) -> str:
        return f"{prefix}{self.r.randrange(10000, 100000)}"

    def wallet(self) -> str:
        while True:
            tail = "".join(self.r.choice(BECH32) for _ in range(38))
            if not any(tail[i : i + 4].isdigit() for i in range(len(tail) - 3)):
                return f"bc1q{tail}"

    def masked_card(self) -> str:
        return f"**** **** **** {digits(self.r, 4)}"


def pronouns(female: bool) -> tuple[str, str]:
    return ("hun", "hendes") if female else ("han", "hans")


def bank_note(b: Doc) -> None:
    r = b.r
    bank = r.choice(BANKS)
    female = r.random() < 0.6
    cust = b.person(1937, 1972, female, r.choice(("Kunde A", "Kunde 1", "Kunde 2", "[NAVN]")))
    staff = b.person(1966, 1999, None, r.choice(("[NAVN]", "Medarbejder 3")))
    alias = b.alias(not female)
    he = pronouns(female)[0]
    now = b.moment()
    story = r.choice(STORIES_WOMEN if alias.female else STORIES_MEN)
    b.w("{} · Svindel og hvidvask · intern sagsnote\n", bank)
    b.w(
        "Sag SV-2026-{} · oprettet {} · sagsbehandler {} ({})\n\n",
        f"{r.randrange(10000, 100000)}",
        ts(now),
        b.name(staff, r.choice(("short", "init", "full"))),
        b.email(b.mail_of(staff, BANK_DOMAINS[bank])),
    )
    b.w(
        "Kunde: {}, CPR {} (kundenr. {}-{})\n",
        b.name(cust, r.choice(("rev", "caps", "full", "short"))),
        b.cpr(cust),
        f"{r.randrange(1000, 10000)}",
        f"{r.randrange(1000, 10000)}",
    )
    if r.random() < 0.5:
        b.w("Adresse:\n{}\n", b.address("block"))
    else:
        b.w("Adresse: {}\n", b.address("line"))
    b.w("Tlf. {} · e-mail {}\n\n", b.phone(), b.email(b.mail_of(cust)))
    b.w(
        'Kunden har siden {} overført penge til en "kæreste", {}, som {} mødte på {}. '
        "{} siger at være {}. I alt {} fordelt på {} overførsler.\n",
        MONTHS[(now.month - r.randrange(2, 9)) % 12],
        b.name(alias, r.choice(("full", "full", "caps"))),
        he,
        r.choice(APPS),
        b.name(alias, "first"),
        story,
        b.kroner(80, 400),
        str(r.randrange(3, 14)),
    )
    b.t("\nUdtræk af overførsler:\n")
    for _ in range(r.randint(2, 4)):
        day = now - timedelta(days=r.randrange(2, 120))
        cc = r.choice(tuple(COUNTRY))
        b.w("  {}  {}  til {}  ({})\n", day.strftime("%Y-%m-%d"), b.kroner(), b.iban(cc), cc)
    b.w("Overførslerne er sendt fra kundens konto {}.\n", b.account())
    if r.random() < 0.5:
        rel = b.person(1960, 1995, None, r.choice(("Pårørende 1", "[NAVN]")))
        b.w(
            "\nI går {} ringede kundens {}, {}, fra {}: {} har aldrig mødt {}, men "
            '{} "skal bare have penge til flybilletten".\n',
            clock(now - timedelta(days=1)),
            "datter" if rel.female else "søn",
            b.name(rel, r.choice(("full", "short", "init"))),
            b.phone(),
            he.capitalize(),
            b.name(alias, "first"),
            "hun" if alias.female else "han",
        )
    if r.random() < 0.45:
        b.w(
            'Kunden oplyser at have solgt sin bil ({}) for at betale et "toldgebyr" i {}.\n',
            b.plate(),
            r.choice(CITIES),
        )
    if r.random() < 0.5:
        b.w(
            "Kort {}, udløb {}, er spærret efter køb af gavekort hos {} for {}.\n",
            b.card(),
            b.expiry(),
            "Gavekortgrossisten ApS",
            b.kroner(),
        )
    else:
        b.w("Kortet {} er spærret; nyt kort bestilt.\n", b.masked_card())
    if r.random() < 0.4:
        b.w(
            'Kunden bekræfter at have læst {} op for en "medarbejder fra banken" den {}.\n',
            b.otp(r.choice(("engangskoden ", "koden "))),
            short_date(now),
        )
    if r.random() < 0.3:
        b.w(
            "Kunden mødte en kurer ved {}. Kureren fik {} i kontanter.\n",
            r.choice(STREETS),
            b.kroner(),
        )
    b.w(
        "\nKunden er vejledt om kærlighedssvindel og bedt om kun at ringe til os på {}. "
        "Anmeldelse anbefalet (Politiet {}). CVR-nr. {}\n",
        r.choice(ORG_LINES[:6]),
        "på 114",
        f"{r.randrange(10000000, 99999999)}",
    )


def family_mail(b: Doc) -> None:
    r = b.r
    bank = r.choice(BANKS)
    parent = b.person(1934, 1960, None, r.choice(("Kunde A", "Kunde 2", "[NAVN]")))
    child = b.person(1958, 1992, None, r.choice(("Pårørende 1", "Pårørende A", "[NAVN]")))
    alias = b.alias(not parent.female)
    he = pronouns(parent.female)[0]
    word = "mor" if parent.female else "far"
    sent = b.moment()
    child_mail = b.mail_of(child)
    b.w("Fra: {} <{}>\n", b.name(child, r.choice(("full", "short"))), b.email(child_mail))
    b.w("Til: {}\n", b.email(f"svindel@{BANK_DOMAINS[bank]}"))
    b.w(
        "Emne: {}\n",
        r.choice(
            (
                f"Min {word} bliver snydt – hjælp",
                f"Mistanke om kærlighedssvindel mod min {word}",
                f"Bekymring: overførsler fra min {word}s konto",
            )
        ),
    )
    b.w("Dato: {}\n\n", ts(sent))
    b.t(r.choice((f"Kære {bank}\n\n", "Hej\n\n", "Til svindelafdelingen\n\n")))
    b.w(
        "Jeg skriver om min {}, {}, født {}, som er kunde hos jer",
        word,
        b.name(parent, "full"),
        b.dob(parent),
    )
    if r.random() < 0.6:
        b.w(" (CPR {})", b.cpr(parent))
    if r.random() < 0.5:
        b.w(". {} bor på\n{}\n", he.capitalize(), b.address("block"))
    else:
        b.w(". {} bor på {}.\n", he.capitalize(), b.address(r.choice(("line", "street"))))
    b.w(
        "\nFor et halvt år siden mødte {} en {} på {}, som siger at være {}. Siden har {} "
        "overført {} til udlandet, senest til {}.\n",
        he,
        "kvinde" if alias.female else "mand",
        r.choice(APPS),
        r.choice(STORIES_WOMEN if alias.female else STORIES_MEN),
        he,
        b.kroner(50, 300),
        b.iban(),
    )
    b.w(
        '{} kalder {} "{}" og vil ikke høre på os.',
        he.capitalize(),
        "hende" if alias.female else "ham",
        b.name(alias, r.choice(("full", "first"))),
    )
    if r.random() < 0.6:
        code = b.otp(r.choice(("koden ", "engangskoden ")))
        b.w(" I går fortalte {}, at {} havde givet {} fra sms'en", he, he, code)
        if r.random() < 0.6:
            b.w(" og sit MitID bruger-ID {}", b.mitid(parent))
        b.t(".\n")
    else:
        b.t("\n")
    b.w(
        "Jeg har set {} netbank sammen med {}: pengene går fra {}.\n",
        b.name(parent, "poss"),
        "hende" if parent.female else "ham",
        b.account(),
    )
    if r.random() < 0.35:
        b.w("Kureren hentede kontanter ved {}. Det var vist {}.\n", r.choice(STREETS), b.kroner())
    b.w(
        "\nKan I ringe til mig på {}? Min {}s eget nummer er {}, men {} tager den sjældent. "
        "Jeres svindellinje {} har jeg prøvet uden held.\n",
        b.phone(),
        word,
        b.phone(),
        he,
        r.choice(ORG_LINES[:6]),
    )
    if r.random() < 0.3:
        b.w(
            "{} skriver fra {}.\n",
            "Hun" if alias.female else "Han",
            b.email(b.mail_of(alias, "example.com")),
        )
    b.w("\nVenlig hilsen\n{}\n{}\n", b.name(child, r.choice(("first", "short", "full"))), b.phone())


def moderation_log(b: Doc) -> None:
    r = b.r
    app = r.choice(APPS)
    reporter = b.person(1945, 1990, None, r.choice(("Bruger A", "Bruger 2", "[NAVN]")))
    alias = b.alias(not reporter.female, pseudo=r.choice(("Profil B", "[NAVN]")))
    mod = b.person(1980, 2001, None, "[NAVN]")
    t = b.moment()

    def stamp() -> str:
        nonlocal t
        t += timedelta(minutes=r.randrange(2, 90), seconds=r.randrange(60))
        return ts(t, seconds=True)

    b.w("{} · Trust & Safety · sag TS-{}\n", app, f"{r.randrange(10000, 100000)}")
    b.w("Eksporteret {} af {}\n\n", short_date(t), b.name(mod, r.choice(("init", "short"))))
    reporter_mail = b.mail_of(reporter)
    b.w(
        '{}  RAPPORT   bruger-id {} ({}, {}) rapporterer profil-id {} "{}"\n',
        stamp(),
        f"{r.randrange(1000000, 9999999)}",
        b.name(reporter, r.choice(("full", "short", "rev"))),
        b.email(reporter_mail),
        f"{r.randrange(1000000, 9999999)}",
        b.name(alias, "full"),
    )
    b.w(
        "{}  NOTE      profilen opgiver at være {}; billederne findes på en stockside\n",
        stamp(),
        r.choice(STORIES_WOMEN if alias.female else STORIES_MEN),
    )
    b.w(
        "{}  NOTE      profilen bad {} om at fortsætte på ChatPost på {}\n",
        stamp(),
        b.name(reporter, r.choice(("first", "first", "short"))),
        b.phone(foreign=True),
    )
    if r.random() < 0.7:
        b.w(
            "{}  BETALING  profilens abonnement betalt med kort {}, udløb {}\n",
            stamp(),
            b.card(),
            b.expiry(),
        )
    b.w(
        "{}  NOTE      oprettelses-e-mail {}; telefon verificeret {}\n",
        stamp(),
        b.email(b.mail_of(alias, r.choice(("example.com", "example.net")))),
        b.phone(foreign=r.random() < 0.4),
    )
    if r.random() < 0.6:
        b.w(
            "{}  NOTE      {} oplyser at have overført {} til {}\n",
            stamp(),
            b.name(reporter, r.choice(("first", "short"))),
            b.kroner(),
            b.iban(),
        )
    if r.random() < 0.4:
        b.w(
            "{}  NOTE      {} har fået besked på at give koden fra MitID; svarede {}\n",
            stamp(),
            b.name(reporter, "first"),
            b.otp(r.choice(("kode ", "koden er "))),
        )
    if r.random() < 0.5:
        other = b.person(1950, 1995, None, "Bruger 3")
        b.w(
            "{}  RAPPORT   samme profil også rapporteret af {} ({}; {})\n",
            stamp(),
            b.name(other, r.choice(("init", "caps", "short"))),
            b.email(b.mail_of(other)),
            b.phone(),
        )
    b.w(
        "{}  HANDLING  profil-id lukket; {} andre brugere advaret; svar sendt til {}\n",
        stamp(),
        str(r.randrange(2, 9)),
        b.masked_mail(reporter),
    )
    b.w("{}  HANDLING  sag lukket af {}\n", stamp(), b.name(mod, r.choice(("init", "first"))))


def police_report(b: Doc) -> None:
    r = b.r
    district = r.choice(POLICE)
    parent = b.person(1968, 1990, None, r.choice(("Pårørende 1", "[NAVN]")))
    teen = b.person(2008, 2012, None, r.choice(("Forurettede A", "Barn 1", "[NAVN]")))
    if r.random() < 0.7:
        teen = replace(teen, last=parent.last)
    officer = b.person(1970, 1998, None, "[NAVN]")
    alias = b.alias(not teen.female, teen=True)
    got = b.moment()
    b.w(
        "{} · Anmeldelse · j.nr. {}-{}-{}-26\n",
        district,
        f"{r.randrange(1000, 10000)}",
        f"{r.randrange(10000, 100000)}",
        f"{r.randrange(10000, 100000)}",
    )
    b.w(
        "Modtaget: {} {} · Modtaget af: politiassistent {}\n\n",
        short_date(got),
        clock(got),
        b.name(officer, r.choice(("short", "init"))),
    )
    b.w(
        "Anmelder: {}, {}, tlf. {}, e-mail {}\n",
        b.name(parent, r.choice(("rev", "full", "caps"))),
        b.address(r.choice(("line", "street"))),
        b.phone(),
        b.email(b.mail_of(parent)),
    )
    if r.random() < 0.5:
        b.w("Forurettede: {}, f. {}, CPR {}\n", b.name(teen, "full"), b.dob(teen), b.cpr(teen))
    else:
        b.w(
            "Forurettede: {}, CPR {}\n",
            b.name(teen, r.choice(("caps", "full", "rev"))),
            b.cpr(teen),
        )
    if r.random() < 0.5:
        b.w("Forurettedes bopæl:\n{}\n", b.address("block"))
    he, his = pronouns(teen.female)
    b.w(
        "\nForklaring:\n{} ({} år) blev {} kontaktet på Snappix af en profil, der kaldte sig "
        '"{}". Efter at de havde udvekslet billeder, krævede gerningspersonen {} og truede med '
        "at sende billederne til {} venner.\n",
        b.name(teen, "first"),
        str(2026 - (teen.born.year if teen.born else 2010)),
        short_date(got - timedelta(days=r.randrange(1, 9))),
        b.name(alias, r.choice(("full", "first"))),
        b.kroner(10, 40),
        his,
    )
    b.w("Gerningspersonen skrev fra {}", b.phone(foreign=True))
    if r.random() < 0.5:
        b.w(" og fra e-mailen {}", b.email(b.mail_of(alias, "example.net")))
    b.t(".\n")
    if r.random() < 0.6:
        b.w(
            "{} betalte {} med {} kort {}, udløb {}, {}.\n",
            b.name(teen, "first"),
            b.kroner(5, 30),
            b.name(parent, "poss"),
            b.card(),
            b.expiry(),
            b.cvv(),
        )
    else:
        b.w("Pengene blev sendt via PengeApp til {}.\n", b.phone())
    if r.random() < 0.4:
        b.w(
            "Gerningspersonen bad desuden om {}, som {} ikke gav.\n",
            b.otp(r.choice(("koden ", "engangskoden "))),
            he,
        )
    if r.random() < 0.5:
        b.w(
            "En kurer afhentede senere kontanter ved {}. Vidner så en bil med nummerpladen {}.\n",
            r.choice(STREETS),
            b.plate(),
        )
    b.w(
        "\nForurettede og anmelder er vejledt om ikke at betale mere og henvist til "
        "Ungetelefonen {}. Ved nye henvendelser: Politiet {}.\n",
        r.choice(("80 30 40 12", "80 82 13 71")),
        "på 114",
    )


SCAMMER_LINES = (
    "Min skat, jeg savner dig så meget. Snart er jeg hjemme hos dig.",
    "You are so strong, I am proud of you.",
    "Jeg ved det er meget, men jeg betaler dig tilbage når jeg er i Danmark.",
    "Don't tell your family, they will not understand our love.",
    "Du er den eneste jeg stoler på.",
)
VICTIM_LINES = (
    "hej skat, ja jeg sov godt",
    "jeg ved ikke om jeg kan mere nu",
    "det er mange penge for mig",
    "jeg elsker også dig",
    "banken ringede i dag og spurgte om dig",
    "hvornår kommer du?",
)


def chat_export(b: Doc) -> None:
    r = b.r
    victim = b.person(1940, 1985, None, r.choice(("Bruger A", "Bruger 1", "[NAVN]")))
    alias = b.alias(not victim.female, pseudo=r.choice(("Profil B", "Bruger 2", "[NAVN]")))
    app = r.choice(APPS)
    t = b.moment()
    b.w(
        "Chateksport · {} · {} og {} · eksporteret {}\n",
        app,
        b.name(victim, r.choice(("full", "short"))),
        b.name(alias, "full"),
        short_date(t),
    )
    b.w(
        "profil-id {} ↔ profil-id {}\n\n",
        f"{r.randrange(1000000, 9999999)}",
        f"{r.randrange(1000000, 9999999)}",
    )
    v_form = r.choice(("first", "lower", "lower", "short", "nick"))
    a_form = r.choice(("first", "full"))

    def line(scammer: bool, template: str, *items: Item) -> None:
        nonlocal t
        t += timedelta(minutes=r.randrange(1, 40))
        b.t(t.strftime("[%H:%M] "))
        b.put(b.name(alias, a_form) if scammer else b.name(victim, v_form))
        b.t(": ")
        b.w(template + "\n", *items)

    line(
        True,
        "Good morning my love {}, did you sleep well?",
        b.name(victim, r.choice(("first", "nick"))),
    )
    line(False, r.choice(VICTIM_LINES))
    line(
        True,
        "The customs in {} will not release my luggage before I pay {}. Please help me.",
        r.choice(CITIES),
        b.kroner(),
    )
    steps = [0, 1, 2, 3, 4, 5, 6, 7]
    r.shuffle(steps)
    for step in steps[: r.randint(3, 6)]:
        if step == 0:
            line(True, "Send it to my agent, IBAN {}", b.iban())
            line(False, "jeg har overført fra min konto {}", b.account())
        elif step == 1:
            line(True, "Just write me your card number honey, I will do it for you")
            line(False, "det er {} udløb {} {}", b.card(), b.expiry(), b.cvv())
        elif step == 2:
            line(True, "The bank sends you a code now, tell me the code please")
            line(False, "{}", b.otp(r.choice(("koden er ", "kode: ", "code "))))
        elif step == 3:
            line(True, "What is your MitID user name, so my lawyer can check?")
            line(False, "mit bruger-id er {}", b.mitid(victim))
        elif step == 4:
            line(True, "Call me on {}, this app is not safe", b.phone(foreign=True))
            line(False, "ring hellere på {} i aften", b.phone())
        elif step == 5:
            line(True, "Where should I send the papers, my love?")
            line(False, "send dem til {}", b.address(r.choice(("line", "street"))))
        elif step == 6:
            line(False, "jeg har solgt bilen, {}, så nu har jeg pengene", b.plate())
            line(True, r.choice(SCAMMER_LINES))
        else:
            rel = b.person(1960, 1995, None, "[NAVN]")
            line(
                False,
                "min {} {} siger at du er svindler",
                "datter" if rel.female else "søn",
                b.name(rel, r.choice(("first", "short"))),
            )
            line(
                True,
                "My agent {} will write you from {}",
                b.name(b.alias(alias.female), "full"),
                b.email(b.mail_of(alias, "example.com")),
            )
    line(False, r.choice(VICTIM_LINES))


def exchange_complaint(b: Doc) -> None:
    r = b.r
    exchange = r.choice(EXCHANGES)
    victim = b.person(1942, 1988, None, r.choice(("Kunde A", "Kunde 1", "[NAVN]")))
    alias = b.alias(not victim.female)
    got = b.moment()
    b.w(
        "Klage til {} (CVR-nr. {})\nKlagenr.: KL-26-{}   Modtaget: {}\n\n",
        exchange,
        f"{r.randrange(10000000, 99999999)}",
        f"{r.randrange(10000, 100000)}",
        short_date(got),
    )
    b.w("Navn: {}\n", b.name(victim, r.choice(("caps", "caps", "full", "rev"))))
    b.w("Fødselsdato: {}\n", b.dob(victim))
    if r.random() < 0.6:
        b.w("Adresse:\n{}\n", b.address("block"))
    else:
        b.w("Adresse: {}\n", b.address("line"))
    b.w("Telefon: {}\nE-mail: {}\n\n", b.phone(), b.email(b.mail_of(victim)))
    b.w(
        'Beskrivelse:\nMin "kæreste" {} fik mig til at oprette en konto hos jer og købe bitcoin '
        "for {}, som blev sendt til wallet {}.\n",
        b.name(alias, r.choice(("full", "caps"))),
        b.kroner(20, 200),
        b.wallet(),
    )
    if exchange.startswith("GlobalSend") or r.random() < 0.5:
        for _ in range(r.randint(1, 3)):
            b.w(
                "MTCN {}-{}-{}: {} til {} i {}.\n",
                f"{r.randrange(100, 1000)}",
                f"{r.randrange(100, 1000)}",
                f"{r.randrange(1000, 10000)}",
                b.kroner(),
                b.name(alias, "short"),
                r.choice(CITIES),
            )
    b.w("Indbetalingerne skete med mit kort {}, udløb {}", b.card(), b.expiry())
    if r.random() < 0.5:
        b.w('. Jeres "support" på telefonen bad om {}', b.cvv())
    b.t(".\n")
    if r.random() < 0.7:
        b.w(
            'Jeg gav også "supporten" {} og mit MitID-bruger-ID {}.\n',
            b.otp(r.choice(("engangskoden ", "koden "))),
            b.mitid(victim),
        )
    b.w("Jeg beder om at få pengene tilbage til {}.\n", b.account())
    if r.random() < 0.4:
        b.w(
            "Min søster {} kan også kontaktes på {}.\n",
            b.name(b.person(1940, 1990, True, "Pårørende 1"), r.choice(("short", "init"))),
            b.phone(),
        )
    b.w("\nMed venlig hilsen\n{}\n", b.name(victim, r.choice(("short", "full"))))


def counselling_note(b: Doc) -> None:
    r = b.r
    org = r.choice(ADVISERS)
    elder = b.person(1932, 1958, None, r.choice(("Borger A", "Borger 1", "[NAVN]")))
    adviser = b.person(1955, 1995, None, "[NAVN]")
    alias = b.alias(not elder.female)
    call = b.moment()
    b.w(
        "{} · samtalenotat · {} {} · rådgiver {}\n\n",
        org,
        short_date(call),
        clock(call),
        b.name(adviser, r.choice(("short", "init", "first"))),
    )
    b.w(
        "Opkald fra {}, f. {}, tlf. {}. ",
        b.name(elder, r.choice(("full", "short"))),
        b.dob(elder),
        b.phone(),
    )
    b.w("Bor alene på {}.\n", b.address(r.choice(("line", "street", "line"))))
    b.w(
        '{} har i {} måneder skrevet med "{}", der siger at være {}. Har sendt i alt {}.\n',
        b.name(elder, "first"),
        str(r.randrange(2, 14)),
        b.name(alias, r.choice(("full", "first"))),
        r.choice(STORIES_WOMEN if alias.female else STORIES_MEN),
        b.kroner(40, 400),
    )
    if r.random() < 0.5:
        b.w('Bilen er solgt ({}) for at betale "advokatsalær".\n', b.plate())
    if r.random() < 0.6:
        b.w(
            "Har givet sit MitID-brugernavn {} og læst {} op i telefonen.\n",
            b.mitid(elder),
            b.otp(r.choice(("koden ", "engangskoden "))),
        )
    if r.random() < 0.4:
        b.w("Kortet {} er givet videre med {}.\n", b.card(), b.cvv())
    if r.random() < 0.4:
        b.w("Kurer ventede ved {}. Pengene var {} i kontanter.\n", r.choice(STREETS), b.kroner())
    rel = b.person(1955, 1990, None, r.choice(("Pårørende 1", "[NAVN]")))
    b.w(
        "{} {}, {}, er orienteret ({}).\n",
        "Datteren" if rel.female else "Sønnen",
        b.name(rel, r.choice(("rev", "full", "short"))),
        r.choice(("med samtykke", "efter aftale")),
        b.phone(),
    )
    if r.random() < 0.4:
        b.w("Pårørendes adresse:\n{}\n", b.address("block"))
    b.w(
        "\nOpfølgning: ringer til {} igen {} på {}. Henvist til Politiet {} og til "
        "bankens spærreservice på {}.\n",
        b.name(elder, "first"),
        r.choice(("torsdag", "mandag", "i morgen")),
        b.phone(),
        "på 114",
        r.choice(ORG_LINES[:6]),
    )


def transfer_csv(b: Doc) -> None:
    r = b.r
    bank = r.choice(BANKS)
    run = b.moment()
    split = r.random() < 0.5
    staff = b.person(1970, 1999, None, "[NAVN]")
    b.w(
        '# {} · mistænkelige overførsler · regel RS-{} "kærlighedssvindel" · kørt {}\n',
        bank,
        str(r.randrange(10, 40)),
        ts(run),
    )
    columns = "dato;tid;kundenr;kunde;cpr;" + ("reg;konto" if split else "fra_konto")
    b.t(columns + ";beløb_kr;modtager;modtager_iban;tlf\n")
    letters = "ABCDEFGH"
    for i in range(r.randint(3, 6)):
        cust = b.person(1935, 1980, None, r.choice((f"Kunde {i + 1}", f"Kunde {letters[i]}")))
        when = run - timedelta(days=r.randrange(1, 30), minutes=r.randrange(600))
        b.w(
            "{};{};{}-{};",
            when.strftime("%Y-%m-%d"),
            when.strftime("%H:%M"),
            f"{r.randrange(1000, 10000)}",
            f"{r.randrange(1000, 10000)}",
        )
        form = r.choice(("rev", "rev", "caps"))
        if form == "rev":
            b.w('"{}";', b.name(cust, "rev"))
        else:
            b.w("{};", b.name(cust, "caps"))
        b.w("{};", b.cpr(cust))
        if split:
            account = Pii("BANK_ACCOUNT", digits(r, 10), "[kontonr.]")
            b.w("{};{};", f"{r.randrange(1000, 9900)}", account)
        else:
            b.w("{};", b.account(r.choice(("dash", "space"))))
        n = r.randrange(20, 900) * 100
        b.w(
            '"{},00";{};{};{}\n',
            thousands(n),
            b.name(b.alias(not cust.female), "short"),
            b.iban(),
            b.phone(),
        )
    b.w("# rækker: {} · udtræk af {}\n", str(i + 1), b.name(staff, r.choice(("init", "short"))))


WRITERS: dict[str, Callable[[Doc], None]] = {
    "bank_note": bank_note,
    "family_mail": family_mail,
    "moderation_log": moderation_log,
    "police_report": police_report,
    "chat_export": chat_export,
    "exchange_complaint": exchange_complaint,
    "counselling_note": counselling_note,
    "transfer_csv": transfer_csv,
}


def plan(index: int, size: int) -> tuple[str, bool]:
    """The genre of a document and whether it is a negative, from its index alone."""
    genre = index % len(GENRES)
    negatives = round(size * NEGATIVES / SIZE)
    in_genre = size // len(GENRES) + (genre < size % len(GENRES))
    share = negatives // len(GENRES) + (genre < negatives % len(GENRES))
    j = index // len(GENRES)
    negative = (j + 1) * share // in_genre > j * share // in_genre
    return GENRES[genre], negative


def document(seed: int, index: int, size: int) -> dict:
    genre, negative = plan(index, size)
    doc = Doc(random.Random(f"pii_blind50/{seed}/{index}"), positive=not negative)
    WRITERS[genre](doc)
    return {
        "id": f"blind50-{index:04d}",
        "genre": genre,
        "kind": "negative" if negative else "positive",
        "text": doc.text(),
        "spans": doc.spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, a NEGATIVES/SIZE share of them pseudonymised."""
    return [document(seed, index, size) for index in range(size)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind50.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
