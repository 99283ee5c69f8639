"""A twenty-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is fraud against
associations, clubs and small businesses' customers, as their volunteers and owners write about
it, in eight genres: a sports club treasurer's e-mails about a fake invoice and members' dues
(a member list with names, addresses, phones and birth dates), a housing association's board
notes on a fake caretaker call and residents' complaints (apartment addresses with floors), a
small webshop owner's chargeback and fake-buyer threads (DBA-style chats, card details,
MobilePay numbers), a hairdresser's booking-system export of customers who were phished, a
parish council's minutes on CEO fraud, a local newspaper's reader letters (names with towns),
a volunteer helpline's call log with elderly callers and a kindergarten parents' group chat
warning about a fake "school photo" payment. The names are those of Danes of all ages and
backgrounds ("Zeynep Özdemir", "Thi Hoa Nguyen"), double surnames ("Krogh-Winther"), the
volunteers' first names alone and nicknames ("Bente fra kiosken": Bente is PERSON, kiosken not).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kasserer", "formand", "beboeren",
  "pastor"); "Krogh, Ulla" is one span; a genitive s belongs to it ("Ullas"); a lower-case name
  in a chat ("bente") is PERSON; an @mention keeps its "@" outside the span and an emoji after a
  name stays outside. A scammer's alias ("Jonas fra Nordvarme") is PERSON, the firm is not.
  Clubs, associations and shops that hold a surname ("Boldklubben Frem", "Hansens Is",
  "Poulsens Blomster"), placeholders ("[NAVN]", "Medlem A") and family words ("min mor") are
  never PERSON. A town after a name in a reader letter ("Ulla Krogh, Skive") is not labelled.
- ADDRESS runs from the street name through number, letter, floor and side ("12B", "2. th.",
  "st. tv."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street without a number and an apartment number without a street
  ("lejl. 14") are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (a full date with
  a four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only
  straight after "født ", "f. " or "Fødselsdato: "; no other date or clock time is labelled.
- PHONE covers Danish 8-digit numbers from the MOBILE and LANDLINE leads (70 and 80 never occur
  as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers from
  fiction ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). A MobilePay number
  of a person is PHONE; "MobilePay Box 12345" and organisations' 70/80 lines are not.
- EMAIL: every unmasked e-mail address (all on example.dk/.com/.net/.org), each occurrence.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 12345678") only the
  account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped
  by four or compact. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES), grouped by
  four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY" (years 26-31); CARD_CVV 3 digits after "CVV",
  "cvc", "CVC" or "kontrolcifre". OTP: a one-time code (6 or 8 digits) sent, asked for or given;
  MITID_USER: a MitID user ID given as such (lower-case letters and two or four digits);
  NUMBER_PLATE: a Danish plate ("BK 41 207" or "BK41207").
- Hard negatives, never labelled: membership numbers ("medlemsnr. 20417"), CVR numbers, club,
  association and shop names, apartment numbers ("lejl. 14"), booking references ("BK-R48213"),
  order numbers ("ordre 100482"), amounts ("1.250 kr."), dates and clock times ("kl. 19.30",
  "[03.12.26, 19:04]"), match scores and results ("3-1", "21-17"), jersey numbers ("nr. 14"),
  masked values ("120452-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932") and organisations' 70/80 lines. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind24 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 2524
SIZE = 1000
NEGATIVES = 350
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "klub_kasserer",
    "boligforening_bestyrelse",
    "webshop_chargeback",
    "frisør_bookingeksport",
    "menighedsråd_referat",
    "lokalavis_læserbrev",
    "hjælpelinje_opkaldslog",
    "børnehave_forældrechat",
)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "75", "86", "98")
TEST_PREFIXES = ("4111", "4242", "4000", "4012", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {"DK": 18, "NO": 15, "SE": 24, "DE": 22, "FI": 18, "NL": 18}
IBAN_BANKS = {"NL": ("ABNA", "INGB", "RABO")}

WOMEN = (
    "Birgit", "Hanne", "Lone", "Merete", "Inger", "Solveig", "Tove", "Rikke", "Camilla", "Sanne",
    "Nadia", "Fatma", "Aisha", "Gitte", "Karen", "Ellen", "Freja", "Signe", "Laila", "Zeynep",
    "Anja", "Dorthe", "Vibeke", "Bente", "Yasmin", "Agnieszka", "Marianne", "Kirsten", "Ulla",
    "Asta", "Thi Hoa", "Hiba", "Lærke", "Alberte",
)  # fmt: skip
MEN = (
    "Preben", "Bjarne", "Torben", "Flemming", "Kurt", "Jørgen", "Henrik", "Kasper", "Emil",
    "Ahmad", "Hassan", "Mehmet", "Tariq", "Poul", "Svend", "Palle", "Rasmus", "Jonas", "Lukas",
    "Morten", "Dariusz", "Omar", "Kenneth", "Steen", "Villads", "Aksel", "Bashir", "Finn",
    "Egon", "Malthe",
)  # fmt: skip
SURNAMES = (
    "Kjærgaard", "Bundgaard", "Søndergaard", "Thygesen", "Vestergaard", "Lauritsen", "Dalsgaard",
    "Krogh", "Brandt", "Ravn", "Frost", "Skov", "Winther", "Holmgaard", "Bisgaard", "Ibsen",
    "Nygaard", "Abdi", "Yilmaz", "Hussein", "Kowalski", "Nguyen", "Özdemir", "Rahimi", "Toft",
    "Hvidberg", "Borup", "Lindholm", "Stampe", "Gregersen", "Vinther", "Juhl", "Kirkegaard",
    "Mogensen", "Damgaard", "Ladefoged", "Overgaard", "Sarraf", "Lykkegaard",
)  # fmt: skip
MIDDLE = ("Lykke", "Munk", "Kjær", "Birk", "Dam", "Bech", "Marie", "Emil", "Juul")
NICKS = ("kiosken", "træningen", "hallen", "kirkekontoret", "3. sal", "vaskeriet", "kantinen")
STREETS = (
    "Tjørnevej", "Pilevangen", "Solbærvej", "Rugmarken", "Smedestræde", "Nørrevang", "Fjordgade",
    "Møllebakken", "Skolestien", "Kirkebakken", "Engtoften", "Lærkevej", "Ahornvej",
    "Bakkedraget", "Præstevænget", "Hyldegårdsvej", "Strandlyst Allé", "Sønder Ringvej",
    "Kløvermarken", "Stationsvej", "Egeskovvej", "Hjortegade", "Tranebærvej", "Gl. Kongevej",
)  # fmt: skip
TOWNS = (
    "4760 Vordingborg", "6100 Haderslev", "7500 Holstebro", "8660 Skanderborg",
    "9900 Frederikshavn", "5700 Svendborg", "3300 Frederiksværk", "4300 Holbæk", "2630 Taastrup",
    "8900 Randers C", "6700 Esbjerg", "7100 Vejle", "9800 Hjørring", "4200 Slagelse",
    "3400 Hillerød", "8800 Viborg", "6400 Sønderborg", "2750 Ballerup", "4640 Faxe",
    "7800 Skive", "5800 Nyborg", "8500 Grenaa",
)  # fmt: skip
FLOORS = ("st. tv.", "st. th.", "1. th.", "1. tv.", "2. th.", "2. mf.", "3. tv.", "4. th.", "st.")
CLUBS = (
    "Boldklubben Frem", "Skovbo Håndboldklub", "IF Fjordstjernen", "Badmintonklubben Fjerbolden",
    "Gymnastikforeningen Spring", "Vestbyens Petanqueklub", "Brixens Roklub",
)  # fmt: skip
SHOPS = (
    "Hansens Is", "Poulsens Blomster", "Frk. Holms Salon", "Købmand Brixens Kolonial",
    "Lunds Fodklinik", "Strikkeriet Garnkurven", "Bagger Mortensens Cykler",
)  # fmt: skip
ASSOCS = ("Boligforeningen Solgården", "Andelsboligforeningen Kastanjegården", "AB Fjordhuse")
PARISHES = ("Sankt Olai Sogn", "Nørre Vium Sogn", "Vestre Kirkes Sogn", "Tved Sogn")
FIRMS = ("Nordvarme", "Fjordbanken", "PostNord-kundeservice", "Skolefoto Danmark", "Sportigo")
ORG_LINES = ("70 21 34 55", "80 20 11 44", "70 10 28 19", "80 88 40 40", "7022 1133")
PLATE_LETTERS = ("AB", "BK", "CF", "DX", "EN", "HJ", "KP", "MZ", "RT", "SV", "TU", "XY", "ZA")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
EMOJI = ("🌸", "⚽", "🙏", "😊", "❤️", "🐝")
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
PLACEHOLDERS = {
    "PERSON": ("[NAVN]", "Medlem A", "Beboer B", "Kunde C", "[NAVN]"),
    "ADDRESS": ("[ADRESSE]",),
    "CPR": ("[CPR]", "{masked_cpr}"),
    "DATE_OF_BIRTH": ("[fødselsdato]",),
    "PHONE": ("[TLF]", "+45 ** ** ** {dd}"),
    "EMAIL": ("[e-mail]", "{c}***@example.dk"),
    "BANK_ACCOUNT": ("[kontonr.]",),
    "IBAN": ("DK71XXXXXXXXXX{dddd}", "[kontonr.]"),
    "CARD": ("**** **** **** {dddd}", "******{dddd}"),
    "CARD_EXPIRY": ("**/**",),
    "CARD_CVV": ("***",),
    "OTP": ("[kode]",),
    "MITID_USER": ("[bruger-id]",),
    "NUMBER_PLATE": ("[nummerplade]",),
}


def grouped(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


class Doc:
    """A document being written: text pieces and the spans of the labelled ones."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.r, self.neg, self.text, self.spans = rng, negative, "", []

    def t(self, *pieces: str) -> Doc:
        piece = "".join(pieces).replace("kr..", "kr.")
        if self.text.endswith("kr.") and piece.startswith("."):
            piece = piece[1:]  # one full stop after an amount that ends a sentence
        self.text += piece
        return self

    def v(self, kind: str, value: str) -> Doc:
        if self.neg:
            return self.t(self.stand_in(kind))
        self.spans.append(
            {"start": len(self.text), "end": len(self.text) + len(value), "type": kind}
        )
        return self.t(value)

    def stand_in(self, kind: str) -> str:
        r = self.r
        form = r.choice(PLACEHOLDERS[kind])
        masked_cpr = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99)}-xxxx"
        return form.format(
            masked_cpr=masked_cpr,
            dd=f"{r.randint(0, 99):02d}",
            dddd=f"{r.randint(0, 9999):04d}",
            c=r.choice("abehjklmst"),
        )


class Person:
    def __init__(self, r: random.Random) -> None:
        woman = r.random() < 0.55
        self.first = r.choice(WOMEN if woman else MEN)
        self.last = r.choice(SURNAMES)
        if r.random() < 0.15:
            self.last = f"{self.last}-{r.choice(SURNAMES)}"
        self.middle = r.choice(MIDDLE) if r.random() < 0.2 else ""
        self.born = date(1932, 1, 1) + timedelta(days=r.randint(0, 365 * 73))
        self.r = r

    def full(self) -> str:
        r = self.r
        form = r.random()
        middle = f" {self.middle}" if self.middle else ""
        if form < 0.5:
            return f"{self.first}{middle} {self.last}"
        if form < 0.62:
            return f"{self.last}, {self.first}"
        if form < 0.72:
            return f"{self.first[0]}. {self.last}"
        if form < 0.82:
            return f"{self.first} {self.last}".upper()
        return f"{self.first} {self.last}"

    def email(self) -> str:
        base = f"{self.first}.{self.last}".lower()
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ö", "o"), ("ü", "u"), (" ", "")):
            base = base.replace(a, b)
        base = base.replace("-", "")
        if self.r.random() < 0.4:
            base = base.split(".")[0] + str(self.born.year)[2:]
        return f"{base}@{self.r.choice(DOMAINS)}"

    def mitid(self) -> str:
        base = self.first.lower().split()[0]
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ö", "o")):
            base = base.replace(a, b)
        year = str(self.born.year)
        return base + (year if self.r.random() < 0.5 else year[2:])


def cpr(r: random.Random, born: date) -> str:
    born = min(born, date(2005, 12, 31))
    head = born.strftime("%d%m%y")
    while True:
        seventh = str(r.randint(0, 3)) if born.year < 2000 else "4"
        n = head + seventh + f"{r.randint(0, 999):03d}"
        if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
            break
    form = r.randrange(4)
    return (
        f"{n[:6]}-{n[6:]}",
        n,
        f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"{n[:6]} {n[6:]}",
    )[form]


def dob(r: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return r.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone(r: random.Random) -> str:
    if r.random() < 0.07:
        if r.random() < 0.5:
            return f"+44 7700 900{r.randint(0, 999):03d}"
        return f"+46 70 174 06 {r.randint(5, 99):02d}"
    n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
    a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
    return r.choice(
        (
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
    )


def mobile(r: random.Random) -> str:
    n = r.choice(MOBILE) + f"{r.randint(0, 999999):06d}"
    return r.choice((n, f"{n[:4]} {n[4:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n}"))


def address(r: random.Random, block: bool = False, floor: bool | None = None) -> str:
    a = f"{r.choice(STREETS)} {r.randint(1, 148)}"
    if r.random() < 0.2:
        a += r.choice("ABC")
    if floor or (floor is None and r.random() < 0.4):
        a += (", " if r.random() < 0.5 else " ") + r.choice(FLOORS)
    tail = r.random()
    if block or tail < 0.3:
        return a + "\n" + r.choice(TOWNS)
    if tail < 0.75:
        return a + ", " + r.choice(TOWNS)
    return a


def account(r: random.Random) -> tuple[str, str]:
    """(lead-in text, the account) where the lead-in may hold an unlabelled reg.nr."""
    reg = f"{r.randint(1000, 9899)}"
    acc = f"{r.randint(0, 10**10 - 1):010d}"
    form = r.randrange(4)
    if form == 0:
        return "konto ", f"{reg}-{acc}"
    if form == 1:
        return "kontonr. ", f"{reg} {acc}"
    short = str(r.randint(1, 9)) + acc[: r.randint(6, 9)]
    if form == 2:
        return f"reg.nr. {reg}, kontonr. ", short
    return f"reg. {reg} konto ", short


def iban(r: random.Random) -> str:
    country = r.choice(tuple(IBAN_LENGTH))
    length = IBAN_LENGTH[country] - 4
    if country in IBAN_BANKS:
        bban = r.choice(IBAN_BANKS[country]) + "".join(r.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(r.choice("0123456789") for _ in range(length))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{bban}"
    return grouped(compact) if r.random() < 0.6 else compact


def card(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - 5))
    compact = body + luhn_digit(body)
    return grouped(compact) if r.random() < 0.7 else compact


def expiry(r: random.Random) -> str:
    m, y = r.randint(1, 12), r.randint(26, 31)
    return f"{m:02d}/{y}" if r.random() < 0.7 else f"{m:02d}/20{y}"


def otp(r: random.Random) -> str:
    return (
        f"{r.randint(0, 10**6 - 1):06d}" if r.random() < 0.75 else f"{r.randint(0, 10**8 - 1):08d}"
    )


def plate(r: random.Random) -> str:
    letters, n = r.choice(PLATE_LETTERS), f"{r.randint(10, 99)}{r.randint(100, 999)}"
    return f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else letters + n


def amount(r: random.Random) -> str:
    kr = r.choice((r.randint(50, 999), r.randint(1000, 48000)))
    text = f"{kr:,}".replace(",", ".")
    return r.choice((f"{text} kr.", f"{text},00 kr.", f"kr. {text}", f"{text},- kr."))


def when(r: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=r.randint(0, 330))


def clock(r: random.Random) -> str:
    return f"{r.randint(7, 22):02d}.{r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


def cvr(r: random.Random) -> str:
    n = f"{r.randint(10_000_000, 49_999_999)}"
    return r.choice((f"CVR {n}", f"CVR-nr. {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"cvr.nr. {n}"))


def name(d: Doc, p: Person, form: str = "full") -> Doc:
    value = {"full": p.full(), "first": p.first, "gen": p.first + "s", "lower": p.first.lower()}
    return d.v("PERSON", value[form])


def card_block(d: Doc, r: random.Random) -> Doc:
    d.t("kortnummer ").v("CARD", card(r)).t(", udløb ").v("CARD_EXPIRY", expiry(r))
    return d.t(f" og {r.choice(('CVV', 'cvc', 'CVC', 'kontrolcifre'))} ").v(
        "CARD_CVV", f"{r.randint(0, 999):03d}"
    )


def klub_kasserer(d: Doc, r: random.Random) -> None:
    club, kas, chair = r.choice(CLUBS), Person(r), Person(r)
    day = when(r)
    d.t("Fra: ").v("EMAIL", kas.email()).t("\nTil: ").v("EMAIL", chair.email())
    d.t(f"\nEmne: Falsk faktura og kontingent, {club}\nDato: {day:%d.%m.%Y} kl. {clock(r)}\n\n")
    d.t("Hej ").v("PERSON", chair.first).t(",\n\n")
    firm = r.choice(FIRMS)
    d.t(f'vi har fået en faktura fra "{firm}" på {amount(r)} for nye spilledragter, ')
    d.t(f"fakturanr. {r.randint(20000, 99999)}. Den vil have pengene til ")
    lead, acc = account(r)
    d.t(lead).v("BANK_ACCOUNT", acc).t(" eller IBAN ").v("IBAN", iban(r))
    d.t(". Vi har aldrig bestilt noget. Jeg ringede til deres nummer ")
    d.t(f"{r.choice(ORG_LINES)}, og en ").v("PERSON", r.choice(MEN))
    d.t(f" fra {firm} pressede på. Vi vandt i øvrigt {r.randint(0, 5)}-{r.randint(0, 4)} i lørdags")
    d.t(f", og nr. {r.randint(2, 23)} scorede to gange.\n\nMedlemmer der mangler kontingent:\n")
    for _ in range(r.randint(2, 4)):
        m = Person(r)
        d.t(f"- medlemsnr. {r.randint(10000, 99999)}: ")
        name(d, m)
        d.t(", ").v("ADDRESS", address(r).replace("\n", ", "))
        d.t(", tlf. ").v("PHONE", phone(r)).t(", født ").v("DATE_OF_BIRTH", dob(r, m.born))
        d.t(f", skylder {amount(r)}\n")
    d.t("\nEt par forældre har betalt via MobilePay til et nummer i fakturaen, ")
    d.t("ikke til MobilePay Box ").t(f"{r.randint(10000, 99999)}. ")
    m = Person(r)
    name(d, m, "gen").t(" mor har overført til ").v("PHONE", mobile(r)).t(".\n\nMvh\n")
    d.v("PERSON", kas.first if r.random() < 0.5 else kas.full()).t(f", kasserer, {club}\n")


def boligforening(d: Doc, r: random.Random) -> None:
    assoc, chair = r.choice(ASSOCS), Person(r)
    d.t(f"{assoc} – bestyrelsesmøde {when(r):%d.%m.%Y}, kl. {clock(r)}\n")
    d.t("Til stede: ")
    name(d, chair).t(" (formand), ")
    name(d, Person(r), "first").t(", ")
    name(d, Person(r)).t(" (kasserer)\n\nPkt. 1. Falsk vicevært\nEn mand, der kaldte sig ")
    d.v("PERSON", r.choice(MEN)).t(
        f" fra {r.choice(FIRMS)}, har ringet på i blok {r.choice('ABCD')}."
    )
    d.t(" Han kørte i en hvid varevogn, ").v("NUMBER_PLATE", plate(r))
    d.t(f", og bad om betaling for »fjernaflæsning« på {amount(r)}.\n")
    for _ in range(r.randint(2, 3)):
        res = Person(r)
        d.t("Klage fra ")
        name(d, res).t(", ").v("ADDRESS", address(r, floor=True).replace("\n", ", "))
        d.t(f" (lejl. {r.randint(1, 60)}): ")
        c = r.randrange(4)
        if c == 0:
            d.t("har givet manden sit CPR-nr. ").v("CPR", cpr(r, res.born)).t(".\n")
        elif c == 1:
            d.t("betalte med ")
            card_block(d, r).t(".\n")
        elif c == 2:
            d.t("oplyste sin MitID-bruger ").v("MITID_USER", res.mitid())
            d.t(" og koden ").v("OTP", otp(r)).t(" fra appen.\n")
        else:
            d.t("kan kontaktes på ").v("PHONE", phone(r)).t(" eller ").v("EMAIL", res.email()).t(
                ".\n"
            )
    d.t("\nPkt. 2. Vaskeriet\n").v("PERSON", chair.first + "s")
    d.t(f" forslag: opslag i opgangene med foreningens nummer {r.choice(ORG_LINES)}.\n")
    d.t("Beboerne i ").v("ADDRESS", address(r, block=True)).t(" skal have brev om sagen.\n")


def webshop(d: Doc, r: random.Random) -> None:
    shop, buyer, owner = r.choice(SHOPS), Person(r), Person(r)
    order = r.randint(100000, 999999)
    day = when(r)
    d.t(f"{shop} – indsigelse på ordre {order} ({cvr(r)})\n\n")
    stamp = f"[{day:%d.%m.%y}, {r.randint(8, 22):02d}:{r.randint(0, 59):02d}]"
    d.t(f"{stamp} ").v("PERSON", buyer.first.lower() if r.random() < 0.3 else buyer.full())
    d.t(": hej, er den stadig til salg? jeg betaler fragt. send mig link, min mail er ")
    d.v("EMAIL", buyer.email()).t("\n")
    d.t(f"{stamp} ").v("PERSON", owner.first).t(": Ja, men jeg tager kun MobilePay på ")
    d.v("PHONE", mobile(r)).t(f" – {amount(r)}\n")
    d.t('Købers "betalingslink" bad mig taste ')
    card_block(d, r).t(" og så koden ").v("OTP", otp(r)).t(" fra min bank.\n\n")
    d.t("Kundens adresse i ordren:\n")
    name(d, buyer).t("\n").v("ADDRESS", address(r, block=True)).t("\n")
    d.t("Tlf. ").v("PHONE", phone(r)).t(f"\n\nBanken har sagsnr. {r.randint(100000, 999999)}.")
    d.t(" Pengene skal tilbage til ")
    lead, acc = account(r)
    d.t(lead).v("BANK_ACCOUNT", acc).t(f". Ring {r.choice(ORG_LINES)} ved spørgsmål.\n")


def booking(d: Doc, r: random.Random) -> None:
    shop = r.choice(SHOPS)
    d.t(f"Eksport fra bookingsystem – {shop}, {when(r):%d.%m.%Y}\n")
    d.t("ref;navn;telefon;email;tid;note\n")
    for _ in range(r.randint(3, 5)):
        c = Person(r)
        d.t(f"BK-R{r.randint(10000, 99999)};")
        name(d, c).t(";").v("PHONE", phone(r)).t(";").v("EMAIL", c.email())
        d.t(f";{r.randint(8, 17):02d}:{r.choice(('00', '15', '30', '45'))};")
        k = r.randrange(5)
        if k == 0:
            d.t("klikkede på falsk SMS om aflyst tid, gav kortnr. ").v("CARD", card(r))
            d.t(" udløb ").v("CARD_EXPIRY", expiry(r))
        elif k == 1:
            d.t("Fødselsdato: ").v("DATE_OF_BIRTH", dob(r, c.born)).t(" (rabat)")
        elif k == 2:
            d.t("oplyste MitID-bruger ").v("MITID_USER", c.mitid()).t(" i falsk formular")
        elif k == 3:
            d.t("CPR givet til falsk 'klinik': ").v("CPR", cpr(r, c.born))
        else:
            d.t("ny kunde, bor ").v("ADDRESS", address(r).replace("\n", ", "))
        d.t("\n")
    d.t("Note fra ").v("PERSON", f"{r.choice(WOMEN)}").t(f" fra {r.choice(NICKS)}: ")
    d.t(f"Vi ringer aldrig fra andet end {r.choice(ORG_LINES)}.\n")


def menighedsraad(d: Doc, r: random.Random) -> None:
    parish, chair, treas, priest = r.choice(PARISHES), Person(r), Person(r), Person(r)
    d.t(f"{parish} – referat af menighedsrådsmøde {when(r):%d.%m.%Y} kl. {clock(r)}\n")
    d.t("Deltagere: formand ")
    name(d, chair).t(", kasserer ")
    name(d, treas).t(", pastor ")
    name(d, priest).t("\n\nPkt. 4. Forsøg på direktørsvindel\nKassereren modtog en mail fra ")
    d.v("EMAIL", chair.email()).t(" (en efterligning af formandens adresse ").v(
        "EMAIL", chair.email()
    )
    d.t(f") med besked om at overføre {amount(r)} til ")
    d.v("IBAN", iban(r)).t(' "inden kl. 12". ')
    d.v("PERSON", treas.first).t(" ringede formanden op på ").v("PHONE", phone(r))
    d.t(" og fik afkræftet det. Kirkens egen bankforbindelse, ")
    lead, acc = account(r)
    d.t(lead).v("BANK_ACCOUNT", acc).t(" er ikke berørt. Sagen er meldt til politiet, journalnr. ")
    d.t(f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(100, 999)}-26.\n")
    d.t("Svindlerne brugte også præstens navn: ").v("PERSON", priest.first + "s")
    d.t(f" mobil blev forfalsket som afsender. {cvr(r)} står på den falske faktura.\n")
    d.t("Pkt. 5. Graver ")
    name(d, Person(r), "first").t(" oplyser, at en bil med nummerpladen ").v(
        "NUMBER_PLATE", plate(r)
    )
    d.t(" holdt ved kirkegården flere nætter.\n")


def laeserbrev(d: Doc, r: random.Random) -> None:
    w, mother = Person(r), Person(r)
    town = r.choice(TOWNS).split(" ", 1)[1]
    d.t(f"Læserbrev: Pas på svindlerne i {r.choice(CLUBS)}s navn\n\n")
    d.t("Min mor, ").v("PERSON", f"{mother.first} {mother.last}").t(
        ", fik i sidste uge besøg af en ung mand, der sagde han samlede ind til "
    )
    d.t("klubbens nye bane. Han ville have hendes kortnummer, og hun gav ham ")
    d.v("CARD", card(r)).t('. Bagefter ringede "banken" fra ').v("PHONE", phone(r))
    d.t(" og spurgte efter koden ").v("OTP", otp(r)).t(". Hun bor på ")
    d.v("ADDRESS", address(r).split("\n")[0].split(",")[0] + f", {r.choice(TOWNS)}")
    d.t(", og han kørte i en rød bil, ").v("NUMBER_PLATE", plate(r))
    d.t(
        f". Hun mistede {amount(r)}. Kampen endte i øvrigt "
        f"{r.randint(14, 30)}-{r.randint(10, 29)}.\n\n"
    )
    name(d, w).t(f", {town}\n")
    if r.random() < 0.6:
        d.t("\nSvar: Tak for brevet, ")
        name(d, w, "first").t(". Klubbens formand ").v("PERSON", Person(r).full())
        d.t(f" oplyser, at klubben kun samler ind via MobilePay Box {r.randint(10000, 99999)}.\n")


def hjaelpelinje(d: Doc, r: random.Random) -> None:
    vol = Person(r)
    d.t(f"Hjælpelinjen for ældre – opkaldslog {when(r):%d.%m.%Y}, vagt: ")
    name(d, vol, "first").t("\n")
    for _ in range(r.randint(2, 4)):
        c = Person(r)
        d.t(f"kl. {clock(r)} – ")
        name(d, c).t(", f. ").v("DATE_OF_BIRTH", dob(r, c.born)).t(", ringer fra ").v(
            "PHONE", phone(r)
        )
        k = r.randrange(4)
        if k == 0:
            d.t('. Har givet en "bankrådgiver" sit CPR ').v("CPR", cpr(r, c.born))
            d.t(" og MitID-bruger ").v("MITID_USER", c.mitid()).t(".\n")
        elif k == 1:
            d.t(". Overførte til ").v("IBAN", iban(r)).t(" efter opkald; eget kontonr. ")
            d.v("BANK_ACCOUNT", account(r)[1]).t(".\n")
        elif k == 2:
            d.t(". Læste engangskoden ").v("OTP", otp(r)).t(" op for en mand fra ")
            d.t(f"{r.choice(FIRMS)}. Bor ").v("ADDRESS", address(r).replace("\n", ", ")).t(".\n")
        else:
            d.t(". Gav ")
            card_block(d, r).t(f" til en falsk pakkeservice, betalte {amount(r)}.\n")
    d.t(f"Henvist til bankens spærrelinje {r.choice(ORG_LINES)}. ")
    d.v("PERSON", r.choice(WOMEN)).t(f" fra {r.choice(NICKS)} tager opfølgning.\n")


def forældrechat(d: Doc, r: random.Random) -> None:
    day = when(r)
    people = [Person(r) for _ in range(r.randint(3, 4))]
    d.t(f"Gruppechat: Stuen {r.choice(('Solsikken', 'Myretuen', 'Krudtuglerne'))}\n")
    for i, p in enumerate(people):
        stamp = f"[{day:%d.%m.%y}, {r.randint(7, 21):02d}:{r.randint(0, 59):02d}]"
        d.t(f"{stamp} ")
        if r.random() < 0.4:
            d.v("PERSON", p.first).t(f" {r.choice(EMOJI)}: ")
        else:
            name(d, p)
            d.t(": ")
        k = (i + r.randrange(5)) % 5
        if k == 0:
            d.t('PAS PÅ! Der er en SMS om "skolefoto" der beder om ')
            d.t(f"{amount(r)}. Jeg tastede ")
            card_block(d, r).t(" 😩\n")
        elif k == 1:
            d.t("@").v("PERSON", people[0].first).t(" var det dig der skrev? Ring på ")
            d.v("PHONE", mobile(r)).t("\n")
        elif k == 2:
            d.t("den bad også om MitID-bruger, jeg skrev ").v("MITID_USER", p.mitid())
            d.t(" og koden ").v("OTP", otp(r)).t("\n")
        elif k == 3:
            d.t("Jeg har sendt 200 kr. på MobilePay til ").v("PHONE", mobile(r))
            d.t(". Mail mig på ").v("EMAIL", p.email()).t("\n")
        else:
            d.t("@").v("PERSON", people[1].first.lower()).t(" kan du tage børnene? ")
            d.t(f"vi henter dem kl. {clock(r)} på ").v("ADDRESS", address(r).split("\n")[0]).t("\n")


WRITERS = dict(
    zip(
        GENRES,
        (klub_kasserer, boligforening, webshop, booking, menighedsraad, laeserbrev, hjaelpelinje,
         forældrechat),
        strict=True,
    )
)  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    order = list(range(size))
    r.shuffle(order)
    negative = set(order[:negatives])
    docs, seen = [], set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(r, i in negative)
            WRITERS[genre](d, r)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pb24-{i:04d}",
                "genre": genre,
                "kind": "negative" if d.neg else "positive",
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind24.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
