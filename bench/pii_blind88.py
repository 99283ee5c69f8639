"""An eighty-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a PENSION AND
LIFE-INSURANCE COMPANY's fraud unit: fake payout e-mails, payout accounts changed behind the
member's back, impersonated advisers, heirs and powers of attorney. Eight genres: a forwarded
phishing mail with the member's own note above it (the card typed into the fake page, the MitID
user ID and the code given away), a web chat with the member service ("[09:14] Name: ..."
lines, Danish and some English, answers given without a label after a question), an adviser's
phone note (an alias "præsenterede sig som Kasper fra Udbetalingsteamet", a car's plate), a
payout-change form (one CPR number, the new account, the MitID user ID, the name in capitals),
an e-mail thread with an heir's lawyer (the deceased's CPR and last address, the estate's
account, a foreign IBAN on a suspicious power of attorney), an e-mail to the police, an internal
case log of a payout stopped, and a letter in the member's name on the company's letterhead.
The names are those of Danes of all ages, Danes and residents with roots elsewhere ("Gülşen
Öztürk", "Dragan Kovačević", "Farhiya Warsame"), double and hyphenated surnames, three-word
names, and the company's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("rådgiver", "medlemmet", "advokat");
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed in
  a chat ("mette") is PERSON; chat speakers and staff are PERSON. A scammer's alias ("Kasper" in
  "præsenterede sig som Kasper fra Udbetalingsteamet") is PERSON, the unit is not. Companies,
  banks, products, pseudonyms ("Medlem A", "Arving 1") and stand-ins ("[NAVN]") never are.
- ADDRESS is a private person's address: street, number, letter, floor and side, plus
  ", postcode town" on the same line or the postcode line of an address block (line break
  inside the span). An organisation's own address (the company's offices, the police, the
  probate court, a law firm) is never labelled, however it is phrased; a street named without
  a number ("tæt ved Fasanstien.") is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "4/6-1952", "04-06-1952") only straight after "født ", "f. ", "Fødselsdato: "
  or "DOB: "; no other date is labelled.
- PHONE: Danish 8-digit numbers from the MOBILE and LANDLINE leads in ten written forms (the
  country code inside the span) and fiction-range foreign numbers ("+44 7700 900123",
  "+46 70 174 06 55"); the company's 70/80 lines and 114 never.
- EMAIL: every unmasked address, staff's and the scammers' too (all on example.* domains);
  masked ones ("m***@example.dk") never. IBAN with valid check digits, grouped by four or
  compact. BANK_ACCOUNT: reg.nr. and account together ("1234-1234567890", "1234 12345678")
  are one span; where each has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES); CARD_EXPIRY
  "MM/YY" or "MM/YYYY". OTP: a 6- or 8-digit one-time code; MITID_USER a MitID user ID; both
  after a cue or given as the answer to a question in a chat. NUMBER_PLATE "AB 12 345" or
  "AB12345".
- Hard negatives, never labelled: case, policy, payout-form, member and police journal numbers,
  CVR numbers, amounts, dates and clock times, masked values ("120365-xxxx", "+45 ** ** ** 31",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932", "AB ** ***"), the company's
  lines and addresses, companies, banks, products, family words and pseudonyms. Documents of
  kind "negative" are the same genres after pseudonymisation. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind88 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 88_8889
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "phishing",
    "chat",
    "telefonnotat",
    "udbetalingsaendring",
    "arving_advokat",
    "politi",
    "sagslog",
    "brev",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "IBAN",
    "BANK_ACCOUNT",
    "CARD",
    "CARD_EXPIRY",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
    "MITID_USER",
    "OTP",
)
OUT = Path(__file__).resolve().parent / "data" / "pii_blind88.jsonl"

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223", "3782")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "GB": 22, "NL": 18, "ES": 24, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = (
    "Mette",
    "Birgit",
    "Kirsten",
    "Aase",
    "Sigrid",
    "Ingeborg",
    "Anne-Grethe",
    "Bodil",
    "Rigmor",
    "Gunhild",
    "Asta",
    "Lykke",
    "Frida",
    "Karla",
    "Samira",
    "Leyla",
    "Gülşen",
    "Ayşe",
    "Fatma",
    "Amira",
    "Agnieszka",
    "Zofia",
    "Ivana",
    "Snežana",
    "Milica",
    "Farhiya",
    "Khadra",
    "Amani",
    "Priya",
    "Noémi",
    "Renée",
    "Jóhanna",
    "Elín",
    "Naja",
    "Sunniva",
    "Thi Lan",
    "Mai-Britt",
    "Hanne-Lis",
    "Vibeke",
    "Tove",
    "Jytte",
    "Edel",
)
MEN = ("Jørgen", "Henning", "Villads", "Malthe", "Poul-Erik", "Eigil", "Ejnar", "Thorvald",
           "Søren", "Bjarne", "Mehmet", "Yusuf", "Hamid", "Bashir", "Kemal", "Ömer", "Şükrü",
           "Piotr", "Tomasz", "Luka", "Dragan", "Nikola", "Matej", "Ćiro", "Oluwaseun", "Chidi",
           "Ravi", "Wei", "Björn", "Jörg", "René", "Hákon", "Aputsiaq", "Inuk", "Kaj", "Egon",
           "Jens-Ole", "Flemming", "Arne", "Svend Aage")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Emil", "Valdemar", "Sofie", "Kristian", "Margrethe", "Elif",
          "Amalie", "Gustav", "Nørgaard", "Bech", "Skytte")  # fmt: skip
SURNAMES = (
    "Vestergaard",
    "Skovbo",
    "Lindholt",
    "Brøndum",
    "Riis",
    "Thygesen",
    "Dalsgaard",
    "Kristoffersen",
    "Laustsen",
    "Mølgaard",
    "Ravnkilde",
    "Østergaard",
    "Hvidtfeldt",
    "Şahin",
    "Yılmaz",
    "Öztürk",
    "Kovačević",
    "Petrović",
    "Jurić",
    "Ćosić",
    "Nowak",
    "Wiśniewska",
    "Kowalczyk",
    "Nguyen",
    "Tran",
    "Abdi",
    "Warsame",
    "Haddad",
    "Rahimi",
    "Al-Sayed",
    "Okafor",
    "Mensah",
    "Lindqvist",
    "Åkesson",
    "Björklund",
    "Jóhannesson",
    "Kleist",
    "Lynge",
    "Motzfeldt",
    "Frandsen",
    "Rytter",
    "Hjort",
    "Toft-Nielsen",
    "Kirkegaard",
    "Gammelgaard",
    "Damsgaard-Lund",
    "Juhl",
    "Kudsk",
    "Mørup",
    "Lefèvre",
    "Holm-Kjærgaard",
    "Bak-Jessen",
    "Udsen",
    "Grønbech",
    "Schrøder",
    "Tingleff",
)
ALIASES = ("Kasper", "Mikkel", "Jesper", "Sofie", "Line", "Martin", "Thomas", "Camilla",
           "Rasmus", "Louise", "Jonas", "Henrik")  # fmt: skip
ALIAS_UNITS = ("Udbetalingsteamet", "Pensionsrådgivningen", "Svindelafdelingen",
               "Kundesikkerhed", "Arveafdelingen")  # fmt: skip

STREETS = ("Rønnebærvej", "Kastanie Allé", "Fasanstien", "Vibeholms Allé", "Skovmærkevej",
           "Lærkebakken", "Sankt Pauls Gade", "Bøgelunden", "Ravnsbjergvej", "Hvedemarken",
           "Teglværksgade", "Fjordglimt", "Klintevej", "Brombærhaven", "Ellehammersvej",
           "Møllestien", "Agertoften", "Svaneparken", "Havrevænget", "Lyngbakken",
           "Kløvermarksvej", "Søndre Strandvej", "Jernbane Allé", "Præstevænget", "Egevolden",
           "Tårnfalkevej", "Humlehaven", "Birkedommervej")  # fmt: skip
TOWNS = (("8600", "Silkeborg"), ("7100", "Vejle"), ("4700", "Næstved"), ("9900", "Frederikshavn"),
         ("6100", "Haderslev"), ("3400", "Hillerød"), ("8800", "Viborg"), ("2610", "Rødovre"),
         ("5700", "Svendborg"), ("4800", "Nykøbing F"), ("7400", "Herning"), ("6700", "Esbjerg"),
         ("8900", "Randers C"), ("2800", "Kongens Lyngby"), ("4000", "Roskilde"),
         ("9800", "Hjørring"), ("3700", "Rønne"), ("6400", "Sønderborg"), ("8500", "Grenaa"),
         ("2300", "København S"), ("5000", "Odense C"), ("9000", "Aalborg"),
         ("8000", "Aarhus C"), ("2720", "Vanløse"))  # fmt: skip
FLOORS = ("", "", "", ", st. th.", ", 1. tv.", ", 2. mf.", ", 3. th.", ", 2. tv.", ", st.")

COMPANIES = ("Nordlys Pension", "Kystlinjen Liv & Pension", "Pensionskassen Fjordbo",
             "Ankerhus Livsforsikring")  # fmt: skip
DOMAINS = {
    "Nordlys Pension": "nordlyspension.example.dk",
    "Kystlinjen Liv & Pension": "kystlinjen.example.dk",
    "Pensionskassen Fjordbo": "fjordbo.example.dk",
    "Ankerhus Livsforsikring": "ankerhus.example.dk",
}
BANKS = ("Højmark Bank", "Andelskassen Fjord", "Nordsø Sparekasse", "Lillebælt Bank")
PRODUCTS = ("Ratepension Plus", "LivrenteFlex", "Gruppeliv Basis", "Kritisk Sygdom 360",
            "Børnerente Tryg")  # fmt: skip
# The organisations' own addresses (offices, police, probate court, law firms): never labelled.
ORG_ADDRESSES = ("Havnepromenaden 12, 9000 Aalborg", "Kalkbrænderiløbskaj 8, 2100 København Ø",
                 "Strandgade 41, 8000 Aarhus C", "Vestre Ringgade 220, 5000 Odense C",
                 "Tueholmsvej 3, 7100 Vejle")  # fmt: skip
POLICE = (("Midt- og Vestsjællands Politi", "Køgevej 93, 4000 Roskilde"),
          ("Fyns Politi", "Hans Mules Gade 3, 5000 Odense C"),
          ("Nordjyllands Politi", "Jyllandsgade 27, 9000 Aalborg"),
          ("Sydøstjyllands Politi", "Dæmningen 2, 7100 Vejle"))  # fmt: skip
COURTS = (("Skifteretten i Roskilde", "Bredgade 9, 4000 Roskilde"),
          ("Skifteretten i Herning", "Nørregade 12, 7400 Herning"))  # fmt: skip
LAW_FIRMS = (("Advokatfirmaet Krogh & Lind", "Torvegade 7, 8600 Silkeborg"),
             ("Advokathuset Brink", "Østergade 30, 6700 Esbjerg"))  # fmt: skip
ALL_ORG_ADDRESSES = (
    ORG_ADDRESSES
    + tuple(a for _, a in POLICE)
    + tuple(a for _, a in COURTS)
    + tuple(a for _, a in LAW_FIRMS)
)
ORG_LINES = ("70 20 44 10", "70 15 88 00", "80 30 12 12", "7020 4410", "80 80 19 90")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "afdøde", "enken", "barnebarnet")
PSEUDONYMS = ("Medlem A", "Medlem B", "Arving 1", "Arving 2", "Medarbejder 1",
              "Medarbejder 2", "Advokat X", "Rådgiver X", "Betjent X")  # fmt: skip
PSEUDONYM_OF = {
    "member": ("Medlem A", "Medlem B"),
    "heir": ("Arving 1", "Arving 2"),
    "staff": ("Medarbejder 1", "Medarbejder 2"),
    "lawyer": ("Advokat X",),
    "adviser": ("Rådgiver X",),
    "officer": ("Betjent X",),
}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

SUBJECTS = (
    "Din pensionsudbetaling er sat i bero",
    "VIGTIGT: bekræft din udbetalingskonto",
    "Your pension payout is on hold",
    "Udbetaling afvist - handling påkrævet",
)
MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.S)


def grouped(compact: str) -> str:
    """The value in groups of four, as on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def fold(word: str) -> str:
    """Lower-case ASCII letters only (for user IDs and mail local parts)."""
    word = word.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ı", "i")
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", word))


def luhn_complete(body: str) -> str:
    """The body with the Luhn check digit appended."""
    for check in "0123456789":
        digits = body + check
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 else d
            for i, d in enumerate(int(c) for c in reversed(digits))
        )
        if total % 10 == 0:
            return digits
    raise AssertionError(body)


def iban_for(country: str, bban: str) -> str:
    """A compact IBAN with valid check digits."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


@dataclass
class Person:
    first: str
    last: str
    middle: str
    role: str
    born: date
    serial: str
    phone: str
    street: str
    number: str
    floor: str
    town: tuple[str, str]
    mail_local: str
    mail_domain: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Ctx:
    """One document's randomness: labelled values in positives, stand-ins in negatives."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.r = rng
        self.neg = neg
        self.pseudo: dict[int, str] = {}
        self.company = rng.choice(COMPANIES)
        self.domain = DOMAINS[self.company]
        self.office = rng.choice(ORG_ADDRESSES)
        self.day = date(2026, 1, 5) + timedelta(days=rng.randrange(110))
        self.hour = rng.randrange(8, 16)
        self.minute = rng.randrange(60)

    # -- the pieces ---------------------------------------------------------------------
    def mark(self, kind: str, value: str) -> str:
        assert not self.neg, kind
        return f"\x01{kind}\x02{value}\x03"

    def person(self, role: str, young: bool = False) -> Person:
        r = self.r
        first = r.choice(WOMEN + MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.08:
            last = f"{last}-{r.choice(SURNAMES)}" if "-" not in last else last
        middle = r.choice(MIDDLE) if r.random() < 0.2 else ""
        lo, hi = (1960, 2005) if young else (1934, 1976)
        if role == "staff":
            lo, hi = 1965, 2000
        born = date(r.randint(lo, hi), 1, 1) + timedelta(days=r.randrange(365))
        lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
        phone = lead + "".join(r.choice("0123456789") for _ in range(6))
        town = r.choice(TOWNS)
        f, la = fold(first), fold(last)
        local = r.choice(
            (f"{f}.{la}", f"{f}{born.year % 100:02d}", f"{f[0]}{la}", f"{f}_{la[:4]}", f)
        )
        mail_domain = r.choice(("example.dk", "example.com", "example.net", "mail.example.dk"))
        if role == "staff":
            local, mail_domain = f"{f}.{la}", self.domain
        return Person(first, last, middle, role, born, self._serial(born), phone,
                      r.choice(STREETS), str(r.randint(1, 148)) + r.choice(("",) * 5 + ("A", "B")),
                      r.choice(FLOORS), town, local, mail_domain)  # fmt: skip

    def _serial(self, born: date) -> str:
        century = "4" if born.year >= 2000 else self.r.choice("0123")
        while True:
            serial = century + f"{self.r.randrange(1000):03d}"
            digits = born.strftime("%d%m%y") + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                return serial

    def _pseudonym(self, p: Person) -> str:
        if id(p) not in self.pseudo:
            used = set(self.pseudo.values())
            free = [n for n in PSEUDONYM_OF[p.role] if n not in used]
            self.pseudo[id(p)] = free[0] if free else "[NAVN]"
        return self.pseudo[id(p)]

    def name(self, p: Person, form: str | None = None) -> str:
        if self.neg:
            return "[NAVN]" if self.r.random() < 0.25 else self._pseudonym(p)
        form = form or self.r.choice(
            ("full",) * 6 + ("first",) * 2 + ("last_first", "caps", "initial", "lower")
        )
        value = {
            "full": p.full,
            "first": p.first,
            "last_first": f"{p.last}, {p.first}",
            "caps": p.full.upper(),
            "initial": f"{p.first[0]}. {p.last}",
            "lower": p.full.lower(),
            "lower_first": p.first.lower(),
        }[form]
        return self.mark("PERSON", value)

    def gen(self, p: Person, first: bool = False) -> str:
        """A genitive: the name with its s, or the pseudonym's."""
        if self.neg:
            return self._pseudonym(p) + "s"
        base = p.first if first else p.full
        return self.mark("PERSON", base if base[-1] in "sxz" else base + "s")

    def speaker(self, p: Person) -> str:
        if self.neg:
            return self._pseudonym(p)
        if p.role == "member" and self.r.random() < 0.3:
            return self.mark("PERSON", self.r.choice((p.first.lower(), p.full.lower())))
        return self.mark("PERSON", self.r.choice((p.full, p.first, p.full)))

    def cpr(self, p: Person) -> str:
        ddmmyy = p.born.strftime("%d%m%y")
        if self.neg:
            return self.r.choice((f"{ddmmyy}-xxxx", "[CPR]"))
        s = p.serial
        form = self.r.choice(
            (
                f"{ddmmyy}-{s}",
                f"{ddmmyy}{s}",
                f"{ddmmyy[:2]} {ddmmyy[2:4]} {ddmmyy[4:]} {s}",
                f"{ddmmyy} {s}",
            )
        )
        return self.mark("CPR", form)

    def dob(self, p: Person) -> str:
        if self.neg:
            return self.r.choice(("[dato]", "xx.xx.19xx"))
        b = p.born
        form = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                f"{b.day}/{b.month}-{b.year}",
                b.strftime("%d-%m-%Y"),
            )
        )
        return self.mark("DATE_OF_BIRTH", form)

    def phone(self, p: Person | None = None, foreign: float = 0.16) -> str:
        r = self.r
        if self.neg:
            return r.choice((f"+45 ** ** ** {r.randrange(10, 99)}", "[TLF]"))
        if r.random() < foreign:
            if r.random() < 0.5:
                return self.mark("PHONE", f"+44 7700 900{r.randrange(1000):03d}")
            return self.mark("PHONE", f"+46 70 174 06 {r.randrange(5, 100):02d}")
        d = p.phone if p else r.choice(MOBILE) + f"{r.randrange(10**6):06d}"
        pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        form = r.choice(
            (
                f"+45 {d}",
                f"+45 {pairs}",
                f"+45 {d[:4]} {d[4:]}",
                f"{d[:4]} {d[4:]}",
                f"(+45) {pairs}",
                f"0045 {d}",
                pairs,
                d,
                f"+45{d}",
                pairs.replace(" ", "."),
            )
        )
        return self.mark("PHONE", form)

    def email(self, p: Person) -> str:
        return self.mail(p.mail_local, p.mail_domain)

    def mail(self, local: str, domain: str) -> str:
        if self.neg:
            return self.r.choice((f"{local[0]}***@{domain}", "[e-mail]"))
        return self.mark("EMAIL", f"{local}@{domain}")

    def masked_mail(self, p: Person) -> str:
        return f"{p.mail_local[0]}***@{p.mail_domain}"

    def addr(self, p: Person, layout: str = "one") -> str:
        if self.neg:
            return "[ADRESSE]"
        street = f"{p.street} {p.number}{p.floor}"
        code, town = p.town
        value = {
            "one": f"{street}, {code} {town}",
            "two": f"{street}\n{code} {town}",
            "street": street,
        }[layout]
        return self.mark("ADDRESS", value)

    def account(self, split: bool | None = None) -> str:
        r = self.r
        reg = f"{r.randint(1, 9)}{r.randrange(1000):03d}"
        acc = f"{r.randrange(10 ** (n := r.choice((7, 8, 10))) // 10, 10**n)}"
        if r.random() < 0.3 and n == 10:
            acc = "00" + acc[2:]
        if self.neg:
            return r.choice((f"reg. {reg} konto ******{acc[-4:]}", "[kontonr.]"))
        if split if split is not None else r.random() < 0.3:
            label = r.choice(
                (f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto ", f"reg.nr. {reg} kto. ")
            )
            return label + self.mark("BANK_ACCOUNT", acc)
        return self.mark("BANK_ACCOUNT", f"{reg}{r.choice('- ')}{acc}")

    def iban(self) -> str:
        r = self.r
        if self.neg:
            return f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(10**4):04d}"
        country = r.choice(("DK", "DK", "DE", "SE", "NO", "GB", "NL", "ES", "PL"))
        n = IBAN_LENGTH[country] - 4
        if country in ("GB", "NL"):
            letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
            bban = letters + "".join(r.choice("0123456789") for _ in range(n - 4))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(n))
        compact = iban_for(country, bban)
        return self.mark("IBAN", grouped(compact) if r.random() < 0.6 else compact)

    def card(self) -> str:
        r = self.r
        if self.neg:
            return r.choice((f"**** **** **** {r.randrange(10**4):04d}", "[kortnr.]"))
        prefix = r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(r.choice("0123456789") for _ in range(length - 5))
        number = luhn_complete(body)
        return self.mark("CARD", grouped(number) if r.random() < 0.65 else number)

    def expiry(self) -> str:
        r = self.r
        if self.neg:
            return "**/**"
        month, year = r.randint(1, 12), r.randint(26, 31)
        return self.mark("CARD_EXPIRY", f"{month:02d}/{r.choice(('', '20'))}{year}")

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        if self.neg:
            return f"{letters} ** ***"
        digits = f"{r.randint(10, 99)}{r.randrange(1000):03d}"
        spaced = f"{letters} {digits[:2]} {digits[2:]}"
        return self.mark("NUMBER_PLATE", spaced if r.random() < 0.7 else letters + digits)

    def mitid(self, p: Person) -> str:
        if self.neg:
            return "[bruger-id]"
        r = self.r
        year = str(p.born.year) if r.random() < 0.4 else f"{p.born.year % 100:02d}"
        if p.born.year >= 2006 and len(year) == 4:
            year = year[2:]
        stem = r.choice((fold(p.first), fold(p.first) + fold(p.last)[:3], fold(p.last)))
        return self.mark("MITID_USER", stem + year)

    def otp(self) -> str:
        if self.neg:
            return self.r.choice(("[kode]", "******"))
        n = self.r.choice((6, 6, 8))
        return self.mark("OTP", f"{self.r.randrange(10 ** (n - 1), 10**n)}")

    # -- hard negatives ---------------------------------------------------------------------
    def case(self) -> str:
        return f"SAG-PS-26-{self.r.randrange(10**5):05d}"

    def policy(self) -> str:
        return f"POL-{self.r.randrange(100, 1000)}-{self.r.randrange(10**4):04d}"

    def form_no(self) -> str:
        return f"UDB-{self.r.randrange(10**6):06d}"

    def member_no(self) -> str:
        return f"medlemsnr. {self.r.randrange(10**6, 10**7)}"

    def journal(self) -> str:
        r = self.r
        return f"{r.randrange(1000, 10**4)}-{r.randrange(10**5):05d}-{r.randrange(10**5):05d}-26"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randrange(10**7, 10**8)}"

    def amount(self) -> str:
        r = self.r
        kroner = r.choice((r.randrange(20, 999), r.randrange(1000, 999_999)))
        text = f"{kroner:,}".replace(",", ".")
        cents = r.choice((",00", f",{r.randrange(100):02d}", ""))
        return r.choice((f"{text}{cents} kr.", f"kr. {text}{cents}"))

    def when(self, clock: bool = True) -> str:
        d = self.day.isoformat()
        return f"{d} {self.hour:02d}:{self.minute:02d}" if clock else d

    def dotted(self) -> str:
        return self.day.strftime("%d.%m.%Y")

    def long_date(self) -> str:
        return f"{self.day.day}. {MONTHS[self.day.month - 1]} {self.day.year}"

    def stamp(self) -> str:
        """A chat line's clock, moving forward."""
        self.minute += self.r.randint(0, 3)
        if self.minute >= 60:
            self.hour, self.minute = self.hour + 1, self.minute - 60
        return f"[{self.hour:02d}:{self.minute:02d}]"

    def kl(self) -> str:
        return f"kl. {self.r.randint(8, 20):02d}.{self.r.randrange(60):02d}"

    def line(self) -> str:
        return self.r.choice(ORG_LINES)

    def pick(self, *options: str) -> str:
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p


# -- the genres -------------------------------------------------------------------------------


def phishing(c: Ctx) -> str:
    m = c.person("member")
    staff = c.person("staff")
    fake_local = c.pick("udbetaling", "pension.service", "sikkerhed", "no_reply", "payout")
    fake_domain = c.pick(
        "nordlys-pension.example.com", "pensionsudbetaling.example.net", "mitpension.example.com"
    )
    lines = [
        f"Fra: {c.name(m, 'full')} <{c.email(m)}>",
        f"Til: {c.mail('svindel', c.domain)}",
        f"Emne: VS: {c.pick(*SUBJECTS)}",
        "",
        c.pick("Hej,", "Hej svindelafdelingen", "hej med jer", "Til rette vedkommende,"),
    ]
    note = [
        c.pick(
            "jeg fik denne mail i går og er blevet i tvivl om den er ægte.",
            "Er det her virkelig fra jer?? Det ligner jeres logo.",
            "Min datter siger det er falsk, men jeg vil gerne være sikker.",
            "I got this e-mail and I am not sure it is from you.",
            "JEG HAR IKKE BEDT OM AT ÆNDRE MIN KONTO.",
        )
    ]
    if c.chance(0.7):
        note.append(
            f"Jeg klikkede desværre på linket og tastede mit kort {c.card()}"
            f"{c.pick(', udløb ', ' exp. ', ' udløbsdato ')}{c.expiry()}"
            f" for at betale et gebyr på {c.amount()}"
        )
    if c.chance(0.35):
        note.append(
            c.pick(
                "Jeg skrev også mit bruger-id", "Siden ville have mit MitID bruger-ID, jeg skrev"
            )
            + " "
            f"{c.mitid(m)}."
        )
    if c.chance(0.4):
        note.append(
            c.pick("Bagefter kom der en sms med koden", "Jeg fik en engangskode:", "the code was")
            + f" {c.otp()} {c.pick('og den tastede jeg ind', '- var det forkert?', '')}".rstrip()
        )
    if c.chance(0.6):
        note.append(f"I kan ringe til mig på {c.phone(m)}.")
    if c.chance(0.25):
        note.append(f"Jeg bor {c.addr(m, 'one')}, hvis I vil sende et brev.")
    lines.append(" ".join(note))
    lines += [
        "",
        c.pick("Mvh", "Venlig hilsen", "hilsen", "Regards"),
        c.name(m, c.pick("full", "first", "full")),
        f"{c.member_no()}",
        "",
        "---------- Videresendt besked ----------",
        f"Fra: {c.company} <{c.mail(fake_local, fake_domain)}>",
        f"Dato: {c.when()}",
        f"Til: {c.masked_mail(m)}",
        f"Emne: {c.pick(*SUBJECTS)}",
        "",
        c.pick("Kære medlem,", "Kære kunde", "Dear member,"),
        f"Vi har registreret en fejl i dine udbetalingsoplysninger (sag {c.case()}). "
        f"Bekræft din konto inden 48 timer, ellers stoppes udbetalingen af {c.pick(*PRODUCTS)}. "
        f"Et administrationsgebyr på {c.amount()} skal betales med kort.",
        f"{c.company} · {c.office} · {c.cvr()} · tlf. {c.line()}",
        "",
        f"--- notat fra {c.name(staff, c.pick('full', 'initial'))}: "
        + c.pick(
            "falsk afsender, domænet anmeldt.",
            f"kort spærret via kortudsteder, sag oprettet {c.case()}.",
            f"medlemmet kontaktet {c.kl()}.",
        ),
    ]
    return "\n".join(lines)


def chat(c: Ctx) -> str:
    m = c.person("member")
    s = c.person("staff")
    english = c.chance(0.25)
    head = f"Webchat – {c.company} medlemsservice – {c.when(False)}"
    L = [head]

    def say(p: Person, text: str) -> None:
        L.append(f"{c.stamp()} {c.speaker(p)}: {text}")

    if english:
        say(
            m,
            c.pick(
                "Hi, I live in Spain now and my pension payment did not arrive",
                "hello?? someone changed my payout account",
                "Hi I need help, URGENT",
            ),
        )
        say(
            s,
            f"Hello {c.name(m, 'first')}, sorry to hear that. Can you confirm your CPR number?",
        )
        say(m, c.cpr(m) if c.chance(0.7) else "DOB: " + c.dob(m))
        say(s, "Thank you. Which account should the payout go to?")
        say(m, f"my account here is {c.iban()} but the letter said {c.iban()} which is not mine")
        say(s, "Did anyone call you and ask for your MitID user ID?")
        say(m, f"yes a man called. I told him {c.mitid(m)}")
        say(s, "And the code from the app?")
        say(m, c.otp())
        say(s, f"OK. We will call you on {c.phone(m, 0.6)} within the hour.")
    else:
        say(m, c.pick("hej, jeg har fået en sms om at min udbetaling er stoppet??",
                      "Hej. I min pensionsoversigt står kontoen som ændret, det har jeg ikke gjort",
                      "HJÆLP min mand har fået et brev om arv, er det jer?",
                      "hej jeg har fået en mail fra jer om gebyr"))  # fmt: skip
        say(
            s,
            f"Hej {c.name(m, 'first')}, det ser vi på med det samme. Vil du bekræfte dit CPR-nr.?",
        )
        say(m, c.cpr(m))
        if c.chance(0.6):
            say(s, "Tak. Har du givet nogen dit MitID bruger-id?")
            say(m, c.pick("ja desværre, han spurgte i telefonen og jeg sagde ",
                          "ja det var ", "jeg tror det var ") + c.mitid(m))  # fmt: skip
        if c.chance(0.6):
            say(s, "Hvad var koden i sms'en?")
            say(m, c.otp())
        say(s, f"Er {c.account(False)} din konto?")
        say(m, c.pick("nej!! min konto er ", "Nej, den rigtige er ", "nej kender den ikke. min er ")
            + c.account(False))  # fmt: skip
        if c.chance(0.2):
            say(m, f"jeg betalte også med kort {c.card()} udløb {c.expiry()}")
        if c.chance(0.5):
            say(s, "Hvilken e-mail skal vi skrive til?")
            say(m, c.email(m))
        if c.chance(0.1):
            say(m, f"min søn kørte mig forbi jeres kontor i går i bilen {c.plate()}")
        say(s, f"Vi ringer dig op på {c.phone(m)} inden for en time. Du kan også komme ind på "
            f"vores afdeling på {c.office}.")  # fmt: skip
        say(m, c.pick("tak", "tusind tak!!", "ok", "Tak for hjælpen"))
    L.append(f"Chat gemt på sag {c.case()}.")
    return "\n".join(L)


def telefonnotat(c: Ctx) -> str:
    m = c.person("member")
    s = c.person("adviser")
    son = c.person("heir", young=True)
    alias = c.pick(*ALIASES)
    alias_name = "[NAVN]" if c.neg else c.mark("PERSON", alias)
    L = [
        f"Telefonnotat {c.dotted()} {c.kl()}",
        f"Rådgiver: {c.name(s, c.pick('full', 'initial'))}",
        f"Medlem: {c.name(m, c.pick('last_first', 'full', 'caps'))}, {c.member_no()}",
        f"CPR: {c.cpr(m)}" if (cpr_given := c.chance(0.8)) else f"Medlem født {c.dob(m)}",
        f"Tlf.: {c.phone(m)}",
        "",
        f"Medlemmet ringede {c.pick('meget oprevet', 'i tvivl', 'efter en snak med sin bank')}. "
        f"En mand havde ringet fra {c.phone(None, 0.5)} og præsenterede sig som {alias_name} fra "
        f"{c.pick(*ALIAS_UNITS)}. Han sagde at {c.pick(*PRODUCTS)} skulle flyttes til en ny konto "
        f"pga. {c.pick('skattereglerne', 'en systemfejl', 'en arvesag', 'et nyt direktiv')}.",
    ]
    if c.chance(0.3):
        L.append(f"Han bad om hendes bruger-id, og hun oplyste {c.mitid(m)} i telefonen.")
    if c.chance(0.3):
        L.append(f"Hun læste også koden {c.otp()} op for ham.")
    if c.chance(0.5):
        L.append(
            f"Medlemmet bor på {c.addr(m, c.pick('one', 'street'))}, tæt ved "
            f"{c.pick(*STREETS)}. {c.pick('Bopælen', 'Adressen')} er uændret i vores system."
        )
    else:
        L.append(f"Medlemmet bor tæt ved {c.pick(*STREETS)}, men har ikke flyttet.")
    if c.chance(0.45):
        L.append(
            f"{c.pick('Hendes', 'Hans')} søn {c.name(son)} (født {c.dob(son)}) kørte "
            f"{c.pick('hende', 'ham')} til vores kontor på {c.office} i bilen {c.plate()}."
        )
    elif cpr_given and c.chance(0.4):
        L.append(f"Medlemmet er født {c.dob(m)} og har ingen fuldmagt registreret.")
    L.append(
        f"Udbetaling på {c.amount()} er stoppet. Sag {c.case()}. Medlemmet opfordret til at ringe "
        f"på {c.line()} ved nye opkald og anmelde til politiet på 114."
    )
    return "\n".join(L)


def udbetalingsaendring(c: Ctx) -> str:
    m = c.person("member")
    s = c.person("staff")
    caps = "[NAVN]" if c.neg else c.mark("PERSON", m.full.upper())
    addr_layout = c.pick("two", "one")
    L = [
        f"ÆNDRING AF UDBETALINGSKONTO – {c.company.upper()}",
        f"Blanket {c.form_no()}, modtaget {c.when()}",
        f"Police: {c.policy()}",
        "",
        f"Navn (blokbogstaver): {caps}",
        f"CPR-nr.: {c.cpr(m)}",
    ]
    if c.chance(0.5):
        L.append(f"Fødselsdato: {c.dob(m)}")
    L += [
        f"Adresse: {c.addr(m, addr_layout)}",
        f"Telefon: {c.phone(m)}",
        f"E-mail: {c.email(m)}",
        f"MitID bruger-id: {c.mitid(m)}",
        f"Ny konto (reg.nr. og kontonr.): {c.account(False)}",
        f"Tidligere konto: ******{c.r.randrange(10**4):04d}",
    ]
    if c.chance(0.4):
        L.append(f"Udenlandsk konto (IBAN): {c.iban()}")
    L += [
        f"Underskrift: {c.name(m, 'full')}",
        "",
        f"Sagsbehandlers note ({c.name(s, c.pick('initial', 'full', 'first'))}): "
        + c.pick(
            "blanketten er sendt fra en e-mail vi ikke kender; udbetalingen er stoppet.",
            "underskriften ligner ikke den fra 2019. Ring til medlemmet før ændring.",
            "kontoen tilhører ikke medlemmet ifølge banken. STOP.",
            "MitID-login fra udlandet samme dag. Sendt til svindelenheden.",
        ),
        f"Returneres til: {c.company}, {c.office}",
    ]
    return "\n".join(L)


def arving_advokat(c: Ctx) -> str:
    dead = c.person("member")
    heir = c.person("heir", young=True)
    heir2 = c.person("heir", young=True)
    lawyer = c.person("lawyer")
    s = c.person("staff")
    firm, firm_addr = c.pick(*LAW_FIRMS)
    court, court_addr = c.pick(*COURTS)
    lawyer_local = fold(lawyer.first)[0] + fold(lawyer.last)
    lawyer_mail = c.mail(lawyer_local, "advokat.example.dk")
    L = [
        f"Fra: {c.name(lawyer, 'full')} <{lawyer_mail}>",
        f"Til: {c.email(s)}",
        f"Emne: Dødsbo efter {c.name(dead, 'full')} – police {c.policy()}",
        "",
        f"Kære {c.name(s, 'first')}",
        "",
        f"Jeg repræsenterer {c.name(heir)} som arving efter "
        f"{c.name(dead, c.pick('full', 'last_first'))}"
        + (f", født {c.dob(dead)}" if c.chance(0.7) else "")
        + f" (CPR {c.cpr(dead)}), senest boende {c.addr(dead, 'one')}. "
        f"{court}, {court_addr}, har udstedt skifteretsattest den {c.dotted()}.",
        f"Boets konto er {c.account()}. Der er tale om {c.pick(*PRODUCTS)} og en livsforsikring "
        f"på {c.amount()}.",
    ]
    if c.chance(0.6):
        L.append(
            f"Vi har dog set en fuldmagt, angiveligt underskrevet af {c.name(heir2)}, som beder "
            f"om udbetaling til {c.iban()}. Den underskrift genkender min klient ikke, og "
            f"{c.gen(heir2, True)} telefonnummer {c.phone(heir2, 0.4)} er ikke i brug."
        )
    else:
        L.append(
            f"{c.pick('Enken', 'Barnebarnet')} har modtaget en mail fra "
            f"{c.mail('arv.udbetaling', 'pensionshjaelp.example.net')}, der ligner jeres."
        )
    L += [
        f"Ring gerne på {c.phone(lawyer)}.",
        "",
        "Med venlig hilsen",
        c.name(lawyer, c.pick("full", "initial")),
        f"{firm} · {firm_addr} · {c.cvr()}",
        "",
        f"> Svar fra {c.name(s, 'full')}, {c.company}, {c.when()}:",
        f"> Tak. Vi har standset udbetalingen til boet efter afdøde, til fuldmagten er undersøgt. "
        f"Vores sag {c.case()}. Post sendes til {c.company}, {c.office}.",
    ]
    return "\n".join(L)


def politi(c: Ctx) -> str:
    m = c.person("member")
    s = c.person("staff")
    officer = c.person("officer")
    police, police_addr = c.pick(*POLICE)
    alias = c.pick(*ALIASES)
    alias_name = "[NAVN]" if c.neg else c.mark("PERSON", alias)
    officer_local = fold(officer.first) + "." + fold(officer.last)[:5]
    L = [
        f"Til: {police}, {police_addr}",
        f"Att.: {c.name(officer, c.pick('full', 'initial'))} "
        f"({c.mail(officer_local, 'politi.example.dk')})",
        f"Fra: {c.name(s, 'full')} <{c.email(s)}>, Svindelenheden, {c.company}",
        f"Emne: Anmeldelse – falsk rådgiver – vores sag {c.case()}, jeres j.nr. {c.journal()}",
        "",
        c.pick("Hej", "Kære politi", "Goddag"),
        "",
        f"Vi anmelder hermed forsøg på bedrageri mod vores medlem {c.name(m)}"
        + (f", CPR {c.cpr(m)}" if c.chance(0.6) else "")
        + (f", født {c.dob(m)}" if c.chance(0.3) else "")
        + f". Gerningspersonen ringede fra {c.phone(None, 0.5)} og præsenterede sig som "
        f"{alias_name} fra {c.pick(*ALIAS_UNITS)}.",
    ]
    if c.chance(0.6):
        L.append(
            f"Der blev forsøgt udbetalt {c.amount()} til {c.iban()}"
            + (f" via {c.account()}" if c.chance(0.3) else "")
            + "; beløbet er stoppet."
        )
    else:
        L.append(f"Der blev udbetalt {c.amount()} til {c.account()} i {c.pick(*BANKS)}.")
    if c.chance(0.9):
        L.append(
            f"Et vidne så en {c.pick('grå Skoda', 'sort Audi', 'hvid Toyota', 'rød VW Up')} "
            f"med nummerpladen {c.plate()} holde foran {c.gen(m)} bopæl på {c.addr(m, 'one')}."
        )
    if c.chance(0.5):
        L.append(
            f'Medlemmet har også betalt et "gebyr" med kortet {c.card()} (udløb {c.expiry()}).'
        )
    L += [
        f"Medlemmet kan kontaktes på {c.phone(m)} eller {c.email(m)}.",
        "",
        "Med venlig hilsen",
        c.name(s, c.pick("full", "initial")),
        f"{c.company}, {c.office}, {c.cvr()}, tlf. {c.line()}",
    ]
    return "\n".join(L)


def sagslog(c: Ctx) -> str:
    m = c.person("member")
    s1 = c.person("staff")
    s2 = c.person("staff")
    t = c.when(False)

    def log(text: str) -> str:
        return f"{t} {c.kl()[4:].replace('.', ':')} {text}"

    L = [
        f"SAGSLOG {c.case()} – udbetaling stoppet",
        f"Produkt: {c.pick(*PRODUCTS)} · police {c.policy()} · {c.member_no()}",
        log(
            f"{c.name(s1, c.pick('initial', 'full'))}: Udbetaling {c.form_no()} på {c.amount()} "
            f"stoppet. Kontoen {c.account()} er ændret 2 dage før via web."
        ),
        log(
            f"{c.name(s1, 'first')}: Ringet til medlem {c.name(m)} på {c.phone(m)}: "
            f"{c.pick('har ikke ændret noget', 'kender ikke kontoen', 'ved intet om det')}."
        ),
    ]
    if c.chance(0.4):
        L.append(
            log(f"{c.name(s2, 'full')}: Medlemmets CPR {c.cpr(m)} bekræftet mod folkeregistret.")
        )
    if c.chance(0.5):
        L.append(
            log(
                f"{c.name(s2, 'first')}: Login med MitID-bruger {c.mitid(m)} fra ny enhed; "
                f"sms-kode {c.otp()} brugt {c.kl()}."
            )
        )
    elif c.chance(0.4):
        L.append(log(f"{c.name(s2, 'first')}: engangskode {c.otp()} sendt til ukendt nummer."))
    if c.chance(0.5):
        L.append(log(f"{c.name(s1, 'initial')}: IBAN {c.iban()} tilhører ikke medlemmet."))
    if c.chance(0.5):
        L.append(
            log(
                f"{c.name(s2, 'full')}: Vidne har set bil {c.plate()} ved {c.pick(*BANKS)}s filial."
            )
        )
    if c.chance(0.3):
        L.append(log(f"{c.name(s1, 'first')}: kort {c.card()} / {c.expiry()} spærret."))
    if c.chance(0.35):
        other = c.person("member")
        L.append(
            log(
                f"{c.name(s2, 'initial')}: Samme konto optræder i sag {c.case()} for medlem "
                f"{c.name(other, c.pick('full', 'last_first'))}, ring på {c.phone(other)}."
            )
        )
    if c.chance(0.35):
        L.append("Uddrag af chat:")
        L.append(f"{c.stamp()} {c.speaker(m)}: jeg har ALDRIG bedt om ny konto")
        L.append(f"{c.stamp()} {c.speaker(s1)}: Det noterer vi. Udbetalingen er stoppet.")
    L.append(
        log(
            f"{c.name(s1, c.pick('initial', 'full'))}: Anmeldt til politiet. Brev sendt fra "
            f"{c.office}. Status: LUKKET"
        )
    )
    return "\n".join(L)


def brev(c: Ctx) -> str:
    m = c.person("member")
    s = c.person("staff")
    town = c.office.split(", ")[1].split(" ", 1)[1]
    forged = c.chance(0.25)
    L = [
        c.company.upper(),
        c.office,
        f"{c.cvr()} · Tlf. {c.line()} · {c.mail('post', c.domain)}",
        "",
        c.name(m, c.pick("full", "full", "caps")),
        c.addr(m, "two"),
        "",
        f"{town}, {c.long_date()}",
        f"Vores ref.: {c.case()}",
        "",
    ]
    if forged:
        L += [
            "FULDMAGT",
            f"Undertegnede {c.name(m, 'full')}, CPR-nr. {c.cpr(m)}, giver hermed "
            f"{c.name(c.person('heir', young=True))} fuldmagt til at ændre min udbetalingskonto "
            f"til "
            f"{c.account() if c.chance(0.5) else c.iban()}.",
            f"Kontakt: {c.phone(None, 0.5)}",
            "",
            f"--- påtegning fra svindelenheden ({c.name(s, 'initial')}): brevpapiret er kopieret, "
            f"vores logo er forældet. Medlemmet kender ikke til fuldmagten.",
        ]
    else:
        L += [
            "Vedr.: Din pension er midlertidigt standset",
            "",
            f"Kære {c.name(m, 'first')}",
            "",
            f"Vi har modtaget en anmodning om at ændre din udbetalingskonto til {c.account()}. "
            f"Da anmodningen kom fra en ny e-mail, har vi standset udbetalingen af {c.amount()}.",
        ]
        if c.chance(0.5):
            L.append(f"Anmodningen var oplyst med dit CPR-nr. {c.cpr(m)}.")
        if c.chance(0.3):
            L.append(f"Anmodningen angav dig som født {c.dob(m)}.")
        L += [
            f"Hvis det ikke er dig, så ring på {c.line()} eller kom ind på vores afdeling på "
            f"{c.pick(*ORG_ADDRESSES)}. Vi ringer aldrig og beder om koder.",
            "",
            "Med venlig hilsen",
            c.name(s, "full"),
            f"Svindelenheden, {c.company}",
        ]
    return "\n".join(L)


WRITERS = {
    "phishing": phishing,
    "chat": chat,
    "telefonnotat": telefonnotat,
    "udbetalingsaendring": udbetalingsaendring,
    "arving_advokat": arving_advokat,
    "politi": politi,
    "sagslog": sagslog,
    "brev": brev,
}


def parse(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its spans from a text with marked values."""
    text, spans, at = [], [], 0
    for hit in MARK.finditer(marked):
        text.append(marked[at : hit.start()])
        start = sum(map(len, text))
        text.append(hit.group(2))
        spans.append({"type": hit.group(1), "start": start, "end": start + len(hit.group(2))})
        at = hit.end()
    text.append(marked[at:])
    return "".join(text), spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them negative, reproducible from the seed."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    slots = [(GENRES[i % len(GENRES)], i < negatives) for i in range(size)]
    rng.shuffle(slots)
    docs, seen = [], set()
    for i, (genre, neg) in enumerate(slots):
        while True:
            text, spans = parse(WRITERS[genre](Ctx(rng, neg)))
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii88-{i:04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
