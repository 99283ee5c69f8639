"""A ninetieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is PROPERTY-PURCHASE
FRAUD as a real-estate agent's and a conveyancing lawyer's fraud desk sees it: fake account
changes slipped into a buyer's e-mails, deposits (deponering) sent to fraudsters, forged
purchase agreements. Eight genres: a hijacked e-mail thread between buyer and agent
(Fra:/Til:/Emne:, a "new" IBAN or reg.nr. and account, Danish and English), a phone note of the
buyer's call (phone numbers, the card a fake "reservation fee" went on, the MitID user ID and a
code the buyer read out), a chat with the lawyer's office ("[09:14] Name: ..." lines, values
given as answers to the question before), the purchase agreement's party block (names in
capitals as in the passport, private addresses of buyer and seller on two lines, their CPR
numbers, the agent's shop address), a bank's recall request (tilbagekald: the sender's account,
the receiving IBAN, a birth date after a cue), a police report e-mail, a showing (fremvisning)
log with visitors, their phones and the number plates of their cars, and a case summary with a
payment timeline. The names are those of Danes of all ages, Danes with roots elsewhere ("Ayşe
Öztürk", "Luka Ćosić"), double surnames ("Ellehammer-Riis"), three-word names and the
organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("køber", "advokatsekretær", "mægler");
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed in
  a chat ("jytte") is PERSON; chat speakers and staff are PERSON. Organisations, banks,
  products, pseudonyms ("Køber A", "Mægler 1") and stand-ins ("[NAVN]") never are.
- ADDRESS is a private person's address only: street, number, letter, floor and side ("14B",
  "2. tv.", "st. th.") plus ", postcode town" on the same line or on the next line of an
  address block (line break included). A sold home is its owner's private address. An
  organisation's own address (agent's shop, law firm, bank branch, police) is never labelled,
  nor a street named without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH ("4. juni 1952", "04.06.1952",
  "04-06-1952", "4/6-1952") only straight after "født", "f.", "Fødselsdato:" or "DOB:".
- PHONE: Danish numbers from mobile and landline ranges in ten written forms (the country code
  inside the span) and foreign numbers from fiction ranges only ("+44 7700 900xxx", "+46 70 174
  06 xx"); an organisation's 70/80 line is never PHONE. EMAIL: every unmasked address (all on
  example.* domains). BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678",
  "1234 12345678") as one span. IBAN: valid check digits and the country's length, grouped by
  four or compact. CARD: Luhn-valid with a published test prefix; CARD_EXPIRY "MM/YY" or
  "MM/YYYY". OTP: a 6- or 8-digit one-time code after a cue or given as the answer to a question
  about it; MITID_USER the MitID user ID likewise. NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, journal, recall, invoice and matrikel numbers, CVR
  numbers, amounts, dates and clock times, masked values ("120365-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 4444", "DK50XXXXXXXXXX6243"), organisations' 70/80 lines,
  addresses and names, pseudonyms, family words and streets without a number. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, pseudonyms and
  stand-ins remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind89 [OUT.jsonl]`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import string
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 89
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind89.jsonl"

GENRES = (
    "mailtraad",
    "telefonnotat",
    "chat",
    "koebsaftale",
    "tilbagekald",
    "politianmeldelse",
    "fremvisning",
    "sagsresume",
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

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "4000", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NL": 18, "GB": 22, "LT": 20, "PL": 28, "ES": 24, "EE": 20}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49")
LANDLINE += ("54", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73")
LANDLINE += ("74", "75", "76", "86", "87", "89", "96", "97", "98", "99")

WOMEN = (
    "Mette", "Ingeborg", "Zoé", "Ayşe", "Hawa", "Nanna", "Birthe", "Ilse", "Yasmin", "Sigrid",
    "Renée", "Liv", "Dragana", "Fatima", "Aino", "Parisa", "Bodil", "Agnethe", "Vibeke",
    "Marzieh", "Cecilie", "Dorthe", "Linh", "Tove", "Rikke", "Milica", "Hjørdis",
)  # fmt: skip
MEN = (
    "Søren", "Kasper", "Björn", "Luka", "Thorkild", "Jérôme", "Malthe", "Ebbe", "Tariq",
    "Gunnar", "Oskar", "Villads", "Kenneth", "Emre", "Mathias", "Hüseyin", "Nikolaj", "Frode",
    "Kwame", "Anton", "Preben", "Jonatan", "Asger",
)  # fmt: skip
FIRST = WOMEN + MEN
SECOND = {
    True: ("Marie", "Louise", "Sofie", "Amalie", "Helene"),
    False: ("Kristian", "Emil", "Valdemar", "Bjørn", "Kamal"),
}
LAST = (
    "Ellehammer-Riis", "Thygesen", "Öztürk", "Ćosić", "Kjeldgaard", "Mortensen", "Abdullahi",
    "Vestergaard-Holm", "Lindqvist", "Rasmussen", "Bech", "Nyholm", "Şahin", "Frandsen",
    "Østergaard", "Nguyen", "Skovsbo", "Hedegaard-Lund", "Brøndum", "Karimi", "Overgaard",
    "Damgaard", "Iversen", "Mikkelsen-Bro", "Haddad", "Juul", "Lykkegaard", "Petrović",
    "Søndergaard", "Krogsgaard-Møller", "Winther", "Bakir", "Holmgaard", "Rytter",
    "Aagaard-Jensen", "Mahmoud", "Fogh", "Kristoffersen", "Blom", "Thorsen-Kvist",
)  # fmt: skip
STREETS = (
    "Hvidtjørnevej", "Kirsebærhaven", "Lærkevænget", "Skovbrynet", "Mågevej", "Rugmarken",
    "Æblehaven", "Østre Allé", "Grønningen", "Syrenparken", "Bakkedraget", "Fasanvænget",
    "Kløvervangen", "Stendyssen", "Højagervej", "Tranegårdsvej", "Pilekrogen", "Hyldebærvej",
    "Engsvinget", "Tjørnebakken", "Agerhønevej", "Fyrrebakken", "Strandengen", "Vibeholms Allé",
)  # fmt: skip
TOWNS = (
    "2630 Taastrup", "3460 Birkerød", "4690 Haslev", "5250 Odense SV", "5600 Faaborg",
    "6230 Rødekro", "6600 Vejen", "7100 Vejle", "7500 Holstebro", "7800 Skive", "8240 Risskov",
    "8450 Hammel", "8900 Randers C", "9220 Aalborg Øst", "9800 Hjørring", "4300 Holbæk",
    "3400 Hillerød", "2770 Kastrup", "8660 Skanderborg", "6400 Sønderborg",
)  # fmt: skip

COMPANIES = (
    "Mæglerhuset Ådalen", "Boligmægleren Fjordhus", "EjendomsHuset Limfjord",
    "Advokatfirmaet Krogh & Vinther", "Skødeservice Nord ApS", "Byggeteknisk Rådgivning Vest",
)  # fmt: skip
BANKS = ("Sparekassen Vesterhav", "Andelskassen Nordvest", "Fjordbanken", "Lollands Købmandsbank")
PRODUCTS = ("BoligSikker", "e-Skøde", "Tinglysning.dk", "MitID")
ORG_LINES = ("70 22 41 90", "80 81 62 00", "7013 4455", "70 60 58 12", "80 20 11 44")
ORG_ADDRESSES = (
    "Algade 31, 4000 Roskilde",
    "Torvet 6, 6950 Ringkøbing",
    "Søndergade 48, 8700 Horsens",
    "Jernbanegade 12, 4700 Næstved",
    "Havnepladsen 3, 9900 Frederikshavn",
    "Kannikegade 14, 8000 Aarhus C",
    "Amaliegade 22, 1256 København K",
    "Ringvej Syd 2, 8800 Viborg",
    "Klostervej 40, 5700 Svendborg",
    "Vesterbro 64, 9000 Aalborg",
    "Rådhusstræde 5, 6000 Kolding",
)
SHOPS = ORG_ADDRESSES[:5]
LAW = ORG_ADDRESSES[5:7]
POLICE = {"Midt- og Vestjyllands Politi": ORG_ADDRESSES[7], "Fyns Politi": ORG_ADDRESSES[8]}
BANK_BRANCH = ORG_ADDRESSES[9:]
PSEUDONYMS = (
    "Køber A", "Køber B", "Sælger A", "Sælger B", "Mægler 1", "Mægler 2", "Advokat 1",
    "Sekretær 1", "Sagsbehandler 1", "Kunde A",
)  # fmt: skip
FAMILY = ("min mand", "min kone", "min svigerfar", "min søster", "vores søn")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
CARS = ("grå Skoda Octavia", "hvid Tesla", "sort VW Passat", "rød Kia Niro", "blå Toyota Yaris")

Piece = tuple[str, str, str]  # value, type, what a negative writes instead


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on IBANs and cards."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_lower(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c in string.ascii_lowercase)


class Person:
    def __init__(self, r: random.Random) -> None:
        self.first = r.choice(FIRST)
        self.middle = r.choice(SECOND[self.first in WOMEN]) if r.random() < 0.35 else ""
        self.last = r.choice(LAST)
        self.born = date(1942, 1, 1) + timedelta(days=r.randrange(0, 23000))
        self.r = r

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, kind: str) -> str:
        if kind == "three":
            middle = self.middle or self.r.choice(SECOND[self.first in WOMEN])
            return f"{self.first} {middle} {self.last}"
        if kind == "surname":
            return f"{self.last}, {self.first}"
        if kind == "initial":
            return f"{self.first[0]}. {self.last}"
        if kind == "upper":
            return self.full.upper()
        if kind == "lower":
            return self.first.lower()
        if kind == "first":
            return self.first
        if kind == "genitive":
            base = self.r.choice((self.full, self.first))
            return base + "s" if base[-1] not in "sxz" else base
        return self.full

    def mail_local(self) -> str:
        first, last = ascii_lower(self.first), ascii_lower(self.last)
        return self.r.choice(
            (f"{first}.{last}", f"{first}{self.born.year % 100:02d}", f"{first[0]}{last}")
        )


class Doc:
    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r, self.neg, self.parts = r, neg, []

    def add(self, template: str, **values: str | Piece) -> None:
        for literal, field, _, _ in string.Formatter().parse(template):
            if literal:
                self.parts.append((literal, "", ""))
            if field is not None:
                value = values[field]
                self.parts.append(value if isinstance(value, tuple) else (value, "", ""))

    def build(self) -> tuple[str, list[dict]]:
        text, spans = "", []
        for value, kind, masked in self.parts:
            if kind and not self.neg:
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
                text += value
            else:
                text += masked if kind else value
        return text, spans


class Maker:
    """The values of one document: each a (value, type, stand-in) piece."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def name(self, p: Person, pseudo: str, kind: str | None = None, speaker: bool = False) -> Piece:
        r = self.r
        kind = kind or r.choice(
            ("full", "full", "full", "three", "surname", "initial", "first", "genitive", "upper")
        )
        stand = pseudo if speaker or r.random() < 0.8 else "[NAVN]"
        if kind == "genitive":
            stand = pseudo + "s"
        return (p.form(kind), "PERSON", stand)

    def address(self, two_lines: bool | None = None) -> Piece:
        r = self.r
        number = str(r.randint(1, 120)) + (r.choice("ABC") if r.random() < 0.2 else "")
        floor = ""
        if r.random() < 0.35:
            floor = (
                ", "
                + r.choice(("st.", "1.", "2.", "3.", "4."))
                + " "
                + r.choice(("th.", "tv.", "mf."))
            )
        if two_lines is None:
            two_lines = r.random() < 0.3
        sep = "\n" if two_lines else ", "
        return (
            f"{r.choice(STREETS)} {number}{floor}{sep}{r.choice(TOWNS)}",
            "ADDRESS",
            "[ADRESSE]",
        )

    def cpr(self, p: Person) -> Piece:
        r, born = self.r, p.born
        digit = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            serial = digit + f"{r.randrange(1000):03d}"
            compact = born.strftime("%d%m%y") + serial
            if sum(int(c) * w for c, w in zip(compact, WEIGHTS, strict=True)) % 11:
                break
        d, s = compact[:6], serial
        value = r.choice((f"{d}-{s}", compact, f"{d[:2]} {d[2:4]} {d[4:]} {s}", f"{d} {s}"))
        return (value, "CPR", f"{d}-xxxx" if r.random() < 0.6 else "[CPR]")

    def dob(self, p: Person) -> Piece:
        b, r = p.born, self.r
        value = r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                b.strftime("%d.%m.%Y"),
                b.strftime("%d-%m-%Y"),
                f"{b.day}/{b.month}-{b.year}",
            )
        )
        return (value, "DATE_OF_BIRTH", f"**.**.{b.year}")

    def phone(self) -> Piece:
        r = self.r
        lead = r.choice(MOBILE + LANDLINE if r.random() < 0.3 else MOBILE)
        n = lead + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                n,
                f"+45{n}",
                pairs.replace(" ", "."),
                f"+44 7700 900{r.randrange(1000):03d}",
                f"+46 70 174 06 {r.randint(5, 99):02d}",
            )
        )
        return (value, "PHONE", f"+45 ** ** ** {n[-2:]}" if r.random() < 0.6 else "[TLF]")

    def email(self, p: Person | None = None, local: str = "", domain: str = "") -> Piece:
        r = self.r
        local = local or (p.mail_local() if p else "info")
        domain = domain or r.choice(
            ("example.dk", "example.com", "mail.example.dk", "post.example.net", "example.net")
        )
        value = f"{local}@{domain}"
        return (value, "EMAIL", f"{local[0]}***@{domain}" if r.random() < 0.7 else "[e-mail]")

    def account(self) -> Piece:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acc = r.choice((f"{r.randrange(10**10):010d}", f"{r.randint(10**6, 10**8 - 1)}"))
        value = f"{reg}{r.choice('- ')}{acc}"
        return (value, "BANK_ACCOUNT", f"****{acc[-4:]}" if r.random() < 0.5 else "[kontonr.]")

    def iban(self, country: str | None = None) -> Piece:
        r = self.r
        country = country or r.choice(("DK", "DK", "DE", "NL", "GB", "LT", "PL", "ES", "EE"))
        length = IBAN_LENGTH[country] - 4
        if country == "NL":
            bban = r.choice(("ABNA", "RABO", "INGB")) + "".join(r.choices("0123456789", k=10))
        elif country == "GB":
            bban = r.choice(("NWBK", "BARC", "MIDL")) + "".join(r.choices("0123456789", k=14))
        else:
            bban = "".join(r.choices("0123456789", k=length))
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(digits) % 97:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        return (value, "IBAN", f"{country}{compact[2:4]}{'X' * (len(compact) - 8)}{compact[-4:]}")

    def card(self) -> Piece:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(r.choices("0123456789", k=11))
        check = next(d for d in "0123456789" if _luhn(body + d))
        compact = body + check
        value = grouped(compact) if r.random() < 0.6 else compact
        return (value, "CARD", f"**** **** **** {compact[-4:]}")

    def expiry(self) -> Piece:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return (value, "CARD_EXPIRY", "**/**")

    def plate(self) -> Piece:
        r = self.r
        letters = "".join(r.choices(PLATE_LETTERS, k=2))
        digits = f"{r.randint(10, 99)}{r.randrange(1000):03d}"
        spaced = r.random() < 0.7
        value = f"{letters} {digits[:2]} {digits[2:]}" if spaced else f"{letters}{digits}"
        return (value, "NUMBER_PLATE", f"{letters} ** ***")

    def otp(self) -> Piece:
        r = self.r
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.75 else f"{r.randrange(10**8):08d}"
        return (value, "OTP", "[kode]")

    def mitid(self, p: Person) -> Piece:
        r = self.r
        year = p.born.year
        suffix = str(year) if r.random() < 0.5 else f"{year % 100:02d}"
        if year >= 2000:
            suffix = str(year)
        return (ascii_lower(p.first) + suffix, "MITID_USER", "(bruger-id fjernet)")


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (1 + i % 2)
        total += n // 10 + n % 10
    return total % 10 == 0


# --- shared bits --------------------------------------------------------------------------


def _day(r: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=r.randrange(0, 300))


def _clock(r: random.Random) -> str:
    return f"kl. {r.randint(7, 21):02d}.{r.randrange(60):02d}"


def _amount(r: random.Random) -> str:
    value = r.choice((r.randint(50, 900) * 1000, r.randint(1, 40) * 12500, r.randint(100, 9999)))
    text = f"{value:,}".replace(",", ".")
    return r.choice((f"{text} kr.", f"kr. {text}", f"{text},00 kr."))


def _case(r: random.Random) -> str:
    return r.choice(
        (
            f"EJD-26-{r.randrange(10**5):05d}",
            f"SAG-{r.randint(1000, 9999)}/26",
            f"DEP-{r.randrange(10**6):06d}",
        )
    )


def _journal(r: random.Random) -> str:
    return f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26"


def _cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(10**7, 10**8 - 1)}"


def _matrikel(r: random.Random) -> str:
    return f"matr.nr. {r.randint(1, 99)}{r.choice('abcdefg')}"


def _shop(r: random.Random) -> tuple[str, str]:
    i = r.randrange(len(SHOPS))
    return COMPANIES[i % 3], SHOPS[i]


def _org_addr_line(r: random.Random, company: str, address: str) -> str:
    return r.choice(
        (
            f"{company} · {address} · tlf. {r.choice(ORG_LINES)} · {_cvr(r)}",
            f"{company}\n{address}\nTlf. {r.choice(ORG_LINES)}",
            f"{company}, {address}",
            f"Venlig hilsen\n{company}\n{address}",
        )
    )


def _mangle(r: random.Random, text: str) -> str:
    """A typo now and then: a doubled or dropped letter in a plain word."""
    if r.random() < 0.5:
        return text
    words = text.split(" ")
    i = r.randrange(len(words))
    w = words[i]
    if w.isalpha() and len(w) > 4:
        j = r.randrange(1, len(w) - 1)
        words[i] = w[:j] + w[j] * r.choice((0, 2)) + w[j + 1 :]
    return " ".join(words)


# --- the genres ---------------------------------------------------------------------------


def mailtraad(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, agent = Person(r), Person(r)
    company, shop = _shop(r)
    bmail = m.email(buyer)
    agent_local = ascii_lower(agent.first)
    domain = ascii_lower(company.split()[-1]) + ".example.dk"
    amail = m.email(local=agent_local, domain=domain)
    fake = m.email(local=agent_local, domain=ascii_lower(company.split()[-1]) + "bolig.example.com")
    day = _day(r)
    case = _case(r)
    d.add(
        "Fra: {a} <{fake}>\nTil: {b} <{bmail}>\nEmne: SV: Deponering – {case}\n\n",
        a=m.name(agent, "Mægler 1", "full"),
        fake=fake,
        b=m.name(buyer, "Køber A", "full"),
        bmail=bmail,
        case=case,
    )
    if r.random() < 0.4:
        d.add(
            "Hi {b},\nplease note that due to an audit our client account has changed. "
            "Kindly transfer the deposit of {amt} to\nIBAN: {iban}\nReference: {case}\n"
            "Regards,\n{a}\n\n",
            b=m.name(buyer, "Køber A", "first"),
            amt=_amount(r),
            iban=m.iban(),
            case=case,
            a=m.name(agent, "Mægler 1", "full"),
        )
    else:
        d.add(
            _mangle(
                r,
                "Hej {b}\n\nVi har desværre skiftet bank, så deponeringen på {amt} skal i "
                "stedet indsættes på reg./konto {acc}",
            )
            + " – IKKE den konto der står i købsaftalen. Det haster, da sælgers advokat skal "
            "have pengene senest {day}.\n\nMvh\n{a}\n{company}\n\n",
            b=m.name(buyer, "Køber A", r.choice(("first", "full", "lower"))),
            amt=_amount(r),
            acc=m.account(),
            day=day.strftime("%d.%m.%Y"),
            a=m.name(agent, "Mægler 1", r.choice(("full", "initial"))),
            company=company,
        )
        if r.random() < 0.4:
            d.add("Alternativt kan I bruge vores udenlandske konto: {iban}\n\n", iban=m.iban())
    d.add(
        "-----Oprindelig meddelelse-----\nFra: {b} <{bmail}>\nSendt: {day} {clock}\n"
        "Til: {amail}\n\n",
        b=m.name(buyer, "Køber A", "full"),
        bmail=bmail,
        day=day.isoformat(),
        clock=_clock(r),
        amail=amail,
    )
    d.add(
        r.choice(
            (
                "hej {a} – vi er så glade for huset! hvornår skal depositum betales? "
                "vh {b}\nmobil {tel}\n\n",
                "Hej {a}\nSkal vi bruge den konto der står i købsaftalen? Min bank spørger. "
                "Ring gerne på {tel}.\nHilsen {b}\n\n",
                "Hi {a}, my wife and I would like to confirm the payment details before we "
                "transfer. You can reach me on {tel}. Best, {b}\n\n",
            )
        ),
        a=m.name(agent, "Mægler 1", "first"),
        b=m.name(buyer, "Køber A", r.choice(("full", "first", "three"))),
        tel=m.phone(),
    )
    d.add(
        "{sig}\n(Bemærk: {company} ændrer ALDRIG kontooplysninger pr. mail.)\n",
        sig=_org_addr_line(r, company, shop),
        company=company,
    )


def telefonnotat(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, staff = Person(r), Person(r)
    company, shop = _shop(r)
    day = _day(r)
    d.add(
        "TELEFONNOTAT – {case}\nDato: {day} {clock}\nModtaget af: {staff}\n"
        "Opkald fra: {buyer}, tlf. {tel}\n",
        case=_case(r),
        day=day.strftime("%d.%m.%Y"),
        clock=_clock(r),
        staff=m.name(staff, "Mægler 2", r.choice(("full", "initial"))),
        buyer=m.name(buyer, "Køber A", r.choice(("full", "surname", "three"))),
        tel=m.phone(),
    )
    if r.random() < 0.5:
        d.add("Bopæl: {addr}\n", addr=m.address(two_lines=False))
    d.add(
        _mangle(
            r,
            '\nKøber ringede meget oprevet. Har fået mail "fra os" om ny konto og har '
            "overført {amt} til {acc}.",
        )
        + " {fam} var med i røret.\n",
        amt=_amount(r),
        acc=m.account(),
        fam=r.choice(FAMILY).capitalize(),
    )
    if r.random() < 0.65:
        d.add(
            'Har desuden betalt et "reservationsgebyr" på {amt} med kort {card}, udløb '
            "{exp}, på et link i mailen.\n",
            amt=_amount(r),
            card=m.card(),
            exp=m.expiry(),
        )
    if r.random() < 0.7:
        d.add(
            "En mand der sagde han var fra banken ringede bagefter fra {tel} og spurgte om "
            "hendes/hans MitID bruger-id: {mitid}. Køber læste også en kode op: {otp}.\n",
            tel=m.phone(),
            mitid=m.mitid(buyer),
            otp=m.otp(),
        )
    d.add(
        "Aftalt: {b} kontakter {bank} straks og anmelder til politiet. {bg} kontakt i "
        "banken er orienteret. Vi har sendt advarsel til sælger. Køber er velkommen på "
        "kontoret, {shop}, i morgen {clock}.\n"
        "Sælgers mobil: {tel}\n",
        b=m.name(buyer, "Køber A", r.choice(("first", "full"))),
        bg=m.name(buyer, "Køber A", "genitive"),
        bank=r.choice(BANKS),
        shop=shop,
        clock=_clock(r),
        tel=m.phone(),
    )
    d.add("Hovednr. {company}: {line}\n", company=company, line=r.choice(ORG_LINES))


def chat(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, sec, lawyer = Person(r), Person(r), Person(r)
    h, mi = r.randint(8, 16), r.randrange(40)
    firm = COMPANIES[3]
    office = r.choice(LAW)
    pseudo = {id(buyer): "Køber A", id(sec): "Sekretær 1", id(lawyer): "Advokat 1"}
    bform = r.choice(("full", "first", "lower", "lower"))
    sform = r.choice(("full", "first"))

    def say(who: Person, text: str, **values: str | Piece) -> None:
        nonlocal mi
        mi += r.randint(0, 2)
        form = bform if who is buyer else sform if who is sec else "full"
        d.add(
            f"[{h + mi // 60:02d}:{mi % 60:02d}] {{who}}: {text}\n",
            who=m.name(who, pseudo[id(who)], form, speaker=True),
            **values,
        )

    d.add("Chat – {firm} · klientchat · sag {case}\n", firm=firm, case=_case(r))
    say(buyer, "hej, jeg har fået en mail om at deponeringen skal til en NY konto??")
    say(sec, "Hej. Stop – overfør ikke noget. Hvilket kontonr. står der i mailen?")
    say(buyer, "{acc}", acc=m.account())
    if r.random() < 0.5:
        say(buyer, "og der står også en iban {iban}", iban=m.iban())
    say(sec, "Tak. Vi har ikke skiftet konto. Vores klientkonto står i købsaftalen.")
    say(buyer, f"ok men jeg har allerede sendt {_amount(r)} i går {_clock(r)}")
    say(
        lawyer,
        "Jeg har set mailen, den kommer fra {fake}, ikke fra os.",
        fake=m.email(local=ascii_lower(sec.first), domain="kroghvinther.example.com"),
    )
    say(sec, "Hvad er dit mobilnummer, så banken kan ringe dig op?")
    say(buyer, "{tel}", tel=m.phone())
    if r.random() < 0.75:
        say(sec, "Har du givet nogen en kode fra MitID-appen? Hvilken kode stod der?")
        say(buyer, "{otp}", otp=m.otp())
        say(sec, "Og bad de om dit bruger-id?")
        say(buyer, "ja, {mitid}", mitid=m.mitid(buyer))
    say(lawyer, "Ring til din bank nu og bed om tilbagekald. Vi skriver til politiet.")
    say(buyer, "{fam} ringer til banken nu", fam=r.choice(FAMILY))
    say(
        sec,
        "Vores direkte linje er {line}. Du kan også komme ind på {office}.",
        line=r.choice(ORG_LINES),
        office=office,
    )
    say(buyer, "tak!! skal jeg sende mailen til jer?")
    say(
        sec,
        "Ja, send den til {mail}",
        mail=m.email(local=ascii_lower(sec.first), domain="kroghvinther.example.dk"),
    )
    say(buyer, r.choice(("ok", "gjort", "sendt nu", "Done.", "den er sendt")))
    say(lawyer, "Tak {b}. Vi vender tilbage i dag.", b=m.name(buyer, "Køber A", "first"))


def koebsaftale(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, seller, agent = Person(r), Person(r), Person(r)
    company, shop = _shop(r)
    home = m.address(two_lines=True)
    d.add(
        "KØBSAFTALE (udkast – modtaget som PDF, formodet forfalsket)\nSag: {case}\n\n"
        "KØBER: {b}, CPR-nr. {bcpr}\n{baddr}\nTlf. {btel} · {bmail}\n\n",
        case=_case(r),
        b=m.name(buyer, "Køber A", "upper"),
        bcpr=m.cpr(buyer),
        baddr=m.address(two_lines=True),
        btel=m.phone(),
        bmail=m.email(buyer),
    )
    d.add(
        "SÆLGER: {s}, CPR-nr. {scpr}\n{saddr}\n\nEjendommen: {home}, {matr}\n\n",
        s=m.name(seller, "Sælger A", "upper"),
        scpr=m.cpr(seller),
        saddr=home,
        home=(home[0].replace("\n", ", "), "ADDRESS", "[ADRESSE]"),
        matr=_matrikel(r),
    )
    d.add(
        "Købesum: {amt}\nDeponering: {dep} indbetales på {acc}\n"
        "(NB: kontoen afviger fra {company}s klientkonto!)\n\n",
        amt=_amount(r),
        dep=_amount(r),
        acc=m.account(),
        company=company,
    )
    d.add(
        "Ejendomsmægler: {a}\n{company}, {shop}\n{cvr}\n",
        a=m.name(agent, "Mægler 1", r.choice(("full", "three", "surname"))),
        company=company,
        shop=shop,
        cvr=_cvr(r),
    )


def tilbagekald(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, clerk = Person(r), Person(r)
    bank = r.choice(BANKS)
    branch = r.choice(BANK_BRANCH)
    d.add(
        "{bank} – Anmodning om tilbagekald (recall)\nRef.: RCL-{ref}\nFra afdeling: {branch}\n\n"
        "Kunde: {b}\n",
        bank=bank,
        ref=f"{r.randrange(10**6):06d}",
        branch=branch,
        b=m.name(buyer, "Kunde A", r.choice(("surname", "full", "three"))),
    )
    if r.random() < 0.5:
        d.add("Fødselsdato: {dob}\n", dob=m.dob(buyer))
    else:
        d.add("CPR: {cpr}\n", cpr=m.cpr(buyer))
    d.add(
        "Debiteret konto: {acc}\nBeløb: {amt}\nValørdag: {day}\nModtager-IBAN: {iban}\n"
        "Modtager navn: {alias}\n\n",
        acc=m.account(),
        amt=_amount(r),
        day=_day(r).isoformat(),
        iban=m.iban(r.choice(("LT", "PL", "DE", "GB", "EE", "NL", "ES"))),
        alias=m.name(Person(r), "Sælger B", "full"),
    )
    if r.random() < 0.55:
        d.add(
            "Kortbetaling samme dag: {card} exp {exp}, {amt}\n",
            card=m.card(),
            exp=m.expiry(),
            amt=_amount(r),
        )
    d.add(
        _mangle(
            r,
            "Begrundelse: Kunden er blevet snydt af en falsk mail om ændret "
            "deponeringskonto i forbindelse med huskøb.",
        )
        + " We kindly request that the funds be returned. Contact: {clerk}, {mail}, "
        "tel. {line}\n",
        clerk=m.name(clerk, "Sagsbehandler 1", r.choice(("full", "initial"))),
        mail=m.email(clerk, domain="bank.example.dk"),
        line=r.choice(ORG_LINES),
    )


def politianmeldelse(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, lawyer = Person(r), Person(r)
    police, paddr = r.choice(list(POLICE.items()))
    firm, office = COMPANIES[3], r.choice(LAW)
    d.add(
        "Til: {police}, {paddr}\nFra: {lawyer} <{lmail}>\nEmne: Anmeldelse – bedrageri ved "
        "ejendomshandel, j.nr. {jnr}\n\n",
        police=police,
        paddr=paddr,
        lawyer=m.name(lawyer, "Advokat 1", "full"),
        lmail=m.email(lawyer, domain="kroghvinther.example.dk"),
        jnr=_journal(r),
    )
    d.add(
        "Forurettede: {b}, {cue} {dob}, {addr}\nCPR {cpr}, mobil {tel}\n",
        b=m.name(buyer, "Køber A", r.choice(("full", "three", "surname"))),
        cue=r.choice(("født", "f.")),
        dob=m.dob(buyer),
        addr=m.address(two_lines=False),
        cpr=m.cpr(buyer),
        tel=m.phone(),
    )
    d.add(
        _mangle(
            r,
            "\nKlienten modtog den {day} en mail, der så ud til at komme fra mægleren, "
            "med en ny konto til deponering.",
        )
        + " Beløbet {amt} blev sendt til {iban}. Afsender: {fake}.\n",
        day=_day(r).strftime("%d.%m.%Y"),
        amt=_amount(r),
        iban=m.iban(),
        fake=m.email(local="deponering", domain="maeglerservice.example.net"),
    )
    if r.random() < 0.55:
        d.add(
            "Klienten oplyste også sit MitID bruger-id ({mitid}) og engangskode {otp} til en "
            "opringer fra {tel}.\n",
            mitid=m.mitid(buyer),
            otp=m.otp(),
            tel=m.phone(),
        )
    if r.random() < 0.5:
        d.add(
            "Kortet {card} (udløb {exp}) blev brugt til et falsk gebyr.\n",
            card=m.card(),
            exp=m.expiry(),
        )
    d.add(
        "En ukendt bil, {plate}, holdt ved huset under fremvisningen.\n\nMed venlig hilsen\n"
        "{lawyer}\n{firm}\n{office}\n",
        plate=m.plate(),
        lawyer=m.name(lawyer, "Advokat 1", r.choice(("full", "initial"))),
        firm=firm,
        office=office,
    )


def fremvisning(d: Doc, m: Maker) -> None:
    r = d.r
    agent, seller = Person(r), Person(r)
    company, shop = _shop(r)
    d.add(
        "FREMVISNINGSLOG – {home}\nSælger: {s} · Mægler: {a}\nMødested: {company}, {shop}\n\n",
        home=m.address(two_lines=False),
        s=m.name(seller, "Sælger A", r.choice(("full", "surname"))),
        a=m.name(agent, "Mægler 1", r.choice(("full", "initial", "three"))),
        company=company,
        shop=shop,
    )
    for _ in range(r.randint(4, 8)):
        v = Person(r)
        clock = f"{r.randint(10, 18)}.{r.randrange(60):02d}"
        d.add(
            r.choice(
                (
                    "{clock} – {v}, tlf. {tel}, bil: {car} {plate}\n",
                    "{clock} – {v} ({mail}) kom i {plate}, {car}\n",
                    "{clock} – {v}, {tel}. Parkerede {plate} ved {street}.\n",
                    "{clock} – Viewing: {v}, DOB: {dob}, car reg {plate}\n",
                )
            ),
            clock=clock,
            v=m.name(v, "Køber B", r.choice(("full", "full", "three", "surname", "initial"))),
            tel=m.phone(),
            car=r.choice(CARS),
            plate=m.plate(),
            mail=m.email(v),
            street=r.choice(STREETS),
            dob=m.dob(v),
        )
    d.add(
        "\nNB: en besøgende spurgte efter sælgers kontonummer – {fam} hørte det. Alle "
        "henvendelser om betaling henvises til {company}, {shop}, tlf. {line}.\n",
        fam=r.choice(FAMILY),
        company=company,
        shop=shop,
        line=r.choice(ORG_LINES),
    )


def sagsresume(d: Doc, m: Maker) -> None:
    r = d.r
    buyer, seller, handler = Person(r), Person(r), Person(r)
    company, shop = _shop(r)
    day = _day(r)
    d.add(
        "SAGSRESUMÉ {case} – falsk kontoændring\nSagsbehandler: {h} ({hmail})\n"
        "Køber: {b}, {addr}\nSælger: {s}\n\nTIDSLINJE\n",
        case=_case(r),
        h=m.name(handler, "Sekretær 1", r.choice(("full", "initial"))),
        hmail=m.email(handler, domain="kroghvinther.example.dk"),
        b=m.name(buyer, "Køber A", r.choice(("full", "surname", "three"))),
        addr=m.address(two_lines=False),
        s=m.name(seller, "Sælger A", r.choice(("full", "three"))),
    )
    steps = [
        (
            "{d} {c}: købsaftale underskrevet hos {company}, {shop}.\n",
            {"company": company, "shop": shop},
        ),
        (
            "{d} {c}: falsk mail fra {fake} til {bmail} med ny konto {acc}.\n",
            {
                "fake": m.email(local="salg", domain="fjordhusbolig.example.com"),
                "bmail": m.email(buyer),
                "acc": m.account(),
            },
        ),
        ("{d} {c}: køber overfører {amt} fra {own}.\n", {"amt": _amount(r), "own": m.account()}),
        (
            "{d} {c}: beløbet videresendt fra {bg} konto til {iban}.\n",
            {"bg": m.name(buyer, "Køber A", "genitive"), "iban": m.iban()},
        ),
        (
            "{d} {c}: {b} ringer fra {tel} og opdager svindlen.\n",
            {"b": m.name(buyer, "Køber A", r.choice(("first", "full", "lower"))), "tel": m.phone()},
        ),
    ]
    if r.random() < 0.5:
        steps.append(
            (
                "{d} {c}: gebyr betalt med kort {card} ({exp}).\n",
                {"card": m.card(), "exp": m.expiry()},
            )
        )
    if r.random() < 0.45:
        steps.append(
            (
                '{d} {c}: køber oplyser bruger-id {mitid} og kode {otp} til "banken".\n',
                {"mitid": m.mitid(buyer), "otp": m.otp()},
            )
        )
    if r.random() < 0.4:
        steps.append(
            (
                "{d} {c}: politiet noterer bil {plate} set ved ejendommen; køber er født {dob}.\n",
                {"plate": m.plate(), "dob": m.dob(buyer)},
            )
        )
    for i, (template, values) in enumerate(steps):
        when = day + timedelta(days=i)
        stamp = when.isoformat() if r.random() < 0.5 else when.strftime("%d.%m.%Y")
        d.add(template, d=stamp, c=_clock(r), **values)
    d.add(
        "\nStatus: tilbagekald sendt via {bank}; anmeldt. Direkte nr. {line}.\n",
        bank=r.choice(BANKS),
        line=r.choice(ORG_LINES),
    )


WRITERS: dict[str, Callable[[Doc, Maker], None]] = {
    "mailtraad": mailtraad,
    "telefonnotat": telefonnotat,
    "chat": chat,
    "koebsaftale": koebsaftale,
    "tilbagekald": tilbagekald,
    "politianmeldelse": politianmeldelse,
    "fremvisning": fremvisning,
    "sagsresume": sagsresume,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(r, kind == "negative")
            WRITERS[genre](d, Maker(r))
            text, spans = d.build()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"pii_blind89-{i:04d}", "genre": genre, "kind": kind, "text": text,
             "spans": spans}
        )  # fmt: skip
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
