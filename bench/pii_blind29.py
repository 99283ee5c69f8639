"""A thirtieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is PUBLIC BENEFITS AND
HEALTH: fraud around pensions, benefits, health insurance and pharmacies as Danish authorities
and providers handle it, in eight genres: Udbetaling Danmark's control notes on a pension paid
to a changed account (the pensioner's CPR, address, the new account, the caller's phone), a
municipality's job-centre case notes about a citizen tricked into handing over MitID (the
MitID user ID, the code read out), a pharmacy's incident log about fake prescriptions collected
by someone else (patient names, CPR, phone, the collector's plate), a health-insurance
("sygeforsikring") refund phishing reported by members (card, expiry and CVV typed into a fake
page, the member's e-mail), a hospital's patient-letter team answering a citizen who got a fake
"indkaldelse" SMS (an address block on two lines, phones), a pension fund's e-mail thread in
which a fraudster asks to move savings abroad (IBAN, Fra:/Til:/Emne: headers, names in
signatures), a GP clinic's SMS log (dates, clock times and appointment numbers as hard
negatives) and a citizen's complaint to an ombudsman with a dense personal-data paragraph. The
names are those of Danes of all ages, many of them elderly, Danes with roots elsewhere ("Aylin
Yıldız", "Halima Farah"), double surnames ("Kjærgaard-Vinther") and the organisations' own
staff. No passport or driving-licence numbers occur.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "borgeren", "farmaceut");
  "Holst, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in an SMS reply ("jytte") is PERSON. A scammer's alias ("Mikkel fra Udbetaling Danmark") is
  PERSON, the authority is not. Organisations, products, placeholders ("[NAVN]") and pseudonym
  labels ("Patient A", "Pårørende 2", "Ansøger B") and family words ("min datter") are never
  PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
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
  An organisation's number (70/80 lines, 112, 114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207").
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 kr"), dates and clock times
  ("02.12.26", "kl. 09.14", "[10:22]"), case, journal, prescription, policy, member and
  appointment numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers,
  authorities, pharmacies, funds, products, pseudonym labels and family words. Documents of
  kind "negative" are the same genres after pseudonymisation: only such values remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind29 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 290_529
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "udbetaling_kontrolnotat",
    "jobcenter_mitid_notat",
    "apotek_haendelseslog",
    "sygeforsikring_phishing",
    "hospital_indkaldelse_svar",
    "pensionskasse_mailtraad",
    "laegeklinik_sms_log",
    "ombudsmand_klage",
)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "ES": 24, "PT": 25, "LT": 20, "SE": 24, "NL": 18}
COUNTRIES = {"DE": "Tyskland", "ES": "Spanien", "PT": "Portugal", "LT": "Litauen",
             "SE": "Sverige", "NL": "Holland"}  # fmt: skip
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
PHONE_FORMS = 12

WOMEN = (
    "Agnete", "Birthe", "Grethe", "Inger", "Kirsten", "Ruth", "Ellen", "Gudrun", "Hanne",
    "Jytte", "Karen", "Lene", "Merete", "Nanna", "Signe", "Ida", "Freja", "Aylin", "Fatma",
    "Samira", "Zeynep", "Marta", "Halima", "Olena", "Priya", "Ulla", "Bodil", "Edith", "Asta",
    "Vibeke", "Mai-Britt", "Anne-Grethe", "Tove", "Dorthe", "Rigmor", "Esther", "Yasmin",
)  # fmt: skip
MEN = (
    "Aksel", "Bent", "Erik", "Finn", "Henning", "Jørgen", "Knud", "Poul", "Svend", "Villy",
    "Arne", "Ole", "Preben", "Carsten", "Mogens", "Frede", "Magnus", "Oliver", "Emil",
    "Kasper", "Ahmad", "Hassan", "Tariq", "Omar", "Dariusz", "Bilal", "Mehmet", "Leif", "Egon",
    "Kaj", "Viggo", "Holger", "Jens", "Niels", "Hans-Erik", "Karl-Johan",
)  # fmt: skip
SURNAMES = (
    "Brøndum", "Kjærsgaard", "Lindholt", "Thygesen", "Skaarup", "Ravnsbæk", "Dalsgaard",
    "Nørregaard", "Frimodt", "Hjortshøj", "Sandahl", "Overby", "Kragelund", "Yıldız", "Haddad",
    "Nowak", "Østergaard", "Bundgaard", "Krogh", "Ebbesen", "Lauritzen", "Farah", "Kowalczyk",
    "Tran", "Mikkelsen", "Vestbjerg", "Holmgaard", "Rasmussen", "Pedersen", "Abdi", "Møllgaard",
)  # fmt: skip
DOUBLE = (
    "Kjærgaard-Vinther", "Højlund-Petersen", "Mortensen-Bak", "Iversen-Thy", "Vestergaard-Holm",
    "Al-Khatib", "Skov-Frandsen", "Lund-Hedegaard", "Bech-Rosenkilde", "Ahmadi-Larsen",
)  # fmt: skip
MIDDLE = ("Marie", "Louise", "Bach", "Skov", "Munk", "Lykke", "Juel", "Kirstine", "Vang")
STREETS = (
    "Hyldebærvej", "Kirsebærhaven", "Lærkevænget", "Præstemarken", "Slåenbakken", "Gl. Møllevej",
    "Rosenlunds Allé", "Tjørnekrogen", "Egebladet", "Fiskerlængen", "Solsortevej", "Bakkedraget",
    "Vibeholms Tværvej", "Stationsvænget", "Byskellet", "Anemonevej", "Strandengen",
    "Kildebakken", "Ravnsholtvej", "Toftegårds Plads", "Lyngbakkevej", "Hedevænget",
)  # fmt: skip
TOWNS = (
    ("4271", "Egeslev"), ("5683", "Rødkilde"), ("7461", "Hvidbjerg Mark"),
    ("8853", "Lystrup Strand"), ("6641", "Brandmose"), ("9382", "Vesterlund"), ("3471", "Skovhøj"),
    ("4593", "Nørre Ebberup"), ("2791", "Dragsholt"), ("8641", "Lyngså"), ("5771", "Østerbølle"),
    ("6092", "Sønder Vrå"),
)  # fmt: skip
FLOORS = ("st. tv.", "st. th.", "st. mf.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. mf.")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
ORG_LINES = ("70 11 42 20", "70 20 86 13", "80 30 15 15", "70 15 61 44", "80 40 22 90")
SHORT_CODES = ("1272", "1919", "1231")
PSEUDONYMS = ("Patient", "Pårørende", "Ansøger", "Borger", "Medlem", "Pensionist", "Klager")
ORGS = (
    "Udbetaling Danmark", "Jobcenter Egeslev", "Kildebakkens Apotek", "Sygeforsikringen Værnet",
    "Regionshospitalet Vesterlund", "Pensionskassen Fjordlys", "Lægehuset Lyngså",
    "Ombudsmandens sekretariat", "MitID", "Lægemiddelstyrelsen",
)  # fmt: skip
DRUGS = ("Oxycodon 10 mg", "Zolpidem 5 mg", "Tramadol 50 mg", "Morfin 10 mg", "Diazepam 5 mg")


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class _Doc:
    """Text built piece by piece; values are spans in positives, stand-ins in negatives."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, *pieces: str) -> None:
        for piece in pieces:
            self.parts.append(piece)
            self.n += len(piece)

    def v(self, kind: str, value: str, stand: str | None = None) -> None:
        if self.negative:
            self.t(stand if stand is not None else _stand_in(self.rng, kind))
            return
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        self.t(value)

    def p(self, value: str, role: str = "Borger", genitive: bool = False) -> None:
        r = self.rng
        stand = r.choice(("[NAVN]", f"{role} {r.choice('ABCD')}", f"{role} {r.randint(1, 4)}"))
        self.v("PERSON", value, "[NAVN]s" if genitive else stand)

    def text(self) -> str:
        return "".join(self.parts)


def _stand_in(rng: random.Random, kind: str) -> str:
    d = date(1930, 1, 1) + timedelta(days=rng.randrange(27000))
    options = {
        "PERSON": ("[NAVN]",),
        "ADDRESS": ("[ADRESSE]",),
        "CPR": ("[CPR]", f"{d:%d%m%y}-xxxx"),
        "DATE_OF_BIRTH": ("[fødselsdato]",),
        "PHONE": ("[TLF]", f"+45 ** ** ** {rng.randint(10, 99)}"),
        "EMAIL": ("[e-mail]", f"{rng.choice('abehjkmst')}***@example.dk"),
        "BANK_ACCOUNT": ("[kontonr.]",),
        "IBAN": ("[IBAN]", f"DK{rng.randint(10, 99)}XXXXXXXXXX{rng.randint(1000, 9999)}"),
        "CARD": ("[kortnr.]", f"**** **** **** {rng.randint(1000, 9999)}"),
        "CARD_EXPIRY": ("[udløb]",),
        "CARD_CVV": ("[kode]",),
        "OTP": ("[kode]",),
        "MITID_USER": ("[bruger-ID]",),
        "NUMBER_PLATE": ("[reg.nr.]",),
    }[kind]
    return rng.choice(options)


# --- values -------------------------------------------------------------------------------


class _Person:
    def __init__(self, rng: random.Random, elderly: bool = False) -> None:
        self.rng = rng
        self.first = rng.choice(WOMEN + MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        self.last = rng.choice(DOUBLE) if rng.random() < 0.3 else rng.choice(SURNAMES)
        lo, hi = (1928, 1958) if elderly else (1936, 2005)
        self.born = date(lo, 1, 1) + timedelta(days=rng.randrange((hi - lo) * 365))

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def form(self) -> str:
        """One of the written forms a name takes in notes and letters."""
        pick = self.rng.random()
        if pick < 0.45:
            return self.full()
        if pick < 0.65:
            return f"{self.last}, {self.first}"
        if pick < 0.8:
            return self.full().upper()
        return f"{self.first[0]}. {self.last}"

    def genitive(self) -> str:
        return self.first if self.first[-1] in "sxz" else self.first + "s"

    def email(self) -> str:
        r = self.rng
        tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "-": "", " ": ""})
        first, last = self.first.lower().translate(tr), self.last.lower().translate(tr)
        local = r.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.born:%y}",
                          f"{first}_{last[:4]}"))  # fmt: skip
        dom = r.choice(("example.dk", "example.com", "example.net", "example.org",
                        "post.example.dk"))  # fmt: skip
        return f"{local}@{dom}"

    def mitid(self) -> str:
        tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ı": "i", "-": ""})
        first = self.first.lower().translate(tr)
        year = f"{self.born:%Y}" if self.rng.random() < 0.5 else f"{self.born:%y}"
        return f"{first}{self.last.lower().translate(tr)[:1]}{year}"

    def cpr(self) -> str:
        r, b = self.rng, self.born
        seventh = "4" if b.year >= 2000 else r.choice("0123")
        while True:
            serial = seventh + "".join(r.choice("0123456789") for _ in range(3))
            n = f"{b:%d%m%y}{serial}"
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4)
        return (f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"{n[:6]} {n[6:]}")[form]  # fmt: skip

    def dob(self) -> str:
        b = self.born
        return self.rng.choice((f"{b.day}. {MONTHS[b.month - 1]} {b.year}", f"{b:%d.%m.%Y}",
                                f"{b.day}/{b.month}-{b.year}", f"{b:%d-%m-%Y}"))  # fmt: skip


def _phone(rng: random.Random) -> str:
    form = rng.randrange(PHONE_FORMS)
    if form == 10:
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    if form == 11:
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    n = rng.choice(MOBILE + LANDLINE) + "".join(rng.choice("0123456789") for _ in range(6))
    a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
    return (f"+45 {n}", f"+45 {a} {b} {c} {d}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {d}", f"0045 {n}", f"{a} {b} {c} {d}", n, f"+45{n}",
            f"{a}.{b}.{c}.{d}")[form]  # fmt: skip


def _address(rng: random.Random, block: bool = False, town: bool | None = None) -> str:
    base = f"{rng.choice(STREETS)} {rng.randint(1, 148)}"
    if rng.random() < 0.25:
        base += rng.choice("ABC")
    if rng.random() < 0.4:
        base += ", " + rng.choice(FLOORS)
    pc, name = rng.choice(TOWNS)
    if block:
        return f"{base}\n{pc} {name}"
    if town if town is not None else rng.random() < 0.6:
        return f"{base}, {pc} {name}"
    return base


def _plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    a, b = rng.randint(10, 99), rng.randint(100, 999)
    return f"{letters} {a} {b}" if rng.random() < 0.7 else f"{letters}{a}{b}"


def _card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
    n = body + _luhn_digit(body)
    return grouped(n) if rng.random() < 0.6 else n


def _expiry(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return f"{m:02d}/{y}" if rng.random() < 0.6 else f"{m:02d}/20{y}"


def _otp(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 6, 8))))


def _day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(300))


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 19):02d}.{rng.randint(0, 59):02d}"


def _amount(rng: random.Random) -> str:
    kr = rng.randint(120, 98000)
    whole = f"{kr:,}".replace(",", ".")
    return rng.choice((f"{whole} kr.", f"{whole},{rng.randint(0, 99):02d} kr", f"kr. {whole}"))


def _account(d: _Doc) -> None:
    r = d.rng
    reg = f"{r.randint(1000, 9899)}"
    length = r.choice((7, 8, 10, 10))
    acct = "".join(r.choice("0123456789") for _ in range(length))
    form = r.randrange(4)
    if form == 0:
        d.v("BANK_ACCOUNT", f"{reg}-{acct.zfill(10)}")
    elif form == 1:
        d.v("BANK_ACCOUNT", f"{reg} {acct.zfill(10)}")
    elif form == 2:
        d.t(f"reg. {reg} konto ")
        d.v("BANK_ACCOUNT", acct)
    else:
        d.t(f"reg.nr. {reg}, kontonr. ")
        d.v("BANK_ACCOUNT", acct.zfill(10))


def _iban_text(rng: random.Random, country: str) -> str:
    n = _iban(rng, country)
    return grouped(n) if rng.random() < 0.6 else n


# --- genres -------------------------------------------------------------------------------


def _udbetaling(d: _Doc) -> None:
    r = d.rng
    p, caller, kin = _Person(r, elderly=True), _Person(r), _Person(r)
    day = _day(r)
    d.t("Udbetaling Danmark – Kontrolnotat, Folkepension\n"
        f"Sagsnr. UDK-2026-{r.randint(10000, 99999)}   Dato: {day:%d.%m.%Y}   "
        f"kl. {_clock(r)}\n\nPensionist: ")  # fmt: skip
    d.p(p.form(), "Pensionist")
    if r.random() < 0.5:
        d.t(", født ")
        d.v("DATE_OF_BIRTH", p.dob())
    d.t(", CPR ")
    d.v("CPR", p.cpr())
    d.t("\nBopæl: ")
    d.v("ADDRESS", _address(r, town=True))
    d.t(f"\n\nHændelse: Anmodning om ændring af udbetalingskonto modtaget {day:%d.%m.%y} kl. "
        f"{_clock(r)}. Ny konto: ")  # fmt: skip
    if r.random() < 0.3:
        d.v("IBAN", _iban_text(r, "DK"), _stand_in(r, "IBAN"))
    else:
        _account(d)
    d.t(". Opkald fra ")
    d.v("PHONE", _phone(r))
    d.t(
        r.choice(
            (
                " – indringeren oplyste at være barnebarn og hed ",
                " – den der ringede, kaldte sig ",
                " – opkalderen præsenterede sig som ",
            )
        )
    )
    d.p(caller.first, "Ansøger")
    d.t(r.choice((" fra Udbetaling Danmark", " fra banken", "")))
    d.t(".\nKontrol: ")
    d.p(p.genitive(), "Pensionist", genitive=True)
    d.t(r.choice((" datter ", " søn ", " nabo ")))
    d.p(kin.full(), "Pårørende")
    d.t(" (tlf. ")
    d.v("PHONE", _phone(r))
    d.t(f") bekræfter, at kontoen ikke er ændret af pensionisten selv. Udbetaling på "
        f"{_amount(r)} pr. {_day(r):%d.%m.%Y} standset; borgeren henvist til "
        f"{r.choice(ORG_LINES)}. Omtalt som Pensionist A i politianmeldelsen.\n"
        "Sagsbehandler: ")  # fmt: skip
    d.p(_Person(r).form(), "Sagsbehandler")


def _jobcenter(d: _Doc) -> None:
    r = d.rng
    p, alias, staff = _Person(r, elderly=r.random() < 0.4), _Person(r), _Person(r)
    day = _day(r)
    d.t(f"Jobcenter {r.choice(TOWNS)[1]} – journalnotat {day:%d.%m.%Y}, "
        f"sag JC-{r.randint(1000, 9999)}-{r.randint(10, 99)}\n\nBorger: ")  # fmt: skip
    d.p(p.form())
    d.t(", CPR ")
    d.v("CPR", p.cpr())
    d.t(". Tlf. ")
    d.v("PHONE", _phone(r))
    d.t(f".\n\nBorgeren oplyser, at en person ringede {day:%d.%m.%y} kl. {_clock(r)} fra ")
    d.v("PHONE", _phone(r))
    d.t(" og præsenterede sig som ")
    d.p(alias.first, "Ansøger")
    d.t(r.choice((" fra Jobcentret", " fra Udbetaling Danmark", " fra kommunen")))
    d.t(". Borgeren gav sit MitID-bruger-ID ")
    d.v("MITID_USER", p.mitid())
    d.t(r.choice((" og læste koden ", " og læste engangskoden ", ", og derefter koden ")))
    d.v("OTP", _otp(r))
    d.t(r.choice((" op fra MitID-appen.", " op fra kodeviseren.", " op i telefonen.")))
    d.t(f" Efterfølgende er der optaget et forbrugslån på {_amount(r)}. ")
    if r.random() < 0.5:
        d.t("Ydelsen udbetales fremover til ")
        _account(d)
        d.t(" efter borgerens eget ønske. ")
    d.t(f"\nAftalt: borgeren spærrer MitID via {r.choice(ORG_LINES)} og anmelder til politiet "
        f"på 114. Næste samtale {_day(r):%d.%m.%Y} kl. {_clock(r)}.\nJobkonsulent: ")  # fmt: skip
    d.p(staff.form(), "Sagsbehandler")
    if r.random() < 0.4:
        d.t(", tlf. ")
        d.v("PHONE", _phone(r))


def _apotek(d: _Doc) -> None:
    r = d.rng
    p, kin, staff = _Person(r, elderly=True), _Person(r), _Person(r)
    d.t(f"{r.choice(('Kildebakkens Apotek', 'Egeslev Apotek', 'Rødkilde Løve Apotek'))}"
        f" – hændelseslog\n\n{_day(r):%d.%m.%y} kl. {_clock(r)}: Recept på {r.choice(DRUGS)} "
        f"(recept-ID R-{r.randint(100000, 999999)}) udleveret til afhenter, der sagde at hente "
        "for ")  # fmt: skip
    d.p(p.full(), "Patient")
    d.t(" (CPR ")
    d.v("CPR", p.cpr())
    d.t(r.choice((f"). Betalt {_amount(r)} kontant. ", "). Tilskud trukket. ")))
    d.t("Afhenteren kørte i en bil med nummerpladen ")
    d.v("NUMBER_PLATE", _plate(r))
    d.t(r.choice((", set på kameraet ved indkørslen.", ", noteret af kassen.")))
    if r.random() < 0.5:
        d.t(" En anden bil, ")
        d.v("NUMBER_PLATE", _plate(r))
        d.t(", ventede ved siden af.")
    d.t(f"\n{_day(r):%d.%m.%y} kl. {_clock(r)}: ")
    d.p(p.genitive(), "Patient", genitive=True)
    d.t(r.choice((" datter ", " søn ", " hjemmehjælper ")))
    d.p(kin.form(), "Pårørende")
    d.t(" ringede fra ")
    d.v("PHONE", _phone(r))
    d.t(" og oplyste, at patienten ikke har bestilt medicinen. ")
    d.p(p.last + ", " + p.first, "Patient")
    d.t(" kan træffes på ")
    d.v("PHONE", _phone(r))
    d.t(f".\nMeldt til Lægemiddelstyrelsen, j.nr. {r.randint(2024, 2026)}-"
        f"{r.randint(1000, 9999)}; afhenteren omtales som Afhenter 1. Farmaceut: ")  # fmt: skip
    d.p(f"{staff.first[0]}. {staff.last}", "Farmaceut")


def _sygeforsikring(d: _Doc) -> None:
    r = d.rng
    p, staff = _Person(r, elderly=r.random() < 0.5), _Person(r)
    d.t(f"Sygeforsikringen Værnet – indberetning fra medlem\nMedlemsnr. "
        f"{r.randint(100, 999)}-{r.randint(1000, 9999)}   Modtaget {_day(r):%d.%m.%Y} "
        f"kl. {_clock(r)}\n\nMedlem: ")  # fmt: skip
    d.p(p.form(), "Medlem")
    d.t(", e-mail ")
    email = p.email()
    d.v("EMAIL", email)
    d.t(f'\n\n"Jeg fik en mail om tilbagebetaling af {_amount(r)} for '
        f'{r.choice(("tandlæge", "fysioterapi", "briller", "kiropraktor"))}. Jeg trykkede på '
        'linket og tastede mit kort ')  # fmt: skip
    d.v("CARD", _card(r))
    d.t(r.choice((", udløb ", " med udløbsdato ", ", gyldig til ")))
    d.v("CARD_EXPIRY", _expiry(r))
    d.t(r.choice((" og CVV ", " og cvc ", " og CVC ", " og kontrolcifre ")))
    d.v("CARD_CVV", f"{r.randint(0, 999):03d}")
    d.t(" ind.")
    if r.random() < 0.5:
        d.t(" Bagefter kom der en sms med koden ")
        d.v("OTP", _otp(r))
        d.t(", som jeg også tastede.")
    d.t(f' Banken har spærret kortet, og der er trukket {_amount(r)}."\n\nSvar sendt til ')
    d.v("EMAIL", email)
    d.t(" af ")
    d.p(staff.full(), "Medarbejder")
    d.t(" (")
    d.v("EMAIL", staff.email())
    d.t(f"). Medlemmet omtales fremover som Medlem {r.choice('ABC')}. Ring {r.choice(ORG_LINES)}"
        " ved spørgsmål.")  # fmt: skip


def _hospital(d: _Doc) -> None:
    r = d.rng
    p, staff = _Person(r, elderly=r.random() < 0.6), _Person(r)
    d.t("Regionshospitalet Vesterlund\nPatientbrevsteamet\n\n")
    d.p(p.full(), "Patient")
    d.t("\n")
    d.v("ADDRESS", _address(r, block=True))
    d.t(f"\n\n{_day(r):%d.%m.%Y}\n\nKære ")
    d.p(p.first, "Patient")
    d.t(f",\n\nTak for din henvendelse om en sms, der lignede en indkaldelse til "
        f"{r.choice(('ortopædkirurgisk ambulatorium', 'røntgen', 'øjenafdelingen'))} den "
        f"{_day(r):%d.%m.%y} kl. {_clock(r)}. ")  # fmt: skip
    if r.random() < 0.5:
        d.t(f"Sms'en kom fra {r.choice(SHORT_CODES)}")
    else:
        d.t("Sms'en kom fra ")
        d.v("PHONE", _phone(r))
    d.t(f" og bad dig bekræfte dit CPR-nummer og betale {_amount(r)} i gebyr. Den er ikke fra "
        "os. Vi har registreret Fødselsdato: ")  # fmt: skip
    d.v("DATE_OF_BIRTH", p.dob())
    d.t(" og tlf. ")
    d.v("PHONE", _phone(r))
    d.t(f". Din rigtige tid er bekræftet med tidsnr. {r.randint(100000, 999999)}.\n\nHar du "
        f"spørgsmål, så ring på {r.choice(ORG_LINES)} eller til ")  # fmt: skip
    d.p(staff.full(), "Medarbejder")
    d.t(" direkte på ")
    d.v("PHONE", _phone(r))
    d.t(".\n\nMed venlig hilsen\n")
    d.p(staff.full(), "Medarbejder")
    d.t(", lægesekretær")


def _pension(d: _Doc) -> None:
    r = d.rng
    p, staff = _Person(r, elderly=True), _Person(r)
    country = r.choice(tuple(COUNTRIES))
    team = f"{r.choice(('udbetaling', 'kundeservice', 'pension'))}@example.dk"
    policy = f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"
    day = _day(r)
    d.t("Fra: ")
    d.p(p.full(), "Medlem")
    d.t(" <")
    email = p.email()
    d.v("EMAIL", email)
    d.t(">\nTil: ")
    d.v("EMAIL", team)
    d.t(
        f"\nEmne: Overførsel af opsparing til udlandet – police {policy}\nDato: "
        f"{day:%d.%m.%Y} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}\n\nHej,\nJeg flytter til "
        f"{COUNTRIES[country]} og ønsker hele min opsparing ({_amount(r)}) overført til "
    )
    d.v("IBAN", _iban_text(r, country))
    d.t(". Mit CPR-nr. er ")
    d.v("CPR", p.cpr())
    d.t(" og I kan ringe på ")
    d.v("PHONE", _phone(r))
    d.t(".\n\nVenlig hilsen\n")
    d.p(p.full(), "Medlem")
    d.t("\n\n-----\nFra: ")
    d.p(staff.full(), "Medarbejder")
    d.t(" <")
    d.v("EMAIL", staff.email())
    d.t(">\nTil: ")
    d.v("EMAIL", email)
    d.t("\nEmne: SV: Overførsel af opsparing\n\nKære ")
    d.p(p.first, "Medlem")
    d.t(",\nvi har ringet til dig på det nummer, vi har registreret (")
    d.v("PHONE", _phone(r))
    d.t(")")
    if r.random() < 0.5:
        d.t(", og din adresse er fortsat ")
        d.v("ADDRESS", _address(r, town=True))
    d.t(". Du oplyser, at du ikke har skrevet til os, så anmodningen er afvist og policen "
        "spærret.\n\n")  # fmt: skip
    d.p(staff.full(), "Medarbejder")
    d.t(f"\nPensionsrådgiver, Pensionskassen Fjordlys – tlf. {r.choice(ORG_LINES)}")


def _sms_log(d: _Doc) -> None:
    r = d.rng
    p, doc_ = _Person(r), _Person(r)
    day = _day(r)
    num = _phone(r)

    clock = [r.randint(7 * 60, 12 * 60)]

    def stamp() -> str:
        clock[0] += r.randint(1, 70)
        return f"[{day:%d.%m.%y} {clock[0] // 60:02d}:{clock[0] % 60:02d}]"

    d.t(f"Lægehuset Lyngså – SMS-log, uge {day.isocalendar()[1]}\n{stamp()} Til ")
    d.v("PHONE", num)
    d.t(": Påmindelse: tid hos læge ")
    d.p(f"{doc_.first[0]}. {doc_.last}", "Læge")
    d.t(f" {r.choice(('mandag', 'tirsdag', 'torsdag'))} kl. {_clock(r)}, aftalenr. "
        f"{r.randint(100000, 999999)}. Svar JA eller NEJ.\n{stamp()} Fra ")  # fmt: skip
    d.v("PHONE", num)
    d.t(r.choice((": ja det er ", ": JA. hilsen ", ": ja mvh ")))
    d.p(p.first.lower(), "Patient")
    d.t(f"\n{stamp()} Fra ")
    d.v("PHONE", num)
    d.t(": jeg fik også en sms fra 'lægen' med et link og koden ")
    d.v("OTP", _otp(r))
    d.t(" er den fra jer? ")
    d.p(p.full().lower() if r.random() < 0.5 else p.first.lower(), "Patient")
    d.t(f"\n{stamp()} Til ")
    d.v("PHONE", num)
    d.t(f": Nej, vi sender aldrig links. Ring til os på {r.choice(ORG_LINES)} – "
        f"ref. {r.randint(1000, 9999)}. Hilsen ")  # fmt: skip
    d.p(_Person(r).first, "Sekretær")
    if r.random() < 0.5:
        d.t(f"\n{stamp()} Fra ")
        d.v("PHONE", _phone(r))
        d.t(": Det er ")
        d.p(p.genitive(), "Patient", genitive=True)
        d.t(r.choice((" datter, hun ", " søn, han ")))
        d.t("kan ikke komme. Ny tid tak.")


def _ombudsmand(d: _Doc) -> None:
    r = d.rng
    p, scam = _Person(r, elderly=r.random() < 0.5), _Person(r)
    d.t(f"Ombudsmandens sekretariat – klage modtaget {_day(r):%d.%m.%Y}, "
        f"j.nr. {r.randint(2025, 2026)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}\n"
        f"Klage over {r.choice(('Udbetaling Danmarks', 'kommunens', 'regionens'))} "
        "sagsbehandling\n\nKlager: ")  # fmt: skip
    d.p(p.form(), "Klager")
    d.t("\n\nJeg hedder ")
    d.p(p.full(), "Klager")
    d.t(", født ")
    d.v("DATE_OF_BIRTH", p.dob())
    d.t(", CPR ")
    d.v("CPR", p.cpr())
    d.t(", og bor på ")
    d.v("ADDRESS", _address(r, town=True))
    d.t(". Mit telefonnummer er ")
    d.v("PHONE", _phone(r))
    d.t(" og min e-mail ")
    d.v("EMAIL", p.email())
    d.t(f". Den {_day(r):%d.%m.%y} kl. {_clock(r)} ringede en person, der sagde at hedde ")
    d.p(scam.full(), "Ansøger")
    d.t(", og fik mit MitID-bruger-ID ")
    d.v("MITID_USER", p.mitid())
    d.t(" og koden ")
    d.v("OTP", _otp(r))
    d.t(f". Bagefter blev min pension på {_amount(r)} sendt til konto ")
    _account(d)
    if r.random() < 0.5:
        d.t(". Han bad også om mit kort ")
        d.v("CARD", _card(r))
        d.t(", udløb ")
        d.v("CARD_EXPIRY", _expiry(r))
        d.t(", kontrolcifre ")
        d.v("CARD_CVV", f"{r.randint(0, 999):03d}")
    if r.random() < 0.6:
        d.t(". Min nabo så ham køre i en bil med nummerplade ")
        d.v("NUMBER_PLATE", _plate(r))
    d.t(f". Jeg ringede straks til {r.choice(ORG_LINES)}, men kommunen har ikke svaret i "
        "fire måneder. I sagen er jeg kaldt Klager A og min søn Pårørende 2.")  # fmt: skip


WRITERS = {
    "udbetaling_kontrolnotat": _udbetaling,
    "jobcenter_mitid_notat": _jobcenter,
    "apotek_haendelseslog": _apotek,
    "sygeforsikring_phishing": _sygeforsikring,
    "hospital_indkaldelse_svar": _hospital,
    "pensionskasse_mailtraad": _pension,
    "laegeklinik_sms_log": _sms_log,
    "ombudsmand_klage": _ombudsmand,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised negatives, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            d = _Doc(rng, kind == "negative")
            WRITERS[genre](d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append({"id": f"pii29-{len(docs):04d}", "genre": genre, "kind": kind,
                     "text": text, "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind29.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
