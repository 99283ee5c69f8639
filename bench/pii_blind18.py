"""A nineteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Theme: EVERYDAY DIGITAL TRACES a
fraud team receives as evidence, in eight genres: OCR text of banking-app and MobilePay
screenshots ("bank_app": transfer lists, confirmations, card-details screens, SMS codes), exported
chat logs from Facebook Marketplace, DBA and WhatsApp ("chat"), e-mail threads forwarded several
times ("email": "> " quoting, "-----Original Message-----", signatures), CSV/TSV exports of
customer records pasted into a ticket ("csv"), web-form submissions with typos and missing
fields ("webform"), calendar invitations and delivery notifications ("calendar"), a fraud team's
Slack/Teams messages ("teams") and receipts and order confirmations ("receipt"). The people are
Danes of all ages and backgrounds ("Gudrun Thorsager", "Malthe Brix", "Zainab Abdi Warsame",
"Tran Van Minh", "Aviaja Lynge", "Agnieszka Kowalczyk-Dahl").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title, role or "@": "Mette Holm", "Anne Sofie Brix",
  "Tran Van Minh", "Holm, Mette" (one span, as Teams and CRM exports write it), upper case as
  banks print it ("METTE HOLM"), initial and surname ("M. Holm"), a first name alone, a
  lower-case name typed in a chat ("jytte"), a genitive s inside the span ("Mettes"), a display
  name next to an emoji ("Mette 🌸": the emoji is outside), an @mention of a person in Slack or
  Teams ("@Mette Holm": the "@" is outside). In CSV/TSV rows with separate fornavn and efternavn
  fields each field is its own PERSON span. Handles that are not names ("@svindel-vagt",
  "dba_saelger2231", "Facebook-bruger", "Sælger"), organisations, shops, banks, placeholders
  ("[NAVN]") and family words ("min mor") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th.", "1.mf", "3. sal") plus ", postcode town" on the same line, or the postcode line
  of an unquoted address block (line break included). In "> " quoted text and in delivery
  notices the address is written on one line. Web forms keep the citizen's own spelling
  ("lærkevej 14 2tv, 8200 aarhus n"). In CSV/TSV rows with separate postnr and by fields the
  street field alone is the ADDRESS; where one "adresse" field holds the whole address it is
  one span. A street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so that the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH (full
  date with four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled
  only straight after "født", "f." or "Fødselsdato:"; no other date, timestamp or clock time is.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country
  code inside the span; foreign numbers from fiction-reserved ranges only: "+44 7700 900xxx"
  and "+46 70 174 06 xx" (xx 05-99). Organisations' 70/80 lines, 112, 114, 1813, SMS short
  codes and MobilePay Box numbers are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's and
  no-reply addresses too, also inside "<...>".
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word or its own CSV field ("Reg.nr. 1234 Kontonr.
  0012345678", "reg 1234 konto 12345678") only the account is the span. IBAN: valid check
  digits and the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvv", "CVC", "cvc" or "kontrolcifre". OTP: a
  one-time code sent, asked for or given (6 or 8 digits). MITID_USER: a MitID user ID given as
  such. NUMBER_PLATE: a Danish plate, "CX 12 345" or compact "CX12345" (forms and exports).
- Hard negatives, never labelled: @handles that are not names, order and customer numbers
  ("#1048213", "Ordrenr. 204718233", "kundenr 100234"), MobilePay Box numbers ("MobilePay Box
  41207"), case references ("SAG-2026-0412", "INC0041733"), timestamps ("[14.03.26, 10:22:31]",
  "2026-03-14 10:22", "kl. 10.22"), amounts ("-1.200,00 kr.", "349,95 kr", "kr. 500"), masked
  values ("•••• 4417", "**** **** **** 1111", "XXXX XXXX XXXX 1111", "+45 ** ** ** 31",
  "m***@example.dk", "DK71XXXXXXXXXX0932", "******", "**/**"), organisations' lines (ORG_LINES),
  banks, shops and products. Documents of kind "negative" are the same genres after
  pseudonymisation ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
  ...): only such values remain. No run of ten or more digits occurs outside a labelled
  identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind18 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = ("bank_app", "chat", "email", "csv", "webform", "calendar", "teams", "receipt")
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("424242", "411111", "401288", "555555", "510510", "400005", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "SE": 24, "NO": 15, "NL": 18, "LT": 20, "PL": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "46", "48", "54", "56", "57", "59", "62",
    "64", "66", "72", "74", "75", "76", "86", "87", "89", "96", "97", "98",
)  # fmt: skip

WOMEN = (
    "Gudrun", "Agnete", "Else", "Inger", "Bodil", "Ruth", "Kirsten", "Lone", "Jytte", "Hanne",
    "Mette", "Pernille", "Tina", "Susanne", "Camilla", "Louise", "Sara", "Ida", "Freja", "Alma",
    "Clara", "Ella", "Asta", "Zainab", "Fatima", "Leila", "Agnieszka", "Priya", "Aviaja", "Nivi",
    "Ngozi", "Hoa", "Yasmin", "Anne-Mette", "Marie-Louise", "Birthe", "Vibeke", "Emma", "Sofie",
    "Rikke", "Dorthe", "Malene", "Nadia", "Olga", "Astrid", "Merete", "Signe", "Karoline",
)  # fmt: skip
MEN = (
    "Erling", "Bent", "Poul", "Aage", "Svend", "Knud", "Preben", "Flemming", "Jørgen", "Kim",
    "Henrik", "Lars", "Michael", "Thomas", "Rasmus", "Jonas", "Mikkel", "Frederik", "Malthe",
    "Noah", "Oscar", "Villads", "Emil", "Ahmad", "Omar", "Hassan", "Kamil", "Tuan", "Malik",
    "Inuk", "Kwame", "Ravi", "Karl-Emil", "Hans-Henrik", "Torben", "Ole", "Benny", "Carsten",
    "Magnus", "Lukas", "Bilal", "Mehmet", "Dariusz", "Rógvi", "Palle", "Steen", "Anders",
)  # fmt: skip
MIDDLE = ("Marie", "Sofie", "Katrine", "Louise", "Juul", "Bach", "Lund", "Skov", "Kjær",
          "Dam", "Holm", "Engelbrecht", "Hvid", "Østergaard", "Vinther")  # fmt: skip
SURNAMES = (
    "Thorsager", "Kjærgaard", "Bundgaard", "Søndergaard", "Thygesen", "Frandsen", "Lykke", "Brix",
    "Vestergaard", "Damgaard", "Holm", "Mikkelsen", "Ravn", "Bech", "Overgaard", "Lindholm",
    "Krogh", "Winther", "Fogh", "Aagaard", "Mortensen", "Dalsgaard", "Hedegaard", "Skytte",
    "Abdi", "Demir", "Hussein", "Khalil", "Nowak", "Kowalczyk", "Rahimi", "Osei", "Mahmoud",
    "Lynge", "Kleist", "Heilmann", "Patel", "Okafor", "Sørensen", "Iversen", "Juhl", "Bisgaard",
    "Kragh", "Toft", "Gram", "Munch", "Riis", "Stampe", "Warsame", "Andreasen",
)  # fmt: skip
VIETNAMESE = (("Tran", "Van", "Minh"), ("Nguyen", "Thi", "Hoa"), ("Pham", "Duc", "Anh"),
              ("Le", "Thi", "Mai"), ("Vo", "Thanh", "Long"))  # fmt: skip
STREETS = (
    "Lærkevej", "Skovbrynet", "Rosenvængets Allé", "Mølledammen", "Kirkestræde", "Havnegade",
    "Bøgelunden", "Fasanvej", "Ringkøbingvej", "Solsortevej", "Egevang", "Præstemarken",
    "Ved Kæret", "Birkealléen", "Nørre Boulevard", "Strandvejen", "Grønnegade", "Hyldebærvej",
    "Tuborgvej", "Klintevej", "Sandkrogen", "Kongens Tværvej", "Valmuemarken", "Søndre Ringvej",
    "Humlehaven", "Vibeholms Allé", "Lupinvej", "Pilegården", "Agervej", "Ørnebjergvej",
)  # fmt: skip
TOWNS = (
    "2300 København S", "5000 Odense C", "8200 Aarhus N", "9000 Aalborg", "6700 Esbjerg",
    "7100 Vejle", "4000 Roskilde", "3400 Hillerød", "4700 Næstved", "6400 Sønderborg",
    "8800 Viborg", "7400 Herning", "9800 Hjørring", "5700 Svendborg", "3700 Rønne",
    "4800 Nykøbing F", "2770 Kastrup", "2620 Albertslund", "8900 Randers C", "7500 Holstebro",
    "6000 Kolding", "2200 København N", "2450 København SV", "3000 Helsingør", "8600 Silkeborg",
    "4300 Holbæk", "6200 Aabenraa", "8700 Horsens", "2860 Søborg", "3900 Nuuk",
)  # fmt: skip
FLOORS = ("", "", "", ", st. th.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv.", ", 1. sal",
          ", st.", " 2. tv.", ", 2.th", ", 1.mf")  # fmt: skip
BANKS = ("Fjordbanken", "Lyngby Sparekasse A/S", "Nordkysten Bank", "Hedebo Andelskasse")
SHOPS = ("Nordlys Elektronik", "Bolighjørnet.dk", "Cykelkælderen", "Havestuen ApS", "Kaffeklubben")
PRODUCTS = ("MobilePay", "DBA", "Facebook Marketplace", "WhatsApp", "Slack", "Teams", "MitID")
ORG_LINES = ("70 22 41 90", "80 20 17 44", "70 15 63 63", "80 88 12 12")
HANDLES = ("@svindel-vagt", "@fraud-oncall", "@here", "@channel", "@kortspærring",
           "@team-chargeback", "@dba_saelger2231", "@kundeservice-bot")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
EMOJI = ("🌸", "🚜", "😊", "❤️", "🐶", "⚽", "🌻", "🙏", "👍", "🇩🇰", "🎣", "🏡")
ITEMS = ("barnevogn", "iPhone 13", "sofabord", "cykel", "PlayStation 5", "vinterdæk",
         "lejlighed", "hundehvalp", "koncertbilletter", "spisebordsstole")  # fmt: skip
PLACE = {
    "PERSON": ("[NAVN]", "[NAVN]", "[navn]", "Person A"), "ADDRESS": ("[ADRESSE]", "[adresse]"),
    "CPR": ("[CPR]",), "DATE_OF_BIRTH": ("[dato]", "[fødselsdato]"), "PHONE": ("[TLF]", "[tlf]"),
    "EMAIL": ("[e-mail]",), "BANK_ACCOUNT": ("[kontonr.]",), "IBAN": ("[IBAN]",),
    "CARD": ("[kortnr.]",), "CARD_EXPIRY": ("**/**", "[udløb]"), "CARD_CVV": ("***", "[cvc]"),
    "OTP": ("[kode]", "******"), "MITID_USER": ("[bruger-id]",),
    "NUMBER_PLATE": ("[nummerplade]", "[reg.nr.]"),
}  # fmt: skip


def grouped(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def ascii_letters(s: str) -> str:
    s = s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ó", "o")
    return "".join(c for c in s if "a" <= c <= "z")


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.woman = rng.random() < 0.5
        roll = rng.random()
        self.middle = ""
        if roll < 0.08:
            sur, mid, first = rng.choice(VIETNAMESE)
            self.first, self.middle, self.last = first, mid, sur
            self.full = f"{sur} {mid} {first}"  # family name first
        else:
            self.first = rng.choice(WOMEN if self.woman else MEN)
            self.last = rng.choice(SURNAMES)
            if roll < 0.30:
                other = rng.choice(SURNAMES)
                if other != self.last:
                    self.last = f"{rng.choice([self.last, 'Kowalczyk', 'Bech'])}-{other}"
            if 0.30 <= roll < 0.55:
                self.middle = rng.choice(MIDDLE)
            self.full = " ".join(x for x in (self.first, self.middle, self.last) if x)
        self.born = date(1931, 1, 1) + timedelta(days=rng.randrange(0, 27000))
        tail = str(self.born.year)[2:] if rng.random() < 0.6 else str(self.born.year)
        base = ascii_letters(self.first + self.last)
        self.mitid = (base[: rng.randint(4, 11)] or "bruger") + tail
        self.mail = self._mail(rng)

    def _mail(self, rng: random.Random) -> str:
        first, last = ascii_letters(self.first), ascii_letters(self.last.split("-")[-1])
        local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{first[0]}{last}",
                            f"{first}_{last}", f"{last}.{first[:3]}"])  # fmt: skip
        return (
            f"{local}@{rng.choice(['example.dk', 'example.com', 'post.example.dk', 'example.net'])}"
        )

    def form(self, rng: random.Random, style: str = "") -> str:
        style = style or rng.choice(["full"] * 5 + ["first", "comma", "upper", "initial", "fl"])
        if style == "first":
            return self.first
        if style == "comma":
            return f"{self.last}, {self.first}"
        if style == "upper":
            return self.full.upper()
        if style == "initial":
            return f"{self.first[0]}. {self.last}"
        if style == "fl":
            return f"{self.first} {self.last}"
        if style == "lower":
            return self.first.lower()
        if style == "gen":
            return self.first + "s" if self.first[-1] not in "sxz" else self.first
        return self.full


class Doc:
    """Text built piece by piece; ``v`` adds a labelled value (positive) or its stand-in."""

    def __init__(self, rng: random.Random, real: bool) -> None:
        self.rng, self.real = rng, real
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for s in texts:
            self.parts.append(s)
            self.size += len(s)
        return self

    def v(self, kind: str, value: str, stand: str = "") -> Doc:
        if not self.real:
            return self.t(stand or self.rng.choice(PLACE[kind]))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Maker:
    """Seeded values: CPR, phones, accounts, cards, IBANs, codes, plates, addresses."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.phone_forms = 0
        self.cpr_forms = 0

    def cpr(self, p: Person) -> str:
        r, b = self.rng, p.born
        head = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
        first = "4" if b.year >= 2000 else r.choice("0123")
        while True:
            n = head + first + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        self.cpr_forms += 1
        form = self.cpr_forms % 4
        if form == 0:
            return f"{n[:6]}-{n[6:]}"
        if form == 1:
            return n
        if form == 2:
            return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        return f"{n[:6]} {n[6:]}"

    def dob(self, p: Person) -> str:
        b = p.born
        return self.rng.choice([
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}",
            f"{b.day}/{b.month}-{b.year}", f"{b.day:02d}-{b.month:02d}-{b.year}",
        ])  # fmt: skip

    def phone(self, foreign: bool = True) -> str:
        r = self.rng
        self.phone_forms += 1
        if foreign and r.random() < 0.07:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randrange(1000):03d}"
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        n = r.choice(MOBILE * 3 + LANDLINE) + f"{r.randrange(10**6):06d}"
        p = [n[0:2], n[2:4], n[4:6], n[6:8]]
        spaced = " ".join(p)
        forms = [f"+45 {n}", f"+45 {spaced}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                 f"(+45) {spaced}", f"0045 {n}", spaced, n, f"+45{n}", ".".join(p)]  # fmt: skip
        return forms[self.phone_forms % len(forms)]

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.rng.randint(10, 99)}"

    def account(self) -> tuple[str, str]:
        r = self.rng
        reg = f"{r.randint(1000, 9899)}"
        acc = (
            f"{r.randrange(10**9, 10**10):010d}"
            if r.random() < 0.6
            else str(r.randrange(10**6, 10**8))
        )
        return reg, acc

    def iban(self) -> str:
        r = self.rng
        cc = r.choice(["DK", "DK", "DK", "DE", "GB", "SE", "NO", "NL", "LT", "PL"])
        length = IBAN_LENGTH[cc]
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "MIDL"]) + "".join(
                r.choice("0123456789") for _ in range(14)
            )
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + "".join(
                r.choice("0123456789") for _ in range(10)
            )
        else:
            bban = "".join(r.choice("0123456789") for _ in range(length - 4))
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        n = f"{cc}{98 - num % 97:02d}{bban}"
        return grouped(n) if r.random() < 0.6 else n

    def masked_iban(self) -> str:
        return f"DK{self.rng.randint(10, 99)}XXXXXXXXXX{self.rng.randrange(10**4):04d}"

    def card(self) -> str:
        r = self.rng
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(9))
        n = body + luhn_digit(body)
        return grouped(n) if r.random() < 0.65 else n

    def masked_card(self) -> str:
        last = f"{self.rng.randrange(10**4):04d}"
        return self.rng.choice([f"**** **** **** {last}", f"XXXX XXXX XXXX {last}",
                                f"•••• {last}", f"******{last}"])  # fmt: skip

    def expiry(self) -> str:
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        return f"{m:02d}/{y}" if self.rng.random() < 0.7 else f"{m:02d}/20{y}"

    def cvv(self) -> str:
        return f"{self.rng.randrange(1000):03d}"

    def otp(self) -> str:
        return (
            f"{self.rng.randrange(10**6):06d}"
            if self.rng.random() < 0.7
            else f"{self.rng.randrange(10**8):08d}"
        )

    def plate(self) -> str:
        r = self.rng
        letters = "ABCDEFHJKLMNPRSTUVXYZ"
        a, b = r.choice(letters), r.choice(letters)
        d2, d3 = r.randint(10, 99), r.randint(100, 999)
        return f"{a}{b} {d2} {d3}" if r.random() < 0.8 else f"{a}{b}{d2}{d3}"

    def street(self) -> str:
        r = self.rng
        no = f"{r.randint(1, 148)}{r.choice(['', '', '', '', 'A', 'B', 'C'])}"
        return f"{r.choice(STREETS)} {no}{r.choice(FLOORS)}"

    def town(self) -> str:
        return self.rng.choice(TOWNS)

    def amount(self) -> str:
        r = self.rng
        kroner = r.choice([r.randint(20, 999), r.randint(1000, 25000)])
        whole = f"{kroner:,}".replace(",", ".")
        return r.choice([f"{whole},00 kr.", f"{whole},{r.randint(0, 99):02d} kr", f"kr. {whole}",
                         f"{whole} kr."])  # fmt: skip

    def stamp(self) -> tuple[int, int, int, int]:
        r = self.rng
        return r.randint(1, 28), r.randint(1, 3), r.randint(7, 23), r.randint(0, 59)

    def order(self) -> str:
        r = self.rng
        return r.choice(
            [f"#{r.randint(1000000, 9999999)}", f"Ordrenr. {r.randint(10**8, 10**9 - 1)}"]
        )

    def case(self) -> str:
        r = self.rng
        return r.choice(
            [f"SAG-2026-{r.randint(1, 9999):04d}", f"INC{r.randint(10**6, 10**7 - 1):07d}"]
        )

    def box(self) -> str:
        return f"MobilePay Box {self.rng.randint(10000, 99999)}"

    def masked_mail(self, p: Person) -> str:
        return f"{p.mail[0]}***@{p.mail.split('@')[1]}"


def name(d: Doc, p: Person, style: str = "") -> Doc:
    return d.v("PERSON", p.form(d.rng, style))


def address(d: Doc, m: Maker, block: bool = False, town: bool = True) -> Doc:
    """A street address; ``block``: postcode town on the next line (kept in the span)."""
    street = m.street()
    if not town:
        return d.v("ADDRESS", street)
    sep = "\n" if block else ", "
    if block and street.endswith("."):
        sep = "\n"
    return d.v("ADDRESS", f"{street}{sep}{m.town()}")


def account(d: Doc, m: Maker) -> Doc:
    reg, acc = m.account()
    form = d.rng.randrange(4)
    if form == 0:
        return d.v("BANK_ACCOUNT", f"{reg}-{acc}")
    if form == 1:
        return d.v("BANK_ACCOUNT", f"{reg} {acc}")
    if form == 2:
        return d.t(f"reg. {reg} konto ").v("BANK_ACCOUNT", acc)
    return d.t(f"Reg.nr. {reg} Kontonr. ").v("BANK_ACCOUNT", acc)


def email(d: Doc, p: Person, m: Maker) -> Doc:
    return d.v("EMAIL", p.mail, "" if d.rng.random() < 0.5 else m.masked_mail(p))


def phone(d: Doc, m: Maker) -> Doc:
    return d.v("PHONE", m.phone(), "" if d.rng.random() < 0.5 else m.masked_phone())


def card_block(d: Doc, m: Maker, sep: str = "\n") -> Doc:
    r = d.rng
    d.t(r.choice(["Kortnummer: ", "Kortnr. ", "kort ", "Card number: "]))
    d.v("CARD", m.card(), m.masked_card())
    d.t(sep, r.choice(["Udløb: ", "Udløbsdato ", "gyldig til ", "exp "])).v(
        "CARD_EXPIRY", m.expiry()
    )
    return d.t(sep, r.choice(["CVV ", "CVC: ", "cvc ", "kontrolcifre "])).v("CARD_CVV", m.cvv())


# ---------------------------------------------------------------- genres


def bank_app(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    a, b, c = people[:3]
    day, mon, hh, mm = m.stamp()
    d.t(f"{hh:02d}:{mm:02d}  ▾ 4G  {r.randint(8, 99)}%\n")
    variant = r.randrange(5)
    if variant == 0:
        d.t("MobilePay\nAktivitet\n\nI dag\n")
        for who in (a, b):
            name(d, who, r.choice(["full", "upper", "fl"])).t(
                f"        -{r.randint(20, 4000)},00 kr.\n"
            )
            phone(d, m).t(
                f'\n"{r.choice(ITEMS)} {r.choice(EMOJI)}"\n{day}. mar. kl. {hh:02d}.{mm:02d}\n\n'
            )
        d.t(f'{m.box()} (Grundejerforeningen)   -{m.amount()}\n"kontingent"\n\nModtaget fra ')
        name(d, c, "upper").t(f'   +{m.amount()}\n"tak for sidst {r.choice(EMOJI)}"\n')
    elif variant == 1:
        d.t(f"{r.choice(BANKS)}\nOverførsel gennemført ✓\nTil: ")
        name(d, a, r.choice(["full", "upper"])).t("\n")
        account(d, m).t(f"\nBeløb: {m.amount()}\nTekst til modtager: depositum ")
        d.t(r.choice(["lejlighed", "hvalp", "bil"]), f"\nFra: Lønkonto {m.masked_card()[-9:]}\n")
        d.t(f"Dato: {day:02d}.{mon:02d}.2026\n")
        if r.random() < 0.6:
            d.t("Modtagers adresse: ")
            address(d, m).t("\n")
    elif variant == 2:
        d.t("Udlandsoverførsel – kvittering\nModtager: ")
        name(d, a, "upper").t("\nIBAN: ")
        d.v("IBAN", m.iban(), m.masked_iban()).t(
            f"\nBIC: {r.choice(['NWBKGB2L', 'DEUTDEFF', 'ABNANL2A'])}\n"
        )
        d.t(f"Beløb: EUR {r.randint(100, 3000)},00 ({m.amount()})\nBesked: ")
        d.t(r.choice(["invoice 2231", "fragt", "reservation"]), "\nGodkendt med MitID af ")
        name(d, b).t("\n")
    elif variant == 3:
        d.t(f"{r.choice(BANKS)} · Kort\nVis kortoplysninger\n")
        name(d, a, r.choice(["upper", "full"])).t("\n")
        card_block(d, m).t(f"\nSpærret? Ring {r.choice(ORG_LINES)}\n")
    else:
        d.t(f"Beskeder\n{r.choice(BANKS)}\n{day}. mar. {hh:02d}.{mm:02d}\n")
        d.t("Din engangskode er ").v("OTP", m.otp()).t(". Del den aldrig med andre.\n")
        d.t(f"{r.choice(BANKS)}\nHej ")
        name(d, a, "first").t(", din MitID bruger-id ").v("MITID_USER", a.mitid)
        d.t(" blev brugt til login kl. ", f"{hh:02d}.{(mm + 3) % 60:02d}.\n")
    if r.random() < 0.55:
        d.t("Skærmbillede sendt af ")
        name(d, c, "full").t(", tlf. ")
        phone(d, m).t(f" ({m.case()})\n")


def chat(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    a, b = people[:2]
    day, mon, hh, mm = m.stamp()
    app = r.choice(["WhatsApp", "Facebook Marketplace", "DBA"])
    seller_emoji = r.choice(EMOJI)
    item = r.choice(ITEMS)
    d.t(f"Eksport af chat ({app}) – {item}\n")

    def who(i: int) -> Doc:
        nonlocal mm
        mm = (mm + r.randint(0, 4)) % 60
        if app == "WhatsApp":
            d.t(f"[{day:02d}.{mon:02d}.26, {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}] ")
        else:
            d.t(f"{day}. mar. {hh:02d}.{mm:02d} · ")
        if i == 0:
            if app == "DBA" and r.random() < 0.5:
                return d.t("dba_saelger2231: ")
            name(d, a, "first").t(f" {seller_emoji}: ")
        else:
            name(d, b, r.choice(["full", "fl"])).t(": ")
        return d

    who(1).t(f"hej er {item} stadig til salg? 🙂\n")
    who(0).t("ja den er. du kan ringe på ")
    phone(d, m).t(" eller skrive her\n")
    who(1).t("super, jeg hedder ")
    name(d, b, "lower").t(r.choice([" btw", "", " 😊"]), ". kan du sende den? min adresse er ")
    address(d, m).t("\n")
    who(0).t(f"ja jeg sender med fragt, betal {m.amount()} via link, du får en kode på sms\n")
    who(1).t(r.choice(["koden er ", "har fået kode ", "den siger "])).v("OTP", m.otp()).t("\n")
    if r.random() < 0.6:
        who(0).t("den virker ikke, skriv kortnr her så fikser jeg det\n")
        who(1).t("ok ")
        card_block(d, m, " ").t("\n")
    if r.random() < 0.5:
        who(0).t("jeg skal også bruge dit mitid bruger-id for at frigive pengene\n")
        who(1).t("det er ").v("MITID_USER", b.mitid).t("\n")
    if r.random() < 0.5:
        who(0).t("jeg kommer selv forbi i en sort Passat, ")
        d.v("NUMBER_PLATE", m.plate()).t("\n")
    if r.random() < 0.4:
        who(1).t("kan også skrive til mig på ")
        email(d, b, m).t("\n")
    if r.random() < 0.4:
        who(1).t("jeg snakker lige med ")
        name(d, people[2], "gen").t(f" mand først {r.choice(EMOJI)}\n")
    d.t(f"⚠️ Denne bruger er blokeret. {app} anbefaler aldrig at dele koder.\n")


def email_thread(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    victim, scam, staff = people[:3]
    day, _mon, hh, mm = m.stamp()
    d.t("Fra: Svindelteamet <")
    d.v("EMAIL", "svindel@example.dk", "[e-mail]")
    d.t(f">\nSendt: {day}. marts 2026 {hh:02d}:{mm:02d}\nTil: ")
    name(d, staff, "fl").t(" <")
    email(d, staff, m).t(f">\nEmne: VS: VS: Sv: {r.choice(ITEMS)} – {m.case()}\n\nHej ")
    name(d, staff, "first").t("\n\nVidersender fra ")
    name(d, victim, "gen").t(" henvendelse. Hun/han er ")
    d.t(r.choice(["født ", "f. "])).v("DATE_OF_BIRTH", m.dob(victim))
    d.t(", CPR ").v("CPR", m.cpr(victim)).t(".\n\nMvh\n")
    name(d, people[3], "full").t("\n", r.choice(["Seniorrådgiver", "Fraud analyst", "Teamleder"]))
    d.t(f", {r.choice(BANKS)}\nMobil: ")
    phone(d, m).t("\n")
    address(d, m, block=True).t("\n\n-----Original Message-----\nFrom: ")
    name(d, victim, "fl").t(" <")
    email(d, victim, m).t(f">\nSent: Thursday, March {day}, 2026 {hh % 12 + 1}:{mm:02d} PM\nTo: ")
    d.t("kundeservice <").v("EMAIL", "kundeservice@example.com", "[e-mail]")
    d.t(">\nSubject: RE: betaling\n\nJeg har overført ")
    d.t(m.amount(), " til ")
    account(d, m).t(" som ")
    name(d, scam, r.choice(["full", "comma", "initial"])).t(" bad om.\n\n")
    d.t("> Fra: ")
    name(d, scam, "fl").t(" <")
    email(d, scam, m).t(">\n> Betal til min konto eller IBAN ")
    d.v("IBAN", m.iban(), m.masked_iban()).t("\n> Ring hvis der er spørgsmål: ")
    phone(d, m).t("\n> \n> Med venlig hilsen\n> ")
    name(d, scam, "full").t("\n> ")
    address(d, m).t("\n")
    if r.random() < 0.5:
        d.t(">> Sendt fra min iPhone\n")


def csv_export(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    tsv = r.random() < 0.35
    sep = "\t" if tsv else ";"
    day, mon, _hh, _mm = m.stamp()
    d.t(f"Udtræk fra CRM {day:02d}.{mon:02d}.2026 vedhæftet {m.case()}:\n\n")
    layout = r.randrange(3)
    heads = [
        ["kundenr", "fornavn", "efternavn", "vej", "postnr", "by", "telefon", "email", "cpr"],
        ["kundenr", "navn", "adresse", "mobil", "email", "reg", "konto", "oprettet"],
        ["id", "navn", "telefon", "nummerplade", "mitid", "cpr", "sidst_aktiv"],
    ][layout]
    d.t(sep.join(heads), "\n")
    for p in people[: r.randint(2, 4)]:
        d.t(f"{r.randint(100000, 999999)}{sep}")
        if layout == 0:
            name(d, p, "first").t(sep)
            d.v("PERSON", p.last).t(sep)
            d.v("ADDRESS", m.street()).t(sep)
            town = m.town()
            d.t(town[:4], sep, town[5:], sep)
            d.v("PHONE", m.phone(foreign=False), "").t(sep)
            d.v("EMAIL", p.mail, "").t(sep)
            d.v("CPR", m.cpr(p), "").t("\n")
        elif layout == 1:
            name(d, p, r.choice(["comma", "full"])).t(sep)
            d.v("ADDRESS", f"{m.street()}, {m.town()}").t(sep)
            d.v("PHONE", m.phone(foreign=False), "").t(sep)
            d.v("EMAIL", p.mail, m.masked_mail(p)).t(sep)
            reg, acc = m.account()
            d.t(reg, sep).v("BANK_ACCOUNT", acc).t(
                f"{sep}2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\n"
            )
        else:
            name(d, p, r.choice(["comma", "full", "upper"])).t(sep)
            d.v("PHONE", m.phone(foreign=False), "").t(sep)
            d.v("NUMBER_PLATE", m.plate(), "").t(sep)
            d.v("MITID_USER", p.mitid, "").t(sep)
            d.v("CPR", m.cpr(p), "").t(
                f"{sep}2026-{mon:02d}-{day:02d} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}\n"
            )
    d.t(
        "\n(",
        r.choice(["resten af filen er udeladt", "række 2 er dublet", "kolonner forkortet"]),
        ")\n",
    )


def webform(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    p = people[0]
    day, mon, hh, mm = m.stamp()
    d.t(f"Ny formularindsendelse – kontakt os ({day:02d}.{mon:02d}.2026 kl. {hh:02d}.{mm:02d})\n")
    d.t(r.choice(["Navn: ", "Fulde navn: ", "Navn:"]))
    name(d, p, r.choice(["full", "full", "lower", "fl", "upper"]))
    d.t("\n", r.choice(["Adresse: ", "Adrese: ", "Addresse: "]))
    if r.random() < 0.85:
        street = m.street()
        town = m.town()
        if r.random() < 0.4:
            street, town = (
                street.lower().replace(", ", " ").replace(". ", "").rstrip("."),
                town.lower(),
            )
        d.v("ADDRESS", f"{street}, {town}")
    d.t("\n", r.choice(["Telefon: ", "Tlf nr: ", "Mobil: ", "Telefon:"]))
    if r.random() < 0.85:
        phone(d, m)
    d.t("\n", r.choice(["E-mail: ", "Emial: ", "Email: "]))
    if r.random() < 0.8:
        email(d, p, m)
    d.t("\n", "Fødselsdato: ").v("DATE_OF_BIRTH", m.dob(p))
    if r.random() < 0.6:
        d.t("\nCPR-nr.: ").v("CPR", m.cpr(p))
    else:
        d.t("\nCPR-nr.: -")
    if r.random() < 0.45:
        d.t("\nMitID bruger-id: ").v("MITID_USER", p.mitid)
    if r.random() < 0.35:
        d.t("\nNummerplade (parkering): ").v("NUMBER_PLATE", m.plate())
    if r.random() < 0.45:
        d.t("\nKonto til tilbagebetaling: ")
        account(d, m)
    d.t(
        "\nBesked: ",
        r.choice(
            [
                "jeg har fået en sms om at min pakke ventede og har tastet mit kort ind ",
                "min far er blevet ringet op af en falsk bankrådgiver ",
                "har solgt en cykel og køberen bad om min kode ",
            ]
        ),
    )
    if r.random() < 0.5:
        d.t("kortet var ")
        card_block(d, m, " ")
    else:
        d.t("og jeg har overført ", m.amount(), " til en der hed ")
        name(d, people[1], r.choice(["full", "first"]))
    d.t("\nSamtykke: ja\nIP: 192.0.2.", str(r.randint(1, 254)), "\n")


def calendar(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    a, b, c = people[:3]
    day, _mon, hh, _mm = m.stamp()
    if r.random() < 0.5:
        d.t(f"Invitation: Gennemgang af {m.case()} med ")
        name(d, a, "fl").t(
            f"\nTidspunkt: tirsdag {day}. marts 2026 {hh:02d}:00–{hh:02d}:45 (CET)\nSted: "
        )
        address(d, m).t("\nArrangør: ")
        name(d, b, "comma").t(" <")
        email(d, b, m).t(">\nDeltagere: ")
        name(d, a, "full").t("; ")
        name(d, c, "comma").t(" <")
        email(d, c, m).t(">\n")
        meeting = " ".join(str(r.randint(100, 999)) for _ in range(3))
        d.t(f"Deltag via Teams · Møde-id: {meeting} {r.randint(10, 99)}\n")
        d.t("Note: borgeren kommer i egen bil, ").v("NUMBER_PLATE", m.plate()).t(", og har tlf. ")
        phone(d, m).t(" med.\n")
        if r.random() < 0.5:
            d.t("Husk ID: ").t("borgeren er født ").v("DATE_OF_BIRTH", m.dob(a)).t(".\n")
    else:
        d.t(f"{r.choice(['PostNord', 'GLS', 'DAO', 'Bring'])}: Din pakke er på vej 📦\nHej ")
        name(d, a, "first").t(
            f",\nDin pakke fra {r.choice(SHOPS)} (RR{r.randint(10**8, 10**9 - 1)}DK) leveres i dag "
        )
        d.t(f"kl. {hh:02d}.00–{(hh + 2) % 24:02d}.00 til:\n")
        name(d, a, r.choice(["full", "upper"])).t(", ")
        address(d, m).t("\nChauffør: ")
        name(d, b, "first").t(" (bil ").v("NUMBER_PLATE", m.plate()).t(")\n")
        d.t("Ring til chaufføren: ")
        phone(d, m).t(f"\nSpørgsmål? {r.choice(ORG_LINES)} eller ")
        d.v("EMAIL", "kundeservice@example.net", "[e-mail]").t("\n")
        if r.random() < 0.5:
            d.t("Kopi af SMS: Hej ")
            name(d, a, "first").t(", vi mangler ", m.amount(), " i told. Din betalingskode er ")
            d.v("OTP", m.otp()).t(" – svar STOP til 1272\n")


def teams(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    s1, s2, cust, mule = people[:4]
    _day, _mon, hh, mm = m.stamp()
    slack = r.random() < 0.5
    d.t("#svindel-sager\n" if slack else "Teams · Svindelteam › Sager\n")

    def head(p: Person) -> Doc:
        nonlocal mm
        mm = (mm + r.randint(1, 5)) % 60
        if slack:
            return name(d, p, "fl").t(f"  {hh:02d}:{mm:02d}\n")
        d.t(f"[{hh:02d}:{mm:02d}] ")
        return name(d, p, "comma").t(" (Svindelteam)\n")

    head(s1).t("@")
    name(d, s2, "fl").t(f" kan du tage {m.case()}? Kunden (")
    name(d, cust, r.choice(["full", "comma"])).t(", ", r.choice(["f. ", "født "]))
    d.v("DATE_OF_BIRTH", m.dob(cust)).t(", CPR ").v("CPR", m.cpr(cust))
    d.t(") har godkendt med MitID, bruger-id ").v("MITID_USER", cust.mitid)
    d.t(", og læste koden ").v("OTP", m.otp()).t(" op i telefonen.\n")
    head(s2).t(f"på den 👍 {r.choice(HANDLES)} fyi. Pengene gik til ")
    account(d, m).t(f" ({m.amount()}), modtager ")
    name(d, mule, r.choice(["upper", "full", "initial"])).t(".\n")
    if r.random() < 0.6:
        head(s1).t("kunden kan træffes på ")
        phone(d, m).t(" eller ")
        email(d, cust, m).t(". ")
        name(d, cust, "gen").t(" adresse er ")
        address(d, m).t(".\n")
    if r.random() < 0.5:
        head(s2).t("videre til udlandet: ")
        d.v("IBAN", m.iban(), m.masked_iban()).t(
            f". Kortet {m.masked_card()} er spærret. {r.choice(HANDLES)}\n"
        )
    if r.random() < 0.5:
        head(s1).t("politiet spørger til bilen, den er registreret på ")
        name(d, mule, "fl").t(": ").v("NUMBER_PLATE", m.plate()).t("\n")
    if r.random() < 0.3:
        head(s2).t("kunden skrev selv kortet i chatten: ")
        card_block(d, m, ", ").t(" 🙈\n")


def receipt(d: Doc, m: Maker, people: list[Person]) -> None:
    r = d.rng
    a = people[0]
    day, mon, hh, mm = m.stamp()
    shop = r.choice(SHOPS)
    d.t(f"{shop}\nOrdrebekræftelse {m.order()}\n{day:02d}.{mon:02d}.2026 {hh:02d}:{mm:02d}\n\n")
    d.t("Tak for din ordre, ")
    name(d, a, "first").t("!\n\nKunde: ")
    name(d, a, r.choice(["full", "comma", "upper"])).t("\nLeveringsadresse:\n")
    name(d, a, "fl").t("\n")
    address(d, m, block=True).t("\nTelefon: ")
    phone(d, m).t("\nE-mail: ")
    email(d, a, m).t("\n\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"1 x {r.choice(ITEMS)}  {m.amount()}\n")
    d.t(f"Fragt  {m.amount()}\nI alt  {m.amount()}\n\n")
    if r.random() < 0.55:
        d.t("Betalt med: ", r.choice(["Visa ", "Mastercard ", "Dankort "]), m.masked_card(), "\n")
        d.t("(Kopi fra falsk butik, rå data:) ")
        card_block(d, m, " | ").t("\n")
    else:
        d.t("Betalingsoplysninger\n")
        card_block(d, m).t("\n")
    if r.random() < 0.4:
        d.t("Afhentes af ")
        name(d, people[1], "full").t(" i bil ").v("NUMBER_PLATE", m.plate()).t("\n")
    d.t(f"Kundeservice: {r.choice(ORG_LINES)} · {m.box()}\n")


MAKERS = {
    "bank_app": bank_app, "chat": chat, "email": email_thread, "csv": csv_export,
    "webform": webform, "calendar": calendar, "teams": teams, "receipt": receipt,
}  # fmt: skip


def generate(seed: int = 18019, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [
        (GENRES[i % len(GENRES)], "negative" if i < negatives else "positive") for i in range(size)
    ]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, kind in plan:
        while True:
            m = Maker(rng)
            m.phone_forms, m.cpr_forms = rng.randrange(10), rng.randrange(4)
            d = Doc(rng, kind == "positive")
            MAKERS[genre](d, m, [Person(rng) for _ in range(5)])
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append({"id": f"b18-{len(docs):04d}", "genre": genre, "kind": kind, "text": text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind18.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
