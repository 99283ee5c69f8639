"""The hundred-and-fourteenth blind, seeded generator of Danish text with labelled personal data.

Written for issue 18 without looking at the recognisers, their word lists or the other
generators' bodies: a held-out test set with its own names, streets, towns and organisations.
Its theme is a VETERINARY CLINIC CHAIN AND PET-SALE SCAMS: fake puppy and kitten sellers, fake
pet-insurance claims, stolen pets "found" and offered back for ransom, and clinic customers
phished by texts in the chain's name. Eight genres, each as the chain's fraud team, an insurer
or the police would write it:
- "booking": the chain's booking-system event log (a customer profile taken over: new phone,
  new e-mail, a card payment, an SMS code, a refund to a new account, a MitID user ID),
- "forsikring": a pet-insurance claim form with a made-up vet invoice (the claimant's name in
  capitals as on the health card, one CPR number, an address block, the payout account),
- "mail": an e-mail thread (Fra:/Til:/Emne:) between the fraud team and a phished customer,
- "chat": a buyers' group chat about a fake puppy or kitten seller ("[14:02] Name: ..."),
- "politi": a police report of a pet-sale scam or a ransom demand for a stolen pet,
- "sagsnotat": the fraud team's case notes on phished clinic customers,
- "opkald": a call note from the chain's fraud hotline,
- "brev": a letter from a clinic, the insurer or the police to a private person.
People are Danes of all ages, Danes with roots elsewhere ("Amina Yusuf Haddad"), hyphenated
given names and double surnames, the clinics' own staff and the scammers' aliases.

Labelling conventions (exact character offsets):
- PERSON: a person's name as written, no title or role word ("dyrlæge", "kunden", "vidne");
  "Lund, Mette" is one span; a genitive s is inside the span ("Mettes"), after a name ending
  in s, x or z the apostrophe is not ("Lars'"); lower-case names typed in a chat, names in
  capitals, initials ("M. Lund") and three-word names all count. A scammer's alias ("Jonas
  fra Dansk Hunderegister") is PERSON, the organisation is not. Pets' names, breeds,
  organisations, products, pseudonyms ("Kunde 1", "Medarbejder A", "Sælger X") and family words
  ("min mand") are never PERSON.
- ADDRESS: a private person's street, number, letter and floor ("Birkevej 12B, 2. th."),
  with ", postcode town" on the same line or the town line of an address block (the line break
  inside the span). A street without a number is no address. The organisations' own
  addresses (ORG_ADDRESSES: clinics, the head office, the insurer, the police) are never
  labelled, wherever they stand (letterheads, signatures, opening hours, "afleveres på" ...).
- CPR: synthetic numbers with a real birth date and a seventh digit fitting the century (0-3
  for the 1900s, 4 for 2000-2005) whose serial makes them FAIL modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year, labelled only straight after "født ", "f. " or "Fødselsdato: ".
- PHONE: 8-digit Danish mobile and landline numbers (never 70 or 80 lines) in the ten written
  forms of the set 30 conventions, the country code inside the span, and foreign numbers from
  the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx" only. The organisations' 70/80
  lines and 114 are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), staff's too.
- BANK_ACCOUNT: "reg-account" written together is one span; after a separate reg.nr. word only
  the account is. IBAN: valid check digits and the country's length, grouped by four or
  compact. CARD: Luhn-valid with a test prefix, grouped or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "cvc" or "kontrolcifre"; OTP a code of 6
  or 8 digits sent, asked for or read out; MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate, spaced ("AB 12 345") or compact ("AB12345").
- Hard negatives, never labelled: booking, claim, invoice, policy and journal numbers, pets'
  microchip numbers ("208 098 100 123 456"), weights, amounts, dates and clock times, CVR
  numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "m***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932", "AB ** ***"), organisations'
  lines and addresses, companies, banks, products, breeds, pets' names, streets without a
  number, family words and pseudonyms. No run of ten or more digits stands outside a labelled
  identifier. Documents of kind "negative" are the same genres pseudonymised: only such values,
  stand-ins ("[NAVN]", "[TLF]") and pseudonyms remain, and no span.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind113 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from itertools import cycle
from pathlib import Path


def _words(text: str, sep: str = " ") -> tuple[str, ...]:
    return tuple(text.split(sep))


SEED = 113
SIZE = 1000
NEGATIVES = 350
GENRES = ("booking", "forsikring", "mail", "chat", "politi", "sagsnotat", "opkald", "brev")
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
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "SE": 24, "PL": 28, "NL": 18, "LT": 20}
MOBILE = _words("20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93")
LANDLINE = _words(
    "32 33 35 36 38 39 43 44 45 46 47 48 49 54 56 57 58 59 62 63 64 65 66 69 72 73 74 75 "
    "76 86 87 89 96 97 98 99"
)

WOMEN = _words(
    "Mette Kirsten Hanne Susanne Lene Camilla Signe Ida Freja Astrid Karen Birthe Gitte "
    "Tove Sofie Emma Nanna Rikke Pernille Trine Malene Dorthe Lærke Asta Vibeke Inger "
    "Bodil Julie Cecilie Mathilde Anne-Mette Lise-Lotte Marie-Louise Fatima Amina Leyla "
    "Zahra Hodan Priya Agnieszka Marta Yasmin Mai Elif Sara Rahel Ewa Linh"
)
MEN = _words(
    "Søren Jens Henrik Niels Anders Mads Rasmus Magnus Oliver William Kasper Ole Poul "
    "Erik Torben Jesper Bent Flemming Kim Allan Claus Morten Emil Noah Villads Aksel "
    "Troels Karl-Johan Jens-Erik Hans-Henrik Ahmad Mohammed Ali Hamza Tariq Kemal Piotr "
    "Tomasz Dragan Yusuf Omar Arjun Mehmet Bilal Duc Samir"
)
SURNAMES = _words(
    "Nørgaard Kjeldsen Bech Dalsgaard Lauritsen Skov Bak Toft Vinther Holst Kragh Lund "
    "Juhl Mølgaard Brandt Krogh Søndergaard Kirkegaard Overgaard Eskildsen Hvid Fogh "
    "Thygesen Damgaard Iversen Mikkelsen Rask Villadsen Bjerre Lykkegaard Abdi Hussein "
    "Yilmaz Kowalski Nowak Nguyen Haddad Rahimi Demir Petrović Sharma Ahmadi Tran Yusuf "
    "Celik Wiśniewski"
)
MIDDLE = ("Skov", "Dam", "Lykke", "Bro", "Kjær", "Munk", "Ravn", "Holm", "Sand", "Vang")
ALIASES = ("Jonas", "Malte", "Rune", "Bjarke", "Tobias", "Kristoffer", "Sune", "Mikael", "Steffen")

STREETS = _words(
    "Birkevej|Kastanjevej|Lærkevej|Syrenvej|Mågevej|Hyldebærvej|Tjørnevej|Rosenvænget"
    "|Egevænget|Skovbrynet|Engtoften|Kløvermarken|Hybenhaven|Solsikkevej|Vibevej|Stærevej"
    "|Ahornvej|Pilealle|Gammel Skolevej|Lille Strandstræde|Mosebuen|Digevej|Fasanvej"
    "|Rævebakken|Bøgelunden|Agerhønevej",
    "|",
)
TOWNS = _words(
    "8000 Aarhus C|8200 Aarhus N|5000 Odense C|9000 Aalborg|7100 Vejle|6000 Kolding"
    "|8600 Silkeborg|4000 Roskilde|3400 Hillerød|4700 Næstved|6700 Esbjerg|8700 Horsens"
    "|7400 Herning|8900 Randers|2800 Kongens Lyngby|2300 København S|2200 København N"
    "|2100 København Ø|4200 Slagelse|5700 Svendborg|6400 Sønderborg|7500 Holstebro"
    "|9800 Hjørring|3000 Helsingør|4300 Holbæk|8800 Viborg|4800 Nykøbing F|4600 Køge"
    "|2630 Taastrup|5500 Middelfart|7000 Fredericia|8680 Ry",
    "|",
)

# The organisations of the theme and their own addresses (never labelled).
ORGS = (
    ("Poteklinikken Aarhus", "Søndergade 41, 8000 Aarhus C"),
    ("Poteklinikken Odense", "Vestre Stationsvej 7, 5000 Odense C"),
    ("Poteklinikken Aalborg", "Østre Havnegade 12, 9000 Aalborg"),
    ("Poteklinikken Roskilde", "Algade 5, 4000 Roskilde"),
    ("Poteklinikken Esbjerg", "Jernbanegade 30, 6700 Esbjerg"),
    ("Poteklinikken A/S, hovedkontoret", "Industrivej 22, 7100 Vejle"),
    ("Trygpote Dyreforsikring", "Lyskær 9, 2730 Herlev"),
    ("Syd- og Sønderjyllands Politi", "Ribe Landevej 27, 6100 Haderslev"),
    ("Østjyllands Politi", "Ridderstræde 1, 8000 Aarhus C"),
    ("Dyreinternatet Nordkysten", "Strandvejen 101, 3060 Espergærde"),
    ("Kæledyrsbutikken Haletudsen", "Torvegade 16, 6700 Esbjerg"),
)
ORG_ADDRESSES = tuple(address for _, address in ORGS)
CLINICS = tuple(org for org, _ in ORGS[:5])
COMPANIES = _words(
    "Poteklinikken A/S|Trygpote Dyreforsikring|Dyreinternatet Nordkysten"
    "|Kæledyrsbutikken Haletudsen|DBA|Dansk Hunderegister|Fødevarestyrelsen|PostNord"
    "|Netto|Facebook Marketplace|Dyrevagten",
    "|",
)
BANKS = _words(
    "Danske Bank|Nordea|Jyske Bank|Sydbank|Arbejdernes Landsbank|Spar Nord|Lunar|Revolut", "|"
)
PRODUCTS = _words(
    "MobilePay|Apple Pay|PotePlan Plus|Bravecto|Frontline Combo|Nobivac DHPPi"
    "|Purizon Adult|Trygpote Basis",
    "|",
)
ORG_LINES = ("70 21 44 90", "80 88 10 10", "70 13 62 62", "80 20 40 60")
ALIAS_UNITS = _words(
    "Dansk Hunderegister|Trygpote Dyreforsikring|Poteklinikkens bogholderi"
    "|Fødevarestyrelsen|Dyreinternatet Nordkysten",
    "|",
)
PETS = _words("Bamse Misse Kvik Simba Nala Fido Basse Pjuske Smilla Tasso Lakrids Mulle")
BREEDS = _words(
    "fransk bulldog|Golden Retriever|Maine Coon|Ragdoll|labrador"
    "|Cavalier King Charles Spaniel|chihuahua|Berner Sennen|pomeranian|britisk korthår"
    "|dværgpuddel|Bengal",
    "|",
)
FAMILY = _words("min mand|min kone|min datter|min søn|min svigermor|barnebarnet|naboen", "|")
PSEUDONYMS = _words(
    "Kunde 1|Kunde 2|Kunde 3|Medarbejder A|Medarbejder B|Vidne 1|Vidne 2|Sælger X", "|"
)
MONTHS = _words(
    "januar februar marts april maj juni juli august september oktober november december"
)
REG = ("1551", "2270", "3409", "4180", "5301", "6610", "7320", "8117", "9570", "0400")
MAIL_DOMAINS = ("example.dk", "example.com", "example.net", "mail.example.dk")
STAFF_DOMAIN = "poteklinik.example.dk"
PSEUDO_POOLS = {
    "kunde": ("Kunde 1", "Kunde 2", "Kunde 3"),
    "staff": ("Medarbejder A", "Medarbejder B"),
    "vidne": ("Vidne 1", "Vidne 2"),
    "sælger": ("Sælger X",),
}

Seg = str | tuple[str, str] | list


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ć": "c", "ś": "s", "é": "e"})
    return "".join(c for c in name.lower().translate(table) if c.isalnum() or c in ".-")


class Person:
    def __init__(self, rng: random.Random, role: str, alias: bool = False) -> None:
        self.rng, self.role = rng, role
        woman = rng.random() < 0.5
        self.first = rng.choice(ALIASES) if alias else rng.choice(WOMEN if woman else MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        last = rng.choice(SURNAMES)
        if rng.random() < 0.2:
            last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
        self.last = last
        self.pseudo = ""
        self._born: date | None = None
        self._phone: str | None = None
        self._mail: str | None = None
        self._address: tuple[str, str] | None = None
        self._cpr: str | None = None

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, kind: str) -> str:
        full = f"{self.first} {self.middle} {self.last}" if self.middle else self.full()
        return {
            "full": self.full(),
            "first": self.first,
            "three": full
            if self.middle
            else f"{self.first} {MIDDLE[len(self.last) % 10]} {self.last}",
            "surname": f"{self.last}, {self.first}",
            "upper": self.full().upper(),
            "lower": self.full().lower(),
            "lowfirst": self.first.lower(),
            "initial": f"{self.first[0]}. {self.last}",
            "midinitial": f"{self.first} {self.last[0]}. {self.last}"
            if "-" in self.last
            else f"{self.first} {(self.middle or 'K')[0]}. {self.last}",
        }[kind]

    def born(self) -> date:
        if self._born is None:
            start = date(1936, 1, 1)
            self._born = start + timedelta(days=self.rng.randrange(0, 25200))
        return self._born

    def cpr_digits(self) -> str:
        if self._cpr is None:
            born = self.born()
            head = born.strftime("%d%m%y")
            seventh = "4" if born.year >= 2000 else self.rng.choice("0123")
            while True:
                digits = head + seventh + f"{self.rng.randrange(1000):03d}"
                if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                    break
            self._cpr = digits
        return self._cpr

    def phone(self) -> str:
        if self._phone is None:
            lead = self.rng.choice(MOBILE if self.rng.random() < 0.75 else LANDLINE)
            self._phone = lead + f"{self.rng.randrange(10**6):06d}"
        return self._phone

    def mail(self) -> str:
        if self._mail is None:
            first = _ascii(self.first).replace("-", "")
            last = _ascii(self.last.split("-")[0])
            local = self.rng.choice(
                (f"{first}.{last}", f"{first}{last[:3]}", f"{first}_{self.born().year}", first)
            )
            if self.role == "staff":
                self._mail = f"{first}.{last}@{STAFF_DOMAIN}"
            else:
                self._mail = f"{local}@{self.rng.choice(MAIL_DOMAINS)}"
        return self._mail

    def address(self) -> tuple[str, str]:
        if self._address is None:
            rng = self.rng
            street = f"{rng.choice(STREETS)} {rng.randint(1, 98)}"
            if rng.random() < 0.2:
                street += rng.choice("ABCD")
            if rng.random() < 0.35:
                floor = rng.randint(1, 5)
                street += rng.choice(
                    (", st.", f", {floor}. th.", f", {floor}. tv.", f", {floor}. mf.")
                )
            self._address = (street, rng.choice(TOWNS))
        return self._address


class Doc:
    """A document under construction: text segments, some of them labelled."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0
        self.used: dict[str, int] = {}

    # -- writing -----------------------------------------------------------------------------
    def w(self, *segments: Seg) -> Doc:
        for seg in segments:
            if isinstance(seg, list):
                self.w(*seg)
            elif isinstance(seg, tuple):
                value, kind = seg
                self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
                self._add(value)
            else:
                self._add(seg)
        return self

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    # -- people ------------------------------------------------------------------------------
    def person(self, role: str, alias: bool = False) -> Person:
        p = Person(self.rng, role, alias)
        pool = PSEUDO_POOLS[role]
        n = self.used.get(role, 0)
        self.used[role] = n + 1
        p.pseudo = pool[min(n, len(pool) - 1)]
        return p

    def nm(self, p: Person, kind: str = "full") -> Seg:
        if self.neg:
            return p.pseudo
        return (p.form(kind), "PERSON")

    def gen(self, p: Person, kind: str = "full") -> Seg:
        """The genitive: "Mettes", "Lars'"."""
        if self.neg:
            return p.pseudo + "'s"
        name = p.form(kind)
        if name[-1] in "sxzSXZ":
            return [(name, "PERSON"), "'"]
        return (name + "s", "PERSON")

    def anyform(self, p: Person) -> Seg:
        kind = self.rng.choice(
            ("full", "full", "first", "three", "surname", "upper", "initial", "midinitial", "lower")
        )
        return self.nm(p, kind)

    def alias(self, p: Person) -> Seg:
        unit = self.rng.choice(ALIAS_UNITS)
        if self.neg:
            return f"udgav sig for at være en medarbejder fra {unit}"
        return ["udgav sig for at være ", (p.first, "PERSON"), f" fra {unit}"]

    # -- identifiers -------------------------------------------------------------------------
    def cpr(self, p: Person) -> Seg:
        d = p.cpr_digits()
        if self.neg:
            return self.rng.choice(("[CPR]", d[:6] + "-xxxx"))
        form = self.rng.randrange(4)
        value = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        return (value[form], "CPR")

    def dob(self, p: Person) -> Seg:
        b = p.born()
        if self.neg:
            return "**.**.****"
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return (value, "DATE_OF_BIRTH")

    def phone(self, p: Person | None = None, foreign: bool = False) -> Seg:
        rng = self.rng
        if foreign or (p is None and rng.random() < 0.25):
            if self.neg:
                return "+44 7700 900***"
            if rng.random() < 0.5:
                return (f"+44 7700 900{rng.randrange(1000):03d}", "PHONE")
            return (f"+46 70 174 06 {rng.randint(5, 99):02d}", "PHONE")
        n = p.phone() if p else Person(rng, "kunde").phone()
        if self.neg:
            return rng.choice(("[TLF]", f"+45 ** ** ** {n[-2:]}"))
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        forms = (
            f"+45 {n}",
            f"+45 {a} {b} {c} {d}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {d}",
            f"0045 {n}",
            f"{a} {b} {c} {d}",
            n,
            f"+45{n}",
            f"{a}.{b}.{c}.{d}",
        )
        return (rng.choice(forms), "PHONE")

    def mail(self, p: Person) -> Seg:
        m = p.mail()
        if self.neg:
            return self.rng.choice(("[e-mail]", m[0] + "***@" + m.split("@")[1]))
        return (m, "EMAIL")

    def masked_mail(self, p: Person) -> str:
        m = p.mail()
        return m[0] + "***@" + m.split("@")[1]

    def address(self, p: Person, style: str = "one") -> Seg:
        """style: "one" (street, town on one line), "block" (two lines) or "street"."""
        street, town = p.address()
        if self.neg:
            return "[ADRESSE]"
        value = {"one": f"{street}, {town}", "block": f"{street}\n{town}", "street": street}
        return (value[style], "ADDRESS")

    def account(self) -> Seg:
        rng = self.rng
        reg = rng.choice(REG)
        acct = (
            f"{rng.randrange(10**9, 10**10):010d}"
            if rng.random() < 0.6
            else str(rng.randrange(10**6, 10**7))
        )
        if self.neg:
            return rng.choice(("[kontonr.]", f"******{acct[-4:]}"))
        style = rng.randrange(4)
        if style == 0:
            return (f"{reg}-{acct}", "BANK_ACCOUNT")
        if style == 1:
            return (f"{reg} {acct}", "BANK_ACCOUNT")
        if style == 2:
            return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT")]
        return [f"reg. {reg} konto ", (acct, "BANK_ACCOUNT")]

    def iban(self) -> Seg:
        rng = self.rng
        country = rng.choice(tuple(IBAN_LENGTH))
        length = IBAN_LENGTH[country]
        if country == "GB":
            bban = rng.choice(("NWBK", "MIDL", "BARC")) + "".join(
                rng.choice("0123456789") for _ in range(length - 8)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
        number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        if self.neg:
            return f"{country}{compact[2:4]}XXXXXXXXXX{compact[-4:]}"
        return (grouped(compact) if rng.random() < 0.6 else compact, "IBAN")

    def card(self) -> Seg:
        rng = self.rng
        body = rng.choice(TEST_PREFIXES)
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
        for check in "0123456789":
            digits = body + check
            total = sum(
                n // 10 + n % 10
                for n in (int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits)))
            )
            if total % 10 == 0:
                break
        if self.neg:
            return rng.choice(("**** **** **** " + digits[-4:], "******" + digits[-4:]))
        return (grouped(digits) if rng.random() < 0.6 else digits, "CARD")

    def expiry(self) -> Seg:
        rng = self.rng
        if self.neg:
            return "**/**"
        month, year = rng.randint(1, 12), rng.randint(26, 31)
        return (
            f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}",
            "CARD_EXPIRY",
        )

    def cvv(self) -> Seg:
        cue = self.rng.choice(("CVV", "CVC", "cvc", "kontrolcifre"))
        if self.neg:
            return f"{cue} ***"
        return [f"{cue} ", (f"{self.rng.randrange(1000):03d}", "CARD_CVV")]

    def otp(self) -> Seg:
        if self.neg:
            return "[kode]"
        n = self.rng.choice((6, 6, 8))
        return (f"{self.rng.randrange(10**n):0{n}d}", "OTP")

    def mitid(self, p: Person) -> Seg:
        if self.neg:
            return "[fjernet]"
        base = _ascii(self.rng.choice((p.first, p.last.split("-")[0]))).replace("-", "")
        base = "".join(c for c in base if c.isalpha())
        tail = self.rng.choice((f"{p.born().year % 100:02d}", str(p.born().year)))
        if p.born().year > 2005:
            tail = f"{p.born().year % 100:02d}"
        return (base + self.rng.choice(("", "hund", "kat", "pote")) + tail, "MITID_USER")

    def plate(self) -> Seg:
        rng = self.rng
        letters = rng.choice("ABCEHJKLMNPRSTUVXYZ") + rng.choice("ABCEHJKLMNPRSTUVXYZ")
        digits = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
        if self.neg:
            return f"{letters} ** ***"
        if rng.random() < 0.7:
            return (f"{letters} {digits[:2]} {digits[2:]}", "NUMBER_PLATE")
        return (f"{letters}{digits}", "NUMBER_PLATE")

    # -- hard negatives ----------------------------------------------------------------------
    def amount(self) -> str:
        rng = self.rng
        kroner = rng.choice((450, 1250, 2995, 3500, 4500, 6500, 7800, 8995, 12500, 15000))
        text = f"{kroner:,}".replace(",", ".")
        return rng.choice((f"{text} kr.", f"{text},00 kr.", f"kr. {text}"))

    def chip(self) -> str:
        n = f"{self.rng.randrange(10**12):012d}"
        return f"208 {n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"

    def pet(self) -> str:
        kind = self.rng.choice(("hvalpen", "hunden", "katten", "killingen"))
        return f"{kind} {self.rng.choice(PETS)}"

    def breed(self) -> str:
        return self.rng.choice(BREEDS)

    def day(self) -> str:
        return f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 11):02d}.2026"

    def iso(self) -> str:
        return f"2026-{self.rng.randint(1, 11):02d}-{self.rng.randint(1, 28):02d}"

    def clock(self) -> str:
        return f"{self.rng.randint(7, 21):02d}.{self.rng.randrange(60):02d}"

    def ref(self, kind: str) -> str:
        rng = self.rng
        return {
            "booking": f"BOOK-{rng.randrange(10**6):06d}",
            "claim": f"SKD-26-{rng.randrange(10**5):05d}",
            "invoice": f"FAKT 2026-{rng.randrange(10**5):05d}",
            "policy": f"PV-{rng.randrange(10**6):06d}",
            "journal": f"3700-84-{rng.randrange(10**5):05d}-26",
            "case": f"SV-26-{rng.randrange(10**4):04d}",
        }[kind]

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def org(self, clinic: bool = False) -> tuple[str, str]:
        return self.rng.choice(ORGS[:5] if clinic else ORGS)

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def org_frame(self) -> str:
        """A sentence naming an organisation's own address."""
        name, address = self.org(clinic=self.rng.random() < 0.7)
        frames = (
            f"Mødested: {name}, {address}.",
            f"Dyret kan afleveres på {address} alle hverdage kl. 8-18.",
            f"Det drejer sig om vores afdeling på {address}.",
            f"Åbent man-fre 8-17, lør 9-13 · {address}",
            f"Kom forbi {name} på {address}, så scanner vi chippen gratis.",
            f"Vejviser: fra motorvejen følg skiltene mod centrum; {name} ligger på "
            f"{address}, ved siden af Netto.",
            f"Afsender: {name}, {address}",
            f"Originalfakturaen kan hentes i receptionen, {address}.",
            f"Henvendelse kan også ske personligt på {address}.",
        )
        return self.rng.choice(frames)

    def street_only(self) -> str:
        return f"ved {self.rng.choice(STREETS)}" + self.rng.choice((".", ","))

    def family(self) -> str:
        return self.rng.choice(FAMILY)

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p


# -- the eight genres -----------------------------------------------------------------------


def _booking(d: Doc) -> None:
    rng = d.rng
    cust, staff = d.person("kunde"), d.person("staff")
    clinic, address = d.org(clinic=True)
    ref, iso = d.ref("booking"), d.iso()
    minute = rng.randint(7 * 60, 19 * 60)

    def ts() -> str:
        nonlocal minute
        minute += rng.randint(1, 4)
        return f"{iso} {minute // 60:02d}:{minute % 60:02d}:{rng.randrange(60):02d}  {ref}  "

    d.w(f"Bookingsystem · {clinic} · hændelseslog (uddrag)\n")
    if d.maybe(0.5):
        d.w(f"Klinikkens adresse: {address} · {d.cvr()}\n")
    d.w(
        "\n",
        ts(),
        "profil åbnet af ",
        d.nm(cust, rng.choice(("full", "upper", "surname"))),
        ", tlf. ",
        d.phone(cust),
        "\n",
    )
    d.w(
        ts(),
        f"dyr: {d.pet()} ({d.breed()}), chipnr. {d.chip()}, vægt {rng.randint(2, 39)},"
        f"{rng.randint(0, 9)} kg\n",
    )
    events = [
        lambda: d.w(ts(), "e-mail ændret fra ", d.masked_mail(cust), " til ", d.mail(cust), "\n"),
        lambda: d.w(ts(), "telefon ændret til ", d.phone(foreign=True), " (ukendt for kunden)\n"),
        lambda: d.w(ts(), "adresse ændret til ", d.address(cust, "one"), "\n"),
        lambda: d.w(ts(), "login via MitID, bruger-ID ", d.mitid(cust), "\n"),
        lambda: d.w(
            ts(),
            f"betaling {d.amount()} kort ",
            d.card(),
            " udløb ",
            d.expiry(),
            " ",
            d.cvv(),
            "\n",
        ),
        lambda: d.w(ts(), "SMS-engangskode ", d.otp(), " sendt til ", d.phone(cust), "\n"),
        lambda: d.w(ts(), f"refusion {d.amount()} anmodet til ", d.account(), "\n"),
        lambda: d.w(ts(), f"kort **** **** **** {rng.randrange(10**4):04d} afvist (3-D Secure)\n"),
        lambda: d.w(
            ts(),
            "note fra ",
            d.nm(staff, "initial"),
            ": kunden ringede fra ",
            d.phone(cust),
            " og kender ikke ændringerne\n",
        ),
        lambda: d.w(ts(), f"faktura {d.ref('invoice')} sendt til ", d.mail(cust), "\n"),
        lambda: d.w(
            ts(), "afhentning aftalt; bil ", d.plate(), " holdt ", d.street_only()[:-1], "\n"
        ),
    ]
    for event in rng.sample(events, rng.randint(5, 8)):
        event()
    d.w(
        ts(),
        "sag oprettet hos svindelteamet, ansvarlig ",
        d.nm(staff, "full"),
        " (",
        d.mail(staff),
        ")\n",
    )
    if d.maybe(0.5):
        d.w(d.org_frame(), "\n")


def _forsikring(d: Doc) -> None:
    rng = d.rng
    cust, staff = d.person("kunde"), d.person("staff")
    insurer = "Trygpote Dyreforsikring"
    clinic, caddr = d.org(clinic=True)
    d.w(f"SKADEANMELDELSE – {insurer}\n")
    d.w(f"Skadenr.: {d.ref('claim')}   Police nr.: {d.ref('policy')}   Modtaget {d.day()}\n\n")
    d.w("Forsikringstager (blokbogstaver): ", d.nm(cust, "upper"), "\n")
    d.w("CPR-nr.: ", d.cpr(cust), "\n")
    if d.maybe(0.5):
        d.w("Fødselsdato: ", d.dob(cust), "\n")
    d.w("Adresse:\n", d.address(cust, "block"), "\n")
    d.w("Telefon: ", d.phone(cust), "\nE-mail: ", d.mail(cust), "\n")
    d.w(f"Dyr: {d.pet()}, {d.breed()}, chipnr. {d.chip()}\n")
    d.w(f"Behandlende dyrlæge: {clinic}, {caddr}\n")
    d.w(f"Faktura: {d.ref('invoice')} på {d.amount()} dateret {d.day()}\n")
    d.w("Udbetaling til: ", d.account() if d.maybe(0.7) else d.iban(), "\n\n")
    d.w("Sagsbehandlers note (", d.nm(staff, "initial"), "): ")
    d.w(
        rng.choice(
            (
                f"Klinikken bekræfter ikke fakturaen; {clinic} har ingen journal på dyret. ",
                "Fakturaen er redigeret i et billedprogram, og chipnummeret findes ikke. ",
                "Samme faktura er indsendt tidligere under en anden police. ",
            )
        )
    )
    d.w("Forsikringstager oplyste i telefonen, at ", d.family(), " havde indsendt kravet. ")
    if d.maybe(0.4):
        d.w("Den oplyste konto tilhører ifølge banken ", d.nm(d.person("sælger"), "surname"), ". ")
    d.w(f"Sagen sendes til kontrolenheden, {insurer}, {ORG_ADDRESSES[6]}.\n")


def _mail(d: Doc) -> None:
    rng = d.rng
    cust, staff, seller = d.person("kunde"), d.person("staff"), d.person("sælger", alias=True)
    clinic, address = d.org(clinic=True)
    case = d.ref("case")
    d.w("Fra: ", d.nm(staff, "full"), " <", d.mail(staff), ">\n")
    d.w("Til: ", d.mail(cust), "\n")
    if d.maybe(0.5):
        colleague = d.person("staff")
        d.w(
            "Cc: ", d.nm(colleague, rng.choice(("full", "initial"))), " <", d.mail(colleague), ">\n"
        )
    d.w(f"Dato: {d.day()} kl. {d.clock()}\nEmne: SV: Sag {case} – SMS i Poteklinikkens navn\n\n")
    d.w("Kære ", d.nm(cust, "first"), "\n\n")
    d.w(
        f"Tak for din henvendelse om beskeden om vaccination af {d.pet()}. Poteklinikken beder "
        "aldrig om kortoplysninger pr. SMS, og vi ringer aldrig fra andre numre end ",
        d.org_line(),
        ".\n",
    )
    d.w("Du skrev, at en person ", d.alias(seller), " og bad om koden ", d.otp(), ". ")
    d.w(
        "Vi har spærret din profil og lagt en note på ",
        d.gen(cust, rng.choice(("first", "full"))),
        " kundekort.\n",
    )
    if d.maybe(0.5):
        d.w(
            "Kortet, der blev brugt (",
            d.card(),
            ", udløb ",
            d.expiry(),
            f"), bør spærres hos {rng.choice(BANKS)}.\n",
        )
    if d.maybe(0.5):
        d.w(d.org_frame(), "\n")
    d.w(
        "\nVenlig hilsen\n",
        d.nm(staff, "full"),
        f"\nSvindelteamet, {clinic}\n",
        f"{address} · tlf. {d.org_line()}\n\n",
    )
    d.w("> Fra: ", d.nm(cust, rng.choice(("full", "lower", "three"))), " <", d.mail(cust), ">\n")
    d.w(f"> Sendt: {d.day()} {d.clock()}\n")
    d.w(
        "> Hej. Jeg fik en SMS om at ",
        d.pet(),
        " manglede en vaccine og betalte ",
        d.amount(),
        " via linket. Bagefter ringede en fra ",
        d.phone(foreign=d.maybe(0.5)),
        ". ",
    )
    d.w(
        rng.choice(("Jeg gav ham mit kortnummer ", "Jeg tastede kortet ")),
        d.card(),
        " og ",
        d.cvv(),
        ".\n",
    )
    if d.maybe(0.5):
        d.w(
            "> Pengene skulle tilbage til ",
            d.iban() if d.maybe(0.5) else d.account(),
            ", sagde han.\n",
        )
    d.w(
        "> Jeg bor på ",
        d.address(cust, rng.choice(("one", "street"))),
        ", og ",
        d.family(),
        " kan bekræfte det. Mit nummer er ",
        d.phone(cust),
        ".\n",
    )
    d.w("> Mvh ", d.nm(cust, rng.choice(("first", "lowfirst", "full"))), "\n")


CHAT_LINES: tuple[Callable[[Doc, Person, Person, Person, Person], list], ...] = (
    lambda d, a, s, c, o: ["Jeg har også købt en hvalp af sælgeren, ", d.gen(s, "first"),
                        " annonce på DBA lignede alle de andre"],
    lambda d, a, s, c, o: ["Han ringede fra ", d.phone(s, foreign=True), " og talte engelsk"],
    lambda d, a, s, c, o: ["Jeg overførte depositum ", d.amount(), " til ", d.account()],
    lambda d, a, s, c, o: ["Til mig gav han en anden konto: ", d.iban()],
    lambda d, a, s, c, o: ["Bilen ved overdragelsen var en grå varevogn med pladen ", d.plate()],
    lambda d, a, s, c, o: ["Mødestedet var ", d.address(s, "one"), ", men der boede en anden"],
    lambda d, a, s, c, o: ["Han sendte et billede af pas med navnet ", d.nm(s, "upper")],
    lambda d, a, s, c, o: ["Han ", d.alias(s), " og sagde at ", d.pet(), " skulle have chip"],
    lambda d, a, s, c, o: ["Skriv til mig på ", d.mail(a), " så samler vi det til politiet"],
    lambda d, a, s, c, o: ["Mit nummer er ", d.phone(a), ", ring gerne"],
    lambda d, a, s, c, o: ["Jeg har anmeldt det, journalnr. ", d.ref("journal")],
    lambda d, a, s, c, o: ["Jeg tastede sgu mit kort ", d.card(), " udl. ", d.expiry(), " og ",
                        d.cvv(), " ind på hans side"],
    lambda d, a, s, c, o: ["Banken spurgte efter koden ", d.otp(), " og den gav jeg ham"],
    lambda d, a, s, c, o: [d.nm(c, "first"), " fra Poteklinikken sagde at chipnr. ", d.chip(),
                        " ikke findes"],
    lambda d, a, s, c, o: ["Han kaldte sig ", d.nm(s, "full"), " over for mig, men ",
                        d.nm(s, "lowfirst"), " over for ", d.family()],
    lambda d, a, s, c, o: ["Det var ", d.pet(), " af racen ", d.breed(), ", til ", d.amount()],
    lambda d, a, s, c, o: ["Vi mødtes ", d.street_only()[:-1], ", og han tog kontanter"],
    lambda d, a, s, c, o: ["Spørg ", d.nm(o, "surname"), ", der har skærmbilleder af det hele"],
    lambda d, a, s, c, o: ["Kameraet fangede nummerpladen ", d.plate(), " kl. ", d.clock()],
    lambda d, a, s, c, o: ["Han ville have ", d.amount(), " via ", d.rng.choice(PRODUCTS[:2]),
                        " til ", d.phone(s)],
)  # fmt: skip

STAFF_LINES: tuple[Callable[[Doc, Person, Person, Person, Person], list], ...] = (
    lambda d, a, s, c, o: ["Poteklinikken skriver aldrig efter kortoplysninger, ring til os på ",
                           d.org_line()],
    lambda d, a, s, c, o: ["Chipnr. ", d.chip(), " er ikke registreret hos os"],
    lambda d, a, s, c, o: ["Send gerne sælgerens nummer ", d.phone(s), " til mig, så spærrer vi"],
    lambda d, a, s, c, o: ["Papirerne kan afleveres hos os på ", d.rng.choice(ORG_ADDRESSES[:5])],
    lambda d, a, s, c, o: [d.nm(o, "first"), " har ringet til os, sagen er ", d.ref("case")],
    lambda d, a, s, c, o: ["Skriv direkte til mig på ", d.mail(a)],
    lambda d, a, s, c, o: ["Vi har set samme konto ", d.account(), " i tre andre sager"],
)  # fmt: skip


def _chat(d: Doc) -> None:
    rng = d.rng
    clinic_staff = d.person("staff")
    seller = d.person("sælger", alias=True)
    buyers = [d.person("kunde") for _ in range(rng.randint(2, 3))]
    witness = d.person("vidne") if d.maybe(0.6) else None
    people = [*buyers, clinic_staff] + ([witness] if witness else [])
    display = {}
    for p in people:
        kind = rng.choice(
            ("full", "full", "first", "lower", "lowfirst", "upper", "three", "midinitial")
        )
        display[id(p)] = d.nm(p, kind)
    d.w(
        rng.choice(
            (
                "Messenger-gruppe «Snydt af hvalpesælger»",
                "Gruppechat: Killingekøb – pas på",
                "Facebook-gruppe, privat chat: Falsk opdrætter",
            )
        ),
        f" · eksport {d.day()}\n",
    )
    if d.maybe(0.45):
        name, address = d.org(clinic=True)
        d.w(
            rng.choice(
                (
                    f"Fastgjort besked: {name} scanner chips gratis, kom forbi {address}.",
                    f"Fastgjort: mødested for anmeldelser er {name}, {address}, lørdag kl. 10.",
                    f"Fastgjort: afleveres på {address} ({name}), spørg efter svindelteamet.",
                )
            ),
            "\n",
        )
    minute = rng.randint(8 * 60, 21 * 60)
    lines = cycle(rng.sample(CHAT_LINES, len(CHAT_LINES)))
    staff_lines = cycle(rng.sample(STAFF_LINES, len(STAFF_LINES)))
    for i in range(rng.randint(13, 16)):
        minute += rng.randint(0, 3)
        speaker = people[i % len(people)] if i < len(people) else rng.choice(people)
        other = rng.choice([p for p in people if p is not speaker and p is not clinic_staff])
        d.w(f"[{minute // 60:02d}:{minute % 60:02d}] ", display[id(speaker)], ": ")
        write = next(staff_lines) if speaker is clinic_staff else next(lines)
        d.w(write(d, speaker, seller, clinic_staff, other), "\n")


def _politi(d: Doc) -> None:
    rng = d.rng
    victim, seller, officer = d.person("kunde"), d.person("sælger", alias=True), d.person("staff")
    witness = d.person("vidne")
    police, paddr = ORGS[rng.choice((7, 8))]
    d.w(
        f"POLITIANMELDELSE · {police}\nJournalnr.: {d.ref('journal')}   Anmeldt: {d.day()} "
        f"kl. {d.clock()}\n"
    )
    d.w(
        "Anmelder: ",
        d.nm(victim, rng.choice(("surname", "upper", "full"))),
        ", født ",
        d.dob(victim),
        "\n",
    )
    d.w("CPR: ", d.cpr(victim), "\n")
    d.w("Bopæl: ", d.address(victim, rng.choice(("one", "one", "street"))), "\n")
    d.w("Tlf.: ", d.phone(victim), "   E-mail: ", d.mail(victim), "\n\n")
    if d.maybe(0.5):
        d.w(
            "Forklaring: Anmelder så en annonce for ",
            d.pet(),
            f" ({d.breed()}) og aftalte købet med en sælger, der kaldte sig ",
            d.nm(seller, "full"),
            ". ",
        )
        d.w(f"Anmelder overførte {d.amount()} til ", d.account(), ". ")
    else:
        d.w(
            f"Forklaring: Anmelders hund forsvandt {d.street_only()[:-1]}. Dagen efter "
            "skrev en person, at dyret var fundet, og krævede ",
            d.amount(),
            ' i "findeløn" til ',
            d.iban() if d.maybe(0.5) else d.account(),
            ". ",
        )
    d.w("Personen ", d.alias(seller), " og ringede fra ", d.phone(seller, d.maybe(0.4)), ". ")
    d.w("Et køretøj med reg.nr. ", d.plate(), " blev set ved overdragelsen.\n")
    d.w(
        "Vidne: ",
        d.nm(witness, rng.choice(("full", "three", "surname"))),
        ", f. ",
        d.dob(witness),
        "\n",
        d.address(witness, "block"),
        "\n",
    )
    if d.maybe(0.4):
        second = d.person("vidne")
        d.w(
            "Vidne: ",
            d.nm(second, rng.choice(("full", "upper", "initial"))),
            ", tlf. ",
            d.phone(second),
            ", ",
            d.address(second, "one"),
            "\n",
        )
    d.w(f"Chipnr. på dyret: {d.chip()}. Kontoen er tidligere set i sag {d.ref('journal')}.\n")
    d.w("Modtaget af: ", d.nm(officer, rng.choice(("initial", "full"))), f", {police}, {paddr}\n")


def _sagsnotat(d: Doc) -> None:
    rng = d.rng
    cust, staff, other = d.person("kunde"), d.person("staff"), d.person("kunde")
    scammer = d.person("sælger", alias=True)
    d.w(f"Sagsnotat {d.ref('case')} · svindelteamet · Poteklinikken A/S\n")
    d.w(f"Oprettet {d.day()} af ", d.nm(staff, rng.choice(("initial", "full", "upper"))), "\n\n")
    notes = [
        lambda: d.w(
            "- Kunde: ",
            d.nm(cust, rng.choice(("surname", "three", "full"))),
            ", f. ",
            d.dob(cust),
            ", CPR ",
            d.cpr(cust),
            "\n",
        ),
        lambda: d.w(
            '- Kunden modtog SMS fra "Poteklinik" om ubetalt vaccination og '
            "loggede ind med MitID-bruger-ID ",
            d.mitid(cust),
            " på falsk side\n",
        ),
        lambda: d.w(
            "- Derefter ringede en, der ", d.alias(scammer), ", og fik koden ", d.otp(), "\n"
        ),
        lambda: d.w(
            "- Kort ",
            d.card(),
            " (",
            d.expiry(),
            ", ",
            d.cvv(),
            ") misbrugt for ",
            d.amount(),
            f" hos {rng.choice(COMPANIES[3:5])}\n",
        ),
        lambda: d.w(
            "- Ny adresse i profilen: ",
            d.address(other, "one"),
            " (tilhører ",
            d.nm(other, rng.choice(("full", "initial"))),
            ")\n",
        ),
        lambda: d.w(
            "- ",
            d.gen(cust, rng.choice(("first", "full"))),
            " telefon ",
            d.phone(cust),
            " er bekræftet; ",
            d.family(),
            " ringede også\n",
        ),
        lambda: d.w(
            f"- Tidligere maskeret i systemet: {cust.cpr_digits()[:6]}-xxxx og "
            f"{d.masked_mail(cust)}\n"
        ),
        lambda: d.w("- Overførsel til ", d.account(), " stoppet af ", rng.choice(BANKS), "\n"),
        lambda: d.w("- Afhentning af foder: bil ", d.plate(), " set på klinikkens kamera\n"),
        lambda: d.w(f"- Dyr: {d.pet()}, chipnr. {d.chip()}, ikke berørt\n"),
        lambda: d.w("- Kontakt via ", d.mail(cust), " og ", d.phone(cust), "\n"),
    ]
    for note in rng.sample(notes, rng.randint(6, 9)):
        note()
    if d.maybe(0.55):
        d.w(d.org_frame(), "\n")
    d.w(f"Status: afventer politiet ({d.ref('journal')}). Næste opfølgning kl. {d.clock()}.\n")


def _opkald(d: Doc) -> None:
    rng = d.rng
    caller, staff, scammer = d.person("kunde"), d.person("staff"), d.person("sælger", alias=True)
    d.w(f"Opkaldsnotat · svindellinjen {d.org_line()} · {d.day()} kl. {d.clock()}\n")
    d.w("Modtaget af: ", d.nm(staff, rng.choice(("full", "initial", "first"))), "\n")
    d.w(
        "Opkalder: ",
        d.nm(caller, rng.choice(("full", "surname", "upper", "three"))),
        ", ringede fra ",
        d.phone(caller),
        "\n",
    )
    if d.maybe(0.6):
        d.w("Fødselsdato: ", d.dob(caller), "\n")
    d.w(
        "Opkalder fortæller, at ",
        d.pet(),
        " blev stjålet fra haven ",
        d.street_only()[:-1],
        ", og at en person bagefter krævede ",
        d.amount(),
        " for at levere dyret tilbage. ",
    )
    d.w("Personen ", d.alias(scammer), ". ")
    if d.maybe(0.6):
        d.w(
            "Opkalder har givet sit MitID-bruger-ID ",
            d.mitid(caller),
            " og koden ",
            d.otp(),
            " til personen. ",
        )
    if d.maybe(0.5):
        d.w("Betalt med kort ", d.card(), ", udløb ", d.expiry(), ", ", d.cvv(), ". ")
    if d.maybe(0.5):
        d.w("Pengene gik til ", d.iban() if d.maybe(0.5) else d.account(), ". ")
    if d.maybe(0.5):
        d.w("Bil set i området: ", d.plate(), ". ")
    d.w(
        "Opkalder bor på ",
        d.address(caller, rng.choice(("one", "street"))),
        " og kan nås på ",
        d.mail(caller),
        ".\n",
    )
    d.w(
        f"Chipnr. {d.chip()} er spærret i registret. Henvist til politiet på 114 og til "
        f"{rng.choice(BANKS)}.\n"
    )
    if d.maybe(0.5):
        d.w(d.org_frame(), "\n")
    d.w("Opfølgning: ", d.nm(staff, "first"), " ringer tilbage på ", d.phone(caller), ".\n")


def _brev(d: Doc) -> None:
    rng = d.rng
    cust, staff = d.person("kunde"), d.person("staff")
    name, address = d.org(clinic=d.maybe(0.6))
    d.w(f"{name}\n{address}\nTlf. {d.org_line()} · {d.cvr()}\n\n")
    d.w(
        d.nm(cust, rng.choice(("full", "three", "upper", "full"))),
        "\n",
        d.address(cust, "block"),
        "\n\n",
    )
    d.w(f"{d.day()}\nVores ref.: {d.ref(rng.choice(('case', 'claim', 'journal')))}\n\n")
    d.w("Kære ", d.nm(cust, rng.choice(("full", "first"))), "\n\n")
    d.w(
        rng.choice(
            (
                "Vi har modtaget din anmeldelse af en falsk hvalpesælger. ",
                "Din dyreforsikring er blevet brugt til et krav, du ikke selv har indsendt. ",
                "Din profil hos Poteklinikken har været misbrugt efter en falsk SMS. ",
            )
        )
    )
    d.w(
        "Vi har noteret din fødselsdato (født ",
        d.dob(cust),
        ") og dit telefonnummer ",
        d.phone(cust),
        ". ",
    )
    if d.maybe(0.5):
        d.w("Beløbet ", d.amount(), " vil blive tilbageført til ", d.account(), ". ")
    if d.maybe(0.4):
        d.w("Den betaling, der gik til ", d.iban(), ", kan vi desværre ikke stoppe. ")
    if d.maybe(0.5):
        d.w("Kortet, der ender på ", f"{rng.randrange(10**4):04d}", ", er spærret. ")
    d.w(f"Vi har skrevet til {d.masked_mail(cust)}, men fik ingen svar.\n\n")
    d.w(d.org_frame(), "\n\n")
    d.w(
        "Med venlig hilsen\n\n",
        d.nm(staff, rng.choice(("full", "midinitial"))),
        "\nSvindelteamet\n",
        d.mail(staff),
        "\n",
    )


GENRE_WRITERS: dict[str, Callable[[Doc], None]] = {
    "booking": _booking,
    "forsikring": _forsikring,
    "mail": _mail,
    "chat": _chat,
    "politi": _politi,
    "sagsnotat": _sagsnotat,
    "opkald": _opkald,
    "brev": _brev,
}


def _document(rng: random.Random, genre: str, negative: bool) -> Doc:
    d = Doc(rng, negative)
    GENRE_WRITERS[genre](d)
    if negative:
        d.w(
            rng.choice(
                (
                    "\n[Pseudonymiseret udgave: navne er erstattet med [NAVN] eller roller.]\n",
                    "\n(Dokumentet er anonymiseret til undervisning.)\n",
                    "\nPseudonymiseret: [NAVN], [TLF] og [e-mail] er fjernet.\n",
                )
            )
        )
    return d


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    counts = {"negative": 0, "positive": 0}
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            d = _document(rng, genre, kind == "negative")
            text = d.text()
            if text not in seen and (kind == "negative" or d.spans):
                break
        seen.add(text)
        spans = [] if kind == "negative" else d.spans
        docs.append(
            {"id": f"blind113-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind113.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
