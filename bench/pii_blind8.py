"""A ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses what a citizen-facing
anti-fraud service receives from the public, written by ordinary people: victims' free-text
reports in a web form, forwarded scam SMS and e-mails with the victim's own details typed in,
DBA/Marketplace buyer-seller chats, dictated messages from elderly people (no punctuation, all
lower case, numbers as digit pairs "20 30 40 50" or words "tyve tredive fyrre halvtreds"),
relatives writing on someone's behalf ("min mor Inger på Solvej 3 i Hinnerup"), teenagers'
slang and emoji, Danish by non-native writers (æ/ø/å as ae/oe/aa, wrong word order),
complaints to a consumer board, letters to the editor, banking-app screenshots described in
words and lists of transfers ("overførte 5.000 til reg 9570 konto 1234567").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or relation ("min mor", "fru", "sælger");
  initials keep their dot ("I. Dahl"), "Dahl, Inger" is one span, a genitive s belongs to it
  ("Ingers konto"). Names in lower case (chats, dictation) and ascii-folded names ("Soeren
  Kjaergaard") are PERSON. Relation words alone ("mor", "farmor"), Danish words that are also
  first names ("bo", "held og lykke", "storm", "sol"), towns that are also surnames ("Lund",
  "Holm", "Bjerg"), names inside company or product names and streets named after people are
  never PERSON. In a chat each speaker label ("Signe: hej") is a PERSON span. A signature
  "Navn og adresse er redaktionen bekendt" carries nothing.
- ADDRESS runs from the street name through number, letter, floor and side ("3B", "2. tv",
  "st. th."), plus ", postcode town" on the same line or the next line of an address block
  (line break included); in dictation the postcode and town follow without comma and still
  belong to the span. A town after "i" ("Solvej 3 i Hinnerup") is NOT part of the span, nor
  is a postcode and town alone or a street without number. Every street address with a
  number is labelled, also an organisation's; ascii-folded streets ("Noerregade 12") too.
- Spoken numbers (dictation only): a CPR, phone number or OTP may be read digit by
  digit ("fire otte to ni en tre") or in pairs ("tyve tredive fyrre halvtreds", "nul tre" for
  03); the span runs from the first to the last number word, a spoken "streg" included.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century, and a serial
  that makes the number FAIL modulus 11; forms "DDMMYY-SSSS", "DDMMYYSSSS", "DDMMYY SSSS".
  DATE_OF_BIRTH is a full date with a four-digit year in birth context ("født", "f.",
  "fødselsdato", "født den"); every other date is never labelled.
- PHONE: Danish personal numbers (8 digits, first digit 2-9, never 70 or 80 in this set, any
  common grouping, optional +45 or 0045) and fictional foreign ones (+44 7700 900xxx, +1 NXX
  555-01xx). An organisation's 70- or 80-number given as its service, blocking or help line is
  not PHONE, nor are short service numbers (112, 114, 1813) or SMS short codes.
- BANK_ACCOUNT is reg.nr. and account written together ("9570 1234567", "9570-0001234567");
  where each has its own word ("reg 9570 konto 1234567", "reg.nr. 9570, kontonr. 1234567")
  only the account is the span. IBANs have valid check digits and their country's length.
  CARD numbers are Luhn-valid with a published test prefix (TEST_PREFIXES); CARD_EXPIRY
  "MM/YY", "MM/YYYY" or "MM-YY"; CARD_CVV 3-4 digits after "cvc", "cvv", "kontrolcifre" or
  "de 3 tal bagpå". OTP is a one-time code sent, asked for or read aloud (4, 6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("CX 47 118").
  Every e-mail address is EMAIL (all on example.* domains), the scammer's too.
- Hard negatives, never labelled: masked values ("**** 4242", "xxxxxx-xxxx", "+45 ** ** ** 17",
  "i***@example.dk"), amounts, dates and times, order, tracking, case and invoice numbers,
  CVR numbers, MobilePay box numbers, product names and models, door and parcel codes,
  help-line and authority numbers. Documents of kind "negative" carry only such values.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind8 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SEED = 80_818
SIZE = 2_000
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
FIRST = words(
    "Inger Birthe Grethe Aase Jytte Lis Bodil Ellen Ruth Gudrun Edith Ketty Solveig Karen "
    "Hanne Vibeke Lone Dorthe Pernille Tina Anja Trine Camilla Sanne Maja Freja Ida Alma "
    "Nanna Signe Asta Liva Poul Erik Knud Svend Henning Preben Ove Arne Mogens Leif Bent Finn "
    "Jørgen Aksel Torben Kurt Flemming Jesper Brian Kenneth René Allan Steen Kasper Mikkel "
    "Malthe Emil Villads Magnus Storm Bo Sigurd Ejnar Søren Bjørn Åge Lykke Thorvald Marius"
)
LAST = words(
    "Dahl Krogh Vestergaard Damgaard Overgaard Bundgaard Kjærgaard Lauridsen Thygesen "
    "Frandsen Bertelsen Brix Winther Ravn Iversen Klausen Ebbesen Enevoldsen Gregersen Husted "
    "Abildgaard Bisgaard Kofoed Mølgaard Søgaard Toft Munk Lund Holm Bjerg Skov Bak Hedegaard "
    "Riis Nørgaard Hvidberg Fogh Lyngsø Brøndum Stokholm Agerskov Pallesen Ladefoged Vinther "
    "Østergaard"
)
FOREIGN = (
    "Piotr Wiśniewski", "Agnieszka Kowalczyk", "Ionuț Dumitrescu", "Ahmad Haddad",
    "Fatima Al-Sayed", "Hodan Warsame", "Nguyen Thi Lan", "Oksana Melnyk", "Emre Yıldız",
    "Giedrė Petrauskaitė",
)  # fmt: skip
STREETS = (
    *words(
        "Solvej Bøgevej Mølledamsvej Kirkestræde Skolebakken Engtoften Lærkevej Rosenhaven "
        "Grønnegade Stationsvej Hybenvej Syrenvej Ahornvej Havnegade Egevænget Kløvermarken "
        "Tjørnevej Æblehaven Højvangen Søndergade Nørregade Præstevænget Skovbrynet Fyrrebakken "
        "Tranevej Vibevej Storegade Ågade Gartnervænget Smedestien Mosevej Hedelyngen Kærvej"
    ),
    "Kastanie Allé",
    "Gl. Kongevej",
    "Ved Åen",
    "Lille Torv",
    "Nørre Boulevard",
)
TOWNS = (
    "8382 Hinnerup", "8850 Bjerringbro", "6800 Varde", "7400 Herning", "4700 Næstved",
    "5700 Svendborg", "9800 Hjørring", "3400 Hillerød", "2630 Taastrup", "8600 Silkeborg",
    "6000 Kolding", "4300 Holbæk", "7100 Vejle", "8900 Randers C", "9000 Aalborg",
    "5000 Odense C", "2720 Vanløse", "2300 København S", "8000 Aarhus C", "4800 Nykøbing F",
    "6400 Sønderborg", "3700 Rønne", "8700 Horsens", "7500 Holstebro", "4000 Roskilde",
)  # fmt: skip
EMAIL_DOMAINS = ("example.dk", "example.com", "example.org", "example.net", "post.example.dk")
TEST_PREFIXES = ("424242", "411111", "400000", "555555", "510510", "222300", "601111", "378282")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "LT": 20, "NL": 18, "PL": 28, "ES": 24}
REGS = ("9570", "5470", "3409", "2191", "7890", "6150", "1551", "0400", "9860", "8401", "6880")
ORGS = ("Danske Bank", "Nordea", "Jyske Bank", "PostNord", "SKAT", "MitID", "Nets", "GLS")
PRODUCTS = (
    "iPhone 13 128 GB", "Samsung Galaxy S23", "Bosch IXO skruemaskine", "Lego Technic 42115",
    "Kay Bojesen abe", "Børnecykel Puky 16\"", "PlayStation 5", "Georg Jensen vase",
    "Storm & Sol regnjakke str. 128", "Holm sofabord i eg", "Bo Concept lænestol",
)  # fmt: skip
HELPLINES = ("Spærreservice", "bankens døgnservice", "kundeservice", "svindellinjen")
ONES = words("nul en to tre fire fem seks syv otte ni")
TEENS = words("ti elleve tolv tretten fjorten femten seksten sytten atten nitten")
TENS = words("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems")
MONTH = words("januar februar marts april maj juni juli august september oktober november december")
FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
DATA = Path(__file__).resolve().parent / "data" / "pii_blind8.jsonl"
MARK = re.compile("\ue000(\\d+)\ue001")


def luhn_digit(body: str) -> str:
    """The check digit that makes ``body`` + digit pass Luhn."""
    return next(d for d in "0123456789" if luhn_sum(body + d) % 10 == 0)


def luhn_sum(number: str) -> int:
    doubled = (int(c) * (1 + i % 2) for i, c in enumerate(number[::-1]))
    return sum(divmod(n, 10)[0] + divmod(n, 10)[1] for n in doubled)


def pair_words(pair: str) -> str:
    """Two digits as a Danish speaker reads them ("03" -> "nul tre", "48" -> "otteogfyrre")."""
    n = int(pair)
    if pair[0] == "0":
        return f"nul {ONES[n]}"
    if n < 20:
        return TEENS[n - 10]
    unit = ("en" if n % 10 == 1 else ONES[n % 10]) + "og" if n % 10 else ""
    return unit + TENS[n // 10 - 2]


def spoken(number: str, pairs: bool) -> str:
    groups = [number[i : i + 2] for i in range(0, len(number), 2)] if pairs else list(number)
    return " ".join(pair_words(g) if len(g) == 2 else ONES[int(g)] for g in groups)


class Doc:
    """One document under construction: labelled values become markers, resolved in render."""

    def __init__(self, rng: random.Random, style: Callable[[str], str] = lambda s: s) -> None:
        self.rng, self.style, self.values = rng, style, list[tuple[str, str]]()
        self.pick, self.chance = rng.choice, lambda p: rng.random() < p

    def lab(self, kind: str, value: str) -> str:
        self.values.append((kind, value))
        return f"\ue000{len(self.values) - 1}\ue001"

    def render(self, template: str) -> tuple[str, list[dict[str, Any]]]:
        text, spans, at = "", list[dict[str, Any]](), 0
        for m in MARK.finditer(template):
            text += self.style(template[at : m.start()])
            kind, value = self.values[int(m[1])]
            value = self.style(value).strip()
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text, at = text + value, m.end()
        return text + self.style(template[at:]), spans

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # -- people and places ---------------------------------------------------------------
    def who(self) -> tuple[str, str]:
        if self.chance(0.07):
            first, last = self.pick(FOREIGN).split(" ", 1)
            return first, last
        return self.pick(FIRST), self.pick(LAST) + (
            f"-{self.pick(LAST)}" if self.chance(0.05) else ""
        )

    def person(self, first: str = "", last: str = "", form: str = "") -> str:
        f, sur = (first, last) if first else self.who()
        form = form or self.pick(["full"] * 6 + ["first", "first", "init", "comma"])
        value = {
            "full": f"{f} {sur}", "first": f, "init": f"{f[0]}. {sur}", "comma": f"{sur}, {f}",
            "gen": f"{f}s" if not f.endswith("s") else f"{f}'",
        }[form]  # fmt: skip
        return self.lab("PERSON", value)

    def street(self) -> str:
        number = f"{self.rng.randint(1, 140)}{self.pick(['', '', '', 'A', 'B', 'C'])}"
        floor = self.pick(["", "", "", ", st. th.", ", 1. tv.", ", 2. th", " 3. mf.", ", st."])
        return f"{self.pick(STREETS)} {number}{floor}"

    def address(self, town: str = "", block: bool = False) -> str:
        if town == "i":
            return f"{self.lab('ADDRESS', self.street())} i {self.pick(TOWNS).split(' ', 1)[1]}"
        tail = self.pick(["", f", {self.pick(TOWNS)}", f", {self.pick(TOWNS)}"])
        if block:
            tail = f"\n{self.pick(TOWNS)}"
        return self.lab("ADDRESS", self.street() + tail)

    # -- numbers -------------------------------------------------------------------------
    def phone_digits(self) -> str:
        first = self.pick(["2", "3", "4", "5", "6", "9", "71", "81", "91"])
        return first + self.digits(8 - len(first))

    def phone(self, voice: bool = False) -> str:
        n = self.phone_digits()
        if voice:
            return self.lab("PHONE", spoken(n, self.chance(0.6)) if self.chance(0.5) else fmt(n, 2))
        if self.chance(0.12):
            return self.lab(
                "PHONE",
                self.pick(
                    [
                        f"+44 7700 900{self.digits(3)}",
                        f"+1 {self.rng.randint(201, 989)} 555-01{self.digits(2)}",
                    ]
                ),
            )
        prefix = self.pick(["", "", "", "+45 ", "+45", "0045 "])
        grouped = n if prefix == "+45" else self.pick([fmt(n, 2), n, f"{n[:4]} {n[4:]}"])
        return self.lab("PHONE", prefix + grouped)

    def birth(self) -> date:
        return date(1930, 1, 1) + timedelta(days=self.rng.randrange(365 * 78))

    def cpr(self, born: date | None = None, voice: bool = False) -> str:
        born = born or self.birth()
        seventh = self.pick("0123") if born.year < 2000 else self.pick("45678")
        number = f"{born:%d%m%y}{seventh}{self.digits(3)}"
        while mod11(number) == 0:  # would pass the old check: draw another serial
            number = f"{born:%d%m%y}{seventh}{self.digits(3)}"
        if voice:
            dash = " streg " if self.chance(0.5) else " "
            pairs = self.chance(0.5)
            return self.lab("CPR", spoken(number[:6], pairs) + dash + spoken(number[6:], pairs))
        return self.lab("CPR", number[:6] + self.pick(["-", "-", "", " "]) + number[6:])

    def dob(self, born: date, voice: bool = False) -> str:
        if voice:
            return self.lab("DATE_OF_BIRTH", f"{born.day} {MONTH[born.month - 1]} {born.year}")
        return self.lab("DATE_OF_BIRTH", self.pick([
            f"{born:%d.%m.%Y}", f"{born.day}/{born.month}-{born.year}", f"{born:%d-%m-%Y}",
            f"{born.day}. {MONTH[born.month - 1]} {born.year}",
        ]))  # fmt: skip

    def email(self, first: str = "", last: str = "") -> str:
        f, sur = (first, last) if first else self.who()
        local = self.pick(
            [f"{f}.{sur}", f"{f}{self.rng.randint(40, 99)}", f"{f[0]}{sur}", f"{sur}.{f[:3]}"]
        )
        local = re.sub(r"[^a-z0-9.]", "", local.lower().translate(FOLD))
        return self.lab("EMAIL", f"{local}@{self.pick(EMAIL_DOMAINS)}")

    def scam_email(self) -> str:
        box = self.pick(["support", "no-reply", "sikkerhed", "kundeservice", "refusion"])
        return self.lab(
            "EMAIL", f"{box}@{self.pick(['sikker.', 'mit.', ''])}{self.pick(EMAIL_DOMAINS[:4])}"
        )

    def card(self) -> str:
        prefix = self.pick(TEST_PREFIXES)
        size = 15 if prefix.startswith("37") else 16
        body = prefix + self.digits(size - 7)
        n = body + luhn_digit(body)
        if size == 15:
            return self.lab("CARD", self.pick([n, f"{n[:4]} {n[4:10]} {n[10:]}"]))
        return self.lab("CARD", self.pick([fmt(n, 4), n, fmt(n, 4, "-")]))

    def expiry(self) -> str:
        m, y = self.rng.randint(1, 12), self.rng.randint(25, 31)
        return self.lab("CARD_EXPIRY", self.pick([f"{m:02}/{y}", f"{m:02}/20{y}", f"{m:02}-{y}"]))

    def cvv(self) -> str:
        return self.lab("CARD_CVV", self.digits(self.pick([3, 3, 3, 4])))

    def otp(self, voice: bool = False) -> str:
        code = self.digits(self.pick([6, 6, 4, 8]))
        return self.lab("OTP", spoken(code, False) if voice else code)

    def account(self, split: bool = False) -> str:
        reg, acc = self.pick(REGS), self.digits(self.pick([7, 8, 10]))
        if split:
            lead = self.pick(["reg ", "reg.nr. ", "regnr ", "reg. "])
            mid = self.pick([" konto ", ", kontonr. ", " kontonummer ", " kto "])
            return f"{lead}{reg}{mid}{self.lab('BANK_ACCOUNT', acc)}"
        return self.lab("BANK_ACCOUNT", f"{reg}{self.pick([' ', '-'])}{acc}")

    def iban(self) -> str:
        country = self.pick(list(IBAN_LENGTH))
        rest = IBAN_LENGTH[country] - 4
        bban = "".join(self.pick("ABCDEFGHJKLMNPRSTUWXZ") for _ in range(4)) + self.digits(rest - 4)
        bban = bban if country in ("GB", "NL") else self.digits(rest)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        value = f"{country}{check:02}{bban}"
        return self.lab("IBAN", fmt(value, 4) if self.chance(0.6) else value)

    def mitid(self, first: str = "") -> str:
        base = re.sub("[^a-z]", "", (first or self.pick(FIRST)).lower().translate(FOLD))
        return self.lab(
            "MITID_USER", base + self.pick([".", "", "_"]) + self.digits(self.pick([2, 3, 4]))
        )

    def plate(self) -> str:
        letters = "".join(self.pick("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{self.rng.randint(10, 99)}{self.rng.randint(100, 999)}"
        return self.lab("NUMBER_PLATE", self.pick([f"{letters} {n[:2]} {n[2:]}", f"{letters}{n}"]))

    # -- hard negatives ------------------------------------------------------------------
    def amount(self) -> str:
        return self.pick(
            [
                f"{self.rng.randint(1, 49)}.{self.rng.randrange(10)}00",
                str(self.rng.randint(150, 999)),
            ]
        ) + self.pick([" kr", " kr.", ",-", ""])

    def day(self) -> str:
        d = date(2025, 1, 1) + timedelta(days=self.rng.randrange(330))
        return self.pick(
            [f"{d:%d.%m.%Y}", f"{d.day}/{d.month}", f"d. {d.day}. {MONTH[d.month - 1]}"]
        )

    def helpline(self) -> str:
        return f"{self.pick(HELPLINES)} på {self.pick(['70', '80'])} {fmt(self.digits(6), 2)}"

    def noise(self) -> str:
        return self.pick([
            f"Ordrenr. {self.digits(8)}.", f"Sporingsnummer: 00{self.digits(16)}.",
            f"Sagsnr. {self.rng.randint(2024, 2025)}-{self.digits(5)}.",
            f"Kortet **** {self.digits(4)} er spærret.",
            f"Jeg har ringet til {self.helpline()}.", "Politiet sagde jeg skulle ringe 114.",
            f"Fakturanr. {self.digits(6)} på {self.amount()}.", f"CVR {self.digits(8)}.",
            f"Det var {self.day()} kl. "
            f"{self.rng.randint(7, 22)}.{self.pick(['00', '15', '30', '45'])}.",
            f"Pakkeboks kode {self.digits(4)}.", f"MobilePay Box {self.digits(5)}.",
            f"Det drejer sig om en {self.pick(PRODUCTS)}.",
            f"Nummeret +45 ** ** ** {self.digits(2)} står i appen.",
            "CPR står som xxxxxx-xxxx i brevet.", "Held og lykke med det.",
            "Vi bor ude ved Lund nu.",
        ])  # fmt: skip


def mod11(number: str) -> int:
    return sum(int(c) * w for c, w in zip(number, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11


def lower(name: tuple[str, str]) -> tuple[str, str]:
    return name[0].lower(), name[1].lower()


def fmt(value: str, size: int, sep: str = " ") -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def dictate(text: str) -> str:
    """Speech-to-text: lower case, no sentence punctuation (dots inside values stay)."""
    return re.sub(r"[,.!?:;\"()]+(?=\s|$)|(?<=\s)[\"(]", "", text.lower())


def web_report(d: Doc) -> str:
    f, sur = d.who()
    caller, org = d.person(form=d.pick(["full", "first"])), d.pick(ORGS)
    born = d.birth()
    lines = [
        f"jeg blev ringet op af en der sagde han hed {caller} og var fra {org.lower()} "
        f"fra nummeret {d.phone()}. han sagde der var misbrug på min konto og at jeg skulle "
        f"flytte pengene",
        f"han bad mig læse koden op fra min app og jeg sagde {d.otp()} desværre",
        f"jeg gav ham mit kortnummer {d.card()} udløb {d.expiry()} og cvc {d.cvv()}",
        f"han fik også mit MitID bruger-id {d.mitid(f)} og bad om mit cpr {d.cpr(born)}",
        f"jeg overførte {d.amount()} til {d.account()} som han sagde var en sikker konto",
        f"bagefter kom en mand og hentede mit kort, han kørte i en grå bil med nummerpladen "
        f"{d.plate()}",
        d.noise().rstrip("."),
        f"det var {d.person(form='gen')} telefon der ringede først",
    ]
    d.rng.shuffle(lines)
    me = (
        f"Mit navn er {d.person(f, sur, 'full')}, {d.address()}, tlf {d.phone()}, mail "
        f"{d.email(f, sur)}."
    )
    intro = d.pick(["Beskriv hvad der skete:\n", "Hvad skete der? ", "Din anmeldelse:\n", ""])
    return intro + ". ".join(lines[: d.rng.randint(3, 6)]) + ".\n\n" + me


def forwarded_sms(d: Doc) -> str:
    f, sur = d.who()
    sms = d.pick([
        f"Kære {d.person(f, sur, 'full')}, din pakke kunne ikke leveres til {d.address()}. Betal "
        f"19,50 kr i told her: hxxps://pakke-dk.example.net",
        f"Hej {d.person(f, sur, 'first')} det er mig, jeg har tabt min telefon. Skriv til mit "
        f"nye nummer {d.phone()} 🙏",
        f"{d.pick(ORGS)}: Din konto er låst. Bekræft dit cpr {d.cpr()} og kode. Mvh {d.pick(ORGS)}",
        f"Hej mor, min telefon er i stykker. kan du overføre {d.amount()} til {d.account()}? kh "
        f"{d.person(form='first')}",
    ])  # fmt: skip
    reply = d.pick([
        f"Jeg svarede desværre med mit kortnr {d.card()} {d.expiry()} kontrolcifre {d.cvv()}.",
        f"Jeg har ikke svaret. Mit eget nummer er {d.phone()}.",
        f"Min datter {d.person()} sagde jeg skulle sende det her til jer.",
        f"Koden jeg fik bagefter var {d.otp()}, den har jeg ikke givet videre. {d.noise()}",
    ])  # fmt: skip
    sender, signed = d.phone(), d.person(f, sur, d.pick(["full", "first"]))
    return f'Videresendt SMS fra {sender}:\n"{sms}"\n\n{reply}\nHilsen {signed}'


def forwarded_email(d: Doc) -> str:
    f, sur = d.who()
    body = d.pick([
        f"Kære {d.person(f, sur, 'full')}\n\nVi har registreret et forsøg på at ændre dine "
        f"oplysninger. Bekræft din identitet med fødselsdato og kortnummer.\n\nMed venlig "
        f"hilsen\n{d.pick(ORGS)} Sikkerhed",
        f"Hej {d.person(f, sur, 'first')},\nDu har en tilbagebetaling på {d.amount()} fra SKAT. "
        f"Udfyld kontonummer og cpr i formularen.",
    ])  # fmt: skip
    born = d.birth()
    filled = d.pick([
        f"Jeg udfyldte formularen med: navn {d.person(f, sur, 'full')}, født {d.dob(born)}, cpr "
        f"{d.cpr(born)}, konto {d.account()}.",
        f"Jeg skrev mit kort {d.card()}, {d.expiry()}, cvv {d.cvv()} ind før jeg opdagede det.",
        f"Jeg har ikke udfyldt noget. {d.noise()}",
    ])  # fmt: skip
    return (
        f"---------- Videresendt meddelelse ---------\nFra: {d.pick(ORGS)} <{d.scam_email()}>\n"
        f"Til: <{d.email(f, sur)}>\nEmne: Vigtigt\n\n{body}\n\n{filled}"
    )


def marketplace(d: Doc) -> str:
    buyer, seller = d.who(), d.who()
    item = d.pick(PRODUCTS)
    chat = [
        f"{buyer[0]}: Hej er {item} stadig til salg?",
        f"{seller[0]}: ja den er. {d.amount()} fast pris",
        f'{buyer[0]}: super, jeg sender fragt via "sikker betaling", skriv din mail',
        f"{seller[0]}: {d.email(*seller)}",
        f"{buyer[0]}: du skal bare indtaste dit kort for at modtage pengene",
        d.pick(
            [
                f"{seller[0]}: ok har skrevet {d.card()} og {d.expiry()} og de 3 tal bagpå "
                f"{d.cvv()}",
                f"{seller[0]}: nej det lyder som svindel, du kan hente den på {d.address()}",
                f"{seller[0]}: kan du ikke bare mobilepay til {d.phone()}?",
            ]
        ),
        f"{buyer[0]}: du får en kode, send den til mig",
        d.pick(
            [f"{seller[0]}: {d.otp()}", f"{seller[0]}: nej", f"{seller[0]}: glem det. {d.noise()}"]
        ),
    ]
    head = (
        f"Samtale på DBA mellem {d.person(*buyer, form='full')} og "
        f"{d.person(*seller, form='full')}:"
    )
    # chat labels are first names: each one is a PERSON span
    lines = [
        d.person(*(buyer if ln.startswith(buyer[0] + ":") else seller), form="first")
        + ln[ln.index(":") :]
        for ln in chat
    ]
    return head + "\n" + "\n".join(lines)


def dictation(d: Doc) -> str:
    d.style = dictate
    f, sur = d.who()
    born = d.birth()
    parts = [
        f"hej det er {d.person(f, sur, 'full')} jeg er {2025 - born.year} år",
        f"jeg bor på {d.lab('ADDRESS', d.street() + ' ' + d.pick(TOWNS))}",
        f"mit telefonnummer er {d.phone(voice=True)}",
        f"der ringede en mand fra {d.pick(ORGS).lower()} han sagde han hed "
        f"{d.person(form=d.pick(['full', 'first']))}",
        f"han ville have mit cpr nummer og jeg sagde {d.cpr(born, voice=True)} det skulle jeg "
        f"nok ikke have gjort",
        f"jeg er født den {d.dob(born, voice=True)}",
        f"han bad mig læse koden op fra brevet og den var {d.otp(voice=True)} punktum",
        f"mit barnebarn {d.person(form='first')} siger jeg skal skrive til jer",
        f"jeg overførte {d.amount()} til {d.account(split=True)}",
    ]
    keep = parts[:1] + d.rng.sample(parts[1:], d.rng.randint(2, 5))
    return " ".join(keep) + d.pick([" tak", " venlig hilsen", " slut", ""])


def relative(d: Doc) -> str:
    rel = d.pick(
        ["min mor", "min far", "min farmor", "min morfar", "min svigermor", "min gamle nabo"]
    )
    f, sur = d.who()
    born = d.birth()
    start = d.pick([
        f"Jeg skriver på vegne af {rel} {d.person(f, sur, 'first')} på {d.address('i')}.",
        f"Jeg skriver for {rel}, {d.person(f, sur, 'full')}, {d.address(block=False)}.",
        f"{rel.capitalize()} {d.person(f, sur, 'full')} (f. {d.dob(born)}) er blevet snydt.",
    ])  # fmt: skip
    mid = d.pick([
        f"En mand ringede fra {d.phone()} og sagde han var fra politiet. Bagefter kom en bil, "
        f"{d.plate()}, og hentede hendes kort og pinkode.",
        f"De har fået hans cpr {d.cpr(born)} og MitID bruger-id ({d.mitid(f)}).",
        f"Der er trukket {d.amount()} fra {d.person(f, sur, 'gen')} konto og overført til "
        f"{d.iban()}.",
        f"Banken siger vi skal ringe til {d.helpline()}. Hendes kort {d.card()} er nu spærret.",
    ])  # fmt: skip
    me = (
        f"Mvh {d.person()} ({d.phone()}, {d.email()})"
        if d.chance(0.7)
        else f"Hilsen {d.person(form='first')}"
    )
    return f"{start} {mid} {d.noise()}\n{me}"


def teen_chat(d: Doc) -> str:
    a, b = d.who(), d.who()
    lines = [
        f"yo {d.person(a[0].lower(), a[1], 'first')} har du set det her 😭😭",
        d.pick(
            [
                f"en random skrev fra {d.phone()} at jeg havde vundet en iphone lol",
                f"nogen på snap sagde de var {d.person(*lower(d.who()), form='full')} "
                f"fra {d.pick(ORGS).lower()} 💀",
            ]
        ),
        d.pick(
            [
                f"de ville ha mit kort bro… jeg sendte {d.card()} 😬",
                f"de ville ha koden fra min mors mitid, {d.otp()} ngl",
                "wallah sus",
            ]
        ),
        d.pick(
            [
                f"skriv til mig på {d.email(*b)} fr",
                f"min adresse er {d.address()} hvis de kommer 🤡",
                "skrr",
            ]
        ),
        f"– {d.person(b[0].lower(), b[1], 'first')} ✌️",
    ]
    return "\n".join([d.person(a[0].lower(), a[1], "first") + ":", *lines])


def non_native(d: Doc) -> str:
    d.style = lambda s: s.translate(FOLD)
    f, sur = d.who()
    born = d.birth()
    parts = [
        d.pick(
            [
                f"Hej. Min navn er {d.person(f, sur, 'full')} og jeg bor i Danmark siden "
                f"{d.rng.randint(2009, 2023)}.",
                f"Goddag, jeg er {d.person(f, sur, 'full')}, jeg er fra "
                f"{d.pick(['Polen', 'Syrien', 'Rumaenien', 'Vietnam'])}.",
                f"Hello, {d.person(f, sur, 'full')} her. Undskyld min daarlig dansk.",
            ]
        ),
        d.pick(
            [
                f"I gaar jeg fik en opkald fra {d.phone()}, han sige han er fra {d.pick(ORGS)}.",
                f"Sidste uge en kvinde ringe fra {d.phone()} og sige min konto er hacket.",
            ]
        ),
        f"Han spurgte min cpr nummer og jeg give {d.cpr(born)}.",
        f"Min adresse er {d.address()}.",
        f"Jeg har overfoert {d.amount()} til konto {d.account()} ikke forstaa hvorfor.",
        f"Han fik ogsaa min MitID bruger-id {d.mitid(f)}, jeg troede det var banken.",
        f"Ogsaa han faa min kort {d.card()} og udloeb {d.expiry()}.",
        f"Du kan skrive mig paa {d.email(f, sur)} eller ring {d.phone()}.",
    ]
    return " ".join(parts[:2] + d.rng.sample(parts[2:], d.rng.randint(2, 4))) + "\nTak for hjaelp"


def complaint(d: Doc) -> str:
    f, sur = d.who()
    shop = d.pick(["Nordlys Elektronik ApS", "Hjemmeshoppen I/S", "Bolig & Have Direkte ApS"])
    return (
        f"Klage til Ankenævnet\n\nKlager: {d.person(f, sur, 'full')}\nAdresse: "
        f"{d.address(block=True)}\n"
        f"Telefon: {d.phone()}\nE-mail: {d.email(f, sur)}\n\nIndklagede: {shop}, CVR "
        f"{d.digits(8)}\n\n"
        f"Jeg købte {d.day()} en {d.pick(PRODUCTS)} til {d.amount()} (ordrenr. {d.digits(7)}). "
        f"Varen kom aldrig. "
        f"Sælgeren, der kaldte sig {d.person(form='full')}, bad mig betale til "
        f"{d.pick([d.account(), d.iban()])}. "
        f"{d.noise()}\nJeg ønsker pengene tilbage.\n\nMed venlig hilsen\n{d.person(f, sur, 'full')}"
    )


def editor(d: Doc) -> str:
    f, sur = d.who()
    body = d.pick([
        f"Min nabo {d.person(form='first')} blev ringet op fra {d.phone()} af en falsk "
        f"bankrådgiver.",
        f"Min nabo {d.person()} modtog en sms om en pakke. Det var selvfølgelig svindel.",
        f"Ældre mennesker som {d.person(form='full')} på vores vej mister tusindvis af kroner.",
    ])  # fmt: skip
    sign = d.pick(
        [
            f"{d.person(f, sur, 'full')}\n{d.address(block=True)}",
            f"{d.person(f, sur, 'full')}, {d.pick(TOWNS).split(' ', 1)[1]}",
        ]
    )
    return (
        f"LÆSERBREV: Stop svindlerne nu\n\n{body} {d.noise()} Politiet kan man ringe til på "
        f"114, men hvem tager sig af det?\n\n{sign}"
    )


def screenshot(d: Doc) -> str:
    rows = [
        f"Til: {d.person(form='full')}", f"Konto: {d.account()}", f"Beløb: {d.amount()}",
        f"Dato: {d.day()}", f"Fra konto: •••• {d.digits(4)}", f"Modtager IBAN: {d.iban()}",
        f"Tekst: {d.pick(['depositum', 'lån', 'hjælp', 'faktura'])}",
    ]  # fmt: skip
    who = d.pick(
        [f"Jeg er {d.person()}.", "", f"Skærmbillede fra min fars app ({d.person(form='first')})."]
    )
    return (
        f"{who} På skærmbilledet står der:\n"
        + "\n".join(rows[:1] + d.rng.sample(rows[1:], d.rng.randint(2, 5)))
        + "\nKan I se hvem det er?"
    )


def transfers(d: Doc) -> str:
    lines = []
    for _ in range(d.rng.randint(2, 5)):
        lines.append(d.pick([
            f"- {d.day()} overførte {d.amount()} til {d.account(split=True)} "
            f"({d.person(form='full')})",
            f"- {d.day()} {d.amount()} på MobilePay til {d.phone()}",
            f"- {d.day()} {d.amount()} til {d.iban()}",
            f"- {d.day()} {d.amount()} til {d.account()}",
        ]))  # fmt: skip
    return (
        "Her er mine overførsler til svindleren:\n"
        + "\n".join(lines)
        + f"\n{d.noise()}\n/{d.person()}"
    )


GENRES: dict[str, Callable[[Doc], str]] = {
    "web_report": web_report, "forwarded_sms": forwarded_sms, "forwarded_email": forwarded_email,
    "marketplace_chat": marketplace, "elderly_dictation": dictation, "relative_report": relative,
    "teen_chat": teen_chat, "non_native": non_native, "complaint_board": complaint,
    "letter_to_editor": editor, "bank_app_screenshot": screenshot, "transfer_list": transfers,
}  # fmt: skip


def neg_question(d: Doc) -> str:
    sms = d.pick([
        f"PostNord: Din pakke {d.digits(10)}DK afventer betaling af {d.amount()}. Svar STOP til "
        f"1272.",
        f"{d.pick(ORGS)}: Dit kort **** {d.digits(4)} er blokeret. Ring {d.helpline()}.",
        f"SKAT: Du har {d.amount()} til gode. Log ind inden {d.day()}.",
    ])  # fmt: skip
    return f'Er det her svindel? Jeg fik den {d.day()}:\n"{sms}"\n{d.noise()} {d.noise()}'


def neg_listing(d: Doc) -> str:
    item = d.pick(PRODUCTS)
    return (
        f"Sælges: {item}. Pris {d.amount()}. Afhentes i "
        f"{d.pick(['Lund ved Horsens', 'Holme', 'Bjerg', 'Storvorde'])}.\n"
        f"Bo du langt væk, kan den sendes med GLS (pakkenr. {d.digits(11)}). {d.noise()}\n"
        f"Storm-rabat: {d.rng.randint(5, 30)} % til {d.day()}. Held og lykke med handlen!"
    )


def neg_editor(d: Doc) -> str:
    return (
        f"LÆSERBREV: Sol, storm og svindel\n\nVi har haft sol hele sommeren, men svindlerne "
        f"holder ikke ferie. "
        f"{d.noise()} {d.noise()} Ring altid selv til banken, fx {d.helpline()}, eller 114.\n\n"
        "Navn og adresse er redaktionen bekendt"
    )


def neg_screenshot(d: Doc) -> str:
    return (
        f"Skærmbillede af min netbank: Fra konto •••• {d.digits(4)}, til xxxx-xxx{d.digits(3)}, "
        f"beløb {d.amount()}, dato {d.day()}, status: afvist. Modtager: ******. "
        f"Telefon +45 ** ** ** {d.digits(2)}, mail k***@example.dk. {d.noise()}"
    )


def neg_dictation(d: Doc) -> str:
    d.style = dictate
    return (
        f"hej jeg vil bare høre om det er rigtigt at {d.pick(ORGS).lower()} ringer til folk "
        f"der ringede en i går {d.day()} og jeg lagde på {d.noise()} lykke til med jeres arbejde"
    )


NEGATIVE_ONLY: dict[str, Callable[[Doc], str]] = {
    "negative_question": neg_question, "negative_listing": neg_listing,
    "negative_editor": neg_editor, "negative_screenshot": neg_screenshot,
    "negative_dictation": neg_dictation,
}  # fmt: skip


def document(rng: random.Random, number: int, negative: bool) -> dict[str, Any]:
    """One document of a negative-only or a positive genre; the kind follows from its spans."""
    table = NEGATIVE_ONLY if negative else GENRES
    genre = rng.choice(sorted(table))
    doc = Doc(rng)
    text, spans = doc.render(table[genre](doc))
    assert bool(spans) != negative, genre
    kind = ("positive", "negative")[negative]
    return dict(id=f"b8-{number:04}", genre=genre, kind=kind, text=text, spans=spans)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    negatives = [n % 20 < 7 for n in range(size)]  # exactly 35 % negatives
    rng.shuffle(negatives)
    return [document(rng, n, negative) for n, negative in enumerate(negatives)]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if sys.argv[1:] else DATA
    lines = [json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate()]
    target.write_text("".join(lines), encoding="utf-8")
