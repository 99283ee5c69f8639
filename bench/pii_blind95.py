"""A ninety-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ACCOUNTING AND
AUDIT FIRM helping small business clients after CEO fraud, fake invoices and changed supplier
accounts: the clients' owners, bookkeepers and sole traders, the firm's own staff, the banks and
the police. Eight genres: a hijacked supplier e-mail thread (Fra:/Til:/Emne:, quoted replies, a
look-alike domain asking for a new IBAN, some in English), a phone note with a client's owner
(dialogue lines where a MitID user ID or a code is given as the answer to the question before),
a bookkeeper's chat in Danish and English ("[09:14] Name: ..." lines, lower-case names, typos),
a payment-change request form (the sole trader's name in block capitals, one CPR number, the
private address, the old reg.-account and the new IBAN), a memo to the client (the firm's
letterhead, the client's company address, the owner's home address on two lines), an e-mail to
the bank asking for a recall (accounts, IBAN, the company card, a birth date after "DOB:"), a
police report e-mail (the reporter's CPR, birth date and address, the plate of the van that
collected goods, a witness) and a time-line log of the case. The names are those of Danes of
all ages, Danes with roots elsewhere ("Ayşe Öztürk", "Nguyen Thi Lan", "Dragana Kovačević"),
hyphenated ("Bech-Lauritsen") and three-word names, and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("bogholder", "indehaver", "revisor");
  "Holm, Mette" is one span; a genitive s belongs to it ("Mettes"); chat speakers and staff are
  PERSON, also in lower case ("mette") or capitals ("METTE HOLM"). Companies, banks, products,
  pseudonyms ("Kunde A", "Bogholder B") and stand-ins ("[NAVN]") never are.
- ADDRESS is a PRIVATE person's address only (a sole trader's home too): street, number,
  letter, floor and side ("4B", "2. th."), plus ", postcode town" or a line break and "postcode
  town". An organisation's own address (the firm's office, a client company, a supplier's depot,
  a bank branch, the police, an authority) is NEVER labelled, however it is phrased.
- CPR numbers are synthetic: a real date, a seventh digit fitting the century (0-3 in the
  1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is labelled only straight after
  "født", "f.", "Fødselsdato:" or "DOB:"; no other date is ever labelled.
- PHONE: Danish numbers from mobile and landline ranges in many written forms, the +45/0045
  prefix inside the span, and fiction-range foreign numbers ("+44 7700 900xxx", "+46 70 174 06
  xx"). Organisations' 70/80 lines are never PHONE.
- EMAIL: every unmasked address (example.* domains), staff's and look-alike domains too.
- BANK_ACCOUNT: "reg-konto" written together ("1234-0012345678", "1234 0012345678") is one
  span; where the reg.nr. has its own word only the account is. IBAN with valid check digits and
  length, compact or grouped by four. CARD: Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY"
  or "MM/YYYY". OTP: a 6- or 8-digit code after a cue, or given as the answer to a question
  about it; MITID_USER the same for a MitID user ID. NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, invoice, order, customer and journal numbers, CVR
  numbers, amounts, dates and clock times, masked values ("040652-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 4444", "DK50XXXXXXXXXX6243", "CX ** ***"), organisations'
  lines and addresses, companies, banks, products, family words and pseudonyms. Documents of
  kind "negative" are the same genres after pseudonymisation. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind95 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 9595
SIZE = 1000
NEGATIVES = 350
OUT = Path(__file__).resolve().parent / "data" / "pii_blind95.jsonl"

GENRES = (
    "mailtraad",
    "telefonnotat",
    "chat",
    "betalingsaendring",
    "notat_til_klient",
    "mail_til_bank",
    "politianmeldelse",
    "tidslinje",
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
    "Mette", "Birthe", "Signe", "Karoline", "Nanna", "Gitte", "Lone", "Vibeke", "Ulla",
    "Pernille", "Solvej", "Dorthe", "Agnete", "Rikke", "Tove", "Jonna", "Zeynep", "Ayşe",
    "Fatma", "Noor", "Hiba", "Amira", "Leyla", "Agnieszka", "Katarzyna", "Ivana", "Jelena",
    "Renée", "Hélène", "Dragana", "Asta", "Kirsten", "Bodil", "Yasmin", "Sanela", "Åse",
    "Ingeborg", "Malou", "Sølvi", "Thuy", "Marianne", "Henriette", "Gurli", "Esra",
)  # fmt: skip
MEN = (
    "Torben", "Kasper", "Henrik", "Mogens", "Bent", "Preben", "Ulrik", "Asger", "Frede",
    "Villads", "Halfdan", "Malthe", "Emil", "Ahmad", "Mehmet", "Emre", "Hüseyin", "Tarek",
    "Bilal", "Omar", "Piotr", "Tomasz", "Marko", "Dragan", "Luka", "Nikola", "José", "René",
    "Søren", "Jørgen", "Bjørn", "Kaj", "Minh", "Ole", "Palle", "Verner", "Aksel", "Eigil",
    "Rasmus", "Karsten", "Goran", "Jesper",
)  # fmt: skip
MIDDLE = ("Marie", "Sofie", "Louise", "Kristian", "Juul", "Bruun", "Thi", "Van", "Emilie",
          "Elias", "Krag")  # fmt: skip
SURNAMES = (
    "Holm", "Bech", "Kjærgaard", "Fogh", "Lauritsen", "Winther", "Bøgh", "Skovgaard",
    "Dalsgaard", "Ravnholt", "Thygesen", "Engholm", "Brandt", "Krogh", "Vestergaard", "Mørch",
    "Aagaard", "Lind", "Juhl", "Østergaard", "Nygaard", "Svendsen", "Kaya", "Yılmaz", "Öztürk",
    "Demir", "Şahin", "Çelik", "Hussein", "Al-Masri", "Nowak", "Kowalczyk", "Wiśniewska",
    "Jovanović", "Petrović", "Kovačević", "Horvat", "Nguyen", "Tran", "Pham", "Dubois",
    "Lefèvre", "Ahmadi", "Rezaei", "Mohamud", "Farah", "Poulsen", "Gregersen", "Birkholm",
    "Hvidtfeldt", "Qvist", "Mikkelsen", "Stærmose", "Damgaard",
)  # fmt: skip

STREETS = (
    "Mosegårdsvej", "Rønnebærvej", "Tjørnevænget", "Kløverhøjen", "Skovskadevej",
    "Hasselbakken", "Fuglsangsvej", "Birkelyparken", "Lyngbakken", "Strandengen", "Mølledammen",
    "Pilegårdsvej", "Engblommevej", "Kirsebærhaven", "Tranehøj", "Ahornvænget", "Vibevej",
    "Nørrebakke", "Sankt Jørgens Vej", "Ole Rømers Gade", "Frøbjergvej", "Havrevænget",
    "Bygmarken", "Kastanie Allé", "Humlebakken", "Rugmarken", "Åkandevej", "Æblehaven",
    "Østre Skovvej", "Brombærstien", "Lindholmvej", "Sønderled", "Gl. Kongevej",
    "Hyldebærvej", "Stendyssevej", "Lupinvej", "Kobbelvænget",
)  # fmt: skip
TOWNS = (
    ("8210", "Aarhus V"), ("5230", "Odense M"), ("7100", "Vejle"), ("9000", "Aalborg"),
    ("2300", "København S"), ("2500", "Valby"), ("4000", "Roskilde"), ("6700", "Esbjerg"),
    ("8800", "Viborg"), ("4700", "Næstved"), ("3400", "Hillerød"), ("6400", "Sønderborg"),
    ("7400", "Herning"), ("8900", "Randers C"), ("2630", "Taastrup"), ("4200", "Slagelse"),
    ("5700", "Svendborg"), ("9800", "Hjørring"), ("6100", "Haderslev"), ("8660", "Skanderborg"),
    ("3000", "Helsingør"), ("2860", "Søborg"), ("7500", "Holstebro"), ("4800", "Nykøbing F"),
    ("3700", "Rønne"), ("8500", "Grenaa"), ("6950", "Ringkøbing"), ("2770", "Kastrup"),
)  # fmt: skip

# The audit firms: name, office address, 70/80 line, mail domain.
FIRMS = (
    ("Lykke & Ravn Revision", "Kalkværksvej 11, 8000 Aarhus C", "70 27 41 10", "lykkeravn"),
    ("Revisionskontoret Bøgebakken", "Bøgebakken 3, 1. sal, 7100 Vejle", "70 22 19 86",
     "boegebakken-rev"),
    ("Nordvest Revision & Regnskab", "Skibsbyggerivej 40, 9000 Aalborg", "80 40 22 71",
     "nvrevision"),
    ("Fynbo Regnskabsservice", "Albanigade 77, 5000 Odense C", "70 60 33 18", "fynboregnskab"),
)  # fmt: skip
# The client companies: name, company address.
CLIENTS = (
    ("Hjertebageren ApS", "Mejerivej 6, 4100 Ringsted"),
    ("Kvist Tømrer & Snedker ApS", "Industriparken 21, 6600 Vejen"),
    ("Blomsterhuset Anemone I/S", "Torvegade 14, 7700 Thisted"),
    ("Vestkyst VVS A/S", "Havnevej 88, 6960 Hvide Sande"),
    ("Klinik Solsikken", "Algade 31, 4760 Vordingborg"),
    ("Malerfirmaet Pensel & Co ApS", "Værkstedsvej 9, 2650 Hvidovre"),
    ("Café Kaffekoppen", "Stationspladsen 2, 8600 Silkeborg"),
    ("Nordlys Elektrik ApS", "Smedevænget 15, 9700 Brønderslev"),
)
# Sole traders' businesses (enkeltmandsvirksomheder): their owners' homes are private.
SOLE_TRADES = (
    "Klip & Krøl", "Havemand Grøn Hånd", "Rengøringsfirmaet Skinnende Rent",
    "Cykelværkstedet Kæden", "Tagdækning Nord", "Syværkstedet Nål & Tråd",
    "Smørrebrød på Hjørnet", "Vinduespudseren Klar Sigt", "Fliselægger Fast Grund",
)  # fmt: skip
# Suppliers: name, depot address, real domain, look-alike domain.
SUPPLIERS = (
    ("Trælast Nord A/S", "Lagervej 112, 9220 Aalborg Øst", "traelastnord", "traelast-nord"),
    ("Jysk Emballage ApS", "Fabriksvej 5, 8700 Horsens", "jyskemballage", "jysk-emballage"),
    ("Grossisten Mel & Gryn A/S", "Kornmarken 19, 5260 Odense S", "melgryn", "mel-gryn"),
    ("Kontorland ApS", "Erhvervsvej 34, 2600 Glostrup", "kontorland", "kontor-land"),
    ("Farve-Centralen A/S", "Spånvej 8, 6000 Kolding", "farvecentralen", "farvecentraien"),
    ("Flora Dania Engros", "Auktionsvej 3, 5220 Odense SØ", "floradania", "flora-dania"),
)
BANK_SITES = (
    ("Fjordbanken", "Havnegade 2, 8900 Randers C", "70 15 15 40", "fjordbanken"),
    ("Sparekassen Midtvest", "Torvet 9, 7500 Holstebro", "70 33 90 10", "spkmidtvest"),
    ("Andelskassen Østjylland", "Banegårdsgade 20, 8300 Odder", "70 26 26 01", "andelskassen"),
    ("Vesterhavsbanken", "Kongensgade 61, 6700 Esbjerg", "80 88 12 12", "vesterhavsbanken"),
)
POLICE = (
    ("Østjyllands Politi", "Rådhuspladsen 11, 8000 Aarhus C"),
    ("Fyns Politi", "Hjallesevej 2, 5230 Odense M"),
    ("Nordjyllands Politi", "Jyllandsgade 27, 9000 Aalborg"),
    ("Syd- og Sønderjyllands Politi", "Dagmarsgade 3, 6100 Haderslev"),
    ("NC3, Rigspolitiet", "Teglholmsgade 1, 2450 København SV"),
)
AUTHORITIES = (("Skattestyrelsen", "Toldbodgade 9, 6700 Esbjerg"),)

COMPANIES = (
    tuple(f[0] for f in FIRMS)
    + tuple(c[0] for c in CLIENTS)
    + SOLE_TRADES
    + tuple(s[0] for s in SUPPLIERS)
)
BANKS = tuple(b[0] for b in BANK_SITES)
PRODUCTS = ("e-conomic", "Dinero", "Billy", "Microsoft 365", "MitID Erhverv", "NemKonto")
ORG_ADDRESSES = tuple(
    x[1] for group in (FIRMS, CLIENTS, SUPPLIERS, BANK_SITES, POLICE, AUTHORITIES) for x in group
)
ORG_LINES = tuple(f[2] for f in FIRMS) + tuple(b[2] for b in BANK_SITES)
FAMILY = ("min mand", "min kone", "hans datter", "hendes søn", "svigersønnen", "min svoger")
PSEUDONYMS = ("Kunde A", "Kunde B", "Bogholder A", "Revisor 1", "Revisor 2", "Leverandør X",
              "Medarbejder 1")  # fmt: skip
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
             "[IBAN]", "[kort]", "[bruger-ID]", "[dato]")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "LT": 20, "PL": 28, "NL": 18, "SE": 24,
               "NO": 15, "FI": 18, "EE": 20}  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

Piece = str | tuple[str, str]
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "è": "e", "ö": "o",
                        "ü": "u", "ş": "s", "ç": "c", "ć": "c", "č": "c", "ı": "i", "ś": "s",
                        " ": "", "-": "", "'": ""})  # fmt: skip


def grouped(compact: str) -> str:
    """A value in groups of four, as IBANs and cards are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _mod11(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(cc: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(numeric) % 97:02d}{bban}"


def _assemble(pieces: list[Piece]) -> tuple[str, list[dict]]:
    text: list[str] = []
    spans: list[dict] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, tuple):
            kind, value = piece
            spans.append({"start": pos, "end": pos + len(value), "type": kind})
            piece = value
        text.append(piece)
        pos += len(piece)
    return "".join(text), spans


class World:
    """The random source of one document and whether its values are real (positive) or masked."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng = rng
        self.pos = positive
        self.firm = rng.choice(FIRMS)
        self.client = rng.choice(CLIENTS)
        self.supplier = rng.choice(SUPPLIERS)
        self.bank = rng.choice(BANK_SITES)
        self.police = rng.choice(POLICE)
        self.day = date(2026, 1, 5) + timedelta(days=rng.randrange(300))

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- hard negatives -------------------------------------------------------------------
    def case(self) -> str:
        return self.pick("SAG-", "Sag ", "sagsnr. ") + f"R26-{self.rng.randrange(1000, 9999)}"

    def invoice(self) -> str:
        return f"{self.rng.randrange(20, 99)}-{self.rng.randrange(10000, 99999)}"

    def order(self) -> str:
        return f"PO-{self.rng.randrange(10000, 99999)}"

    def customer(self) -> str:
        return f"K-{self.rng.randrange(1000, 9999)}"

    def journal(self) -> str:
        r = self.rng.randrange
        return f"{r(1000, 9999):04d}-{r(10000, 99999)}-{r(10000, 99999):05d}-26"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10000000, 99999999)}"

    def amount(self) -> str:
        whole = self.rng.randrange(1200, 480000)
        text = f"{whole:,}".replace(",", ".")
        cents = self.pick(",00", "", f",{self.rng.randrange(10, 99)}")
        form = self.rng.randrange(4)
        if form == 0:
            return f"{text}{cents} kr."
        if form == 1:
            return f"kr. {text}{cents}"
        if form == 2:
            return f"DKK {text}{cents}"
        return f"EUR {text}{cents}"

    def date_(self, shift: int = 0) -> str:
        d = self.day + timedelta(days=shift)
        return self.pick(
            f"{d.day:02d}.{d.month:02d}.26", f"{d.day}. {MONTHS[d.month - 1]}", d.isoformat()
        )

    def stamp(self, shift: int = 0) -> str:
        d = self.day + timedelta(days=shift)
        hm = f"{self.rng.randrange(7, 19):02d}:{self.rng.randrange(60):02d}"
        if self.chance(0.5):
            return f"{d.isoformat()} {hm}"
        return f"{d.day:02d}.{d.month:02d}.26 kl. {hm.replace(':', '.')}"

    def clock(self) -> str:
        return f"kl. {self.rng.randrange(7, 19):02d}.{self.rng.randrange(60):02d}"

    def org_line(self) -> str:
        return self.pick(*ORG_LINES)

    def masked_mail(self) -> str:
        return f"{self.pick(*'abdfhjklmnst')}***@example.{self.pick('dk', 'com', 'net')}"

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.rng.randrange(10, 99)}"

    def masked_cpr(self) -> str:
        d = date(1950, 1, 1) + timedelta(days=self.rng.randrange(20000))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-xxxx"

    def masked_card(self) -> str:
        last = f"{self.rng.randrange(10000):04d}"
        return self.pick(f"**** **** **** {last}", f"******{last}")

    def masked_iban(self) -> str:
        return f"DK{self.rng.randrange(10, 99)}{'X' * 10}{self.rng.randrange(10000):04d}"

    def masked_plate(self) -> str:
        return f"{self.pick(*'ABCDEFHKLMNPRSTUVXYZ')}{self.pick(*'ABCDEFHKLMNPRSTUVXYZ')} ** ***"

    # --- identifiers ----------------------------------------------------------------------
    def phone(self) -> Piece:
        if not self.pos:
            return self.pick("[TLF]", self.masked_phone())
        r = self.rng
        if r.random() < 0.08:
            if r.random() < 0.5:
                return ("PHONE", f"+44 7700 900{r.randrange(1000):03d}")
            return ("PHONE", f"+46 70 174 06 {r.randrange(5, 100):02d}")
        lead = r.choice(MOBILE) if r.random() < 0.7 else r.choice(LANDLINE)
        d = lead + "".join(str(r.randrange(10)) for _ in range(6))
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
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
        return ("PHONE", form)

    def account(self, together: float = 0.6) -> list[Piece]:
        if not self.pos:
            return [self.pick("[kontonr.]", "reg.nr. [kontonr.]", "konto ****" + self.digits(4))]
        r = self.rng
        reg = f"{r.randrange(1000, 9999)}"
        acct = (
            f"{r.randrange(10**6, 10**10):010d}"
            if r.random() < 0.6
            else self.digits(r.choice((7, 8, 9)))
        )
        if r.random() < together:
            return [("BANK_ACCOUNT", f"{reg}{r.choice(('-', ' '))}{acct}")]
        if r.random() < 0.5:
            return [f"reg.nr. {reg}, kontonr. ", ("BANK_ACCOUNT", acct)]
        return [f"reg. {reg} konto ", ("BANK_ACCOUNT", acct)]

    def digits(self, n: int) -> str:
        return f"{self.rng.randrange(1, 10)}" + "".join(
            str(self.rng.randrange(10)) for _ in range(n - 1)
        )

    def iban(self, foreign: float = 0.5) -> Piece:
        if not self.pos:
            return self.pick("[IBAN]", self.masked_iban())
        r = self.rng
        cc = (
            r.choice(("DE", "GB", "LT", "PL", "NL", "SE", "NO", "FI", "EE"))
            if r.random() < foreign
            else "DK"
        )
        if cc == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + self.digits(14)
        elif cc == "NL":
            bban = r.choice(("ABNA", "INGB", "RABO")) + f"{r.randrange(10**10):010d}"
        else:
            bban = f"{r.randrange(10 ** (IBAN_LENGTH[cc] - 5), 10 ** (IBAN_LENGTH[cc] - 4))}"
        value = _iban(cc, bban)
        return ("IBAN", grouped(value) if r.random() < 0.5 else value)

    def card(self) -> Piece:
        if not self.pos:
            return self.pick("[kort]", self.masked_card())
        r = self.rng
        prefix = r.choice(TEST_PREFIXES)
        if prefix in ("3782", "3714"):
            value = r.choice(("378282246310005", "371449635398431"))
        else:
            body = prefix + "".join(str(r.randrange(10)) for _ in range(11))
            value = body + _luhn_digit(body)
        return ("CARD", grouped(value) if r.random() < 0.6 else value)

    def expiry(self) -> Piece:
        if not self.pos:
            return "**/**"
        m, y = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        return ("CARD_EXPIRY", f"{m:02d}/{y}" if self.chance(0.7) else f"{m:02d}/20{y}")

    def otp(self) -> Piece:
        if not self.pos:
            return "[kode]"
        n = 6 if self.chance(0.7) else 8
        return ("OTP", f"{self.rng.randrange(1, 10)}" + self.digits(n)[1:])

    def plate(self) -> Piece:
        if not self.pos:
            return self.masked_plate()
        letters = "ABCDEFHKLMNPRSTUVXYZ"
        a = self.pick(*letters) + self.pick(*letters)
        n = f"{self.rng.randrange(10, 99)}{self.rng.randrange(100, 999)}"
        return ("NUMBER_PLATE", f"{a} {n[:2]} {n[2:]}" if self.chance(0.7) else a + n)

    def person(self, pseudo: str) -> Person:
        return Person(self, pseudo)

    def staff(self, pseudo: str = "Revisor 1") -> Person:
        return Person(self, pseudo, firm=True)

    def org_addr(self, kind: str = "firm") -> str:
        return {
            "firm": self.firm,
            "client": self.client,
            "supplier": self.supplier,
            "bank": self.bank,
            "police": self.police,
        }[kind][1]


class Person:
    """One person in a document: real values in a positive, pseudonym and stand-ins otherwise."""

    def __init__(self, w: World, pseudo: str, firm: bool = False) -> None:
        r = w.rng
        self.w, self.pseudo, self.firm = w, pseudo, firm
        self.female = r.random() < 0.5
        self.first = r.choice(WOMEN if self.female else MEN)
        self.middle = r.choice(MIDDLE) if r.random() < 0.18 else ""
        self.last = r.choice(SURNAMES)
        if r.random() < 0.14:
            other = r.choice([s for s in SURNAMES if s != self.last])
            self.last = f"{self.last}-{other}"
        born = date(1942, 1, 1) + timedelta(days=r.randrange(23000))
        self.born = born
        seventh = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            digits = f"{born:%d%m%y}{seventh}{r.randrange(1000):03d}"
            if _mod11(digits):
                break
        self.cpr_digits = digits
        self.phone_piece = w.phone()
        self.mitid_value = f"{self._ascii(self.first)[: r.randrange(3, 7)]}" + r.choice(
            (f"{born.year % 100:02d}", f"{born.year}", f"{r.randrange(10, 99)}")
        )
        street = r.choice(STREETS)
        number = f"{r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        floor = r.choice(("", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4. th."))
        self.street = f"{street} {number}{floor}"
        self.town = " ".join(r.choice(TOWNS))

    @staticmethod
    def _ascii(text: str) -> str:
        return text.lower().translate(_ASCII)

    def _name(self, value: str) -> Piece:
        return ("PERSON", value) if self.w.pos else self.pseudo

    def full(self) -> Piece:
        middle = f"{self.middle} " if self.middle else ""
        return self._name(f"{self.first} {middle}{self.last}")

    def short(self) -> Piece:
        return self._name(f"{self.first} {self.last}")

    def given(self) -> Piece:
        return self._name(self.first)

    def formal(self) -> Piece:
        return self._name(f"{self.last}, {self.first}")

    def initial(self) -> Piece:
        return self._name(f"{self.first[0]}. {self.last}")

    def upper(self) -> Piece:
        middle = f"{self.middle} " if self.middle else ""
        return self._name(f"{self.first} {middle}{self.last}".upper())

    def lower(self) -> Piece:
        return self._name(self.first.lower())

    def genitive(self) -> Piece:
        base = self.first if self.w.chance(0.6) else f"{self.first} {self.last}"
        if not self.w.pos:
            return "[NAVN]s"
        if base[-1] in "sxz":
            return ("PERSON", base)
        return ("PERSON", base + "s")

    def any(self) -> Piece:
        return self.w.rng.choice(
            (self.full, self.full, self.short, self.short, self.given, self.formal, self.initial)
        )()

    def email(self) -> Piece:
        if not self.w.pos:
            return self.w.pick("[e-mail]", self.w.masked_mail())
        r = self.w.rng
        first, last = self._ascii(self.first), self._ascii(self.last.split("-")[0])
        if self.firm:
            local = r.choice((first[:1] + last[:2], f"{first}.{last}", first))
            return ("EMAIL", f"{local}@{self.w.firm[3]}.example.dk")
        local = r.choice(
            (f"{first}.{last}", f"{first}{self.born.year % 100:02d}", f"{first[0]}{last}",
             f"{last}.{first}", f"{first}_{last}")
        )  # fmt: skip
        host = f"{r.choice(('', 'post.', 'mail.'))}example.{r.choice(('dk', 'com', 'net'))}"
        return ("EMAIL", f"{local}@{host}")

    def phone(self) -> Piece:
        return self.phone_piece if self.w.pos else self.w.phone()

    def cpr(self) -> Piece:
        if not self.w.pos:
            return self.w.pick("[CPR]", self.w.masked_cpr())
        d = self.cpr_digits
        spaced = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        return ("CPR", self.w.pick(f"{d[:6]}-{d[6:]}", d, spaced, f"{d[:6]} {d[6:]}"))

    def dob(self) -> Piece:
        if not self.w.pos:
            return "[dato]"
        b = self.born
        return (
            "DATE_OF_BIRTH",
            self.w.pick(
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            ),
        )

    def addr(self, lines: bool | None = None) -> Piece:
        if not self.w.pos:
            return "[ADRESSE]"
        if lines is None:
            lines = self.w.chance(0.5)
        return ("ADDRESS", f"{self.street}{chr(10) if lines else ', '}{self.town}")

    def mitid(self) -> Piece:
        return ("MITID_USER", self.mitid_value) if self.w.pos else "[bruger-ID]"


def _j(*items: Piece | list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for item in items:
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    return out


# --- genres -----------------------------------------------------------------------------------


def _mailtraad(w: World) -> list[Piece]:
    sup = w.person("Leverandør X")
    bk = w.person("Bogholder A")
    staff = w.staff()
    sname, saddr, real, fake = w.supplier
    inv = w.invoice()
    english = w.chance(0.3)
    fake_mail: Piece = (
        ("EMAIL", f"{sup._ascii(sup.first)}@{fake}.example.{w.pick('net', 'com')}")
        if w.pos
        else w.masked_mail()
    )
    real_mail: Piece = (
        ("EMAIL", f"{sup._ascii(sup.first)}@{real}.example.dk") if w.pos else w.masked_mail()
    )
    out: list[Piece] = []
    if w.chance(0.5):
        out += _j(
            "Videresendt af ", staff.short(), " <", staff.email(), "> ", w.clock(), ":\n",
            w.pick("NB: se afsenderdomænet – det er IKKE leverandørens rigtige.",
                   "obs obs, domænet stavet forkert, ring til lev. på kendt nr. før betaling!!",
                   "FYI – klassisk kontoændring. Intet betales før vi har talt med dem."),
            "\n\n",
        )  # fmt: skip
    if english:
        body = _j(
            "Dear ", bk.given(), ",\n\n",
            "Please be informed that our company has changed bank due to an ongoing audit. ",
            "All outstanding invoices, incl. invoice ", inv, " (", w.amount(), "), must from now ",
            "on be paid to our new account:\n\nIBAN: ", w.iban(0.9), "\n",
            w.pick("Beneficiary: ", "Account holder: "), sname, "\n\n",
            "Kindly confirm once the payment is made. I am in meetings all day, so reply by e-mail",
            w.pick(" only.", ", or call my mobile "),
            *([sup.phone(), "."] if w.chance(0.6) else []),
            "\n\nBest regards\n", sup.full(), "\nAccounts Receivable, ", sname, "\n",
        )  # fmt: skip
    else:
        body = _j(
            "Hej ", bk.given(), "\n\n",
            w.pick("Vi har skiftet bank", "Vi er pt. ved at skifte bankforbindelse",
                   "Grundet revision har vi fået ny bankforbindelse"),
            ", og ", w.pick("alle betalinger", "fremtidige betalinger", "betalign af udestående"),
            " skal derfor ske til vores nye konto:\n",
        )  # fmt: skip
        if w.chance(0.5):
            body += _j("IBAN: ", w.iban(0.4), "\n")
        else:
            body += _j(w.account(0.5), "\n")
        body += _j(
            "Det gælder også faktura ", inv, " på ", w.amount(), ", som forfalder ", w.date_(3),
            ".\nVenlgist bekræft når kartoteket er opdateret. ",
            w.pick("Ring gerne på ", "Du kan fange mig på "), sup.phone(), ".\n\n",
            "Med venlig hilsen\n", sup.full(), "\nBogholderiet · ", sname, "\n",
        )  # fmt: skip
    out += _j(
        "Fra: ", sup.short(), " <", fake_mail, ">\n",
        "Sendt: ", w.date_(), " ", w.clock(), "\n",
        "Til: ", bk.full(), " <", bk.email(), ">\n",
        "Emne: ", w.pick("SV: ", "VS: ", "RE: ", ""), "Faktura ", inv,
        w.pick(" – ny bankforbindelse", " - NYE BANKOPLYSNINGER", " / change of bank details"),
        "\n\n",
    )  # fmt: skip
    out += body
    out += _j(
        w.pick(
            f"{saddr} · {w.cvr()}\n",
            f"Lager og afhentning: {saddr}\n",
            f"{sname}, {saddr}\n",
        ),
        "\n> Fra: ", bk.given(), " <", bk.email(), ">\n",
        "> Til: ", sup.given(), " <", real_mail, ">\n",
        "> Emne: Faktura ", inv, "\n",
        "> ", w.pick("Hej, vi har modtaget fakturaen og betaler den til normal tid.",
                     "Tak for leverancen, ordre ", "hej - mangler følgeseddel til "),
    )  # fmt: skip
    if out[-1].endswith(" "):
        out += [w.order(), "."]
    out.append("\n")
    if w.chance(0.4):
        out += _j(
            "> ", bk.given(), " | ", w.client[0], " | ", w.pick("tlf. ", "mobil "), bk.phone(), "\n"
        )
    return out


def _telefonnotat(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    staff = w.staff()
    bk = w.person("Bogholder A")
    she = "Hun" if owner.female else "Han"
    out = _j(
        w.pick("TELEFONNOTAT", "Telefonnotat", "NOTAT – telefonsamtale"), " · ", w.firm[0], "\n",
        "Dato: ", w.date_(), " ", w.clock(), "   Sag: ", w.case(), "\n",
        "Samtale med: ", owner.full(), w.pick(" (indehaver", " (direktør", " (ejer"),
        ", ", w.client[0], "), tlf. ", owner.phone(), "\n",
        "Noteret af: ", staff.any(), "\n\n",
    )  # fmt: skip
    out += _j(
        owner.given(), " ringede ", w.pick("meget oprevet", "lidt efter frokost", "fra bilen"),
        ". ", w.pick(
            "Bogholderen har betalt en faktura fra ",
            "Der er gået en betaling til en forkert konto hos ",
            "CEO-mail i direktørens navn fik bogholderen til at betale ",
        ), w.supplier[0], " på ", w.amount(), ". Bogholderen er ", bk.short(), ".\n",
    )  # fmt: skip
    if w.chance(0.6):
        out += _j(
            she, " blev dagen efter ringet op af en \"bankrådgiver\" og gav sit MitID ",
            w.pick("bruger-ID ", "bruger-id: ", "brugernavn "), owner.mitid(),
            " samt ", w.pick("koden ", "engangskoden ", "en kode fra appen: "), owner.w.otp(),
            ".\n",
        )  # fmt: skip
    if w.chance(0.55):
        out += _j(
            "Dialog (ca.):\n",
            "Vi: Hvad er dit bruger-ID til MitID?\n", owner.given(), ": ", owner.mitid(), "\n",
            "Vi: Og hvilken kode stod der i SMS'en?\n", owner.given(), ": ", w.otp(), "\n",
        )  # fmt: skip
    if w.chance(0.55):
        out += _j(
            "Firmakortet ", w.card(), " (udløb ", w.expiry(), ") er også blevet brugt online – ",
            w.pick("spærret nu.", "ikke spærret endnu!", "hun ringer til banken på "),
        )  # fmt: skip
        if isinstance(out[-1], str) and out[-1].endswith("på "):
            out += [w.bank[2], "."]
        out.append("\n")
    if w.chance(0.35):
        out += _j(
            "Varerne blev afhentet i en hvid varebil, ", w.pick("reg.nr. ", "nummerplade "),
            w.plate(), ", fra lageret på ", w.client[1], ".\n",
        )  # fmt: skip
    if w.chance(0.5):
        out += _j(
            "Privatadresse til anmeldelsen: ", owner.addr(False), ". ",
            w.pick(f"Firmaet har adresse på {w.client[1]}.", "Mail: "),
        )  # fmt: skip
        if out[-1] == "Mail: ":
            out += [owner.email(), "."]
        out.append("\n")
    if w.chance(0.5):
        out += _j(
            w.pick("Hun", "Han"), " bor ude ved ", w.pick(*STREETS), ", og ",
            w.pick(*FAMILY), " kører hende ind til os.\n",
        )  # fmt: skip
    out += _j(
        "Aftalt: ",
        w.pick(
            f"kommer ind på kontoret, {w.firm[1]}, {w.date_(1)} {w.clock()}.",
            f"vi sender notat. Ring evt. {w.firm[2]} (omstilling).",
            "anmelder til politiet i dag, vi hjælper med tidslinjen.",
        ),
        "\n",
    )
    return out


def _chat(w: World) -> list[Piece]:
    bk = w.person("Bogholder A")
    staff = w.staff("Revisor 1")
    owner = w.person("Kunde A")
    hh = w.rng.randrange(7, 16)
    mm = w.rng.randrange(0, 20)

    def who(p: Person) -> Piece:
        if not w.pos:
            return p.pseudo
        return w.rng.choice((p.short, p.given, p.given, p.lower, p.short))()

    speakers = (bk, staff, owner)
    say: dict[int, list[list[Piece | list[Piece]]]] = {
        0: [
            ["hej ", staff.given(), ", vi har fået en mail fra ", w.supplier[0], " om ny konto??"],
            ["de vil have pengene på ", w.iban(0.6), " fra nu af"],
            ["faktura ", w.invoice(), " på ", w.amount(), " er allerede betalt i går :("],
            ["hans mail er ", owner.email(), " hvis du skal skrive direkte"],
            ["jeg gav dem mit bruger id i telefonen, det var ", bk.mitid()],
            ["koden var ", w.otp(), " tror jeg"],
            ["sorry typo, kontonr er ", w.account(0.8)],
            ["varebilen der hentede varerne havde plade ", w.plate()],
        ],
        1: [
            ["ok. betal IKKE mere før vi har ringet til dem på deres kendte nr."],
            ["kan du sende mig mailen som vedhæftet fil? min mail: ", staff.email()],
            ["what was the exact code they asked for?"],
            ["ring til banken nu på ", w.bank[2], " og bed om tilbagekald"],
            ["jeg ringer til ", owner.given(), " på ", owner.phone()],
            ["har I et kortnummer? firmakortet?"],
            ["vi skal bruge ", owner.genitive(), " privatadresse til anmeldelsen"],
            ["kom forbi kontoret på ", w.firm[1], " i morgen kl 9"],
            ["Hvad er koden du fik på sms?"],
        ],
        2: [
            ["Jeg har ikke bedt om nogen betaling!!"],
            ["kortet er ", w.card(), " udløb ", w.expiry()],
            ["min adresse er ", owner.addr(False)],
            ["ring på ", owner.phone(), " jeg er i bilen"],
            ["jeg er på kontoret, ", w.client[1], " resten af dagen"],
            ["DET ER SVINDEL. jeg har aldrig skrevet den mail"],
            ["bruger-id er ", owner.mitid(), " skal jeg skifte det?"],
        ],
    }
    order = [0, 1, 0, 1, 2, 0, 1, 2, 1, 0, 2, 1]
    lines: list[tuple[Person, list[Piece | list[Piece]]]] = []
    for i in order[: w.rng.randrange(9, 13)]:
        said = say[i].pop(w.rng.randrange(len(say[i])))
        lines.append((speakers[i], said))
        if said == ["Hvad er koden du fik på sms?"]:
            lines.append((bk, [w.otp()]))
    out: list[Piece] = []
    for speaker, said in lines:
        mm += w.rng.randrange(1, 6)
        out += _j(f"[{hh + mm // 60:02d}:{mm % 60:02d}] ", who(speaker), ": ", *said, "\n")
    return out


def _betalingsaendring(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    staff = w.staff("Revisor 1")
    checker = w.staff("Revisor 2")
    trade = w.pick(*SOLE_TRADES)
    name = owner.upper() if w.pos else "KUNDE A"
    out = _j(
        w.pick("ÆNDRING AF BETALINGSOPLYSNINGER", "Anmodning om ændring af kreditorkonto",
               "BLANKET: kontoændring (kreditor)"), " – ", w.firm[0], "\n",
        "Ref.: ", w.case(), "   Modtaget: ", w.date_(), "\n",
        "Kreditor: ", trade, " (enkeltmandsvirksomhed), ", w.cvr(), "\n",
        "Indehaver (blokbogstaver): ", name, "\n",
        w.pick("CPR-nr.: ", "CPR: ", "Indehavers CPR-nummer: "), owner.cpr(), "\n",
    )  # fmt: skip
    if w.chance(0.35):
        out += _j("Fødselsdato: ", owner.dob(), "\n")
    out += _j(
        "Privatadresse (= virksomhedens adresse): ", owner.addr(w.chance(0.3)), "\n",
        "Telefon: ", owner.phone(), "\n",
        "E-mail: ", owner.email(), "\n",
        "Nuværende konto: ", w.account(0.8), "\n",
        "Ny konto ifølge henvendelse: ", w.pick("IBAN ", ""), w.iban(0.5), "\n",
        "Henvendelse modtaget via: ",
    )  # fmt: skip
    if w.pos and w.chance(0.6):
        host = f"{w.pick('post', 'web')}-{w.rng.randrange(10, 99)}.example.net"
        out += _j("e-mail fra ", ("EMAIL", f"{owner._ascii(owner.first)}@{host}"), "\n")
    else:
        out += _j(w.pick("telefon", "brev", "sms til kontoret"), "\n")
    out += _j(
        "Verificeret ved opkald til kendt nummer: ", w.pick("JA", "NEJ", "nej – ingen svarede"),
        "\nUdfyldt af: ", staff.short(), "   Kontrolleret af: ", checker.initial(), "\n",
        "Beslutning: ",
        w.pick("AFVIST – kontoen tilhører ikke kreditor.", "afventer – kunden møder op på ",
               "Godkendt efter videomøde."),
    )  # fmt: skip
    if isinstance(out[-1], str) and out[-1].endswith("på "):
        out += [w.firm[1], "."]
    out.append("\n")
    if w.chance(0.3):
        out += _j("Bemærk: tidligere konto (", w.masked_iban(), ") bevares i kartoteket.\n")
    return out


def _notat(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    staff = w.staff("Revisor 1")
    bk = w.person("Bogholder A")
    cname, caddr = w.client
    fname, faddr, fline, _ = w.firm
    out = _j(
        fname.upper() if w.chance(0.3) else fname, "\n",
        w.pick(f"{faddr}\nTlf. {fline} · {w.cvr()}\n", f"{faddr} | {fline}\n",
               f"Kontor: {faddr}\n"),
        "\n",
        w.pick("NOTAT TIL KLIENT", "Notat", "MEMO"), "\n",
        "Til: ", cname, ", att. ", owner.full(), "\n",
        w.pick(f"{caddr}\n", f"Virksomhedens adresse: {caddr}\n"),
        "Kopi privat til: ", owner.addr(w.chance(0.75)), "\n",
        "Fra: ", staff.full(), ", ", w.pick("statsaut. revisor", "revisor", "regnskabschef"), "\n",
        "Dato: ", w.date_(5), "   Sag: ", w.case(), "\n\n",
        "1. Hvad skete der\n",
        bk.genitive(), " ", w.pick("mailkonto", "indbakke"), " modtog den ", w.date_(),
        " en mail, der lignede en faktura fra ", w.supplier[0], ". Fakturaen (nr. ", w.invoice(),
        ", ", w.amount(), ") blev betalt til ",
    )  # fmt: skip
    out += w.account(0.5) if w.chance(0.5) else [w.iban(0.5)]
    out += _j(
        ".\n\n2. Hvad vi har gjort\n",
        "- kontaktet ",
        w.bank[0],
        " (",
        w.bank[1],
        ") om tilbagekald\n",
        "- gennemgået kreditorkartoteket i ",
        w.pick(*PRODUCTS[:4]),
        "\n",
    )
    if w.chance(0.4):
        out += _j("- ", w.pick("spærret", "bedt banken spærre"), " firmakortet ", w.card(),
                  " (", w.expiry(), ")\n")  # fmt: skip
    if w.chance(0.3):
        out += _j("- noteret bilen ", w.plate(), ", som hentede varer på lageret\n")
    out += _j(
        "\n3. Næste skridt\n",
        w.pick("Vi har set samme mønster hos en anden klient (Kunde B). ",
               "Samme afsender ramte Kunde B i sidste måned. ", ""),
        "Anmeldelse til ", w.police[0], ", ", w.police[1], ". ",
        w.pick("Vi anbefaler to-trins godkendelse af alle kontoændringer.",
               "Alle kontoændringer SKAL bekræftes telefonisk på et kendt nummer.",
               "Bogholderen bør aldrig betale på baggrund af en mail alene."),
        "\n\nMed venlig hilsen\n", staff.short(), "\n", w.pick("Direkte: ", "Mobil: "),
        staff.phone(), " · ", staff.email(), "\n",
    )  # fmt: skip
    return out


def _mail_til_bank(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    staff = w.staff("Revisor 1")
    adviser = w.person("Medarbejder 1")
    _, baddr, bline, bdom = w.bank
    local = f"{adviser._ascii(adviser.first)}.{adviser._ascii(adviser.last.split('-')[0])}"
    adv_mail: Piece = ("EMAIL", f"{local}@{bdom}.example.dk") if w.pos else w.masked_mail()
    out = _j(
        "Til: ", adv_mail, "\n",
        "Cc: ", owner.email(), "\n",
        "Emne: ", w.pick("HASTER: ", "Hastende – ", "Urgent: "), "tilbagekald af betaling – ",
        w.client[0], "\n\n",
        w.pick("Kære ", "Hej ", "Dear "), adviser.given(), "\n\n",
        "På vegne af vores klient ", w.client[0], ", ", w.cvr(), ", ",
        w.pick("beder vi om", "anmoder vi hermed om"), " tilbagekald af betalingen på ",
        w.amount(), " den ", w.date_(), " fra konto ",
    )  # fmt: skip
    out += w.account(0.7)
    out += _j(" til ", w.iban(0.7), ".\n")
    out += _j(
        "Kontohaver: ", owner.any(), w.pick(", DOB: ", ", født ", ", f. "), owner.dob(), ".\n"
    )
    if w.chance(0.35):
        out += _j("CPR (til jeres ID-kontrol): ", owner.cpr(), "\n")
    if w.chance(0.7):
        out += _j(
            "Virksomhedens debetkort ", w.card(), w.pick(", udløb ", ", exp. ", " (gyldig til "),
            w.expiry(), w.pick(", bedes spærret straks.", ") bedes spærret."), "\n",
        )  # fmt: skip
    if w.chance(0.6):
        out += _j(
            "MitID Erhverv: bruger-ID ", owner.mitid(), " er kompromitteret; svindleren fik ",
            w.pick("engangskoden ", "koden ", "SMS-kode "), w.otp(), ".\n",
        )  # fmt: skip
    out += _j(
        w.pick("Ejeren kan træffes på ", "Ring gerne til indehaveren på "), owner.phone(),
        w.pick(".", " (ikke ", ", alternativt via vores hovednummer "),
    )  # fmt: skip
    if out[-1] == " (ikke ":
        out += [w.masked_phone(), ").\n"]
    elif out[-1] != ".":
        out += [w.firm[2], ".\n"]
    else:
        out.append("\n")
    out += _j(
        "\nVi vedlægger tidslinje og anmeldelse (journalnr. ", w.journal(), ").\n\n",
        "Med venlig hilsen\n", staff.full(), "\n", w.firm[0], " · ", w.firm[1], "\n",
        "Direkte ", staff.phone(), " · hovednr. ", w.firm[2], "\n",
        w.pick(f"(Kopi til jeres filial på {baddr}.)\n",
               f"Jeres hovednummer {bline} var optaget.\n", ""),
    )  # fmt: skip
    return out


def _politi(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    staff = w.staff("Revisor 1")
    witness = w.person("Medarbejder 1")
    pname, paddr = w.police
    out = _j(
        w.pick("Til: ", "Att.: "), pname, ", ", paddr, "\n",
        "Fra: ", staff.short(), " <", staff.email(), "> på vegne af klienten\n",
        "Emne: ", w.pick("Anmeldelse af bedrageri (CEO-fraud)", "ANMELDELSE – falsk faktura",
                         "Politianmeldelse: ændret leverandørkonto"), " – ", w.client[0], "\n\n",
        "Anmelder: ", owner.full(), ", ", w.pick("født ", "f. "), owner.dob(), "\n",
        "CPR-nr.: ", owner.cpr(), "\n",
        "Bopæl: ", owner.addr(), "\n",
        "Tlf.: ", owner.phone(), "   Mail: ", owner.email(), "\n",
        "Forurettet: ", w.client[0], ", ", w.client[1], ", ", w.cvr(), "\n\n",
        "Forløb:\n",
        "Den ", w.date_(), " modtog virksomheden en mail, der udgav sig for at være fra ",
        w.supplier[0], ". Betalingen på ", w.amount(), " gik til ",
    )  # fmt: skip
    out += [w.iban(0.6)] if w.chance(0.6) else w.account(0.5)
    out += _j(". ", w.pick("Pengene er ikke kommet retur.", "Banken kunne kun stoppe en del.",
                           "Modtagerbanken svarer ikke."), "\n")  # fmt: skip
    if w.chance(0.75):
        out += _j(
            "Dagen efter blev varer afhentet på lageret, ", w.supplier[1], ", i en varebil med ",
            w.pick("nummerplade ", "reg.nr. ", "plade "), w.plate(), ".\n",
        )  # fmt: skip
        if w.chance(0.45):
            out += _j("En anden bil, ", w.plate(), ", holdt ved siden af.\n")
    if w.chance(0.5):
        out += _j(
            "Svindleren fik også ", owner.genitive(), " MitID ",
            w.pick("bruger-ID ", "brugernavn "), owner.mitid(), " og koden ", w.otp(),
            " over telefonen",
        )  # fmt: skip
        if w.chance(0.5):
            out += _j(" og brugte firmakortet ", w.card(), " (", w.expiry(), ")")
        out.append(".\n")
    if w.chance(0.5):
        out += _j(
            "Vidne: ", witness.formal(), ", ", witness.addr(True), ", tlf. ", witness.phone(), "\n"
        )
    out += _j(
        "\nTidligere sag: ", w.journal(), ". Vi kan kontaktes på ", w.firm[2], " eller på ",
        w.pick("kontoret", "vores afdeling"), ", ", w.firm[1], ".\n",
        "Venlig hilsen\n", staff.short(), ", ", w.firm[0], "\n",
    )  # fmt: skip
    return out


def _tidslinje(w: World) -> list[Piece]:
    owner = w.person("Kunde A")
    bk = w.person("Bogholder A")
    sup = w.person("Leverandør X")
    staff = w.staff("Revisor 1")
    out = _j(
        w.pick("TIDSLINJE", "Tidslinje", "Timeline"), " – ", w.case(), " (", w.client[0], ")\n",
        "Udarbejdet af ", staff.any(), ", ", w.firm[0], "\n\n",
        w.stamp(-2), "  Mail fra \"", sup.short(), "\" <", sup.email(), "> om ny konto ",
        w.iban(0.5), "\n",
        w.stamp(-2), "  ", bk.short(), " ændrer kreditor i ", w.pick(*PRODUCTS[:3]), ": ",
    )  # fmt: skip
    out += w.account(0.6)
    out += _j("\n", w.stamp(-1), "  Betaling af faktura ", w.invoice(), ", ", w.amount())
    if w.chance(0.6):
        out += _j(" godkendt med MitID (", owner.mitid(), "), kode ", w.otp())
    out.append("\n")
    if w.chance(0.4):
        out += _j(w.stamp(-1), "  Opkald til ", owner.given(), " fra \"banken\" (", owner.phone(),
                  ") – kortet ", w.card(), " ", w.expiry(), " oplyst\n")  # fmt: skip
    if w.chance(0.45):
        out += _j(w.stamp(0), "  Varer afhentet af bil ", w.plate(), " på ", w.supplier[1], "\n")
    if w.chance(0.3):
        out += _j(w.stamp(0), "  Rigtig leverandør rykker; kontakt ", sup.given(), " på ",
                  sup.phone(), "\n")  # fmt: skip
    out += _j(
        w.stamp(1), "  ", owner.short(), " kontakter os; møde på ", w.firm[1], "\n",
        w.stamp(1), "  Banken (", w.bank[0], ", ", w.bank[2], ") anmodet om tilbagekald\n",
        w.stamp(2), "  Anmeldt til ", w.police[0], ", journalnr. ", w.journal(), "\n",
    )  # fmt: skip
    if w.chance(0.3):
        out += _j(w.stamp(3), "  Ny adresse til brev: ", owner.addr(False), "\n")
    return out


BUILDERS: dict[str, Callable[[World], list[Piece]]] = {
    "mailtraad": _mailtraad,
    "telefonnotat": _telefonnotat,
    "chat": _chat,
    "betalingsaendring": _betalingsaendring,
    "notat_til_klient": _notat,
    "mail_til_bank": _mail_til_bank,
    "politianmeldelse": _politi,
    "tidslinje": _tidslinje,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, seeded."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["positive"] * (size - negatives) + ["negative"] * negatives
    docs: list[dict] = []
    seen: set[str] = set()
    counts = {"positive": 0, "negative": 0}
    for kind in kinds:
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            text, spans = _assemble(BUILDERS[genre](World(rng, kind == "positive")))
            if text not in seen:
                break
        seen.add(text)
        docs.append({"id": "", "genre": genre, "kind": kind, "text": text, "spans": spans})
    rng.shuffle(docs)
    for i, doc in enumerate(docs):
        doc["id"] = f"b95-{i:04d}"
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
