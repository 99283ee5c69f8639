"""A ninety-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a licensed GAMBLING
OPERATOR's (online betting and casino, "Kronespil A/S") AML and fraud team: account takeovers,
money mules, stolen identities used to open player accounts and self-exclusion (ROFUS) checks,
in eight genres: a KYC review (the name in capitals as on the ID document, one CPR number, the
birth date after "Fødselsdato:"/"DOB:", the address, a masked document number), a support chat
("[09:14] Name: ..." lines, Danish and English, typos, a code or a MitID user ID given as the
bare answer to the question before), a phone note, a withdrawal-hold e-mail to the player, a
suspicious-activity note for the money-laundering secretariat (Hvidvasksekretariatet), an
e-mail thread with a bank's fraud desk, a forwarded phishing mail in the operator's name (the
sender signs with an alias "Line fra Sikkerhedsteamet") and the team's shift log. The names
are those of Danes of all ages, Danes with roots elsewhere ("Emre Yılmaz", "Jelena
Kovačević"), double surnames ("Bech-Madsen"), three-word names and the operator's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("spilleren", "sagsbehandler"); "Thygesen,
  Agnete" is one span; a genitive s belongs to it ("Agnetes"); names typed in lower case or
  written in CAPS are PERSON; chat speakers and staff are PERSON, and so is a phisher's alias
  (its unit "fra Sikkerhedsteamet" is not). Companies, banks, products, pseudonyms ("Spiller
  A", "Medarbejder 1"), stand-ins ("[NAVN]") and family words ("min søn") never are.
- ADDRESS is a private person's address: street, number, letter, floor and side ("14B", "2.
  tv.", "st. th."), plus ", postcode town" on the same line or the postcode line after a line
  break. An organisation's own address (the operator's office, its support desk, the
  authority, the secretariat, the police, a partner shop, a bank branch) is never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "04-06-1952", "4/6-1952") only straight after "født", "f.", "Fødselsdato:" or
  "DOB:"; no other date is labelled.
- PHONE: Danish mobile and landline numbers in ten written forms (country code inside the
  span) and fiction-range foreign numbers ("+44 7700 900xxx", "+46 70 174 06 xx"); the
  operator's and authorities' 70/80 lines and short numbers never.
- EMAIL: every unmasked address (example.* domains), staff's and the operator's too.
- IBAN with valid check digits and length, grouped by four or compact; BANK_ACCOUNT reg.nr.
  and account as one span ("5470-0004471920", "5470 0004471920"); CARD Luhn-valid with a test
  prefix, grouped or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; OTP a 6- or 8-digit code sent,
  asked for or given; MITID_USER a MitID user ID; NUMBER_PLATE "CD 44 512" or "CD44512".
- Hard negatives, never labelled: case, KYC, ROFUS, transaction and journal numbers, player
  IDs, CVR numbers, amounts, dates and times, masked values ("120365-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "******217", "DK71XXXXXXXXXX0932", "CD ** ***"),
  organisations' lines and addresses, companies, banks, products, streets without a number,
  family words and pseudonyms. Negative documents are the same genres pseudonymised: only such
  values, pseudonyms and stand-ins ("[NAVN]", "[CPR]") remain. No run of ten or more digits
  occurs outside a labelled identifier, and no loose 8-digit number in a negative but a 70/80
  line.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind93 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
SEED = 9394
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "kyc",
    "chat",
    "telefonnotat",
    "udbetalingsstop",
    "hvidvask",
    "bankmail",
    "phishing",
    "vagtlog",
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

WOMEN = (
    "Agnete", "Birthe", "Solveig", "Ditte", "Klara", "Nanna", "Vibeke", "Jytte", "Lærke",
    "Asta", "Gry", "Merete", "Zeynep", "Ayşe", "Fatima", "Amira", "Leyla", "Noor", "Ewa",
    "Agnieszka", "Jelena", "Mirela", "Hülya", "Dragana", "Renée", "Chloé", "Anne-Grethe",
    "Ann-Kristin", "Marie-Louise", "Bodil", "Edel", "Tilde", "Vita", "Signe", "Malou",
    "Rigmor", "Thit", "Saga", "Yasmin", "Małgorzata",
)  # fmt: skip
MEN = (
    "Bjarke", "Henning", "Torben", "Palle", "Asger", "Villads", "Ejnar", "Kaj", "Mogens",
    "Jeppe", "Halfdan", "Tue", "Svend", "Rasmus", "Mehmet", "Emre", "Ahmad", "Tariq", "Yusuf",
    "Bilal", "Dragan", "Miloš", "Luka", "Marek", "Piotr", "Jérôme", "René", "Søren",
    "Jens-Ole", "Hans-Henrik", "Karl-Emil", "Goran", "Davor", "Stjepan", "Andrés", "Joakim",
    "Bent", "Frode", "Aksel", "Önder",
)  # fmt: skip
MIDDLES = (
    "Kirstine", "Marie", "Sofie", "Louise", "Emil", "Valdemar", "Skovgaard", "Juul",
    "Bækgaard", "Holm", "Ali", "Margrethe", "Christian", "Elisabeth",
)  # fmt: skip
SURNAMES = (
    "Thygesen", "Kjærulff", "Bech", "Vestergaard", "Riis", "Dahlgaard", "Brøndum",
    "Lykkegaard", "Munch", "Holst", "Bruun", "Krogh", "Nygaard", "Ravn", "Fogh", "Bak", "Dam",
    "Thorsen", "Yılmaz", "Öztürk", "Demir", "Kovačević", "Petrović", "Nowak", "Wiśniewski",
    "Kowalczyk", "Hussain", "Rahimi", "Abdi", "Haddad", "Nguyen", "Tran", "Ćorić",
    "Jovanović", "Şahin", "Lefèvre", "Bergström", "Söderberg", "Østergård", "Kirkegaard",
    "Mørch", "Frølund", "Winther", "Gregersen", "Mikkelsen", "Overgaard", "Svendsen",
)  # fmt: skip
SECOND_SURNAMES = ("Madsen", "Jensen", "Hansen", "Petersen", "Nielsen", "Toft", "Lauridsen")

STREETS = (
    "Kastanjevej", "Rønnebærvej", "Tranegårdsvej", "Mågevej", "Kildebakken", "Hvidkløvervej",
    "Skrænten", "Præstevænget", "Solsortevej", "Tjørnevang", "Lærkedalen", "Bøgeskovvej",
    "Ørnevej", "Fasanvænget", "Hyldegårdsvej", "Vesterled", "Slåenbakken", "Toftegårds Allé",
    "Sankt Jørgens Allé", "Gammel Køge Landevej", "Hedebyvej", "Nøddehegnet", "Kløverprisvej",
    "Ved Bækken", "Rugmarken", "Smedeløkken",
)  # fmt: skip
TOWNS = (
    ("2300", "København S"), ("8210", "Aarhus V"), ("5220", "Odense SØ"),
    ("9400", "Nørresundby"), ("7100", "Vejle"), ("6700", "Esbjerg"), ("4700", "Næstved"),
    ("3400", "Hillerød"), ("2650", "Hvidovre"), ("8800", "Viborg"), ("6400", "Sønderborg"),
    ("4200", "Slagelse"), ("2800", "Kongens Lyngby"), ("9800", "Hjørring"), ("7400", "Herning"),
    ("2630", "Taastrup"), ("8900", "Randers C"), ("5700", "Svendborg"), ("3700", "Rønne"),
    ("2970", "Hørsholm"), ("6000", "Kolding"), ("8600", "Silkeborg"), ("2605", "Brøndby"),
)  # fmt: skip

COMPANIES = ("Kronespil A/S", "Kronespil", "Spillemyndigheden", "Hvidvasksekretariatet")
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Lunar",
         "Spar Nord", "Revolut")  # fmt: skip
PRODUCTS = ("Live Roulette", "Guldfeber Jackpot", "Oddsboost", "MobilePay", "Trustly", "ROFUS")
ORG_ADDRESSES = (
    "Sluseholmen 18, 2450 København SV",  # the operator's office
    "Sluseholmen 18\n2450 København SV",
    "Søndergade 22, 8000 Aarhus C",  # its support desk
    "Englandsvej 17, 2300 København S",  # the licensing authority
    "Kampmannsgade 1, 1604 København V",  # the money-laundering secretariat
    "Ringstedvej 41, 4000 Roskilde",  # a police station
    "Vestergade 9, 5000 Odense C",  # a partner shop where payouts are collected
    "Strandgade 3, 1401 København K",  # a bank branch
)
ORG_LINES = ("70 20 14 14", "7020 1414", "70 15 88 00", "80 20 40 60", "70 11 60 60")
CVRS = ("31874420", "29403318", "40117265")
PSEUDONYMS = ("Spiller A", "Spiller B", "Kunde A", "Kunde B", "Medarbejder 1",
              "Medarbejder 2", "Person X", "Kontohaver 1")  # fmt: skip
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
             "[fødselsdato]", "[bruger-ID]", "[IBAN]", "[kortnr.]")  # fmt: skip
FAMILY = ("min mor", "min far", "hans bror", "hendes søster", "min kæreste", "hans svoger",
          "min søn", "hendes datter")  # fmt: skip
ALIAS_UNITS = ("Sikkerhedsteamet", "Kundeservice", "Udbetalingsafdelingen", "Compliance")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "GB": 22, "LT": 20, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40",
          "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "è": "e", "ö": "o", "ü": "u",
                      "ş": "s", "ć": "c", "č": "c", "ı": "i", "ł": "l", "ś": "s", "š": "s",
                      "ô": "o", "á": "a", "-": "", " ": ""})  # fmt: skip


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban(rng: random.Random, country: str) -> str:
    size = IBAN_LENGTH[country] - 4
    letters = {"GB": 4, "NL": 4}.get(country, 0)
    bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
    bban += "".join(rng.choice("0123456789") for _ in range(size - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass
class Person:
    first: str
    middle: str
    last: str
    birth: date
    cpr: str
    phone: str  # 8 digits, or a foreign number as written
    street: str
    town: tuple[str, str]
    mitid: str
    mail: str
    pseudo: str

    def name(self, form: str) -> str:
        full = " ".join(p for p in (self.first, self.middle, self.last) if p)
        if form == "first":
            return self.first
        if form == "rev":
            return f"{self.last}, {self.first}"
        if form == "upper":
            return full.upper()
        if form == "upper_rev":
            return f"{self.last}, {self.first} {self.middle}".strip().upper()
        if form == "lower":
            return full.lower()
        if form == "initial":
            return f"{self.first[0]}. {self.last}"
        if form == "short":
            return f"{self.first} {self.last[0]}."
        if form in ("gen", "first_gen"):
            base = full if form == "gen" else self.first
            return base if base[-1] in "sxzSXZ" else base + "s"
        return full


class Doc:
    """Text built from parts; a (type, value) part becomes a labelled span."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def __call__(self, *parts: str | tuple[str, str]) -> Doc:
        for part in parts:
            if isinstance(part, tuple):
                kind, value = part
                start = len(self.text)
                self.spans.append({"type": kind, "start": start, "end": start + len(value)})
                self.text += value
            else:
                self.text += part
        return self


Part = str | tuple[str, str]


class Values:
    """Labelled values in a positive document, masks, pseudonyms and stand-ins in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.used: set[str] = set()

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def person(self, pseudos: tuple[str, ...] = ("Spiller A", "Kunde A")) -> Person:
        r = self.rng
        female = r.random() < 0.5
        first = r.choice(WOMEN if female else MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.2:
            last = f"{last}-{r.choice(SECOND_SURNAMES)}"
        middle = r.choice(MIDDLES) if r.random() < 0.22 else ""
        birth = date(1940, 1, 1) + timedelta(days=r.randrange(24000))
        seventh = "4" if birth.year >= 2000 else r.choice("0123")
        while True:
            cpr = birth.strftime("%d%m%y") + seventh + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(cpr, WEIGHTS, strict=True)) % 11:
                break
        roll = r.random()
        if roll < 0.09:
            phone = f"+44 7700 900{r.randrange(1000):03d}"
        elif roll < 0.18:
            phone = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            phone = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        fold_first = first.lower().translate(FOLD)
        fold_last = last.lower().translate(FOLD)
        mitid = r.choice(
            (
                f"{fold_first}{fold_last[0]}{birth.year % 100:02d}",
                f"{fold_last}{birth.year}",
                f"{fold_first}{birth.year}",
                f"{fold_first[:4]}{fold_last[:3]}{birth.year % 100:02d}",
            )
        )
        mail = r.choice(
            (
                f"{fold_first}.{fold_last}@example.dk",
                f"{fold_first}{birth.year % 100:02d}@example.com",
                f"{fold_first[0]}{fold_last}@post.example.dk",
                f"{fold_last}.{fold_first[0]}@example.net",
            )
        )
        free = [p for p in pseudos if p not in self.used] or list(pseudos)
        pseudo = r.choice(free)
        self.used.add(pseudo)
        street = f"{r.choice(STREETS)} {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        floor = r.choice(("", "", "", ", st. th.", ", 1. tv.", ", 2. tv.", ", 3. th.", ", 4. mf."))
        return Person(
            first, middle, last, birth, cpr, phone, street + floor, r.choice(TOWNS), mitid,
            mail, pseudo,
        )  # fmt: skip

    def staff(self) -> Person:
        p = self.person(("Medarbejder 1", "Medarbejder 2"))
        fold = f"{p.first.lower().translate(FOLD)}.{p.last.lower().translate(FOLD)}"
        p.mail = f"{fold}@kronespil.example.dk"
        return p

    # -- values --------------------------------------------------------------------------------
    def n(self, p: Person, form: str = "full") -> Part:
        if self.neg:
            if form in ("speaker",):
                return p.pseudo
            stand = "[NAVN]" if self.rng.random() < 0.15 else p.pseudo
            return stand + "'s" if form.endswith("gen") else stand
        return ("PERSON", p.name("full" if form == "speaker" else form))

    def cpr(self, p: Person) -> Part:
        c = p.cpr
        if self.neg:
            return self.pick((f"{c[:6]}-xxxx", "[CPR]"))
        form = self.pick(
            (f"{c[:6]}-{c[6:]}", c, f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}", f"{c[:6]} {c[6:]}")
        )
        return ("CPR", form)

    def dob(self, p: Person) -> Part:
        if self.neg:
            return "[fødselsdato]"
        b = p.birth
        form = self.pick(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                b.strftime("%d-%m-%Y"),
                f"{b.day}/{b.month}-{b.year}",
            )
        )
        return ("DATE_OF_BIRTH", form)

    def phone(self, p: Person) -> Part:
        if self.neg:
            return self.pick((f"+45 ** ** ** {self.rng.randrange(100):02d}", "[TLF]"))
        d = p.phone
        if d.startswith("+"):
            return ("PHONE", d)
        a, b, c, e = d[:2], d[2:4], d[4:6], d[6:]
        forms = (f"+45 {d}", f"+45 {a} {b} {c} {e}", f"+45 {d[:4]} {d[4:]}",
                 f"{d[:4]} {d[4:]}", f"(+45) {a} {b} {c} {e}", f"0045 {d}",
                 f"{a} {b} {c} {e}", d, f"+45{d}", f"{a}.{b}.{c}.{e}")  # fmt: skip
        return ("PHONE", self.pick(forms))

    def mail(self, address: str) -> Part:
        if self.neg:
            local, domain = address.split("@")
            return self.pick((f"{local[0]}***@{domain}", "[e-mail]"))
        return ("EMAIL", address)

    def addr(self, p: Person, sep: str | None = None) -> Part:
        if self.neg:
            return "[ADRESSE]"
        sep = sep if sep is not None else self.pick((", ", "\n"))
        return ("ADDRESS", f"{p.street}{sep}{p.town[0]} {p.town[1]}" if sep else p.street)

    def iban(self, country: str | None = None) -> Part:
        country = country or self.pick(("DK", "DK", "DE", "SE", "NO", "GB", "LT", "NL"))
        value = iban(self.rng, country)
        if self.neg:
            return self.pick((f"{country}{value[2:4]}{'X' * 10}{value[-4:]}", "[IBAN]"))
        return ("IBAN", self.pick((value, grouped(value))))

    def account(self) -> Part:
        reg = f"{self.rng.randint(1000, 9899)}"
        acct = self.pick(("00", "0", "")) + f"{self.rng.randrange(10**8):08d}"
        if self.neg:
            return self.pick((f"******{acct[-4:]}", "[kontonr.]"))
        return ("BANK_ACCOUNT", f"{reg}{self.pick(('-', ' '))}{acct}")

    def card(self) -> Part:
        prefix = self.pick(TEST_PREFIXES)
        size = 15 if prefix.startswith("3") else 16
        body = prefix + "".join(self.pick("0123456789") for _ in range(size - 5))
        value = body + luhn_digit(body)
        if self.neg:
            return self.pick((f"**** **** **** {value[-4:]}", "[kortnr.]"))
        return ("CARD", self.pick((value, grouped(value))))

    def expiry(self) -> Part:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        if self.neg:
            return "**/**"
        return ("CARD_EXPIRY", self.pick((f"{month:02d}/{year}", f"{month:02d}/20{year}")))

    def otp(self) -> Part:
        if self.neg:
            return self.pick(("[kode]", "******"))
        size = self.pick((6, 6, 6, 8))
        return ("OTP", f"{self.rng.randrange(10**size):0{size}d}")

    def mitid(self, p: Person) -> Part:
        return "[bruger-ID]" if self.neg else ("MITID_USER", p.mitid)

    def plate(self) -> Part:
        letters = "".join(self.pick("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{self.rng.randint(10, 99)}{self.rng.randint(100, 999)}"
        if self.neg:
            return self.pick((f"{letters} ** ***", "[nummerplade]"))
        spaced = f"{letters} {digits[:2]} {digits[2:]}"
        return ("NUMBER_PLATE", self.pick((spaced, spaced, letters + digits)))

    # -- hard negatives ------------------------------------------------------------------------
    def ref(self, kind: str) -> str:
        r = self.rng
        return {
            "kyc": f"KYC-2026-{r.randint(10000, 99999)}",
            "sag": f"SAG-26-{r.randint(10000, 99999)}",
            "hvs": f"HVS-2026-{r.randint(1000, 9999)}",
            "rof": f"ROF-{r.randint(100000, 999999)}",
            "trx": f"TRX-{r.randint(1000000, 9999999)}",
            "udb": f"UDB-26-{r.randint(10000, 99999)}",
            "bnk": f"BNK-26-{r.randint(1000, 9999)}",
            "player": f"spiller-ID {r.randint(1000000, 9999999)}",
        }[kind]

    def amount(self) -> str:
        r = self.rng
        value = f"{r.randint(1, 98)}.{r.randint(0, 9)}00"
        return r.choice(
            (f"{value} kr.", f"kr. {value}", f"{r.randint(100, 999)},{r.randint(10, 95)} kr.")
        )

    def when(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.randint(1, 6)
        hh, mm = r.randint(0, 23), r.randint(0, 59)
        return r.choice(
            (
                f"{day:02d}.{month:02d}.2026",
                f"2026-{month:02d}-{day:02d} {hh:02d}:{mm:02d}",
                f"{day:02d}.{month:02d}.2026 kl. {hh:02d}.{mm:02d}",
            )
        )

    def clock(self) -> str:
        return f"kl. {self.rng.randint(0, 23):02d}.{self.rng.randint(0, 59):02d}"

    def org_address(self) -> str:
        return self.pick(ORG_ADDRESSES[:1] + ORG_ADDRESSES[2:])

    def masked_mail(self, p: Person) -> str:
        local, domain = p.mail.split("@")
        return f"{local[0]}***@{domain}"

    def masked_card(self) -> str:
        return f"**** **** **** {self.rng.randint(1000, 9999)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.pick(CVRS)}"


def stamps(rng: random.Random, count: int) -> list[str]:
    minute = rng.randint(6 * 60, 20 * 60)
    out = []
    for _ in range(count):
        minute += rng.randint(0, 4)
        out.append(f"[{minute // 60 % 24:02d}:{minute % 60:02d}]")
    return out


def sign_off(d: Doc, v: Values, staff: Person) -> None:
    r = v.rng
    d(r.choice(("Med venlig hilsen\n", "Venlig hilsen\n", "Mvh.\n", "Best regards\n")))
    d(v.n(staff), "\n", r.choice(("AML & Fraud", "Fraud-teamet", "Compliance", "Payments")))
    d(", Kronespil A/S\n")
    layout = r.choice(("line", "block", "desk"))
    if layout == "line":
        d(f"Kronespil A/S · {ORG_ADDRESSES[0]} · tlf. {r.choice(ORG_LINES)} · {v.cvr()}\n")
    elif layout == "block":
        d(f"Kronespil A/S\n{ORG_ADDRESSES[1]}\n{v.cvr()}\n")
    else:
        d(f"Kundeservice: {ORG_ADDRESSES[2]} (hverdage 9-17), tlf. {r.choice(ORG_LINES)}\n")


def kyc(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff = v.person(), v.staff()
    eng = r.random() < 0.25
    d(r.choice(("KYC-GENNEMGANG", "KYC review", "Kyc-gennemgang (forhøjet due diligence)")))
    d(" – Kronespil A/S\n", f"Sag: {v.ref('kyc')}   {v.ref('player')}\n", f"Oprettet: {v.when()}\n")
    d("Name on ID: " if eng else "Navn på ID: ", v.n(p, r.choice(("upper", "upper_rev"))), "\n")
    d("Profile name: " if eng else "Navn i profil: ", v.n(p, r.choice(("rev", "full", "lower"))))
    d("\n", r.choice(("CPR: ", "CPR-nr.: ", "cpr ")), v.cpr(p), "\n")
    d("DOB: " if eng else "Fødselsdato: ", v.dob(p), "\n")
    if r.random() < 0.6:
        d("Adresse (folkeregister):\n", v.addr(p, "\n"), "\n")
    else:
        d("Address: " if eng else "Adresse: ", v.addr(p, ", "), "\n")
    doc = r.choice(("dansk pas", "kørekort", "opholdskort", "passport (PL)"))
    d(f"ID-dokument: {doc} nr. ******{r.randint(100, 999)}, udløber {r.randint(2027, 2034)}")
    d(r.choice((" – selfie matcher IKKE\n", " – selfie ok\n", ", billede uskarpt\n")))
    d(r.choice(("Tlf. oplyst: ", "Phone: ", "Mobil: ")), v.phone(p), "\n")
    d("E-mail: ", v.mail(p.mail), "\n")
    d(f"ROFUS-opslag {v.clock()}: ")
    d(r.choice(("ikke registreret", "REGISTRERET – midlertidig udelukkelse", "ikke registreret")))
    d(f" (opslag {v.ref('rof')})\n")
    if r.random() < 0.6:
        d("Indbetalingskort: ", v.card(), " udløb ", v.expiry(), "\n")
    if r.random() < 0.4:
        d("Udbetalingskonto: ", v.account(), f" ({r.choice(BANKS)})\n")
    d(r.choice(("Vurdering: ", "Note: ", "Assessment: ")))
    d(
        r.choice(
            (
                "adressen passer ikke med IP-lokation, kontoen oprettet 3 min efter ",
                "spilleren har indbetalt ",
                "mistanke om stjålen identitet – spilleren har indbetalt ",
                "identity possibly stolen, deposits of ",
            )
        ),
        v.amount(),
        r.choice((" på to døgn.", " via MobilePay.", " med Trustly.")),
    )
    if r.random() < 0.3:
        d(" Tidligere adresse opgivet som et sted på ", r.choice(STREETS), ".")
    if r.random() < 0.3:
        d(" Ifølge spilleren bruger ", r.choice(FAMILY), " også kontoen.")
    d("\nSagsbehandler: ", v.n(staff), ", Kronespil A/S, ", v.org_address(), "\n")
    return d


def chat(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff = v.person(), v.staff()
    eng = r.random() < 0.2
    ts = iter(stamps(r, 20))
    me = r.choice(("speaker", "speaker", "lower", "upper", "full"))
    you = r.choice(("speaker", "short", "first"))
    if v.neg:
        me, you = "speaker", "speaker"

    def say(who: Person, form: str, *parts: Part) -> None:
        d(next(ts), " ", v.n(who, form), ": ", *parts, "\n")

    d(f"Chat-log · Kronespil Support · sag {v.ref('sag')} · {v.when()}\n")
    if eng:
        say(p, me, "hi, my account is locked and someone withdrew ", v.amount())
        say(staff, you, "Hi, sorry to hear that. Can you confirm your full name and phone?")
        say(p, me, v.n(p), ", ", v.phone(p))
    else:
        say(p, me, r.choice(("hej jeg kan ikke logge ind??", "HJÆLP min konto er hacket",
                             "hej, der er lavet en udbetaling jeg ikke kender")))  # fmt: skip
        say(staff, you, "Hej, det beklager jeg. Hvad er dit fulde navn og mobilnr.?")
        say(p, me, v.n(p, r.choice(("full", "lower"))), " – ", v.phone(p))
    say(staff, you, "Tak. Hvilken e-mail står på ", v.n(p, "first_gen"), " konto?")
    say(p, me, v.mail(p.mail), r.choice(("", " tror jeg", " (den gamle)")))
    if r.random() < 0.7:
        say(staff, you, "Har du givet en kode til nogen? Hvilken kode var det?")
        say(p, me, v.otp())
        say(p, me, "en fra ", r.choice(ALIAS_UNITS), " ringede fra ", v.phone(v.person()))
    if r.random() < 0.6:
        say(staff, you, "og dit MitID bruger-id, gav du også det?")
        say(p, me, v.mitid(p))
    if r.random() < 0.5:
        say(p, me, "MitID bruger-ID er ", v.mitid(p), " og sms-koden var ", v.otp())
    if r.random() < 0.4:
        say(p, me, "der er trukket på mit kort ", v.card(), " udløb ", v.expiry())
    if r.random() < 0.3:
        say(p, me, "det var vist ", r.choice(FAMILY), " der brugte min telefon")
    say(
        staff,
        you,
        f"Jeg har spærret kontoen og lavet en sag ({v.ref('sag')}). Udbetalinger stoppes. ",
        f"Ring evt. på {r.choice(ORG_LINES)} eller kom ind på {v.org_address()}.",
    )
    say(p, me, r.choice(("ok tak", "tak for hjælpen", "ok. thx", "fint")))
    return d


def telefonnotat(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff = v.person(), v.staff()
    d(f"Telefonnotat {v.when()} – ", v.n(staff), " (Fraud)\n")
    d(f"Ref.: {v.ref('sag')} / {v.ref('player')}\n\n")
    d("Indgående opkald fra ", v.phone(p), ". Opkalder oplyste at være ", v.n(p), ", f. ")
    d(v.dob(p), ", bosat ", v.addr(p, ", "), ".\n")
    d(
        r.choice(
            (
                "Oplyser at kontoen er oprettet i hans/hendes navn uden samtykke "
                "(stjålen identitet). ",
                "Kunden siger at hun er selvudelukket i ROFUS men alligevel har kunnet spille. ",
                "ATO: nogen har skiftet e-mail og bankkonto på profilen. ",
            )
        )
    )
    d("Ny e-mail på profilen: ", v.mail(v.person().mail), ", ny udbetalingskonto ")
    d(v.account(), ".\n")
    if r.random() < 0.6:
        d("Jeg spurgte om MitID bruger-ID: ", v.mitid(p), " (bekræftet). ")
        d("Engangskode sendt: ", v.otp(), ".\n")
    if r.random() < 0.5:
        d("Opkalder nævner at ", r.choice(FAMILY), " har lånt bilen ", v.plate())
        d(" og kørte til vores partnerbutik på ", ORG_ADDRESSES[6], " for at hente kontanter.\n")
    if r.random() < 0.3:
        d("Tidligere bopæl et sted på ", r.choice(STREETS), ".\n")
    d(f"Beløb i spil: {v.amount()} – konto lukket {v.clock()}. ")
    d(r.choice(("Henvist til politiet på 114.", "Sendt videre til AML.", "Følges op i morgen.")))
    d("\n")
    return d


def udbetalingsstop(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff = v.person(), v.staff()
    d("Fra: ", v.mail("udbetaling@kronespil.example.dk"), "\nTil: ", v.mail(p.mail), "\n")
    d(f"Emne: Din udbetaling på {v.amount()} er sat i bero (ref. {v.ref('udb')})\n\n")
    d(r.choice(("Kære ", "Hej ", "Dear ")), v.n(p, r.choice(("first", "full"))), ",\n\n")
    d("Vi har midlertidigt standset din udbetaling, fordi vi efter hvidvaskloven skal kende ")
    d("vores spillere. Vi har registreret følgende adresse:\n", v.addr(p, "\n"), "\n\n")
    d("Send venligst kontoudtog for kontoen ", v.account())
    if r.random() < 0.5:
        d(" eller IBAN ", v.iban())
    d(f" samt billede af kortet der slutter på {v.masked_card()} (dæk de midterste cifre).\n")
    if r.random() < 0.5:
        d("Vi ringer dig op på ", v.phone(p), " fra vores nummer ", r.choice(ORG_LINES), ".\n")
    d("Vi spørger ALDRIG om din MitID-kode eller dit kodeord.\n")
    d(f"Sagen har nr. {v.ref('sag')}; svar inden {v.when()}.\n\n")
    sign_off(d, v, staff)
    return d


def hvidvask(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, mule, staff = (
        v.person(),
        v.person(("Spiller B", "Kunde B", "Person X", "Kontohaver 1")),
        v.staff(),
    )
    d("Til: Hvidvasksekretariatet, ", ORG_ADDRESSES[4], "\n")
    d(f"Underretning om mistænkelig aktivitet – journal {v.ref('hvs')}\n")
    d(f"Indberetter: Kronespil A/S ({v.cvr()}), {ORG_ADDRESSES[0]}\n\n")
    d("Mistænkt: ", v.n(p, r.choice(("rev", "full"))), ", CPR ", v.cpr(p), "\n")
    d("Adresse: ", v.addr(p, ", "), "\nTlf.: ", v.phone(p), "\n")
    d(f"Profil: {v.ref('player')}, oprettet {v.when()}\n\n")
    d(r.choice(("Forløb: ", "Summary: ")), "Spilleren har indbetalt ", v.amount())
    d(" fra kort ", v.card(), " (udløb ", v.expiry(), ") og et andet kort, som ifølge ")
    d(r.choice(BANKS), " tilhører ", v.n(mule), ". Næsten intet spil på ", r.choice(PRODUCTS))
    d(f" før udbetaling af {v.amount()} til ", v.iban(), ".\n")
    d(
        "Mistanke om muldyr: ",
        v.n(mule, r.choice(("gen", "first_gen"))),
        " konto ",
        v.account(),
        " modtog samme dag ",
    )
    d(f"{v.amount()} ({v.ref('trx')}).\n")
    if r.random() < 0.7:
        d(
            "Spilleren blev set hente kontanter i vores partnerbutik på ",
            ORG_ADDRESSES[6],
            " i en bil med nummerplade ",
            v.plate(),
            ".\n",
        )
    if r.random() < 0.4:
        d("Muldyret er født ", v.dob(mule), " og bor ", v.addr(mule, ", "), ".\n")
    d("Kontaktperson: ", v.n(staff), ", ", v.mail(staff.mail), ", tlf. ", r.choice(ORG_LINES))
    d("\n")
    return d


def bankmail(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff, banker = v.person(), v.staff(), v.person(("Kontohaver 1", "Person X"))
    bank = r.choice(BANKS)
    fold = bank.lower().replace(" ", "")
    d("Fra: ", v.n(staff), " <", v.mail(staff.mail), ">\n")
    d("Til: ", v.mail(f"fraud@{fold}.example.dk"), "\n")
    d(f"Emne: Tilbageførsel – indbetalinger fra stjålen identitet (vores ref. {v.ref('bnk')})\n\n")
    d(f"Hej {bank} Fraud,\n\n")
    d("Vi har modtaget indbetalinger fra konto ", v.account(), " i navnet ", v.n(p, "rev"))
    d(" (", v.n(p, "first_gen"), " lønkonto)")
    d(", men kontohaveren har kontaktet os og siger at kontoen hos os er oprettet uden hendes ")
    d(f"viden. I alt {v.amount()} fordelt på {r.randint(3, 19)} transaktioner.\n")
    d("Kontohaverens oplysninger:\n", v.n(p), "\n", v.addr(p, "\n"), "\n", "Tlf. ", v.phone(p))
    d("\n\nKan I bekræfte om ", v.iban("DK"), " også er hendes? Vi har spærret profilen.\n")
    sign_off(d, v, staff)
    d(f"\n> Fra: {bank} Fraud Desk, {ORG_ADDRESSES[7]}\n")
    d("> Hej ", v.n(staff, "first"), ", kontoen er bekræftet misbrugt. Kortet ", v.card())
    d(
        " er spærret. Sagsbehandler hos os er ",
        v.n(banker, r.choice(("initial", "full"))),
        f" ({v.ref('sag')}).\n",
    )
    return d


def phishing(v: Values) -> Doc:
    r, d = v.rng, Doc()
    p, staff, alias = v.person(), v.staff(), v.person(("Person X",))
    d("Fra: ", v.n(p), " <", v.mail(p.mail), ">\nTil: ", v.mail("svindel@kronespil.example.dk"))
    d(f"\nEmne: VS: Din konto er låst – bekræft din identitet\nDato: {v.when()}\n\n")
    d(r.choice(("Hej, er det her ægte?? ", "hej jeg fik denne mail, ", "Is this real? ")))
    d(r.choice(("jeg nåede at taste ", "har desværre tastet ")), "kortnummer ", v.card())
    d(", udløb ", v.expiry(), " og koden ", v.otp(), " ind på siden.\n")
    d("Mvh ", v.n(p, r.choice(("first", "lower", "full"))), ", tlf. ", v.phone(p), "\n\n")
    d("---------- Videresendt besked ----------\n")
    d("Fra: Kronespil Sikkerhed <", v.mail("sikkerhed@kronespillogin.example.net"), ">\n")
    d("Emne: Din konto er låst\n\nKære ", v.n(p, r.choice(("full", "upper"))), ",\n\n")
    d("Vi har registreret et usædvanligt login. For at undgå at din gevinst på ", v.amount())
    d(" bortfalder, skal du bekræfte dit MitID og dit kort inden 24 timer.\n")
    d("Ring evt. til os på ", v.phone(v.person()), " (ikke vores rigtige nr. ")
    d(f"{r.choice(ORG_LINES)}).\n\nVenlig hilsen\n")
    if v.neg:
        d(f"{alias.pseudo} fra {r.choice(ALIAS_UNITS)}\n")
    else:
        d(v.n(alias, "first"), f" fra {r.choice(ALIAS_UNITS)}\n")
    d(f"Kronespil A/S, {ORG_ADDRESSES[0]}\n")
    d("------------------------------------------\n")
    d("Svar fra os: ", v.n(staff), ", Fraud – vi har spærret kortet og sendt sagen ")
    d(f"({v.ref('sag')}) til Spillemyndigheden, {ORG_ADDRESSES[3]}.\n")
    return d


def vagtlog(v: Values) -> Doc:
    r, d = v.rng, Doc()
    crew = [v.staff(), v.staff()]
    ts = iter(stamps(r, 12))
    d(f"VAGTLOG Fraud & AML – {v.when()}\n")

    def log(who: Person, *parts: Part) -> None:
        form = "speaker" if v.neg else r.choice(("full", "full", "upper", "short"))
        d(next(ts), " ", v.n(who, form), ": ", *parts, "\n")

    a, b = crew
    p = v.person()
    q = v.person(("Spiller B", "Kunde B", "Kontohaver 1"))
    log(a, f"vagt startet, {r.randint(2, 9)} nye ATO-alarmer i køen")
    log(
        b,
        v.ref("player"),
        " (",
        v.n(p, "rev"),
        ") login fra ny enhed, tlf. ændret til ",
        v.phone(p),
    )
    if r.random() < 0.6:
        log(a, "ROFUS-hit på ny konto: ", v.n(q), ", cpr ", v.cpr(q), " – lukket, ", v.ref("rof"))
    if r.random() < 0.5:
        log(b, "OBS bil ", v.plate(), " igen ved partnerbutikken på ", ORG_ADDRESSES[6])
    if r.random() < 0.5:
        log(
            a,
            "udbetaling ",
            v.amount(),
            " til ",
            v.account(),
            " holdt tilbage (",
            v.ref("trx"),
            ")",
        )
    if r.random() < 0.4:
        log(b, "kunde ringede fra ", v.phone(q), ", gav bruger-ID ", v.mitid(q), " ved fejl")
    if r.random() < 0.4:
        log(
            a,
            "nyt kort på ",
            v.n(p, r.choice(("gen", "first_gen"))),
            " profil: ",
            v.card(),
            " exp ",
            v.expiry(),
        )
    log(b, "mail fra ", v.mail(q.mail), " videresendt til AML, ", v.cvr(), " tjekket")
    log(a, f"overdraget til dagvagt {v.clock()}, ingen åbne sager på {r.choice(ORG_LINES)}")
    return d


BUILDERS = {
    "kyc": kyc,
    "chat": chat,
    "telefonnotat": telefonnotat,
    "udbetalingsstop": udbetalingsstop,
    "hvidvask": hvidvask,
    "bankmail": bankmail,
    "phishing": phishing,
    "vagtlog": vagtlog,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES of them (scaled) pseudonymised, seeded."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = BUILDERS[genre](Values(rng, kind == "negative"))
            if doc.text not in seen and (kind == "negative") != bool(doc.spans):
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind93-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).parent / "data" / "pii_blind93.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
