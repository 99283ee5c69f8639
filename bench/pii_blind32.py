"""A thirty-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is INSURANCE, PENSION,
LOANS AND DEBT COLLECTION FRAUD as Danish insurers, pension funds, lenders, debt collectors and
the courts handle it, in eight genres: an insurer's claim file on a staged burglary (policy and
claim numbers, the claimant's CPR and payout account, the loss adjuster's notes, a van's plate),
a pension fund's security desk log of a "release your pension early" scam (the MitID user ID
and the codes read out, the foreign IBAN the money was to go to), a victim's complaint quoting
a fake debt collector's letter (addresses in letter heads over two lines) next to the genuine
collector's reply, a lender's note on a quick loan taken in a victim's name (the card charged,
the mule's "reg. 1234 konto 12345678"), a court judgement (dom) on insurance fraud with
pseudonymised defendants ("Tiltalte 1, født 4. juni 1981") but named judges, lawyers and
witnesses, an e-mail thread (Fra:/Til:/Cc:/Emne:) between a family and a bank about a
grandmother's pension, an OCR'd handwritten note (noisy spacing, words broken over lines) and
a chat with a fake loan broker in Danish and English ("[21:07] Name:" lines, names typed in
lower case, a foreign number from the fiction ranges). The names are those of Danes of all
ages, Danes with roots elsewhere ("Hodan Warsame", "Tran Van Duc"), double surnames
("Abildgaard-Riis") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("taksator", "advokat", "dommer",
  "vidnet"); "Riis, Bodil" is one span; a genitive s belongs to it ("Bodils"); a lower-case
  name typed in a chat ("bodil riis") is PERSON. A scammer's alias ("Daniel fra Nordic Loan
  Partners") is PERSON, the company is not. Organisations, products, placeholders ("[NAVN]",
  "Forsikringstager A", "Låntager 2", "Tiltalte 1") and family words ("min mormor") are never
  PERSON.
- ADDRESS runs from the street name through number, letter and floor ("14B", "2. th.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, "på 114") is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("KD 52 318", "KD52318"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("148.300 kr.", "kr. 1.495,00"), dates and clock
  times ("14.02.26", "3. marts 2026", "kl. 09.14", "[21:07]", "2026-03-04 09:14"), policy,
  claim and loan numbers ("policenr. 4471-208-913", "SK26-048812", "KL-7781-2290"), case,
  reference and journal numbers ("SS-1187/2026", "INK-204417", "AFF-2026-0834",
  "journalnr. 0500-80231-00411-26", "SEC-26-01442"), member and customer numbers ("medlemsnr.
  118042", "kundenr. 4410882"), CVR numbers, masked values ("120356-xxxx", "+45 ** ** ** 31",
  "b***@example.dk", "**** **** **** 1111", "******4417", "LT12XXXXXXXXXXXX4471"),
  organisations' 70/80 lines and "på 114", companies, banks, products, family words and streets
  named without a number ("ved Skovbrynet."). Documents of kind "negative" are the same genres
  after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]", "[TLF]") and pseudonym
  labels ("Forsikringstager A", "Låntager 2") remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind32 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SIZE = 1000
NEGATIVES = 350
SEED = 32_0332

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
GENRES = (
    "claim_file",
    "pension_desk",
    "collector_letters",
    "quick_loan",
    "court_judgement",
    "email_thread",
    "ocr_note",
    "broker_chat",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# published test card numbers' prefixes (Visa, Stripe, Mastercard and 2-series test cards)
TEST_PREFIXES = ("411111", "424242", "400005", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18, "LT": 20, "EE": 20, "DE": 22, "GB": 22, "IE": 22, "ES": 24, "RO": 24,
    "PL": 28, "CY": 28, "NL": 18, "PT": 25, "LV": 21,
}  # fmt: skip
FOREIGN_IBAN = ("LT", "EE", "GB", "DE", "ES", "PL", "NL", "IE", "CY", "LV", "PT", "RO")
IBAN_LETTERS = {"GB": 4, "IE": 4, "NL": 4, "RO": 4, "LV": 4}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49",
    "54", "56", "57", "58", "59", "62", "63", "64", "65", "66", "72", "73", "75",
    "76", "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
# organisations' own lines: written as such, never a person's number
ORG_LINES = ("70 21 44 80", "70 10 33 90", "80 82 11 40", "70 26 19 55", "80 30 30 75",
             "70124455", "80401122")  # fmt: skip

WOMEN = (
    "Inger", "Ellen", "Bodil", "Gudrun", "Karen", "Hanne", "Lone", "Mette", "Tina", "Camilla",
    "Signe", "Ida", "Freja", "Nanna", "Maja", "Astrid", "Vibeke", "Ulla", "Dorthe", "Rikke",
    "Pernille", "Sofie", "Clara", "Emma", "Laura", "Asta", "Ruth", "Edith", "Grethe", "Kirsten",
    "Birgit", "Solveig", "Tove", "Lisbeth", "Marianne", "Helle", "Susanne", "Malene", "Line",
    "Julie", "Cecilie", "Sara", "Alberte", "Ellinor",
    "Amira", "Fatima", "Leyla", "Aisha", "Mariam", "Zeynep", "Hiba", "Olena", "Agnieszka",
    "Priya", "Sana", "Hodan", "Yasmin", "Shirin", "Ewa", "Iryna", "Anjali", "Rukhsana", "Naima",
    "Hoa", "Lan", "Linh", "Thu", "Huong",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Henning", "Svend", "Knud", "Bent", "Ole", "Flemming", "Torben", "Allan",
    "Brian", "Kim", "Jesper", "Morten", "Mikkel", "Frederik", "Emil", "Oliver", "Noah", "Aksel",
    "Holger", "Arne", "Ib", "Kaj", "Preben", "Leif", "Bjarne", "Jørgen", "Palle", "Steen",
    "Carsten", "Kasper", "Martin", "Simon", "Jakob", "Viggo", "Malthe", "Valdemar", "Bertram",
    "Mehmet", "Ahmad", "Omar", "Yusuf", "Bilal", "Tariq", "Piotr", "Andrzej", "Dmytro", "Arjun",
    "Hamid", "Karim", "Abdi", "Kemal", "Rahim", "Vikram", "Mustafa", "Mohammed", "Emre",
    "Tomasz", "Bogdan",
    "Tuan", "Duc", "Minh", "Long", "Hung",
)  # fmt: skip
DANISH_WOMEN, ELSEWHERE_WOMEN, VIET_WOMEN = WOMEN[:44], WOMEN[44:63], WOMEN[63:]
DANISH_MEN, ELSEWHERE_MEN, VIET_MEN = MEN[:39], MEN[39:60], MEN[60:]
SURNAMES = (
    "Thygesen", "Kragh", "Bech", "Dalsgaard", "Lauridsen", "Vestergaard", "Mølgaard", "Iversen",
    "Skovbo", "Nørgaard", "Bundgaard", "Krogh", "Winther", "Damgaard", "Frost", "Riis",
    "Brandt", "Holst", "Kjeldsen", "Poulsen", "Villadsen", "Overgaard", "Lind", "Bak", "Sloth",
    "Hjort", "Ravn", "Juhl", "Schmidt", "Fog", "Bisgaard", "Engholm", "Kirkegaard", "Mikkelsen",
    "Storm", "Mathiesen", "Gregersen", "Abildgaard", "Stampe", "Vad", "Rask", "Dyhr",
    "Lundsgaard", "Ebbesen", "Høj", "Kastrup", "Følner", "Ulriksen",
)  # fmt: skip
ELSEWHERE_SURNAMES = (
    "Haddad", "Yilmaz", "Hussain", "Rahimi", "Nowak", "Kowalczyk", "Shevchenko", "Mahmoud",
    "Abdullahi", "Celik", "Demir", "Sharma", "Farah", "Jama", "Rashid", "Bajwa", "Kaya", "Aziz",
    "Wiśniewski", "Bondarenko", "Iyer", "Qureshi", "Warsame", "Osman",
)  # fmt: skip
VIET_FAMILIES = ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu")
MIDDLE_NAMES = ("Marie", "Louise", "Kristine", "Juul", "Bach", "Skov", "Due", "Krarup",
                "Lerche", "Bonde", "Munk", "Dahl")  # fmt: skip

STREETS = (
    "Rønnebærvej", "Hvedemarken", "Skovbrynet", "Fasanvænget", "Lærkebakken", "Strandgårdsvej",
    "Møllevangen", "Søndre Ringvej", "Kirsebærhaven", "Tjørnevej", "Egevænget", "Bøgeskovvej",
    "Hasselhaven", "Vibevej", "Havrevænget", "Kløvermarken", "Præstegårdsvej", "Østre Kirkevej",
    "Vestergade", "Kastanievej", "Birkedalsvej", "Engblommevej", "Syrenvej", "Ahornvej",
    "Lyngbakken", "Mågevej", "Ternevej", "Stationsvej", "Gartnervænget", "Rugmarken",
    "Klintevej", "Fyrrebakken", "Storegade", "Nørre Farimagsvej", "Gl Landevej", "Teglværksvej",
)  # fmt: skip
TOWNS = (
    ("7100", "Vejle"), ("7500", "Holstebro"), ("4700", "Næstved"), ("6200", "Aabenraa"),
    ("3600", "Frederikssund"), ("7800", "Skive"), ("7700", "Thisted"), ("4800", "Nykøbing F"),
    ("4100", "Ringsted"), ("6100", "Haderslev"), ("6000", "Kolding"), ("2970", "Hørsholm"),
    ("2500", "Valby"), ("8200", "Aarhus N"), ("5250", "Odense SV"), ("8900", "Randers C"),
    ("9800", "Hjørring"), ("5700", "Svendborg"), ("5500", "Middelfart"), ("8500", "Grenaa"),
    ("8600", "Silkeborg"), ("8800", "Viborg"), ("4600", "Køge"), ("4000", "Roskilde"),
    ("2700", "Brønshøj"), ("2720", "Vanløse"), ("2650", "Hvidovre"), ("6705", "Esbjerg Ø"),
    ("7000", "Fredericia"), ("4900", "Nakskov"), ("6400", "Sønderborg"), ("7400", "Herning"),
    ("3700", "Rønne"), ("3000", "Helsingør"), ("4400", "Kalundborg"), ("4200", "Slagelse"),
    ("3400", "Hillerød"), ("7620", "Lemvig"),
)  # fmt: skip

INSURERS = ("Havbakke Forsikring", "Kystlinjen Forsikring", "Trinde Forsikring A/S")
PENSION_FUNDS = ("Nordlys Pension", "Lærkehøj Pensionskasse", "Fremtidsfonden Pension")
LENDERS = ("Kvikkredit ApS", "Lånely A/S", "Hurtiglån Nord A/S")
COLLECTORS = ("Krediton Inkasso A/S", "Nordisk Inkassopartner A/S")
FAKE_COLLECTORS = ("Dansk Inkassocentral ApS", "Inkasso-Service Skandinavien")
FAKE_BROKERS = ("Nordic Loan Partners", "EasyKredit Europe", "LåneGuiden Online")
FAKE_PENSION = ("Pensionsfrigørelse Danmark", "Tidlig Pension Rådgivning")
SHOPS = ("Elektronikhuset Syd ApS", "Guldsmed Kronborg ApS", "Cykelkælderen I/S")
COMPANIES = (
    INSURERS + PENSION_FUNDS + LENDERS + COLLECTORS + FAKE_COLLECTORS + FAKE_BROKERS
    + FAKE_PENSION + SHOPS + ("Ankenævnet for Forsikring", "Forbrugerombudsmanden")
)  # fmt: skip
BANKS = ("Fjordbanken", "Vestkystens Sparekasse", "Lunde Andelskasse", "Danske Bank", "Nordea",
         "Jyske Bank", "Sydbank", "Arbejdernes Landsbank")  # fmt: skip
PRODUCTS = ("MitID", "MobilePay", "e-Boks", "NemKonto", "Aldersopsparing", "Ratepension")
POLICE = ("Midt- og Vestjyllands Politi", "Københavns Vestegns Politi", "Fyns Politi",
          "Sydøstjyllands Politi", "Nordsjællands Politi")  # fmt: skip
COURTS = ("Holbæk", "Herning", "Glostrup", "Odense", "Kolding", "Hillerød", "Aarhus")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
HOLE = "¤"  # where a labelled value goes in a template


def grouped(compact: str) -> str:
    """A card number or an IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def ascii_letters(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if "a" <= ch <= "z")


@dataclass(frozen=True)
class Item:
    """A labelled value and what stands in for it once the document is pseudonymised."""

    kind: str
    value: str
    stand_in: str


@dataclass(frozen=True)
class Person:
    given: str
    middle: str
    family: str
    born: date
    alias: str
    female: bool = False
    eastern: bool = False

    @property
    def she(self) -> str:
        return "hun" if self.female else "han"

    @property
    def name(self) -> str:
        parts = (self.family, self.middle, self.given) if self.eastern else (
            self.given, self.middle, self.family)  # fmt: skip
        return " ".join(p for p in parts if p)

    def _item(self, value: str, genitive: bool = False) -> Item:
        suffix = ("s" if self.alias.startswith("[") else "'s") if genitive else ""
        return Item("PERSON", value, self.alias + suffix)

    def full(self) -> Item:
        return self._item(self.name)

    def first(self) -> Item:
        return self._item(self.given)

    def comma(self) -> Item:
        rest = (self.middle, self.given) if self.eastern else (self.given, self.middle)
        return self._item(f"{self.family}, {' '.join(p for p in rest if p)}")

    def initial(self) -> Item:
        return self._item(f"{self.given[0]}. {self.family}")

    def upper(self) -> Item:
        return self._item(self.name.upper())

    def lower(self) -> Item:
        return self._item(self.name.lower())

    def lower_first(self) -> Item:
        return self._item(self.given.lower())

    def genitive(self) -> Item:
        return self._item(self.given + "s", genitive=True)

    def full_genitive(self) -> Item:
        return self._item(self.name + "s", genitive=True)

    def surname(self) -> Item:
        return self._item(self.family)


class Doc:
    """A document built from plain text and labelled values, or their stand-ins if negative."""

    def __init__(self, rng: random.Random, negative: bool, noisy: bool = False) -> None:
        self.rng, self.negative, self.noisy = rng, negative, noisy
        self.chunks: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def _put(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": self.size, "end": self.size + len(text), "type": kind})
        self.chunks.append(text)
        self.size += len(text)

    def add(self, template: str, *items: Item) -> None:
        pieces = template.split(HOLE)
        if len(pieces) != len(items) + 1:
            raise ValueError(f"{len(items)} values for {template!r}")
        for i, piece in enumerate(pieces):
            self._put(self._noise(piece) if self.noisy else piece)
            if i < len(items):
                item = items[i]
                if self.negative:
                    self._put(item.stand_in)
                else:
                    self._put(item.value, item.kind)

    def _noise(self, text: str) -> str:
        """OCR noise on plain text: long lower-case words split, spaces doubled or broken."""
        rng = self.rng

        def split(hit: re.Match[str]) -> str:
            word = hit.group()
            if word.endswith("nr") or word == "kontrolcifre" or rng.random() > 0.3:
                return word
            cut = rng.randrange(3, len(word) - 2)
            return word[:cut] + rng.choice((" ", "\n", "- ")) + word[cut:]

        text = re.sub(r"(?<![\w\[-])[a-zæøå]{8,}(?![\w\]])", split, text)
        return re.sub(
            r"(?<=[a-zæøå]) (?=[a-zæøå])",
            lambda _: rng.choice(("  ", "\n", " ", " ", " ", " ")),
            text,
        )

    @property
    def text(self) -> str:
        return "".join(self.chunks)


class Gen:
    """Random values for one set, all drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # people --------------------------------------------------------------------------------
    def person(
        self, alias: str = "[NAVN]", ages: tuple[int, int] = (21, 96), female: bool | None = None
    ) -> Person:
        rng = self.rng
        born = date(2026 - rng.randint(*ages), 1, 1) + timedelta(days=rng.randrange(365))
        female = rng.random() < 0.5 if female is None else female
        roots = rng.random()
        if roots < 0.07:
            given = self.pick(VIET_WOMEN if female else VIET_MEN)
            middle = "Thi" if female else self.pick(("Van", "Minh", "Quang"))
            family = self.pick(VIET_FAMILIES)
            return Person(given, middle, family, born, alias, female, eastern=True)
        if roots < 0.32:
            given = self.pick(ELSEWHERE_WOMEN if female else ELSEWHERE_MEN)
            family = self.pick(ELSEWHERE_SURNAMES)
            if rng.random() < 0.2:
                family = f"{family}-{self.pick(SURNAMES)}"
            return Person(given, "", family, born, alias, female)
        given = self.pick(DANISH_WOMEN if female else DANISH_MEN)
        middle = self.pick(MIDDLE_NAMES) if rng.random() < 0.3 else ""
        family = self.pick(SURNAMES)
        if rng.random() < 0.24:
            other = self.pick(SURNAMES)
            family = f"{family}-{other}" if other != family else family
        return Person(given, middle, family, born, alias, female)

    def staff(self) -> Person:
        return self.person("[NAVN]", (24, 66))

    # numbers tied to a person ----------------------------------------------------------------
    def cpr(self, who: Person, masked: bool | None = None) -> Item:
        born = who.born
        while True:
            century = self.pick(("0", "1", "2", "3")) if born.year < 2000 else "4"
            number = f"{born:%d%m}{born.year % 100:02d}{century}{self.digits(3)}"
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = self.rng.randrange(4)
        value = (
            f"{number[:6]}-{number[6:]}",
            number,
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
            f"{number[:6]} {number[6:]}",
        )[form]
        return Item("CPR", value, self.pick(("[CPR]", f"{number[:6]}-xxxx")))

    def masked_cpr(self, who: Person) -> str:
        return f"{who.born:%d%m}{who.born.year % 100:02d}-xxxx"

    def dob(self, who: Person) -> Item:
        b = who.born
        value = self.pick((f"{b.day}. {MONTHS[b.month - 1]} {b.year}", f"{b:%d.%m.%Y}",
                           f"{b.day}/{b.month}-{b.year}", f"{b:%d-%m-%Y}"))  # fmt: skip
        return Item("DATE_OF_BIRTH", value, "[fødselsdato]")

    def email(self, who: Person, domain: str | None = None) -> Item:
        given, family = ascii_letters(who.given), ascii_letters(who.family.split("-")[0])
        if domain:
            local = self.pick((f"{given}.{family}", f"{given[0]}{family}", f"{given}{family[:2]}"))
        else:
            yy = f"{who.born.year % 100:02d}"
            local = self.pick((
                f"{given}.{family}", f"{given}{yy}", f"{given[0]}{family}", f"{given}_{family}",
                f"{family}.{given}{self.digits(1)}",
            ))  # fmt: skip
            domain = self.pick(("example.dk", "example.com", "post.example.dk", "example.net",
                                "mail.example.dk", "example.org"))  # fmt: skip
        value = f"{local}@{domain}"
        return Item("EMAIL", value, self.pick(("[e-mail]", f"{local[0]}***@{domain}")))

    def mitid(self, who: Person) -> Item:
        base = ascii_letters(who.given) + ascii_letters(who.family)[: self.rng.randint(2, 9)]
        year = who.born.year
        value = base + self.pick((f"{year % 100:02d}", str(year)))
        return Item("MITID_USER", value, "[bruger-id]")

    # contact ---------------------------------------------------------------------------------
    def phone(self, mobile: float = 0.75) -> Item:
        lead = self.pick(MOBILE if self.chance(mobile) else LANDLINE)
        n = lead + self.digits(6)
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        value = self.pick((
            f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", "."),
        ))  # fmt: skip
        return Item("PHONE", value, self.pick(("[TLF]", f"+45 ** ** ** {n[6:]}")))

    def foreign_phone(self) -> Item:
        if self.chance(0.5):
            value = f"+44 7700 900{self.digits(3)}"
        else:
            value = f"+46 70 174 06 {self.rng.randint(5, 99):02d}"
        return Item("PHONE", value, "[TLF]")

    def address(self, layout: str) -> Item:
        rng = self.rng
        street = f"{self.pick(STREETS)} {rng.randint(1, 89)}"
        if rng.random() < 0.18:
            street += self.pick(("A", "B", "C", "D", "E", "F"))
        if rng.random() < 0.3:
            floor = self.pick(("st.", "1.", "2.", "3.", "4."))
            street += f", {floor} {self.pick(('tv.', 'th.', 'mf.'))}"
        postcode, town = self.pick(TOWNS)
        value = {"one": f"{street}, {postcode} {town}", "two": f"{street}\n{postcode} {town}",
                 "bare": street}[layout]  # fmt: skip
        return Item("ADDRESS", value, "[ADRESSE]")

    # money -----------------------------------------------------------------------------------
    def account(self, width: int = 10) -> str:
        return self.digits(self.rng.randint(7, width)).lstrip("0").rjust(7, "5")

    def bank(self) -> tuple[str, Item]:
        """A phrase with a hole for the account, and the labelled account."""
        reg = f"{self.rng.randint(1100, 9890)}"
        form = self.rng.randrange(5)
        if form < 2:
            account = self.account().rjust(10, "0")
            value, phrase = f"{reg}{'-' if form == 0 else ' '}{account}", HOLE
        else:
            account = self.account()
            if form == 3 and self.chance(0.5):
                account = account.rjust(10, "0")
            value = account
            phrase = (f"reg. {reg} konto {HOLE}", f"reg.nr. {reg}, kontonr. {HOLE}",
                      f"reg.nr. {reg} og kontonr. {HOLE}")[form - 2]  # fmt: skip
        stand_in = self.pick(("[kontonr.]", f"******{value[-4:]}"))
        return phrase, Item("BANK_ACCOUNT", value, stand_in)

    def iban(self, country: str | None = None) -> Item:
        country = country or self.pick(FOREIGN_IBAN)
        letters = IBAN_LETTERS.get(country, 0)
        bban = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUWXZ") for _ in range(letters))
        bban += self.digits(IBAN_LENGTH[country] - 4 - letters)
        if country == "DK":
            bban = f"{self.rng.randint(1100, 9890)}{bban[4:]}"
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        value = grouped(compact) if self.chance(0.6) else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        return Item("IBAN", value, self.pick(("[IBAN]", masked)))

    def card(self) -> Item:
        body = self.pick(TEST_PREFIXES)
        body += self.digits(15 - len(body))
        compact = next(body + d for d in "0123456789" if luhn_ok(body + d))
        value = grouped(compact) if self.chance(0.65) else compact
        return Item("CARD", value, self.pick(("[kortnr.]", f"**** **** **** {compact[-4:]}")))

    def expiry(self) -> Item:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        value = f"{month:02d}/{year}" if self.chance(0.7) else f"{month:02d}/20{year}"
        return Item("CARD_EXPIRY", value, "[udløb]")

    def cvv(self) -> Item:
        return Item("CARD_CVV", f"{self.rng.randint(100, 999)}", "[CVV]")

    def otp(self) -> Item:
        return Item("OTP", self.digits(8 if self.chance(0.25) else 6), "[kode]")

    def plate(self) -> Item:
        letters = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        a, b = self.rng.randint(10, 99), self.rng.randint(0, 999)
        value = f"{letters}{a}{b:03d}" if self.chance(0.25) else f"{letters} {a} {b:03d}"
        return Item("NUMBER_PLATE", value, "[nummerplade]")

    # hard negatives --------------------------------------------------------------------------
    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randrange(140))

    def short(self, d: date | None = None) -> str:
        return f"{d or self.day():%d.%m.%y}"

    def long(self, d: date | None = None) -> str:
        d = d or self.day()
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"

    def iso(self, d: date | None = None) -> str:
        return f"{d or self.day():%Y-%m-%d}"

    def clock(self, sep: str = ".") -> str:
        return f"{self.rng.randint(7, 22):02d}{sep}{self.rng.randint(0, 59):02d}"

    def kr(self, low: int, high: int) -> str:
        n = self.rng.randint(low, high)
        if n > 5000:
            n -= n % 50
        text = f"{n:,}".replace(",", ".")
        return self.pick((f"{text} kr.", f"kr. {text}", f"{text},00 kr.", f"kr. {text},00"))

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(1, 4)}{self.digits(7)}"

    def policy(self) -> str:
        return f"policenr. {self.rng.randint(1000, 9999)}-{self.digits(3)}-{self.digits(3)}"

    def claim(self) -> str:
        return f"SK26-{self.digits(6)}"

    def loan(self) -> str:
        return f"KL-{self.rng.randint(1000, 9999)}-{self.digits(4)}"

    def ink(self) -> str:
        return f"INK-{self.rng.randint(100000, 999999)}"

    def journal(self) -> str:
        return (f"journalnr. {self.rng.randint(1, 9) * 100:04d}-{self.digits(5)}-"
                f"{self.digits(5)}-26")  # fmt: skip

    def member(self) -> str:
        return f"medlemsnr. {self.rng.randint(100000, 999999)}"

    def customer(self) -> str:
        return f"kundenr. {self.rng.randint(1000000, 9999999)}"

    def org_line(self) -> str:
        return self.pick(ORG_LINES)


def claim_file(d: Doc, g: Gen) -> None:
    """An insurer's claim file on a burglary the loss adjuster thinks was staged."""
    insurer = g.pick(INSURERS)
    holder = g.person("Forsikringstager A")
    spouse_word = g.pick(("hendes mand", "hans kone", "samleveren", "sønnen"))
    neighbour = g.person(g.pick(("Vidne 1", "Nabo B")))
    handler, adjuster = g.staff(), g.staff()
    when = g.day()
    cover = g.pick(("indboforsikring", "husstandsforsikring", "indbo- og rejseforsikring"))
    d.add(f"{insurer.upper()} · SKADEAFDELINGEN · INTERN SAG\n")
    d.add(f"Skadesag {g.claim()} · {g.policy()} ({cover})\n")
    d.add(f"Anmeldt {g.short(when)} kl. {g.clock()} via "
          f"{g.pick(('skadeportalen', 'telefon', 'e-mail'))}\n\n")  # fmt: skip
    d.add(f"Forsikringstager: {HOLE}\n", g.pick((holder.comma, holder.full, holder.upper))())
    if g.chance(0.5):
        d.add(f"CPR-nr.: {HOLE}\n", g.cpr(holder))
    else:
        d.add(f"Fødselsdato: {HOLE} · CPR-nr. {HOLE}\n", g.dob(holder), g.cpr(holder))
    d.add(f"Risikoadresse: {HOLE}\n", g.address("one"))
    d.add(f"Telefon: {HOLE} · e-mail: {HOLE}\n", g.phone(), g.email(holder))
    phrase, account = g.bank()
    d.add(f"Ønsket udbetaling til {phrase} i {g.pick(BANKS)}\n\n", account)
    d.add(f"Telefonnotat {g.short(when + timedelta(days=1))} ({HOLE}, skadebehandler):\n",
          g.pick((handler.full, handler.initial))())  # fmt: skip
    d.add(g.pick((
        f"{HOLE} fortæller, at indbruddet skete, mens familien var i sommerhus i vinterferien. ",
        f"{HOLE} oplyser, at huset stod tomt fra fredag til søndag, og at {spouse_word} opdagede "
        "indbruddet søndag aften. ",
        f"Ifølge {HOLE} blev der brudt ind, mens {holder.she} var på arbejde. ",
    )), holder.first())  # fmt: skip
    d.add(f"Politiets {g.journal()}. Der er anmeldt tyvekoster for i alt "
          f"{g.kr(40_000, 260_000)}, heraf smykker for {g.kr(8_000, 90_000)} og et nyt tv til "
          f"{g.kr(9_000, 34_000)}\n\n")  # fmt: skip
    d.add(f"Taksators notater ({HOLE}):\n", g.pick((adjuster.full, adjuster.initial))())
    street = g.pick(STREETS)
    notes: list[tuple[str, tuple[Item, ...]]] = [
        ("- Ingen tegn på opbrydning af terrassedøren; ruden er knust indefra, og glasset ligger "
         "uden for huset.\n", ()),
        (f"- Naboen {HOLE}, {HOLE}, så natten før en mørk varevogn med nummerpladen {HOLE} holde "
         f"ved {street}.\n", (neighbour.full(), g.address("bare"), g.plate())),
        (f"- Kvitteringerne for tv og smykker er udstedt af {g.pick(SHOPS)} ({g.cvr()}), som ikke "
         "kan finde købene i sit kassesystem.\n", ()),
        (f"- {HOLE} forklaring om tidspunktet ændrede sig mellem første og andet opkald.\n",
         (holder.genitive(),)),
        (f"- Samme konto ({phrase}) blev brugt ved en tyverisag hos {g.pick(INSURERS)} i 2024.\n",
         (account,)),
        (f"- Forsikringstagerens egen bil, {HOLE}, stod ifølge en tankkvittering i Tyskland "
         f"samme nat, kl. {g.clock()}.\n", (g.plate(),)),
        (f"- {HOLE} ringede igen {g.short(when + timedelta(days=g.rng.randint(2, 20)))} fra "
         f"{HOLE} og spurgte til udbetalingen.\n",
         (holder.first(), g.phone())),
    ]  # fmt: skip
    g.rng.shuffle(notes)
    for template, items in notes[: g.rng.randint(4, len(notes))]:
        d.add(template, *items)
    if g.chance(0.5):
        d.add(f"- Bilen, som naboen så, holdt ifølge kameraet ved {g.pick(STREETS)}.\n")
    d.add(f"\nIndstilling: Sagen sendes til {insurer}s efterforskningsenhed, og udbetalingen "
          f"stilles i bero. Spørgsmål til skadeafdelingen på {g.org_line()}.\n")  # fmt: skip
    d.add(f"— {HOLE}, taksator\n", adjuster.initial())
    if g.chance(0.5):
        d.add(f"\nOpfølgning {g.short()}: {HOLE} har klaget over afgørelsen til Ankenævnet for "
              f"Forsikring, sag AFF-2026-{g.digits(4)}. {insurer} fastholder afslaget.\n",
              holder.full())  # fmt: skip


def pension_desk(d: Doc, g: Gen) -> None:
    """A pension fund's security desk log of a 'release your pension early' scam."""
    fund = g.pick(PENSION_FUNDS)
    member = g.person(g.pick(("Medlem C", "Medlem 1")), (52, 88))
    relative = g.person(g.pick(("Pårørende 1", "Pårørende A")), (24, 60))
    caller = g.person("[NAVN]", (25, 50))
    desk = g.staff()
    when = g.day()
    minute = g.rng.randint(0, 20)
    hour = g.rng.randint(8, 15)

    def at(step: int) -> str:
        total = minute + step
        return f"kl. {hour + total // 60:02d}.{total % 60:02d}"

    d.add(f"{fund} · Sikkerhedsdesken · hændelse SEC-26-{g.digits(5)}\n")
    d.add(f"Oprettet {g.iso(when)} {hour:02d}:{minute:02d} · behandler: {HOLE}\n\n",
          g.pick((desk.full, desk.comma))())  # fmt: skip
    d.add(f"Medlem: {HOLE}, {g.member()}\n", g.pick((member.full, member.comma))())
    d.add(f"Fødselsdato: {HOLE}\nCPR (oplyst af medlemmet): {HOLE}\n", g.dob(member),
          g.cpr(member))  # fmt: skip
    d.add(f"Telefon (registreret): {HOLE}\n\n", g.phone(0.5))
    fake = g.pick(FAKE_PENSION)
    d.add(f"{at(0)}  Medlemmet ringer ind, urolig. {member.she.capitalize()} er blevet ringet op "
          f"af \"{HOLE}\" "
          f"fra \"{fake}\" på {HOLE}, som tilbød at få {g.kr(90_000, 400_000)} af "
          f"{g.pick(('ratepensionen', 'aldersopsparingen', 'livrenten'))} udbetalt før tid.\n",
          g.pick((caller.first, caller.full))(), g.foreign_phone())  # fmt: skip
    d.add(f"{at(6)}  \"Rådgiveren\" bad om MitID-bruger-id, og medlemmet gav {HOLE}. Derefter "
          f"læste medlemmet to koder op fra kodeviseren: {HOLE} og {HOLE}.\n",
          g.mitid(member), g.otp(), g.otp())  # fmt: skip
    d.add(f"{at(14)}  Vi ser en anmodning om udbetaling af {g.kr(90_000, 400_000)} til den "
          f"udenlandske konto {HOLE}. Anmodningen er stoppet, før den blev gennemført.\n",
          g.iban())  # fmt: skip
    d.add(f"{at(19)}  Identitet bekræftet på {g.masked_cpr(member)} og kontrolspørgsmål. "
          f"Medlemmet har ikke givet kortoplysninger (kort på fil: **** **** **** "
          f"{g.digits(4)}).\n")  # fmt: skip
    if g.chance(0.7):
        kin = g.pick(("datter", "niece") if relative.female else ("søn", "nevø"))
        d.add(f"{at(27)}  {HOLE} ({kin}) ringer fra {HOLE} og "
              f"beder om at blive kontaktperson; mail: {HOLE}. Fuldmagt sendes via e-Boks.\n",
              relative.full(), g.phone(), g.email(relative))  # fmt: skip
    if g.chance(0.5):
        d.add(f"{at(33)}  Medlemmet oplyser, at \"{HOLE}\" også bad om at få tilsendt "
              f"koden {HOLE} på sms, men den kom aldrig frem.\n",
              caller.first(), g.otp())  # fmt: skip
    d.add(f"\nTiltag: udbetalingsstop på {g.policy()}; MitID spærret; anmeldt til "
          f"{g.pick(POLICE)}, {g.journal()}. Medlemmet opfordret til at ringe til "
          f"sikkerhedsdesken på {g.org_line()} ved nye opkald.\n")  # fmt: skip
    d.add(f"Sign.: {HOLE}\n", desk.initial())


def collector_letters(d: Doc, g: Gen) -> None:
    """A victim's complaint quoting a fake debt collector's letter, and the genuine reply."""
    real, fake = g.pick(COLLECTORS), g.pick(FAKE_COLLECTORS)
    victim = g.person(g.pick(("Kunde 2", "Kunde A")))
    alias = g.person("[NAVN]")
    clerk = g.staff()
    home = g.address("two")
    sent = g.day()
    d.add(f"{HOLE}\n{HOLE}\nTlf. {HOLE} · {HOLE}\n\n", g.pick((victim.full, victim.upper))(),
          home, g.phone(), g.email(victim))  # fmt: skip
    d.add(f"{g.pick(TOWNS)[1]}, {g.long(sent)}\n\nTil {real}, kundeservice\n\n")
    d.add(f'Klage over brev fra "{fake}"\n\n')
    d.add(g.pick((
        "Jeg har fået nedenstående brev, som nævner jeres navn nederst. Jeg har aldrig hørt om "
        "regningen og vil gerne vide, om I står bag.\n\n",
        "Min nabo sagde, at brevet ligner svindel. Jeg skriver til jer, fordi jeres navn står i "
        "det, og fordi jeg ikke vil betale noget, jeg ikke skylder.\n\n",
    )))  # fmt: skip
    d.add(f"»{fake.upper()}\nAfdeling for inkasso · {g.cvr()}\n\n")
    d.add(f"{HOLE}\n{HOLE}\n\n", victim.full(), home)
    d.add(f"Skyldner: {HOLE} · sagsnr. {g.ink()}\n",
          g.pick((victim.comma, victim.upper, victim.full))())  # fmt: skip
    d.add(f"Vedr.: ubetalt faktura fra {g.pick(LENDERS)} af {g.short()}\n")
    d.add(f"Hovedstol {g.kr(1_000, 9_000)} + inkassogebyr {g.kr(100, 900)} + renter "
          f"{g.kr(50, 700)}\n")  # fmt: skip
    phrase, account = g.bank()
    d.add(f"Beløbet skal være indbetalt senest {g.short()} på {phrase}", account)
    if g.chance(0.55):
        d.add(f" eller fra udlandet til IBAN {HOLE}", g.iban())
    d.add(". Betales beløbet ikke, sendes sagen til fogedretten og RKI.\n")
    d.add(f"Spørgsmål til sagsbehandler {HOLE} på {HOLE}.\n\nMed venlig hilsen\n{HOLE}, "
          f"inkassomedarbejder«\n\n", alias.full(),
          g.foreign_phone() if g.chance(0.5) else g.phone(0.95), alias.initial())  # fmt: skip
    d.add(f"Svar fra {real}, {g.long(sent + timedelta(days=g.rng.randint(2, 9)))}:\n\n")
    d.add(f"Kære {HOLE}\n\n", victim.first())
    d.add(f"Tak fordi du skrev til os. Brevet er ikke fra os. Vi har {g.cvr()}, vi beder "
          f"aldrig om betaling til konti i udlandet, og vores eneste telefonnummer er "
          f"{g.org_line()}. Der er ingen sag på dig hos os; din henvendelse har referencen "
          f"{g.ink()}.\n")  # fmt: skip
    d.add(g.pick((
        f"Vi har anmeldt brevet til {g.pick(POLICE)} og {COMPANIES[-1]}. Betal ikke.\n",
        "Du skal ikke betale noget. Har du allerede betalt, så kontakt din bank med det samme, "
        "og anmeld det til politiet på 114.\n",
    )))  # fmt: skip
    d.add(f"Vi skriver kun til {HOLE}, hvis du selv beder om det.\n\n", g.email(victim))
    domain = f"{ascii_letters(real.split()[0])}.example.dk"
    d.add(f"Med venlig hilsen\n{HOLE}\n{real} · {HOLE}\n",
          g.pick((clerk.full, clerk.initial))(), g.email(clerk, domain))  # fmt: skip


def quick_loan(d: Doc, g: Gen) -> None:
    """A lender's note on a quick loan taken in a victim's name."""
    lender = g.pick(LENDERS)
    victim = g.person(g.pick(("Låntager 2", "Låntager 1")))
    mule = g.person(g.pick(("Kontohaver B", "[NAVN]")), (21, 30))
    agent = g.staff()
    paid = g.day()
    d.add(f"{lender} · Misbrugsteamet · notat {g.short(paid + timedelta(days=3))}\n")
    d.add(f"Lånenr. {g.loan()} · udbetalt {g.short(paid)} kl. {g.clock()} · {g.kr(5_000, 50_000)}"
          "\n\n")  # fmt: skip
    d.add(f"Ansøger ifølge ansøgningen: {HOLE}, CPR-nr. {HOLE}\n",
          g.pick((victim.full, victim.comma))(), g.cpr(victim))  # fmt: skip
    d.add(f"Adresse i ansøgningen: {HOLE}\n", g.address("one"))
    fraud_mail = g.email(g.person())
    d.add(f"Kontakt i ansøgningen: {HOLE} / {HOLE} (ikke kundens egne)\n", fraud_mail,
          g.phone(0.95))  # fmt: skip
    d.add(f"Log-in: MitID, bruger-id {HOLE}, kl. {g.clock()}\n", g.mitid(victim))
    phrase, account = g.bank()
    d.add(f"Udbetalt til: {phrase} i {g.pick(BANKS)} — kontohaver {HOLE}, ikke ansøger\n",
          account, g.pick((mule.full, mule.comma))())  # fmt: skip
    cvv_cue = g.pick(("CVC", "cvc", "CVV", "kontrolcifre"))
    d.add(f"Oprettelsesgebyr {g.kr(99, 499)} betalt med kort {HOLE}, udløb {HOLE}, {cvv_cue} "
          f"{HOLE}\n\n", g.card(), g.expiry(), g.cvv())  # fmt: skip
    d.add(f"Kundens forklaring (telefon, {HOLE}):\n", g.pick((agent.full, agent.initial))())
    d.add(g.pick((
        f"{HOLE} opdagede lånet, da velkomstbrevet kom i e-Boks. ",
        f"{HOLE} fik en rykker fra os og har aldrig søgt om lån. ",
    )), victim.first())  # fmt: skip
    d.add(f"Dagen før fik kunden en sms om en pakke og tastede kortoplysningerne og en kode "
          f"({HOLE}) ind på en falsk side. ", g.otp())  # fmt: skip
    d.add(f"Kunden kan kontaktes på {HOLE} eller {HOLE}.\n", g.phone(), g.email(victim))
    if g.chance(0.4):
        d.add(f"{HOLE} mor har også fået opkald om et lån; hun kender ikke {HOLE}.\n",
              victim.genitive(), mule.full())  # fmt: skip
    d.add(f"\nVurdering: identitetsmisbrug. Kravet frafaldes, registreringen hos RKI slettes, og "
          f"sagen er anmeldt til {g.pick(POLICE)}, {g.journal()}. Kortet med slutcifrene "
          f"{g.digits(4)} er spærret via {g.pick(BANKS)} ({g.org_line()}).\n")  # fmt: skip


def court_judgement(d: Doc, g: Gen) -> None:
    """A judgement (dom) on insurance fraud: pseudonymised defendants, named judge and lawyers."""
    court = g.pick(COURTS)
    insurer = g.pick(INSURERS)
    judge, prosecutor, clerk = g.staff(), g.staff(), g.staff()
    lay = [g.staff(), g.staff()]
    count = g.rng.randint(1, 3)
    defenders = [g.staff() for _ in range(count)]
    witness = g.person("[NAVN]")
    owner = g.person("[NAVN]", female=False)
    case = f"{g.pick(('SS', 'BS'))}-{g.rng.randint(100, 9999)}/2026"
    d.add("UDSKRIFT AF DOMBOGEN\n\nDOM\n\n")
    verdict = g.day()
    d.add(f"afsagt den {g.long(verdict)} af Retten i {court} i sag {case}:\n\n"
          "Anklagemyndigheden\nmod\n")  # fmt: skip
    for n in range(1, count + 1):
        cue = g.pick(("født", "født", "f."))
        d.add(f"Tiltalte {n}, {cue} {HOLE}\n", g.dob(g.person()))
    d.add(f"\nDommer: {HOLE}. Domsmænd: {HOLE} og {HOLE}. Anklager: {HOLE}.\n",
          g.pick((judge.full, judge.comma))(), lay[0].full(), lay[1].full(),
          prosecutor.full())  # fmt: skip
    for n, defender in enumerate(defenders, 1):
        d.add(f"Forsvarer for Tiltalte {n}: advokat {HOLE}.\n",
              g.pick((defender.full, defender.initial))())  # fmt: skip
    when = g.day() - timedelta(days=300)
    d.add(f"\nAnklageskrift\nTiltalte 1 er tiltalt for forsikringsbedrageri efter straffelovens "
          f"§ 279, ved den {when.day}. {MONTHS[when.month - 1]} {when.year} at have anmeldt et "
          f"fingeret færdselsuheld mellem personbil {HOLE} og varevogn {HOLE} ved "
          f"{g.pick(STREETS)}. {insurer} udbetalte {g.kr(30_000, 300_000)} under skadenr. "
          f"{g.claim()}.\n", g.plate(), g.plate())  # fmt: skip
    if count > 1:
        phrase, account = g.bank()
        d.add(f"Tiltalte 2 er tiltalt for medvirken ved at have stillet sin konto, {phrase}, til "
              f"rådighed for udbetalingen.\n", account)  # fmt: skip
    d.add("\nForklaringer\nTiltalte 1 har forklaret, at uheldet skete som anmeldt, og at "
          "skaderne på bilen ikke var gamle.\n")  # fmt: skip
    d.add(f"Vidnet {HOLE}, taksator hos {insurer}, har forklaret, at skaderne på de to biler ikke "
          f"passer sammen. Vidnet {HOLE} så efter sin rapport ikke bilerne igen.\n",
          witness.full(), witness.surname())  # fmt: skip
    if g.chance(0.6):
        d.add(f"Vidnet {HOLE}, der ejer værkstedet, har forklaret, at varevognen {HOLE} stod "
              f"hos ham med samme skader allerede {g.long(when - timedelta(days=40))}.\n",
              owner.full(), g.plate())  # fmt: skip
    d.add(f"\nRettens begrundelse og afgørelse\nRetten lægger {HOLE} forklaring til grund. "
          f"Tiltalte 1 straffes med fængsel i {g.rng.randint(3, 14)} måneder og skal betale "
          f"{g.kr(30_000, 300_000)} i erstatning til {insurer} ({g.policy()}).\n",
          witness.full_genitive() if g.chance(0.5) else witness.surname())  # fmt: skip
    d.add(f"\nThi kendes for ret:\nTiltalte 1 straffes som anført. Sagsomkostninger betales af "
          f"statskassen.\n\n{HOLE}\n\n", judge.upper())  # fmt: skip
    d.add(f"Udskriftens rigtighed bekræftes. Retten i {court}, {g.short(verdict)}. {HOLE}\n",
          clerk.initial())  # fmt: skip


def email_thread(d: Doc, g: Gen) -> None:
    """An e-mail thread between a family and their bank about a grandmother's pension."""
    bank = g.pick(BANKS)
    domain = f"{ascii_letters(bank.split()[0])}.example.dk"
    grandma = g.person(g.pick(("Kunde 1", "Kunde B")), (78, 96), female=True)
    child = g.person(g.pick(("Pårørende A", "Pårørende 2")), (22, 50))
    sibling = g.person("Pårørende B", (22, 50))
    staff = g.staff()
    caller = g.person("[NAVN]", female=False)
    word = g.pick(("mormor", "farmor", "bedstemor"))
    child_mail, staff_mail, sibling_mail = g.email(child), g.email(staff, domain), g.email(sibling)
    first_sent = g.day()
    reply = first_sent + timedelta(days=1)
    d.add(f"Fra: {HOLE} <{HOLE}>\nSendt: {g.long(reply)} {g.clock(':')}\n", child.full(),
          child_mail)  # fmt: skip
    d.add(f"Til: {HOLE} <{HOLE}>\n", g.pick((staff.comma, staff.full))(), staff_mail)
    if g.chance(0.7):
        d.add(f"Cc: {HOLE} <{HOLE}>\n", sibling.full(), sibling_mail)
    d.add(f"Emne: SV: {word.capitalize()}s pension — overførsel vi ikke kender\n\n")
    d.add(f"Hej {HOLE}\n\nTak for snakken i går. Som lovet får du oplysningerne om min {word}:\n",
          staff.first())  # fmt: skip
    if g.chance(0.5):
        d.add(f"{HOLE}, CPR {HOLE}\n", grandma.full(), g.cpr(grandma))
    else:
        d.add(f"{HOLE}, født {HOLE}, CPR {HOLE}\n", grandma.full(), g.dob(grandma),
              g.cpr(grandma))  # fmt: skip
    d.add(f"{HOLE}\n", g.address("two"))
    d.add(f"Kontoen, pensionen kommer ind på: {HOLE}\n\n",
          Item("BANK_ACCOUNT", f"{g.rng.randint(1100, 9890)}-{g.account().rjust(10, '0')}",
               "[kontonr.]"))  # fmt: skip
    target = g.iban(g.pick(("DK", "", ""))) if g.chance(0.5) else g.bank()
    if isinstance(target, Item):
        d.add(f"Den {g.long(first_sent)} gik der {g.kr(20_000, 150_000)} fra kontoen til "
              f"{HOLE}. ", target)  # fmt: skip
    else:
        d.add(f"Den {g.long(first_sent)} gik der {g.kr(20_000, 150_000)} fra kontoen til "
              f"{target[0]}. ", target[1])  # fmt: skip
    d.add(f"{HOLE} hukommelse er ikke som før, men hun fortæller, at en venlig mand, \"{HOLE}\", "
          f"ringede fra {HOLE} og sagde, at han var fra {bank}. ", grandma.genitive(),
          caller.first(), g.phone(0.9))  # fmt: skip
    if g.chance(0.6):
        d.add(f"Hun læste koden {HOLE} op for ham. ", g.otp())
    d.add(f"Vi har fuldmagt. Ring gerne til mig på {HOLE} eller til {HOLE} på {HOLE}.\n\n",
          g.phone(), sibling.first(), g.phone())  # fmt: skip
    d.add(f"Venlig hilsen\n{HOLE}\n", child.full())
    if g.chance(0.6):
        d.add(f"{HOLE}\n", g.address("two"))
    d.add(f"\n-----Oprindelig meddelelse-----\nFra: {HOLE} <{HOLE}>\n"
          f"Sendt: {g.long(first_sent)} {g.clock(':')}\nTil: {HOLE} <{HOLE}>\n"
          f"Emne: {word.capitalize()}s pension\n\n", staff.full(), staff_mail, child.full(),
          child_mail)  # fmt: skip
    d.add(f"Kære {HOLE}\n\n", child.first())
    d.add(f"Tak for din henvendelse. Af hensyn til din {word}s sikkerhed skal du ikke sende "
          f"CPR-nummer i en almindelig mail — brug sikker post i netbanken. Sagen er oprettet "
          f"under {g.customer()}, og beløbet på {g.kr(20_000, 150_000)} er meldt til "
          f"modtagerbanken. Du kan også ringe til os på {g.org_line()}.\n\n")  # fmt: skip
    d.add(f"Med venlig hilsen\n{HOLE}\n{bank} · Pension og Opsparing\n",
          g.pick((staff.initial, staff.full))())  # fmt: skip


def ocr_note(d: Doc, g: Gen) -> None:
    """An OCR'd handwritten note by an elderly victim of a fake bank call."""
    writer = g.person(g.pick(("Kunde 3", "Kunde C")), (70, 96))
    daughter = g.person(g.pick(("Pårørende 1", "Pårørende C")), (35, 65), female=True)
    caller = g.person("[NAVN]", female=False)
    bank = g.pick(BANKS)
    d.add(f"[OCR · håndskrevet notat · side 1 af 1 · sikkerhed {g.rng.randint(48, 77)} %]\n")
    d.noisy = True
    d.add(f'HUSK!! {g.pick(("tirsdag", "onsdag", "fredag"))} kl. {g.clock()} ringede "banken"\n')
    d.add(f"han sagde han hed {HOLE} fra {bank} sikkerhedsafdeling\n",
          g.pick((caller.upper, caller.first, caller.full))())  # fmt: skip
    d.add(f"nummer: {HOLE}\n", g.phone(0.9))
    d.add(f"han ville have mit cpr {HOLE}\n", g.cpr(writer))
    if g.chance(0.6):
        cue = g.pick(("kontrolcifre", "CVV", "cvc"))
        d.add(f"og kortnummeret {HOLE} udløb {HOLE} {cue} {HOLE}\n", g.card(), g.expiry(),
              g.cvv())  # fmt: skip
    else:
        d.add(f"og kortet — jeg gav ham kun de sidste cifre ******{g.digits(4)}\n")
    d.add(f"koden jeg læste op: {HOLE}\n", g.otp())
    if g.chance(0.7):
        d.add(f"MitID bruger-id: {HOLE}\n", g.mitid(writer))
    phrase, account = g.bank()
    d.add(f"pengene skulle over på en sikker konto {phrase}\n", account)
    d.add(f"{g.kr(5_000, 80_000)} er væk ifølge netbanken {g.short()}\n---\n")
    d.add("mit navn og adresse som på brevet:\n")
    d.add(f"{HOLE}\n{HOLE}\n", g.pick((writer.upper, writer.full))(), g.address("two"))
    if g.chance(0.5):
        d.add(f"f. {HOLE}\n", g.dob(writer))
    d.add(f"tlf {HOLE}\n", g.phone(0.5))
    d.add(f"ring til {HOLE} (datter) {HOLE} hvis der er noget\n",
          g.pick((daughter.first, daughter.upper))(), g.phone())  # fmt: skip
    d.add(f"politiet på 114 -> anmeldt, {g.journal()}\n")
    if g.chance(0.5):
        d.add(f"bankens rigtige nummer {g.org_line()}, de ringer ALDRIG og beder om koder\n")


CHAT_DA = (
    "Hej! Jeg er din personlige lånerådgiver :)",
    "Vi kan hjælpe, selv om du har en RKI-registrering.",
    "Det er helt normalt med et gebyr på forhånd.",
    "Pengene står på din konto i morgen tidlig.",
)
CHAT_EN = (
    "Hello, I work for our partner bank in Lithuania.",
    "Please hurry, the offer expires tonight.",
    "This is a standard security check, no worries.",
    "Our compliance team needs it to release the funds.",
)


def broker_chat(d: Doc, g: Gen) -> None:
    """A chat with a fake loan broker in Danish and English, as exported by the victim."""
    broker_firm = g.pick(FAKE_BROKERS)
    victim = g.person(g.pick(("Låntager 1", "Låntager 3")), (21, 70))
    broker = g.person(g.pick(("Formidler A", "[NAVN]")), (25, 45))
    typed = g.pick((victim.lower, victim.lower_first, victim.full, victim.first))
    shown = g.pick((broker.first, broker.full))
    clock = [g.rng.randint(19, 22), g.rng.randint(0, 30)]

    def line(speaker: Item, template: str, *items: Item) -> None:
        clock[1] += g.rng.randint(0, 3)
        if clock[1] > 59:
            clock[0], clock[1] = clock[0] + 1, clock[1] - 60
        d.add(f"[{clock[0]:02d}:{clock[1]:02d}] {HOLE}: {template}\n", speaker, *items)

    saved = g.day()
    d.add(f"Udskrift af chat gemt af kunden {g.short(saved)} · {broker_firm}\n\n")
    line(shown(), f"{g.pick(CHAT_DA)} Jeg hedder {HOLE} og er fra {broker_firm}.", broker.first())
    line(typed(), g.pick(("hej ja jeg søgte om et lån på ", "hi i need a loan of "))
         + g.kr(20_000, 150_000))  # fmt: skip
    line(shown(), "Super. Hvad er dit fulde navn og CPR-nummer?")
    line(typed(), f"{HOLE} {HOLE}", g.pick((victim.full, victim.lower))(), g.cpr(victim))
    if g.chance(0.6):
        line(typed(), f"min mail er {HOLE} og mit nummer er {HOLE}", g.email(victim), g.phone())
    line(shown(), f"{g.pick(CHAT_EN)} Please send the fee of {g.kr(495, 2_995)} by card: number, "
         "expiry and CVC.")  # fmt: skip
    if g.chance(0.75):
        cue = g.pick(("cvc", "CVC", "CVV"))
        line(typed(), f"{HOLE} {HOLE} {cue} {HOLE}", g.card(), g.expiry(), g.cvv())
    else:
        line(typed(), f"kortet er {HOLE}", g.card())
    line(shown(), "You will get a code by sms now. Send me the code please.")
    line(typed(), HOLE, g.otp())
    if g.chance(0.5):
        line(shown(), "Log ind med MitID så jeg kan se din gæld. Hvad er dit bruger-id?")
        line(typed(), f"det er {HOLE}", g.mitid(victim))
    if g.chance(0.8):
        line(shown(), f"Overfør også depositum til vores EU-konto {HOLE}, det får du retur.",
             g.iban())  # fmt: skip
    line(shown(), f"Ring til mig på WhatsApp {HOLE} hvis der er problemer.", g.foreign_phone())
    line(typed(), g.pick(("ok men hvornår kommer pengene??", "why is my bank calling me?",
                          "min bank siger det er svindel")))  # fmt: skip
    if g.chance(0.5):
        line(shown(), f"Don't listen to them {HOLE}. Trust me.", victim.lower_first())
    d.add(f"\n[Kunden anmeldte chatten til {g.pick(BANKS)} {g.short(saved)} kl. {g.clock()}]\n")


BUILDERS: dict[str, Callable[[Doc, Gen], None]] = {
    "claim_file": claim_file,
    "pension_desk": pension_desk,
    "collector_letters": collector_letters,
    "quick_loan": quick_loan,
    "court_judgement": court_judgement,
    "email_thread": email_thread,
    "ocr_note": ocr_note,
    "broker_chat": broker_chat,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, the genres in turn per kind."""
    rng = random.Random(seed)
    g = Gen(rng)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    turn = {"negative": 0, "positive": 0}
    seen: set[str] = set()
    docs = []
    for i, kind in enumerate(kinds):
        genre = GENRES[turn[kind] % len(GENRES)]
        turn[kind] += 1
        while True:
            doc = Doc(rng, negative=kind == "negative")
            BUILDERS[genre](doc, g)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append({"id": f"pii32-{i:04d}", "genre": genre, "kind": kind, "text": doc.text,
                     "spans": doc.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind32.jsonl"
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
