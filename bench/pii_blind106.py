"""The hundred-and-seventh blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or other generators' bodies, as a
held-out test set with its own first names, surnames, streets, towns and organisations. Its
theme is WEDDING, EVENT AND CATERING BOOKINGS gone wrong: venue deposits sent to fake accounts,
caterers and photographers impersonated, party-bus and vintage-car rentals (number plates),
gift-list and guest-list fraud, in eight genres: a venue's booking-system notes (the couple, their
address, phone and e-mail, the deposit's account), an e-mail thread (Fra:/Til:/Emne:) about a
deposit paid to a "new account" (an IBAN or a reg.nr. and account), a chat with a photographer
or caterer who turned out to be an impersonator ("[14:02] Name: …" lines), a rental firm's notes
on party buses and vintage cars (plates, the card the deposit was paid with, its expiry and
CVV), a gift-list shop's fraud report (a code sent by SMS, a MitID user ID given on a call), a
couple's complaint letter (address blocks, birth dates after "født"), a bank fraud desk's notes
on the transfers (CPR, accounts, IBANs, codes) and a caterer's guest-list leak report. Names are
those of Danes of all ages, Danes with roots elsewhere ("Yasmin Haddad", "Tran Thi Lan"), double
surnames ("Bech-Rasmussen"), names in capitals and lower case, surname first ("Holm, Agnete"),
genitives and initials, and the organisations' own staff.

Organisations' own addresses (a venue, a depot, a letterhead, a pick-up point, a branch, where
to send a form, a registered address) appear in most documents and are never labelled; private
persons' addresses look the same on the surface and are labelled.

Conventions (exact offsets are scored):
- PERSON is a name as written, without a title or a role ("fotografen", "brudgommen", "kok");
  "Holm, Agnete" is one span, a genitive s belongs to it ("Agnetes"), a lower-case name typed
  in a chat is PERSON, and so is every chat speaker. An impersonator's alias ("Kasper fra
  Lysfanger Foto") is PERSON, the company is not. Organisations, venues, products, stand-ins
  ("[NAVN]"), pseudonyms ("Kunde A", "Gæst 2") and family words ("min forlovede") never are.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv."),
  plus ", postcode town" on the same line or the postcode and town on the next line of an
  address block (the line break included). A street without a number is no address, and an
  organisation's own address is never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  for the 1900s, 4 for 2000 to 2005) and a serial that FAILS modulus 11; written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date with a four-digit
  year ("4. juni 1952", "04.06.1952", "04-06-1952", "4/6-1952"), labelled only right after
  "født", "f." or "Fødselsdato:"; no other date or time is labelled.
- PHONE: Danish 8-digit mobile and landline numbers (never 70 or 80) in the forms "+45 20304050",
  "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050" and "20.30.40.50", the country code inside the span,
  and foreign numbers from fiction ranges only ("+44 7700 900123", "+46 70 174 06 55"). An
  organisation's 70/80 line or short code is never PHONE.
- EMAIL: every unmasked e-mail address (example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890") are one span; where the
  reg.nr. has its own word ("reg.nr. 1234, konto 12345678") only the account is. IBAN: valid
  check digits and length, grouped by four or compact. CARD: a Luhn-valid number with a test
  prefix, grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits
  after "CVV", "CVC", "cvc" or "kontrolcifre". OTP: a one-time code (6 or 8 digits) sent, asked
  for or given; MITID_USER: a MitID user ID given as such; NUMBER_PLATE: a Danish plate
  ("AB 12 345" or "AB12345").
- Hard negatives, never labelled: amounts, dates and clock times, booking, order, customer and
  case numbers, CVR numbers, organisations' phone lines and addresses, masked values
  ("120389-xxxx", "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 4444", "******4417",
  "DK71XXXXXXXXXX0932", "XX ** ***"), products, companies that look like surnames ("Holm & Co
  Selskabslokaler", "Bager Jensen ApS"), job titles and building names. Documents of kind
  "negative" are the same genres pseudonymised: only stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]",
  "[CPR]", "[kode]"), pseudonyms and such values remain. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind106 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 10607
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "bookingnote",
    "depositum_mail",
    "chat",
    "udlejning",
    "gaveliste",
    "klage",
    "bankfraud",
    "gaesteliste",
)
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
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "400005", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "GB": 22, "PL": 28, "LT": 20, "NL": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = (
    "Agnete",
    "Birthe",
    "Sigrid",
    "Ellen",
    "Vibeke",
    "Tove",
    "Rikke",
    "Maja",
    "Freja",
    "Ida",
    "Cecilie",
    "Nanna",
    "Liva",
    "Alberte",
    "Karoline",
    "Signe",
    "Bodil",
    "Gunhild",
    "Yasmin",
    "Amira",
    "Leyla",
    "Zehra",
    "Ewa",
    "Olena",
    "Priya",
    "Lan",
    "Mette",
    "Hanne",
)
MEN = ("Torben", "Villy", "Poul", "Aksel", "Henning", "Jesper", "Rasmus", "Mikkel", "Emil",
         "Magnus", "Lauge", "Bertram", "Asger", "Oskar", "Frode", "Kasper", "Tobias", "Anton",
         "Karim", "Omar", "Emre", "Bilal", "Tomasz", "Andrei", "Ravi", "Minh", "Søren",
         "Ebbe")  # fmt: skip
FIRST = WOMEN + MEN
MIDDLE = ("Marie", "Kirstine", "Louise", "Juul", "Bro", "Skov", "Dam", "Krogh", "Lund", "Ahmad",
          "Sofie", "Emilie", "Frederik", "Valdemar")  # fmt: skip
SURNAME = ("Holm", "Bech", "Kjeldgaard", "Thygesen", "Ravnsborg", "Lykke", "Munk", "Fogh",
           "Brandt", "Stampe", "Overgaard", "Winther", "Bisgaard", "Kragh", "Dahl", "Riis",
           "Haddad", "Yilmaz", "Nowak", "Kowalczyk", "Hussein", "Tran", "Nguyen", "Rahimi",
           "Sørensen", "Mortensen", "Vestergaard", "Bundgaard", "Frost", "Leth", "Quist",
           "Abdi", "Petrenko", "Østergaard", "Krarup", "Ladefoged")  # fmt: skip
PRIV_STREETS = ("Rosenhavevej", "Kløvermarken", "Tjørnebakken", "Sneglehusvej", "Ravnholtgade",
                "Pilealléen", "Lærkesangervej", "Grusgraven", "Mosebuen", "Æblehaven",
                "Fasanstien", "Hyldebærvej", "Klitrosegade", "Birkely Allé", "Skovskadevej",
                "Engblommevej", "Solsortgade", "Havrevænget")  # fmt: skip
STREETS = PRIV_STREETS
TOWNS = (("8600", "Silkeborg"), ("4000", "Roskilde"), ("5700", "Svendborg"), ("2300",
         "København S"), ("8000", "Aarhus C"), ("6100", "Haderslev"), ("9000", "Aalborg"),
         ("7100", "Vejle"), ("4700", "Næstved"), ("3400", "Hillerød"), ("6700", "Esbjerg"),
         ("2720", "Vanløse"), ("8900", "Randers C"), ("5000", "Odense C"))  # fmt: skip
# (name, street and number, postcode and town): the organisations' own addresses
ORGS = (
    ("Festsalen Søbakken", "Søbakkevej 41", "8600 Silkeborg"),
    ("Holm & Co Selskabslokaler", "Møllestien 7", "4000 Roskilde"),
    ("Bager Jensen ApS", "Torvegade 18", "5700 Svendborg"),
    ("Lysfanger Foto", "Amagerbrogade 212, 3. sal", "2300 København S"),
    ("Gourmetkøkkenet Engly", "Engløkkevej 9", "8000 Aarhus C"),
    ("Festbussen Syd", "Industrivej 55B", "6100 Haderslev"),
    ("Veteranbiler Nord", "Hjulmagervej 3", "9000 Aalborg"),
    ("Herregården Kærsholm", "Kærsholm Allé 1", "7100 Vejle"),
    ("Gavelisten.dk", "Kanalgade 27, 2. sal", "4700 Næstved"),
    ("Slotskroen Hillerød", "Slotsgade 64", "3400 Hillerød"),
)
COMPANIES = (*(o[0] for o in ORGS), "Blomsterhuset Fogh", "Dahl Event & Lyd")
ORG_ADDRESSES = tuple(o[1] for o in ORGS)
BANKS = ("Kystbanken", "Midtjysk Sparekasse", "Nordlys Bank")
PRODUCTS = ("BookFest Pro", "Gaveønske+", "Bryllupspakke Guld", "Festmenu Klassisk",
            "KortSikker")  # fmt: skip
ORG_LINES = ("70 20 41 41", "80 33 12 12", "70 15 90 90", "80 40 60 80", "1272", "1919")
FAMILY = ("min forlovede", "min mand", "min kone", "svigermor", "forloveren", "min mor")
PSEUDONYMS = ("Kunde A", "Kunde B", "Brud 1", "Gæst 2", "Medarbejder A", "Kontakt C")
ALIAS_UNITS = COMPANIES[:7]
JOBS = ("eventkoordinator", "køkkenchef", "fotograf", "fraudanalytiker", "chauffør",
        "bookingansvarlig", "souschef")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PERSON_TYPES = ("PERSON",)


def grouped(compact: str) -> str:
    """A value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


class Doc:
    """A document built piece by piece; in a negative every value becomes a stand-in."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if self.neg:
            return self.t(self.stand_in(kind))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def stand_in(self, kind: str) -> str:
        r = self.rng
        masked_cpr = f"{r.randint(10, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99)}-xxxx"
        options = {
            "PERSON": ["[NAVN]", *PSEUDONYMS],
            "ADDRESS": ["[ADRESSE]"],
            "CPR": ["[CPR]", masked_cpr],
            "DATE_OF_BIRTH": ["[dato]"],
            "PHONE": ["[TLF]", f"+45 ** ** ** {r.randint(10, 99)}"],
            "EMAIL": ["[e-mail]", f"{r.choice('abcdhkmst')}***@example.dk"],
            "BANK_ACCOUNT": ["[kontonr.]", f"******{r.randint(1000, 9999)}"],
            "IBAN": [f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}", "[kontonr.]"],
            "CARD": [f"**** **** **** {r.randint(1000, 9999)}"],
            "CARD_EXPIRY": ["**/**"],
            "CARD_CVV": ["***"],
            "OTP": ["[kode]"],
            "MITID_USER": ["[bruger-id]"],
            "NUMBER_PLATE": ["XX ** ***"],
        }
        return r.choice(options[kind])


class Gen:
    """The value makers of one set."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # -- names
    def first(self) -> str:
        return self.r.choice(FIRST)

    def surname(self) -> str:
        return self.r.choice(SURNAME)

    def name(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.15:
            return f"{self.first()} {r.choice(MIDDLE)} {self.surname()}"
        if k < 0.27:
            a, b = r.sample(SURNAME, 2)
            return f"{self.first()} {a}-{b}"
        if k < 0.35:
            return f"{self.first()[0]}. {self.surname()}"
        if k < 0.40:
            return f"{self.first()} {r.choice(MIDDLE)[0]}. {self.surname()}"
        if k < 0.44:
            return f"Tran Thi {r.choice(('Lan', 'Mai', 'Hoa'))}"
        return f"{self.first()} {self.surname()}"

    def surname_first(self) -> str:
        return f"{self.surname()}, {self.first()}"

    def caps(self) -> str:
        return self.name().upper()

    def genitive(self) -> str:
        if self.r.random() < 0.6:
            n = self.r.choice([f for f in FIRST if f[-1] not in "sxz"])
            return n + "s"
        n = self.name()
        return n + ("'" if n[-1] in "sxz" else "s")

    # -- places
    def town(self) -> str:
        return " ".join(self.r.choice(TOWNS))

    def street(self) -> str:
        r = self.r
        s = f"{r.choice(PRIV_STREETS)} {r.randint(1, 148)}"
        if r.random() < 0.25:
            s += r.choice("ABCD")
        if r.random() < 0.35:
            s += r.choice((", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4. th.", ", st."))
        return s

    def address(self, layout: str | None = None) -> str:
        layout = layout or self.r.choice(("line", "block", "bare"))
        if layout == "line":
            return f"{self.street()}, {self.town()}"
        if layout == "block":
            return f"{self.street()}\n{self.town()}"
        return self.street()

    # -- numbers
    def cpr(self) -> tuple[str, date]:
        r = self.r
        born = date(1938, 1, 1) + timedelta(days=r.randint(0, 24400))
        seventh = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            serial = seventh + f"{r.randint(0, 999):03d}"
            digits = born.strftime("%d%m%y") + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4)
        d, s = digits[:6], digits[6:]
        text = (f"{d}-{s}", digits, f"{d[:2]} {d[2:4]} {d[4:]} {s}", f"{d} {s}")[form]
        return text, born

    def dob(self, born: date | None = None) -> str:
        r = self.r
        b = born or date(1940, 1, 1) + timedelta(days=r.randint(0, 23000))
        form = r.randrange(4)
        if form == 0:
            return f"{b.day}. {MONTHS[b.month - 1]} {b.year}"
        if form == 1:
            return b.strftime("%d.%m.%Y")
        if form == 2:
            return b.strftime("%d-%m-%Y")
        return f"{b.day}/{b.month}-{b.year}"

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.06:
            return f"+44 7700 900{r.randint(0, 999):03d}"
        if r.random() < 0.06:
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
        n = lead + f"{r.randint(0, 999999):06d}"
        p = [n[i : i + 2] for i in range(0, 8, 2)]
        forms = (
            f"+45 {n}",
            f"+45 {' '.join(p)}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {' '.join(p)}",
            f"0045 {n}",
            " ".join(p),
            n,
            f"+45{n}",
            ".".join(p),
        )
        return r.choice(forms)

    def email(self, name: str | None = None) -> str:
        r = self.r
        base = (name or f"{self.first()} {self.surname()}").lower()
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (",", ""), ("'", ""), ("-", "")):
            base = base.replace(a, b)
        parts = [p for p in base.replace(".", " ").split() if p]
        local = r.choice((".".join(parts), parts[0] + str(r.randint(1, 99)), "".join(parts)))
        domain = r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
        return f"{local}@{domain}"

    def masked_mail(self) -> str:
        return f"{self.r.choice('abehjklmrst')}***@example.{self.r.choice(('dk', 'com'))}"

    def account(self) -> tuple[str, str | None]:
        """(account, reg.nr. or None when written together)."""
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acct = (
            f"{r.randint(0, 10**10 - 1):010d}"
            if r.random() < 0.6
            else str(r.randint(10**6, 10**8 - 1))
        )
        if r.random() < 0.5:
            return f"{reg}{r.choice('- ')}{acct}", None
        return acct, reg

    def iban(self) -> str:
        r = self.r
        c = r.choice(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[c] - 4
        if c == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + "".join(
                str(r.randint(0, 9)) for _ in range(n - 4)
            )
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(n))
        v = _iban(c, bban)
        return grouped(v) if r.random() < 0.6 else v

    def card(self) -> str:
        r = self.r
        p = r.choice(TEST_PREFIXES)
        body = p + "".join(str(r.randint(0, 9)) for _ in range(15 - len(p)))
        n = body + _luhn_digit(body)
        return grouped(n) if r.random() < 0.65 else n

    def expiry(self) -> str:
        m, y = self.r.randint(1, 12), self.r.randint(26, 31)
        return f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}"

    def cvv(self) -> str:
        return f"{self.r.randint(0, 999):03d}"

    def otp(self) -> str:
        return (
            f"{self.r.randint(0, 10**6 - 1):06d}"
            if self.r.random() < 0.7
            else f"{self.r.randint(0, 10**8 - 1):08d}"
        )

    def mitid(self) -> str:
        r = self.r
        base = self.first().lower().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
        tail = r.choice((f"{r.randint(10, 99)}", f"19{r.randint(40, 99)}", f"200{r.randint(0, 5)}"))
        return base + r.choice(("", "bryllup", "fest", "k", "h")) + tail

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        d = f"{r.randint(10, 99)}"
        e = f"{r.randint(100, 999)}"
        return f"{letters} {d} {e}" if r.random() < 0.7 else f"{letters}{d}{e}"

    # -- hard negatives
    def booking(self) -> str:
        return f"BK-2026-{self.r.randint(1000, 9999)}"

    def amount(self) -> str:
        r = self.r
        v = r.choice((2500, 4800, 7500, 12500, 18000, 24950, 35000, 3450))
        s = f"{v:,}".replace(",", ".")
        return f"{s} kr." if r.random() < 0.7 else f"{s},00 kr."

    def when(self) -> str:
        r = self.r
        return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.26"

    def clock(self) -> str:
        return f"kl. {self.r.randint(8, 22):02d}.{self.r.choice(('00', '15', '30', '45', '05'))}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(20000000, 45999999)}"

    def org(self) -> tuple[str, str, str]:
        return self.r.choice(ORGS)


def org_frame(d: Doc, g: Gen) -> None:
    """An organisation's own address in one of many frames (never labelled)."""
    name, street, town = g.org()
    r = g.r
    frames = (
        f"\n\n{name}\n{street}\n{town}\n",
        f"\nMødested: {name}, {street}, {town}.\n",
        f"\nAfhentning sker fra vores depot på {street} i {town.split(' ', 1)[1]}.\n",
        f"\nReturadresse: {name}, {street}, {town}\n",
        f"\nFormularen sendes til {name}, {street}, {town}.\n",
        f"\nSelskabets registrerede adresse: {street}, {town}. {g.cvr()}.\n",
        f"\nÅbningstider: man-fre 10-17 på {street}. Ring {r.choice(ORG_LINES[:4])}.\n",
        f"\n-- \n{name} | {street} | {town} | tlf. {r.choice(ORG_LINES[:4])}\n",
        f"\nFesten holdes i {name}, {street}. Parkering bag bygningen.\n",
        f"\nBussen kører fra {street} kl. 14.00 og sætter af ved {name}.\n",
        f"\nVores afdelinger: {ORGS[0][1]} ({ORGS[0][2]}) og {ORGS[7][1]} ({ORGS[7][2]}).\n",
        f"\n> Med venlig hilsen\n> {name}, {street}, {town}\n",
        f"\nMødet foregår på kontoret, {street}, {town}.\n",
        f"\nAflevering af bilen: {name}, {street}.\n",
    )
    d.t(r.choice(frames))


def filler(d: Doc, g: Gen) -> None:
    """Hard negatives: amounts, dates, numbers, lines, products, pseudonyms, family words."""
    r = g.r

    def masked_iban() -> str:
        return f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}"

    def masked_cpr() -> str:
        return f"{r.randint(10, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99)}-xxxx"

    pool = (
        lambda: f"Booking {g.booking()} er bekræftet til {g.when()} {g.clock()}.",
        lambda: f"Depositum på {g.amount()} er registreret under {g.booking()}.",
        lambda: f"Kundenr. K-{r.randint(10000, 99999)}, ordre nr. ORD-{r.randint(1000, 9999)}.",
        lambda: f"{r.choice(COMPANIES)} ({g.cvr()}) oplyser: {r.choice(PRODUCTS)}, {g.amount()}",
        lambda: f"Kontakt {r.choice(BANKS)} på {r.choice(ORG_LINES)} ved mistanke om svindel.",
        lambda: f"Sagen er noteret hos {r.choice(PSEUDONYMS)} som sag {r.randint(100, 999)}/26.",
        lambda: f"Bekymret for {r.choice(FAMILY)}, der også har betalt {g.amount()} i alt.",
        lambda: f"Parkering ved {r.choice(PRIV_STREETS)}. Indgang fra gården.",
        lambda: f"Vores {r.choice(JOBS)} svarer {g.when()} mellem {g.clock()} og {g.clock()}.",
        lambda: (
            f"Masket kort: **** **** **** {r.randint(1000, 9999)}; kvittering: {g.masked_mail()}"
        ),
        lambda: f"Konto ******{r.randint(1000, 9999)} og IBAN {masked_iban()} er spærret.",
        lambda: f"Nummeret +45 ** ** ** {r.randint(10, 99)} og CPR {masked_cpr()} er maskeret.",
        lambda: f"Bilen med plade XX ** *** er stadig i {r.choice(COMPANIES[5:7])}s garage.",
        lambda: f"Svar til {g.masked_mail()} sendt {g.when()}.",
    )
    for f in r.sample(pool, r.randint(2, 3)):
        d.t("\n" + f())


# ---------------------------------------------------------------- genres


def person(d: Doc, g: Gen) -> str:
    r = g.r
    k = r.random()
    if k < 0.1:
        return g.surname_first()
    if k < 0.2:
        return g.caps()
    return g.name()


def alias_line(d: Doc, g: Gen) -> None:
    d.t("Svindleren præsenterede sig som ").v("PERSON", g.first()).t(
        f" fra {g.r.choice(ALIAS_UNITS)} og ringede fra {g.r.choice(ORG_LINES[:4])} (forfalsket)."
    )


def bookingnote(d: Doc, g: Gen) -> None:
    r = g.r
    name = g.org()[0]
    d.t(f"{r.choice(PRODUCTS[:1])} – bookingnote {g.booking()}\nLokale: {name}\n\nBrudepar: ")
    d.v("PERSON", person(d, g)).t(" og ").v("PERSON", g.name())
    d.t("\nAdresse: ").v("ADDRESS", g.address("line"))
    d.t("\nTlf.: ").v("PHONE", g.phone()).t("  E-mail: ").v("EMAIL", g.email())
    guests, menu = r.randint(40, 140), r.choice(PRODUCTS[2:4])
    d.t(f"\nDato for festen: {g.when()}, {guests} gæster, menu {menu}.")
    d.t("\nNote fra ").v("PERSON", g.first()).t(f" ({r.choice(JOBS)}): ")
    d.t("parret oplyser, at depositum er overført til ")
    acct, reg = g.account()
    if reg:
        d.t(f"reg.nr. {reg}, konto ").v("BANK_ACCOUNT", acct)
    else:
        d.v("BANK_ACCOUNT", acct)
    d.t(", som ikke er vores konto. Kontoen står i en mail fra ")
    d.v("EMAIL", g.email()).t(".\n")
    if r.random() < 0.6:
        alias_line(d, g)
    if r.random() < 0.5:
        d.t("\nSvigermor betalte med kort ").v("CARD", g.card()).t(", udløb ").v(
            "CARD_EXPIRY", g.expiry()
        )
        d.t(", CVV ").v("CARD_CVV", g.cvv()).t(".")
    org_frame(d, g)


def depositum_mail(d: Doc, g: Gen) -> None:
    r = g.r
    name, street, town = g.org()
    a = g.name()
    d.t("Fra: ").v("PERSON", a).t(" <").v("EMAIL", g.email(a)).t(">\nTil: ")
    d.t(f"{name} <").v("EMAIL", g.email("booking")).t(">\nEmne: Depositum – ny konto?\n\n")
    d.t("Hej\n\nVi fik i går en mail om, at jeres bankforbindelse er skiftet, og at resten af ")
    d.t(f"depositummet ({g.amount()}) skal til ")
    if r.random() < 0.5:
        d.v("IBAN", g.iban())
    else:
        acct, reg = g.account()
        if reg:
            d.t(f"reg. {reg} konto ").v("BANK_ACCOUNT", acct)
        else:
            d.v("BANK_ACCOUNT", acct)
    d.t(". Er det rigtigt? Vi har allerede sendt første rate til ").v("IBAN", g.iban()).t(".\n")
    d.t("Min forlovede ").v("PERSON", g.genitive()).t(" telefon er ").v("PHONE", g.phone()).t(
        ".\n\n"
    )
    d.t("Venlig hilsen\n").v("PERSON", a).t("\n").v("ADDRESS", g.address("block")).t("\n")
    d.t(f"\n> Den {g.when()} skrev {name}:\n> Bekræftelse af booking {g.booking()}.")
    if r.random() < 0.7:
        d.t(f"\n> {name}\n> {street}\n> {town}\n")
    else:
        org_frame(d, g)


def chat(d: Doc, g: Gen) -> None:
    r = g.r
    cust, fake = g.name(), g.first()
    if d.neg:
        cs, fs = r.sample(PSEUDONYMS, 2)
    else:
        cs, fs = cust, fake
    h, m = r.randint(8, 21), r.randint(0, 40)

    def line(who: str, text: str, mins: int) -> None:
        d.t(f"[{h:02d}:{m + mins:02d}] ")
        if d.neg:
            d.t(who)
        else:
            d.v("PERSON", who)
        d.t(": " + text)

    unit = r.choice(ALIAS_UNITS)
    d.t(f"Chat via {r.choice(('Messenger', 'sms', 'Instagram'))} – {unit}\n")
    line(
        fs,
        f"Hej! Det er fotografen fra {unit}. Vi mangler jeres sidste rate på {g.amount()} i dag.\n",
        0,
    )
    line(cs, "Hej, ja – hvor skal pengene hen? Kan I ringe til mig på ", 2)
    d.v("PHONE", g.phone()).t("?\n")
    line(fs, "Vi sender et link. Skriv lige koden, I får på sms.\n", 4)
    line(cs, "Koden er ", 6)
    d.v("OTP", g.otp()).t(f". Og hils {r.choice(FAMILY)}.\n")
    line(fs, "Tak! Og kortet i betalte med? Nummer, udløb og cvc.\n", 8)
    line(cs, "", 11)
    d.v("CARD", g.card()).t(" ").v("CARD_EXPIRY", g.expiry()).t(" cvc ").v("CARD_CVV", g.cvv()).t(
        "\n"
    )
    if r.random() < 0.5:
        low = g.first().lower()
        line(cs, "min søster ", 13)
        d.v("PERSON", low).t(" har også betalt. Hun bor på ").v("ADDRESS", g.address("line")).t(
            "\n"
        )
    line(fs, f"Perfekt. I hører fra os {g.clock()}.\n", 15)
    d.t("\nNotat: ").v("PERSON", cust if r.random() < 0.5 else g.surname_first())
    d.t(" anmeldte chatten. Den ægte fotograf:")
    org_frame(d, g)


def udlejning(d: Doc, g: Gen) -> None:
    r = g.r
    name = g.org()[0]
    vehicle = r.choice(
        ("festbus (32 pers.)", "Cadillac 1959", "VW-rugbrød 1967", "Rolls-Royce 1962")
    )
    order = f"ORD-{r.randint(1000, 9999)}"
    d.t(f"Udlejningsnotat – {name}\nOrdre {order}: {vehicle}, kørsel {g.when()}.\n")
    d.t("Lejer: ").v("PERSON", person(d, g))
    if r.random() < 0.5:
        d.t(", f. ").v("DATE_OF_BIRTH", g.dob())
    d.t("\nLejers adresse: ").v("ADDRESS", g.address(r.choice(("line", "bare"))))
    d.t("\nMobil: ").v("PHONE", g.phone())
    d.t("\nKøretøj: ").v("NUMBER_PLATE", g.plate()).t(f" ({vehicle})")
    d.t("\nDepositum betalt med kort ").v("CARD", g.card()).t(" udløb ").v(
        "CARD_EXPIRY", g.expiry()
    )
    d.t(" kontrolcifre ").v("CARD_CVV", g.cvv()).t(f" ({g.amount()}).")
    d.t("\nBemærk: en falsk udlejer har annonceret samme bil med pladen ").v(
        "NUMBER_PLATE", g.plate()
    )
    d.t(" og bedt kunder betale til ")
    acct, reg = g.account()
    if reg:
        d.t(f"reg.nr. {reg}, kontonr. ").v("BANK_ACCOUNT", acct)
    else:
        d.v("BANK_ACCOUNT", acct)
    d.t(".\n")
    if r.random() < 0.4:
        alias_line(d, g)
    d.t("\nChauffør: ").v("PERSON", g.name()).t(f" ({r.choice(JOBS[4:5])}).")
    org_frame(d, g)


def gaveliste(d: Doc, g: Gen) -> None:
    r = g.r
    d.t(f"Svindelrapport – {r.choice(('Gavelisten.dk', 'Gaveønske+'))}\nListe: ")
    couple = (g.genitive(), g.name())
    d.v("PERSON", couple[0]).t(" og ").v("PERSON", couple[1]).t(" bryllup\n\n")
    d.t("En gæst, ").v("PERSON", person(d, g)).t(", fik en falsk sms om at bekræfte sin gave. ")
    d.t("Hun oplyste sit MitID-bruger-ID ").v("MITID_USER", g.mitid())
    d.t(" og gav engangskoden ").v("OTP", g.otp()).t(" i telefonen til ").v("PERSON", g.first())
    d.t(f" fra {r.choice(ALIAS_UNITS)}.\n")
    d.t("Gæstens mail: ").v("EMAIL", g.email()).t(", telefon ").v("PHONE", g.phone()).t(".\n")
    d.t("Beløbet (").t(g.amount()).t(") gik til ").v("IBAN", g.iban()).t(".\n")
    if r.random() < 0.5:
        d.t("Gaven skulle sendes til brudeparret på\n").v("ADDRESS", g.address("block")).t("\n")
    d.t(f"Kvittering sendt til {g.masked_mail()}.")
    org_frame(d, g)


def klage(d: Doc, g: Gen) -> None:
    r = g.r
    name, street, town = g.org()
    a = g.name()
    d.v("PERSON", a).t("\n").v("ADDRESS", g.address("block")).t("\n\n")
    d.t(f"{name}\nAtt.: kundeservice\n{street}\n{town}\n\n")
    d.t(f"Klage over bryllup {g.when()} (booking {g.booking()})\n\n")
    d.t("Jeg, ").v("PERSON", a).t(", født ").v("DATE_OF_BIRTH", g.dob()).t(", og min forlovede ")
    d.v("PERSON", g.name()).t(", f. ").v("DATE_OF_BIRTH", g.dob())
    d.t(", betalte depositum efter en mail fra en, der udgav sig for jeres køkkenchef. ")
    d.t("Pengene gik til ")
    d.v("IBAN", g.iban()) if r.random() < 0.5 else d.v("BANK_ACCOUNT", g.account()[0])
    d.t(". Vi bad om svar til ").v("EMAIL", g.email(a)).t(" eller ").v("PHONE", g.phone()).t(".\n")
    if r.random() < 0.4:
        d.t("Min mors adresse er ").v("ADDRESS", g.address("line")).t(".\n")
    d.t("\nMed venlig hilsen\n").v("PERSON", a.upper() if r.random() < 0.3 else a)
    d.t("\n")
    org_frame(d, g)


def bankfraud(d: Doc, g: Gen) -> None:
    r = g.r
    bank = r.choice(BANKS)
    d.t(f"{bank} – fraud desk, notat {g.when()} {g.clock()}\nSag FD-{r.randint(10000, 99999)}\n")
    d.t("Kunde: ").v("PERSON", g.surname_first() if r.random() < 0.4 else g.name())
    cpr, born = g.cpr()
    d.t(", CPR ").v("CPR", cpr)
    if r.random() < 0.5:
        d.t(", Fødselsdato: ").v("DATE_OF_BIRTH", g.dob(born))
    d.t("\nBopæl: ").v("ADDRESS", g.address("line"))
    d.t("\nKunden overførte depositum for bryllupslokale til ")
    d.v("IBAN", g.iban()).t(" og ")
    acct, reg = g.account()
    if reg:
        d.t(f"reg.nr. {reg}, kontonr. ").v("BANK_ACCOUNT", acct)
    else:
        d.v("BANK_ACCOUNT", acct)
    d.t(f" ({g.amount()}).\nKunden godkendte med MitID (bruger-ID ").v("MITID_USER", g.mitid())
    d.t(") og oplyste engangskoden ").v("OTP", g.otp()).t(" til en falsk medarbejder.\n")
    d.t("Kontakt: ").v("PHONE", g.phone()).t(" / ").v("EMAIL", g.email()).t("\n")
    d.t("Medkunde: ").v("PERSON", g.name())
    c2, _ = g.cpr()
    d.t(", cpr.nr. ").v("CPR", c2).t(".\n")
    org_frame(d, g)


def gaesteliste(d: Doc, g: Gen) -> None:
    r = g.r
    name, street, town = g.org()
    d.t(f"Hændelsesrapport – {name}\nGæstelisten til fest {g.booking()} er lækket. Udsnit:\n")
    for _ in range(r.randint(2, 4)):
        d.t("- ").v("PERSON", person(d, g)).t(", ").v(
            "ADDRESS", g.address(r.choice(("line", "bare")))
        )
        d.t(", ").v("PHONE", g.phone()).t("\n")
    d.t("Flere gæster har fået sms'er fra en falsk cateringchef. ")
    alias_line(d, g)
    d.t(" Han bad om betaling for 'ekstra kuverter'.\n")
    if r.random() < 0.6:
        d.t("En gæst, ").v("PERSON", g.genitive()).t(" svigerdatter, betalte med ").v(
            "CARD", g.card()
        )
        d.t(" (").v("CARD_EXPIRY", g.expiry()).t(", CVC ").v("CARD_CVV", g.cvv()).t(").\n")
    d.t("Kontakt os på ").v("EMAIL", g.email("sikkerhed")).t(f" eller {r.choice(ORG_LINES)}.")
    if r.random() < 0.5:
        d.t("\nGæsten ").v("PERSON", g.name()).t(" kører selv i bil ").v(
            "NUMBER_PLATE", g.plate()
        ).t(".")
    d.t(f"\nMødested for gæster: {street}, {town}.\n")


BUILDERS = {
    "bookingnote": bookingnote,
    "depositum_mail": depositum_mail,
    "chat": chat,
    "udlejning": udlejning,
    "gaveliste": gaveliste,
    "klage": klage,
    "bankfraud": bankfraud,
    "gaesteliste": gaesteliste,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    g = Gen(rng)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(docs) < size:
        kind = kinds[len(docs)]
        genre = GENRES[i % len(GENRES)]
        i += 1
        d = Doc(rng, kind == "negative")
        BUILDERS[genre](d, g)
        filler(d, g)
        text = "".join(d.parts)
        if text in seen:
            continue
        seen.add(text)
        docs.append(
            {
                "id": f"b106-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind106.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
