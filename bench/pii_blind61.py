"""A sixty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is MACHINE-READABLE AND
SEMI-STRUCTURED EXPORTS that a Danish bank's and a telecom's fraud teams pile up, in nine genres:
a semicolon-separated CSV export from Danish Excel of flagged transfers (a header row, quoted
fields, decimal commas, a quoted address cell on two lines, reg.nr. and account in their own
columns or together), JSON lines from an alert system (keys such as "customer_name", "phone",
"iban", "mitid_user"), key=value application log lines (logins, cards added, codes sent, payees
created), an SMS gateway's log (sender, recipient and the text, the scammers' texts and the
customers' replies), e-mail headers pasted into a ticket (From/To/Reply-To/Received), a plain-text
table with aligned columns and pipes, a SIM-swap and number-porting register extract (names in
capitals, a delivery address block), a case-management export with free-text notes in a column,
and the customer list attached to a breach notification. The names are those of Danes of all ages,
Danes with roots elsewhere ("Hiba Haddad", "Duc Tran"), double surnames ("Bech-Ravn") and the
organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "kunden", "abonnent");
  "Kragh, Bodil" is one span; a genitive s belongs to it ("Bodils"); a lower-case name typed in a
  text message or a log field ("bodil kragh") and a name in capitals ("KRAGH BODIL") are PERSON.
  A scammer's alias ("Jonas fra kortafdelingen") is PERSON for the name "Jonas" only: the
  department or company is not part of the span. Organisations, products, placeholders
  ("[NAVN]", "Kunde A", "Abonnent 1") and family words ("min mor") are never PERSON.
- ADDRESS is a person's address only: from the street name through number, letter, floor and
  side ("12B", "2. th.", "st. mf."), plus ", postcode town" on the same line or on the next line
  of an address block or a quoted CSV cell (line break included). A street named without a
  number is not an address. Organisations' postal addresses never occur.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date, timestamp or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, the police on 114, SMS sender names) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and the
  organisations' too; a masked one ("b***@example.dk") is not labelled.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678")
  are one span; where the reg.nr. has its own word or CSV column ("reg.nr. 1234, kontonr.
  0012345678", "Reg.nr.;Kontonr.") only the account is the span. IBAN: valid check digits and
  the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre" (a log's "cvc=").
  OTP: a one-time code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given
  as such (a "mitid_user" field too); NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207").
  No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts with decimal commas ("12.500,00", "849,95 kr."),
  timestamps ("2026-03-04 09:14:22,481", "2026-03-04T09:14:22+01:00", "04-03-2026 09:14",
  "Wed, 04 Mar 2026 09:14:22 +0100"), alert, case, ticket and order numbers, CVR numbers,
  mail servers' documentation IP addresses, masked values ("040652-xxxx", "+45 ** ** ** 31",
  "b***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932", a SIM card's
  "8945 **** **** **** 123"), organisations' 70/80 and short numbers, companies, banks, products
  and family words. Documents of kind "negative" are the same genres after pseudonymisation: only
  such values, stand-ins ("[NAVN]", "[TLF]") and pseudonym labels ("Kunde A", "Abonnent 1")
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind61 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind61"

WOMEN = ("Bodil", "Inger", "Gudrun", "Lone", "Sanne", "Trine", "Freja", "Alberte", "Nour",
         "Amina", "Leyla", "Ewa", "Thuy", "Priya", "Selma", "Malou", "Karoline", "Vibeke",
         "Birthe", "Astrid", "Signe", "Hiba", "Aylin", "Mariam", "Oksana", "Rikke", "Ulla",
         "Anne-Sofie", "Marie-Louise", "Yasmin", "Ellinor", "Gry")  # fmt: skip
MEN = ("Arne", "Poul", "Erik", "Flemming", "Bent", "Torben", "Henrik", "Kasper", "Oliver",
       "Magnus", "Ahmad", "Bilal", "Tariq", "Omar", "Duc", "Piotr", "Mehmet", "Yusuf", "Kristian",
       "Asger", "Frode", "Søren", "Ibrahim", "Kofi", "Holger", "Aksel", "Villum", "Jens-Ole",
       "Hans-Henrik", "Vagn", "Malthe", "Noah")  # fmt: skip
SURNAMES = ("Kragh", "Bundgaard", "Thygesen", "Vestergaard", "Lykke", "Mølgaard", "Brink",
            "Damgaard", "Husted", "Overgaard", "Skov", "Juul", "Bech", "Holst", "Ravn",
            "Lauridsen", "Munk", "Østergaard", "Friis", "Haddad", "Yilmaz", "Nowak", "Tran",
            "Hussain", "Mensah", "Kovačević", "Kjeldsen", "Søgaard", "Ahmadi", "Lindqvist",
            "Gregersen", "Bisgaard", "Nyborg", "Wójcik")  # fmt: skip
STREETS = ("Kastanievej", "Spurvevej", "Fynsgade", "Hedebovej", "Klintebakken", "Strandparken",
           "Møllebakken", "Lærkevænget", "Tjørnevej", "Havrevænget", "Engblommevej",
           "Kildegårdsvej", "Rughaven", "Svalegangen", "Bakkedraget", "Toftegårds Allé",
           "Åkandevej", "Ellekær")  # fmt: skip
TOWNS = (("8900", "Randers C"), ("7100", "Vejle"), ("4200", "Slagelse"), ("9800", "Hjørring"),
         ("6400", "Sønderborg"), ("2770", "Kastrup"), ("3400", "Hillerød"), ("5700", "Svendborg"),
         ("8600", "Silkeborg"), ("4760", "Vordingborg"), ("2650", "Hvidovre"), ("7400", "Herning"),
         ("8240", "Risskov"), ("2300", "København S"), ("6700", "Esbjerg"),
         ("9400", "Nørresundby"))  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
SCAM_DEPARTMENTS = ("kortafdelingen", "svindelafdelingen", "Kystbanken", "Fjordmobil",
                    "kundeservice", "IT-support")  # fmt: skip

BANKS = ("Kystbanken", "Hedebo Sparekasse", "Lindholm Bank")
COMPANIES = ("Fjordmobil", "Sundnet", "Telenær")
PRODUCTS = ("MobilePay", "Dankort", "NemKonto", "MitID")
ORG_LINES = ("70 22 41 60", "80 30 12 12", "+45 70 15 15 99")
CVR = ("CVR-nr. 31846275", "CVR-nr. 29507314", "CVR-nr. 40163958")
PSEUDONYMS = ("Kunde A", "Kunde B", "Kunde 2", "Abonnent 1", "Medarbejder 3")
STAFF_PSEUDONYM = PSEUDONYMS[-1]

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "400000")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "č": "c", "ć": "c", "ó": "o"})


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _iban(rng: random.Random, country: str, bban: str = "") -> str:
    bban = bban or _digits(rng, IBAN_LENGTH[country] - 4)
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass
class Person:
    given: tuple[str, ...]
    surname: str
    born: date
    cpr: str
    phone: str
    reg: str
    account: str
    email: str
    mitid: str
    street: str
    post: str

    @property
    def full(self) -> str:
        return " ".join((*self.given, self.surname))


def person(rng: random.Random) -> Person:
    names = rng.choice((WOMEN, MEN))
    given = (rng.choice(names),)
    if rng.random() < 0.1:
        given += (rng.choice([n for n in names if n != given[0]]),)
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.25:
        surname += "-" + rng.choice([s for s in SURNAMES if s != surname])
    elif rng.random() < 0.15 and len(given) == 1:
        surname = rng.choice(SURNAMES) + " " + surname
    born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 70))
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        cpr = head + century + _digits(rng, 3)
        if sum(int(c) * w for c, w in zip(cpr, WEIGHTS, strict=True)) % 11:
            break
    phone = rng.choice(MOBILE * 2 + LANDLINE) + _digits(rng, 6)
    first = given[0].lower().translate(ASCII).replace("-", "")
    last = surname.split()[-1].lower().translate(ASCII).replace("-", "")
    year = f"{born.year}" if rng.random() < 0.5 else f"{born.year % 100:02d}"
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}{year[-2:]}", f"{first}_{last[:3]}",
                        f"{first}{year}"))  # fmt: skip
    domain = rng.choice(("example.dk", "example.com", "example.net", "post.example.dk"))
    street = (
        f"{rng.choice(STREETS)} {rng.randrange(1, 140)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    )
    if rng.random() < 0.4:
        street += (
            f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {rng.choice(('th.', 'tv.', 'mf.'))}"
        )
    return Person(
        given=given,
        surname=surname,
        born=born,
        cpr=cpr,
        phone=phone,
        reg=str(rng.randrange(1000, 9999)),
        account=_digits(rng, rng.choice((7, 8, 10, 10))),
        email=f"{local}@{domain}",
        mitid=first.split("-")[0] + year,
        street=street,
        post=" ".join(rng.choice(TOWNS)),
    )


# The written forms of a name; each takes the person and gives the text.
NAME_FORMS: dict[str, Callable[[Person], str]] = {
    "full": lambda p: p.full,
    "given": lambda p: p.given[0],
    "surname first": lambda p: f"{p.surname}, {' '.join(p.given)}",
    "upper case": lambda p: p.full.upper(),
    "upper surname first": lambda p: f"{p.surname} {' '.join(p.given)}".upper(),
    "lower case": lambda p: p.full.lower(),
    "genitive": lambda p: p.full + ("" if p.full[-1] in "sxz" else "s"),
    "given genitive": lambda p: p.given[0] + ("" if p.given[0][-1] in "sxz" else "s"),
    "initial": lambda p: f"{p.given[0][0]}. {p.surname}",
}


def cpr_form(rng: random.Random, cpr: str) -> str:
    return rng.choice((f"{cpr[:6]}-{cpr[6:]}", cpr, f"{cpr[:2]} {cpr[2:4]} {cpr[4:6]} {cpr[6:]}",
                       f"{cpr[:6]} {cpr[6:]}"))  # fmt: skip


def phone_form(rng: random.Random, n: str) -> str:
    if rng.random() < 0.08:
        return rng.choice(
            (f"+44 7700 900{_digits(rng, 3)}", f"+46 70 174 06 {rng.randrange(5, 100):02d}")
        )
    pairs, halves = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}"
    return rng.choice((f"+45 {n}", f"+45 {pairs}", f"+45 {halves}", halves, f"(+45) {pairs}",
                       f"0045 {n}", pairs, n, f"+45{n}", pairs.replace(" ", ".")))  # fmt: skip


def dob_form(rng: random.Random, d: date) -> str:
    return rng.choice((f"{d.day}. {MONTHS[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y"),
                       f"{d.day}/{d.month}-{d.year}", d.strftime("%d-%m-%Y")))  # fmt: skip


def card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += _digits(rng, 15 - len(body))
    return body + _luhn_digit(body)


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def otp(rng: random.Random) -> str:
    return _digits(rng, 6 if rng.random() < 0.8 else 8)


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = _digits(rng, 5)
    return f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.7 else letters + digits


def account_text(rng: random.Random, p: Person) -> str:
    return f"{p.reg}{rng.choice('- ')}{p.account}"


def address_text(rng: random.Random, p: Person, two_lines: bool | None = None) -> str:
    if two_lines is None:
        two_lines = rng.random() < 0.4
    return f"{p.street}{chr(10) if two_lines else ', '}{p.post}"


Stamp = tuple[date, int, int, int]  # a day in 2026, hour, minute, second


def stamp(rng: random.Random) -> Stamp:
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
    return day, rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)


def iso(t: Stamp, sep: str = " ") -> str:
    return f"{t[0].isoformat()}{sep}{t[1]:02d}:{t[2]:02d}:{t[3]:02d}"


def amount(rng: random.Random) -> str:
    value = rng.randrange(100, 250000) + rng.choice((0, 0, 50, 95)) / 100
    whole, cents = divmod(round(value * 100), 100)
    return f"{whole:,}".replace(",", ".") + f",{cents:02d}"


def mask(kind: str, value: str, rng: random.Random) -> str:
    """What a pseudonymised export writes in place of a value."""
    digits = "".join(c for c in value if c.isdigit())
    if kind == "CPR":
        return f"{digits[:6]}-xxxx" if rng.random() < 0.7 else "[CPR]"
    if kind == "PHONE":
        return f"+45 ** ** ** {digits[-2:]}" if rng.random() < 0.6 else "[TLF]"
    if kind == "EMAIL":
        return f"{value[0]}***@{value.split('@')[1]}" if rng.random() < 0.7 else "[e-mail]"
    if kind == "CARD":
        return f"**** **** **** {digits[-4:]}"
    if kind == "IBAN":
        compact = value.replace(" ", "")
        return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
    if kind == "BANK_ACCOUNT":
        return f"******{digits[-4:]}" if rng.random() < 0.6 else "[kontonr.]"
    return {
        "ADDRESS": "[ADRESSE]",
        "DATE_OF_BIRTH": "[fødselsdato]",
        "OTP": "[kode]",
        "CARD_EXPIRY": "**/**",
        "CARD_CVV": "***",
        "MITID_USER": "[bruger-id]",
        "NUMBER_PLATE": "[nummerplade]",
    }[kind]


@dataclass
class Doc:
    """A document being written: text parts, spans, and whether it is a pseudonymised negative."""

    rng: random.Random
    neg: bool
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    size: int = 0
    pseudonyms: dict[str, str] = field(default_factory=dict)

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if self.neg:
            return self.t(mask(kind, value, self.rng))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def padded(self, width: int, write: Callable[[], object]) -> Doc:
        """Write a cell and pad it with spaces to its column's width."""
        before = self.size
        write()
        return self.t(" " * max(0, width - (self.size - before)))

    def name(self, p: Person, form: str = "full", staff: bool = False) -> Doc:
        if self.neg and staff:
            return self.t(STAFF_PSEUDONYM)
        if self.neg:
            key = p.cpr
            if key not in self.pseudonyms:
                self.pseudonyms[key] = PSEUDONYMS[len(self.pseudonyms) % (len(PSEUDONYMS) - 1)]
            return self.t(self.pseudonyms[key] if self.rng.random() < 0.85 else "[NAVN]")
        return self.v("PERSON", NAME_FORMS[form](p))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def any_form(rng: random.Random) -> str:
    return rng.choice(("full", "full", "surname first", "upper case", "lower case", "initial",
                       "upper surname first"))  # fmt: skip


def alias(d: Doc) -> None:
    """A scammer's alias: only the given name is PERSON."""
    name = d.rng.choice(("Jonas", "Mikala", "Rune", "Sofie", "Daniel", "Camilla", "Jakob"))
    if d.neg:
        d.t("[NAVN]")
    else:
        d.v("PERSON", name)
    d.t(f" fra {d.rng.choice(SCAM_DEPARTMENTS)}")


# --- the genres -----------------------------------------------------------------------------


def csv_bank(d: Doc) -> None:
    rng = d.rng
    joined = rng.random() < 0.5
    bank = rng.choice(BANKS)
    d.t("sep=;\n") if rng.random() < 0.5 else None
    head = "Dato;Sagsnr.;Kundenavn;CPR-nr.;Telefon;"
    head += "Konto;" if joined else "Reg.nr.;Kontonr.;"
    d.t(head + "Beløb (kr.);Modtager IBAN;Adresse;Bemærkning\n")
    for _ in range(rng.randrange(3, 7)):
        p, t = person(rng), stamp(rng)
        d.t(f"{t[0].strftime('%d-%m-%Y')} {t[1]:02d}:{t[2]:02d};SAG-26-{rng.randrange(10**5):05d};")
        form = rng.choice(("surname first", "full", "upper case", "full"))
        d.t('"').name(p, form).t('";') if form == "surname first" else d.name(p, form).t(";")
        d.v("CPR", cpr_form(rng, p.cpr)).t(";").v("PHONE", phone_form(rng, p.phone)).t(";")
        if joined:
            d.v("BANK_ACCOUNT", account_text(rng, p)).t(";")
        else:
            d.t(f"{p.reg};").v("BANK_ACCOUNT", p.account).t(";")
        payee = _iban(rng, rng.choice(tuple(IBAN_LENGTH)))
        d.t(f"{amount(rng)};").v("IBAN", payee if rng.random() < 0.6 else grouped(payee)).t(";")
        two = rng.random() < 0.6
        d.t('"' if two else "").v("ADDRESS", address_text(rng, p, two)).t('"' if two else "", ";")
        if rng.random() < 0.3:
            d.t('"Kunden siger at ""')
            alias(d)
            d.t(f'"" ringede og bad om at flytte {amount(rng)} kr."')
        else:
            notes = ("Overførsel afvist, kunden ringet op", '"Beløb tilbageholdt; afventer kunden"',
                     f"Ny modtager oprettet via {rng.choice(PRODUCTS)}",
                     f"Kontakt på {rng.choice(ORG_LINES)} afvist")  # fmt: skip
            d.t(rng.choice(notes))
        d.t("\n")
    d.t(f"# eksporteret fra {bank} svindelovervågning {iso(stamp(rng))}\n")


RULES = ("NEW_PAYEE_HIGH_AMOUNT", "SIM_SWAP_THEN_LOGIN", "CARD_CNP_BURST", "MITID_NEW_DEVICE")


def jsonl_alert(d: Doc) -> None:
    rng = d.rng
    for _ in range(rng.randrange(2, 5)):
        p, t = person(rng), stamp(rng)
        d.t(f'{{"alert_id": "AL-2026-{rng.randrange(10**6):06d}", "ts": "{iso(t, "T")}+01:00", ')
        d.t(f'"rule": "{rng.choice(RULES)}", ')
        d.t(f'"score": 0.{rng.randrange(50, 100)}, "customer_name": "').name(
            p, rng.choice(("full", "full", "upper case", "lower case"))
        ).t('", ')
        d.t('"cpr": "').v("CPR", cpr_form(rng, p.cpr)).t('", "phone": "').v(
            "PHONE", phone_form(rng, p.phone)
        ).t('"')
        if rng.random() < 0.6:
            d.t(', "email": "').v("EMAIL", p.email).t('"')
        if rng.random() < 0.6:
            value = _iban(rng, "DK", p.reg + p.account.zfill(10))
            d.t(', "iban": "').v("IBAN", value if rng.random() < 0.7 else grouped(value)).t('"')
        if rng.random() < 0.6:
            d.t(', "mitid_user": "').v("MITID_USER", p.mitid).t('"')
        if rng.random() < 0.5:
            d.t(', "card": "').v("CARD", card(rng)).t('", "card_exp": "').v(
                "CARD_EXPIRY", expiry(rng)
            ).t('"')
        if rng.random() < 0.4:
            d.t(', "address": "').v("ADDRESS", address_text(rng, p, False)).t('"')
        if rng.random() < 0.25:
            d.t(', "collateral_plate": "').v("NUMBER_PLATE", plate(rng)).t('"')
        if rng.random() < 0.4:
            d.t(f', "card_masked": "******{_digits(rng, 4)}"')
        d.t(f', "amount": "{amount(rng)}", "currency": "DKK"}}\n')


OSES = ("ios", "android", "windows", "macos")


def app_log(d: Doc) -> None:
    rng = d.rng
    service = rng.choice(("netbank-auth", "card-service", "payments", "otp-dispatch"))
    t = stamp(rng)
    for i in range(rng.randrange(4, 8)):
        p = person(rng)
        ms = f"{iso((t[0], t[1], min(59, t[2] + i), t[3]))},{rng.randrange(1000):03d}"
        d.t(f"{ms} {rng.choice(('INFO ', 'WARN ', 'WARN '))}[{service}] ")
        d.t(f"trace={rng.choice('abcdef')}{rng.randrange(10**4):04d}{rng.choice('xyz')} ")
        event = rng.randrange(5)
        if event == 0:
            d.t('event=login_anomaly user="').name(p, rng.choice(("full", "lower case"))).t(
                '" mitid_user='
            )
            d.v("MITID_USER", p.mitid).t(f" device=new os={rng.choice(OSES)} risk=high\n")
        elif event == 1:
            d.t('event=card_added holder="').name(
                p, rng.choice(("upper case", "upper surname first"))
            ).t('" pan="')
            d.v("CARD", grouped(card(rng)) if rng.random() < 0.5 else card(rng)).t('" exp=')
            d.v("CARD_EXPIRY", expiry(rng)).t(" cvc=").v("CARD_CVV", _digits(rng, 3)).t(
                " 3ds=failed\n"
            )
        elif event == 2:
            d.t('event=otp_sent msisdn="').v("PHONE", phone_form(rng, p.phone)).t('" otp=').v(
                "OTP", otp(rng)
            )
            d.t(" channel=sms ttl=300\n")
        elif event == 3:
            d.t('event=payee_created payer="').name(p, "surname first").t('" account=')
            d.v("BANK_ACCOUNT", account_text(rng, p)).t(f' amount="{amount(rng)}" email=')
            d.v("EMAIL", p.email).t("\n")
        else:
            d.t('event=profile_change field=phone old="+45 ** ** ** ').t(
                f'{_digits(rng, 2)}" new="'
            )
            d.v("PHONE", phone_form(rng, p.phone)).t('" cpr=').v("CPR", p.cpr).t(" by=customer\n")


def sms_gateway(d: Doc) -> None:
    rng = d.rng
    p = person(rng)
    sender = rng.choice(BANKS + COMPANIES)
    scam = phone_form(rng, rng.choice(MOBILE) + _digits(rng, 6))
    own = phone_form(rng, p.phone)
    t = stamp(rng)
    d.t(f"SMS-gateway {rng.choice(COMPANIES)} – udtræk for sag INC{rng.randrange(10**7):07d}\n")
    d.t("tidspunkt | retning | afsender | modtager | tekst\n")
    lines = rng.randrange(3, 6)
    for i in range(lines):
        d.t(f"{iso((t[0], t[1], min(59, t[2] + 2 * i), t[3]))} | ")
        kind = i % 3 if i < 3 else rng.randrange(3)
        if kind == 0:
            d.t(f"MT | {sender} | ").v("PHONE", own).t(' | "Din engangskode er ').v("OTP", otp(rng))
            d.t(f'. Del den aldrig. {sender} ringer aldrig og beder om den."\n')
        elif kind == 1:
            d.t("MO | ").v("PHONE", scam).t(" | ").v("PHONE", own).t(' | "Hej ')
            d.name(p, rng.choice(("given", "given", "lower case"))).t(", det er ")
            alias(d)
            d.t(f". Vi har spærret dit {rng.choice(PRODUCTS[:2])}. ")
            d.t('Send koden du lige fik, så åbner vi igen."\n')
        else:
            d.t("MO | ").v("PHONE", own).t(" | ").v("PHONE", scam).t(' | "')
            if rng.random() < 0.5:
                d.t("koden er ").v("OTP", otp(rng)).t(" hilsen ").name(
                    p, rng.choice(("given", "lower case"))
                ).t('"\n')
            else:
                d.t("ok min cpr er ").v("CPR", cpr_form(rng, p.cpr)).t(
                    ' og min mor har også fået sådan en"\n'
                )
    d.t(f"Kunden henvist til {rng.choice(ORG_LINES)}.\n")


def email_headers(d: Doc) -> None:
    rng = d.rng
    p, staff = person(rng), person(rng)
    bank = rng.choice(BANKS)
    t = stamp(rng)
    # RFC 5322 dates are in English whatever the locale
    weekday, month = "MonTueWedThuFriSatSun", "JanFebMarAprMayJunJulAugSepOctNovDec"
    wd, mo = t[0].weekday() * 3, (t[0].month - 1) * 3
    stamp_text = f"{weekday[wd : wd + 3]}, {t[0].day:02d} {month[mo : mo + 3]} 2026 "
    stamp_text += f"{t[1]:02d}:{t[2]:02d}:{t[3]:02d} +0100"
    d.t(f"Ticket INC{rng.randrange(10**7):07d} – mistænkelig mail videresendt af kunde\n")
    d.t("Oprettet af ")
    d.name(staff, rng.choice(("full", "initial")), staff=True).t(" (").v("EMAIL", staff.email).t(
        ")\n--- indsat header ---\n"
    )
    server = f"mail{rng.randrange(9)}.example.net"
    d.t(f"Received: from {server} ({server} [198.51.100.{rng.randrange(1, 255)}])\n")
    d.t(f"\tby mx1.example.dk with ESMTPS; {stamp_text}\n")
    fake = f"sikkerhed-{bank.lower().replace(' ', '')}@example.com"
    d.t(f'From: "{bank} Sikkerhed" <').v("EMAIL", fake).t(">\n")
    d.t('Reply-To: "')
    alias(d)
    d.t('" <').v(
        "EMAIL", f"{rng.choice(('kort', 'support', 'sikker'))}{rng.randrange(100)}@example.net"
    ).t(">\n")
    d.t('To: "').name(p, rng.choice(("surname first", "full", "upper case"))).t('" <').v(
        "EMAIL", p.email
    ).t(">\n")
    d.t(f"Subject: Bekræft dit {rng.choice(PRODUCTS[:2])} inden 24 timer\n")
    d.t(f"Date: {stamp_text}\n--- note ---\n")
    d.t("Kunden ").name(p, "full").t(" (tlf. ").v("PHONE", phone_form(rng, p.phone)).t(
        ") har ikke klikket. "
    )
    if rng.random() < 0.5:
        d.t("Linket bad om kortnummer og CVC; kunden har ikke udfyldt. ")
    d.t(f"Tidligere henvendelse fra {p.email[0]}***@{p.email.split('@')[1]}.\n")


def text_table(d: Doc) -> None:
    rng = d.rng
    cols = rng.choice((("Navn", "Telefon", "Konto", "Beløb"), ("Navn", "CPR", "IBAN", "Beløb"),
                       ("Navn", "E-mail", "Telefon", "Beløb")))  # fmt: skip
    rows = []
    for _ in range(rng.randrange(3, 7)):
        p = person(rng)
        row = [("PERSON", rng.choice(("full", "surname first", "upper case", "initial")), p)]
        for col in cols[1:-1]:
            if col == "Telefon":
                row.append(("PHONE", phone_form(rng, p.phone), p))
            elif col == "Konto":
                row.append(("BANK_ACCOUNT", account_text(rng, p), p))
            elif col == "CPR":
                row.append(("CPR", cpr_form(rng, p.cpr), p))
            elif col == "IBAN":
                value = _iban(rng, rng.choice(tuple(IBAN_LENGTH)))
                row.append(("IBAN", grouped(value) if rng.random() < 0.5 else value, p))
            else:
                row.append(("EMAIL", p.email, p))
        row.append(("", amount(rng), p))
        rows.append(row)
    widths = [28, *(24 for _ in cols[1:-1]), 12]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    week, bank = rng.randrange(2, 48), rng.choice(BANKS)
    d.t(f"Udtræk: mistænkelige modtagere uge {week} ({bank}, svindelteam)\n")
    d.t(
        rule,
        "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)) + " |\n",
        rule,
    )
    for row in rows:
        d.t("| ")
        for i, ((kind, value, p), w) in enumerate(zip(row, widths, strict=True)):
            if kind == "PERSON":
                d.padded(w, lambda p=p, value=value: d.name(p, value))
            elif kind:
                d.padded(w, lambda kind=kind, value=value: d.v(kind, value))
            else:
                d.t(value.rjust(w))
            d.t(" |" if i == len(row) - 1 else " | ")
        d.t("\n")
    d.t(rule)


STATUSES = ("Afvist", "Udført", "Stoppet")


def simswap_register(d: Doc) -> None:
    rng = d.rng
    operator = rng.choice(COMPANIES)
    d.t(f"SIM-SKIFT OG NUMMERFLYTNING – registerudtræk ({operator})\n")
    d.t("Ordre-nr.      | Type          | Nummer            | Abonnent                   | ")
    d.t("CPR            | Kanal  | Status\n")
    delivered = []
    for _ in range(rng.randrange(3, 6)):
        p = person(rng)
        kind = rng.choice(("SIM-skift    ", "eSIM-skift   ", "Nummerflytn. "))
        d.t(f"ORD-{rng.randrange(10**6):06d}-26 | {kind} | ")
        d.padded(17, lambda p=p: d.v("PHONE", phone_form(rng, p.phone))).t(" | ")
        form = rng.choice(("upper surname first", "upper case", "upper case", "full"))
        d.padded(26, lambda p=p, form=form: d.name(p, form)).t(" | ")
        d.padded(14, lambda p=p: d.v("CPR", cpr_form(rng, p.cpr))).t(" | ")
        channel, status = rng.choice(("Butik ", "Online", "Tlf.  ")), rng.choice(STATUSES)
        d.t(f"{channel} | {status}\n")
        if rng.random() < 0.5:
            delivered.append(p)
    d.t(f"ICCID nyt SIM: 8945 **** **** **** {_digits(rng, 3)}\n")
    for p in delivered or [person(rng)]:
        d.t("\nLeveringsadresse for nyt SIM:\n").name(p, "full").t("\n").v(
            "ADDRESS", address_text(rng, p, True)
        ).t("\n")
        d.t("Kontakt: ").v("PHONE", phone_form(rng, p.phone)).t(", ").v("EMAIL", p.email).t("\n")
    d.t("Bemærkning: abonnent ringede fra ukendt nummer; ")
    d.t(f"henvist til {rng.choice(ORG_LINES)}.\n")


def case_export(d: Doc) -> None:
    rng = d.rng
    d.t("Sagsnr.;Oprettet;Sagsbehandler;Kunde;Kategori;Status;Noter\n")
    for _ in range(rng.randrange(2, 5)):
        p, staff, t = person(rng), person(rng), stamp(rng)
        d.t(f"SAG-26-{rng.randrange(10**5):05d};{iso(t)};").name(staff, "initial", staff=True).t(
            ";"
        )
        d.name(p, rng.choice(("surname first", "full"))).t(
            f";{rng.choice(('Telefonsvindel', 'Kortmisbrug', 'SIM-skift', 'Investeringssvindel'))};"
        )
        d.t(f'{rng.choice(("Åben", "Lukket", "Politianmeldt"))};"')
        if rng.random() < 0.4:
            # a name that ends in s takes an apostrophe outside the span ("Friis' datter")
            form = rng.choice(("genitive", "given genitive"))
            base = p.full if form == "genitive" else p.given[0]
            bare = not d.neg and NAME_FORMS[form](p) == base
            d.name(p, form).t("' datter" if bare else " datter", " ringede ind. ")
        d.t("Kunden, født ").v("DATE_OF_BIRTH", dob_form(rng, p.born)).t(", bor ").v(
            "ADDRESS", address_text(rng, p, False)
        ).t(". ")
        d.t("Ringet op af ")
        alias(d)
        d.t(" fra ").v("PHONE", phone_form(rng, rng.choice(MOBILE) + _digits(rng, 6))).t(
            "; oplyste MitID-bruger-id "
        )
        d.v("MITID_USER", p.mitid).t(" og koden ").v("OTP", otp(rng)).t(". ")
        if rng.random() < 0.7:
            d.t("Kortnr. ").v("CARD", grouped(card(rng))).t(", udløb ").v(
                "CARD_EXPIRY", expiry(rng)
            )
            d.t(", ").t(rng.choice(("CVC ", "kontrolcifre ", "CVV "))).v(
                "CARD_CVV", _digits(rng, 3)
            ).t(" givet videre. ")
        if rng.random() < 0.6:
            d.t(f"{amount(rng)} kr. sendt til ").v(
                "IBAN", grouped(_iban(rng, rng.choice(("LT", "PL", "DE"))))
            )
            d.t(f" fra reg.nr. {p.reg}, kontonr. ").v("BANK_ACCOUNT", p.account).t(". ")
        if rng.random() < 0.45:
            d.t("Bud hentede kortet i bil ").v("NUMBER_PLATE", plate(rng)).t(". ")
        if rng.random() < 0.3:
            d.t("Anden kunde ").name(person(rng), "three words" if False else "full").t(" f. ")
            q = person(rng)
            d.v("DATE_OF_BIRTH", dob_form(rng, q.born)).t(" nævnt. ")
        d.t('Politiet på 114 orienteret."\n')


def breach_list(d: Doc) -> None:
    rng = d.rng
    bank = rng.choice(BANKS + COMPANIES)
    dpo = person(rng)
    d.t(
        "Bilag 1 til anmeldelse af brud på persondatasikkerheden\n",
        f"Dataansvarlig: {bank} A/S, {rng.choice(CVR)}\n",
    )
    d.t("Kontaktperson: databeskyttelsesrådgiver ").name(dpo, "full", staff=True).t(", ").v(
        "EMAIL", dpo.email
    ).t("\n")
    d.t(f"Berørte kunder (udtræk {iso(stamp(rng))}):\n")
    for n in range(1, rng.randrange(3, 6)):
        p = person(rng)
        d.t(f"\nNr. {n}\nNavn: ").name(
            p, rng.choice(("full", "surname first", "full", "upper case"))
        ).t("\n")
        d.t("Adresse: ").v("ADDRESS", address_text(rng, p, rng.random() < 0.8)).t("\n")
        d.t("Fødselsdato: ").v("DATE_OF_BIRTH", dob_form(rng, p.born)).t("\n")
        d.t("CPR-nr.: ").v("CPR", cpr_form(rng, p.cpr)).t("\n")
        d.t("E-mail: ").v("EMAIL", p.email).t("\nTelefon: ").v("PHONE", phone_form(rng, p.phone)).t(
            "\n"
        )
        if rng.random() < 0.5:
            d.t("Kort: ").v("CARD", card(rng)).t(", udløb ").v("CARD_EXPIRY", expiry(rng)).t("\n")
        else:
            d.t(f"Kort: **** **** **** {_digits(rng, 4)} (maskeret i kilden)\n")
    d.t(f"\nSpørgsmål: ring {rng.choice(ORG_LINES)}.\n")


GENRES: dict[str, Callable[[Doc], None]] = {
    "csv_bank": csv_bank,
    "jsonl_alert": jsonl_alert,
    "app_log": app_log,
    "sms_gateway": sms_gateway,
    "email_headers": email_headers,
    "text_table": text_table,
    "simswap_register": simswap_register,
    "case_export": case_export,
    "breach_list": breach_list,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = size * NEGATIVES // SIZE
    genres = list(GENRES)
    plan = [(genres[i % len(genres)], i < negatives) for i in range(size)]
    rng.shuffle(plan)
    docs = []
    for i, (genre, neg) in enumerate(plan):
        d = Doc(rng, neg)
        GENRES[genre](d)
        docs.append({
            "id": f"pii_blind61-{i:04d}",
            "genre": genre,
            "kind": "negative" if neg else "positive",
            "text": d.text,
            "spans": d.spans,
        })  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1])
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
