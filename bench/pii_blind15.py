"""A sixteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It is a MIX: the texts a Danish
fraud-prevention service handles in one week, in eight genres: a municipality's citizen-service
notes ("Borgerservice, notat", the caller's CPR, address and what the scammer asked for), an
insurer's claim handling of a scam loss (claim form fields, the handler's assessment, the
payee's account), a telco's SIM-swap investigation notes (number ported, shop, ID shown, the
car at the shop), a webshop's chargeback correspondence (the card holder, card, expiry and CVV
typed into a fake checkout, delivery address), a pension fund's identity-check e-mails
(Fra:/Til:/Emne:, MitID user ID, payout account and IBAN), a school's message to parents about
a phishing SMS (the quoted SMS, a parent's reply with their child's and their own data), a
journalist's anonymisation request (a source's details to be removed from an article draft) and
a DPO's access-request log (dated log lines, the requester's identity check). The names are
those of Danes of all ages, Danes with roots elsewhere ("Leyla Yilmaz", "Nguyen Thi Lan"),
double surnames ("Bech-Overgaard") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "borgeren", "DPO");
  "Holst, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in an SMS reply ("jytte") is PERSON. A scammer's alias ("Mikkel fra Fjordbanken") is PERSON,
  the bank is not. Organisations, products, placeholders ("[NAVN]", "Borger A", "Kilde 1") and
  family words ("min datter") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. A shop's own
  postal address ("Ny SIM aktiveret i butikken på …") is not personal data and is never
  labelled (pii78: the organisations' address convention; the text is unchanged).
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
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
  ("02.12.26", "kl. 09.14", "[10:22]"), claim, case, order, chargeback and journal numbers, CVR
  numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, banks, products and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only such values remain. No run of ten or more digits occurs outside
  a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind15 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 15_1615
SIZE = 1000
NEGATIVES = 350
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "kommune_notat",
    "forsikring_skade",
    "telco_simswap",
    "webshop_chargeback",
    "pension_id_check",
    "skole_forældrebrev",
    "journalist_anonymisering",
    "dpo_indsigtslog",
)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "75", "86", "98")
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "520082", "222300", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "NO": 15, "DE": 22, "SE": 24, "GB": 22, "FI": 18}
ORG_LINES = ("70 21 43 65", "7033 5080", "80 40 12 12", "8020 3344", "112", "114", "1813")
BANKS = ("Fjordbanken", "Lyngby Andelskasse", "Nordvig Bank", "Sparekassen Hedeland")
PRODUCTS = ("Tryghedspakken", "Familiekort Plus", "NetGiro", "Boligsikring Basis")
ORGS = {
    "kommune": "Hedeslette Kommune",
    "forsikring": "Kystsikring Forsikring",
    "telco": "Bølgenet",
    "webshop": "Krukkeriet ApS",
    "pension": "PensionNord",
    "skole": "Egebjerg Skole",
    "avis": "Fjordposten",
}

WOMEN = (
    "Agnete", "Bodil", "Dorthe", "Ellen", "Frida", "Gudrun", "Hanne", "Ida", "Jytte", "Karen",
    "Lene", "Maja", "Nanna", "Oda", "Pernille", "Rikke", "Signe", "Tove", "Ulla", "Vibeke",
    "Yasmin", "Amina", "Leyla", "Zainab", "Mette", "Astrid", "Ingrid", "Kirstine", "Sofie", "Lan",
)  # fmt: skip
MEN = (
    "Anders", "Bent", "Christian", "Dennis", "Erik", "Frederik", "Gunnar", "Henrik", "Ib", "Jens",
    "Kasper", "Leif", "Mads", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben", "Villads",
    "Ahmad", "Omar", "Bilal", "Kenneth", "Preben", "Aksel", "Thorkild", "Emil", "Malthe", "Duc",
)  # fmt: skip
SURNAMES = (
    "Abildgaard", "Bech", "Dalsgaard", "Enevoldsen", "Fogh", "Gregersen", "Holst", "Iversen",
    "Jeppesen", "Kjær", "Lauridsen", "Mikkelsen", "Nørgaard", "Overgaard", "Pallesen", "Riis",
    "Schmidt", "Thomsen", "Ullerup", "Vestergaard", "Winther", "Østergaard", "Aagaard",
    "Bisgaard", "Hussein", "Yilmaz", "Kowalski", "Damgaard", "Brask", "Hvidtfeldt",
)  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juul", "Krogh", "Skov", "Bak", "Dahl", "Lykke", "Hald", "Ahmed")
ASIAN = ("Nguyen Thi Lan", "Tran Van Duc", "Pham Minh Chau", "Le Thi Hoa")
STREETS = (
    "Lærkevej", "Birkebakken", "Skovbrynet", "Møllegade", "Rønnebærvej", "Kastanje Allé",
    "Præstevænget", "Engtoften", "Solsikkevej", "Fasanstien", "Kirkestræde", "Grønnegade",
    "Bakkedraget", "Hyldeholm", "Tjørnevej", "Mosevej", "Slotsgade", "Vibevænget",
    "Ved Kæret", "Åbrinken", "Hedelyngen", "Strandparken", "Kløverhaven", "Smedjegården",
)  # fmt: skip
TOWNS = (
    "8600 Silkeborg", "7100 Vejle", "4000 Roskilde", "9800 Hjørring", "6700 Esbjerg",
    "5700 Svendborg", "2630 Taastrup", "3400 Hillerød", "8900 Randers", "4700 Næstved",
    "6000 Kolding", "7500 Holstebro", "2300 København S", "8000 Aarhus C", "5000 Odense C",
    "9000 Aalborg", "4300 Holbæk", "6400 Sønderborg", "7400 Herning", "3000 Helsingør",
)  # fmt: skip
PHONE_FORMS = (
    "+45 {n}", "+45 {a} {b} {c} {d}", "{a}{b} {c}{d}", "(+45) {a} {b} {c} {d}", "0045 {n}",
    "{a} {b} {c} {d}", "{n}", "+45{n}", "{a}.{b}.{c}.{d}",
)  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
PLATE_LETTERS = "ABCDEHJKLMNPRSTUVXYZ"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


class Doc:
    """One text under construction: plain parts and labelled parts (or their stand-ins)."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[tuple[str, str | None]] = []
        self.people = 0

    # -- building ----------------------------------------------------------------------------
    def add(self, *texts: str) -> Doc:
        self.parts.extend((t, None) for t in texts)
        return self

    def pii(self, kind: str | None, value: str, stand_in: str) -> str:
        if self.negative:
            self.parts.append((stand_in, None))
            return stand_in
        self.parts.append((value, kind))
        return value

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def finish(self) -> tuple[str, list[dict[str, int | str]]]:
        text, spans, at = "", [], 0
        for part, kind in self.parts:
            if kind:
                spans.append({"start": at, "end": at + len(part), "type": kind})
            text += part
            at += len(part)
        return text, spans

    # -- values --------------------------------------------------------------------------
    def new_name(self, style: str = "any") -> tuple[str, str]:
        """(first name, full name as written)."""
        r = self.rng
        first = r.choice(WOMEN + MEN)
        last = r.choice(SURNAMES)
        roll = r.random()
        if style == "plain":  # first and last name, now and then a Vietnamese one
            roll *= 0.45
        elif style == "formal":  # "Holst, Agnete"
            roll = 0.9
        if roll < 0.05:
            full = r.choice(ASIAN)
            return full.split()[-1], full
        if roll < 0.45:
            return first, f"{first} {last}"
        if roll < 0.7:
            return first, f"{first} {r.choice(MIDDLE)} {last}"
        if roll < 0.85:
            return first, f"{first} {last}-{r.choice(SURNAMES)}"
        return first, f"{last}, {first}"

    def person(self, style: str = "any", name: str | None = None) -> str:
        self.people += 1
        if name is None:
            name = self.new_name(style)[1]
        stand = self.pick(("[NAVN]", f"Borger {'ABCDE'[self.people % 5]}", f"Person {self.people}"))
        return self.pii("PERSON", name, stand)

    def cpr_value(self, born: date | None = None) -> str:
        r = self.rng
        born = born or self.birth()
        seventh = 4 if born.year >= 2000 else r.randint(0, 3)
        while True:
            digits = f"{born:%d%m%y}{seventh}{r.randint(0, 999):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        layout = r.choice(("{d}{m}{y}-{s}", "{d}{m}{y}{s}", "{d} {m} {y} {s}", "{d}{m}{y} {s}"))
        return layout.format(d=digits[:2], m=digits[2:4], y=digits[4:6], s=digits[6:])

    def birth(self) -> date:
        r = self.rng
        if r.random() < 0.12:
            return date(2000, 1, 1) + timedelta(days=r.randrange(6 * 365))
        return date(1932, 1, 1) + timedelta(days=r.randrange(67 * 365))

    def cpr(self) -> str:
        born = self.birth()
        return self.pii("CPR", self.cpr_value(born), self.pick((f"{born:%d%m%y}-xxxx", "[CPR]")))

    def dob(self, cue: str) -> None:
        born = self.birth()
        layout = self.pick(
            ("{b.day}. {month} {b.year}", "{b:%d.%m.%Y}", "{b.day}/{b.month}-{b.year}")
        )
        value = self.pick((layout, "{b:%d-%m-%Y}")).format(b=born, month=MONTHS[born.month - 1])
        self.add(cue + " ")
        self.pii("DATE_OF_BIRTH", value, "[dato]")

    def phone_value(self) -> str:
        r = self.rng
        if r.random() < 0.1:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randint(0, 999):03d}"
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        return r.choice(PHONE_FORMS).format(a=a, b=b, c=c, d=d, n=n)

    def phone(self) -> str:
        stand = self.pick(("[TLF]", f"+45 ** ** ** {self.rng.randint(10, 99)}"))
        return self.pii("PHONE", self.phone_value(), stand)

    def email(self, name: str | None = None, local: str | None = None) -> str:
        r = self.rng
        if local is None:
            words = (name or self.new_name("plain")[1]).replace(",", "").split()
            clean = [
                w.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "-": ""}))
                for w in words
            ]
            local = r.choice(
                (
                    ".".join(clean[:2]),
                    clean[0] + str(r.randint(50, 99)),
                    clean[0][0] + clean[-1],
                    "_".join(clean[:2]),
                )
            )
        value = f"{local}@{r.choice(DOMAINS)}"
        return self.pii("EMAIL", value, self.pick(("[e-mail]", f"{local[0]}***@example.dk")))

    def address(
        self, block: bool = False, town: bool | None = None, kind: str | None = "ADDRESS"
    ) -> str:
        """A street address; an organisation's own (``kind`` None) is written as one but not
        labelled (pii78: not personal data, GDPR art. 4(1))."""
        r = self.rng
        value = f"{r.choice(STREETS)} {r.randint(1, 148)}"
        if r.random() < 0.25:
            value += r.choice("ABC")
        if r.random() < 0.45:
            value += f", {r.choice(('st', '1', '2', '3', '4'))}. {r.choice(('th', 'tv', 'mf'))}."
        if town is None:
            town = r.random() < 0.6
        if town:
            value += ("\n" if block else ", ") + r.choice(TOWNS)
        return self.pii(kind, value, "[ADRESSE]")

    def account(self) -> None:
        r = self.rng
        reg = f"{r.randint(1000, 9899)}"
        acc = (
            f"{r.randint(0, 10**10 - 1):010d}" if r.random() < 0.6 else f"{r.randint(10**6, 10**8)}"
        )
        form = r.randrange(4)
        stand = self.pick(("[kontonr.]", f"******{acc[-4:]}"))
        if form == 0:
            self.pii("BANK_ACCOUNT", f"{reg}-{acc}", stand)
        elif form == 1:
            self.pii("BANK_ACCOUNT", f"{reg} {acc}", stand)
        elif form == 2:
            self.add(f"reg.nr. {reg}, kontonr. ")
            self.pii("BANK_ACCOUNT", acc, stand)
        else:
            self.add(f"reg. {reg} konto ")
            self.pii("BANK_ACCOUNT", acc, stand)

    def iban(self, country: str | None = None) -> str:
        r = self.rng
        country = country or ("DK" if r.random() < 0.6 else r.choice(tuple(IBAN_LENGTH)))
        length = IBAN_LENGTH[country] - 4
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + "".join(
                str(r.randint(0, 9)) for _ in range(length - 4)
            )
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(length))
        compact = country + iban_check(country, bban) + bban
        value = grouped(compact) if r.random() < 0.6 else compact
        stand = f"{compact[:4]}{'X' * 10}{compact[-4:]}"
        return self.pii("IBAN", value, stand)

    def card(self) -> str:
        r = self.rng
        prefix = r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("3") else 16
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = body + luhn_digit(body)
        value = grouped(number) if r.random() < 0.6 else number
        return self.pii("CARD", value, f"**** **** **** {number[-4:]}")

    def expiry(self) -> str:
        r = self.rng
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = f"{month:02d}/{year}" if r.random() < 0.7 else f"{month:02d}/20{year}"
        return self.pii("CARD_EXPIRY", value, "**/**")

    def cvv(self) -> str:
        return self.pii("CARD_CVV", f"{self.rng.randint(100, 999)}", "***")

    def otp(self) -> str:
        r = self.rng
        value = (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.75 else f"{r.randint(0, 10**8 - 1):08d}"
        )
        return self.pii("OTP", value, "[kode]")

    def mitid(self, first: str | None = None) -> str:
        r = self.rng
        base = (first or r.choice(WOMEN + MEN)).lower()
        base = base.translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
        tail = r.choice((f"{r.randint(40, 99)}", f"19{r.randint(35, 99)}", f"200{r.randint(0, 5)}"))
        return self.pii("MITID_USER", base + tail, "[bruger-id]")

    def plate(self) -> str:
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        value = f"{letters} {r.randint(10, 99)} {r.randint(100, 999)}"
        return self.pii("NUMBER_PLATE", value, "[nummerplade]")

    # -- hard negatives -------------------------------------------------------------------
    def amount(self) -> str:
        r = self.rng
        whole = r.choice((r.randint(100, 999), r.randint(1000, 99999), r.randint(100000, 450000)))
        text = f"{whole:,}".replace(",", ".")
        if r.random() < 0.3:
            return f"{text},{r.randint(0, 99):02d} kr"
        return r.choice((f"{text} kr.", f"kr. {text},-", f"{text},- kr."))

    def when(self) -> str:
        r = self.rng
        day = date(2026, 11, 30) + timedelta(days=r.randrange(7))
        return f"{day:%d.%m.%y}"

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 21):02d}.{self.rng.randint(0, 59):02d}"

    def case(self, prefix: str) -> str:
        return f"{prefix}-2026-{self.rng.randint(0, 99999):05d}"

    def cvr(self) -> str:
        return f"CVR {self.rng.randint(10000000, 99999999)}"

    def org_line(self) -> str:
        return self.pick(ORG_LINES[:4])


# -- genres ----------------------------------------------------------------------------------


def kommune_notat(d: Doc) -> None:
    first, name = d.new_name()
    staff = d.new_name("plain")[1]
    d.add(
        f"{ORGS['kommune']}, Borgerservice – "
        f"{d.pick(('notat', 'telefonnotat', 'journalnotat'))} {d.when()} {d.clock()}\nSag: "
    )
    d.add(d.case("BS"), "\nBorger: ")
    d.person(name=name)
    d.add(", CPR ")
    d.cpr()
    d.add("\nAdresse: ")
    d.address(town=True)
    d.add("\nTlf.: ")
    d.phone()
    d.add(
        d.pick(
            (
                "\n\nBorgeren henvendte sig personligt efter et opkald fra en mand, der hed ",
                "\n\nBorgeren ringede, ked af det. En venlig stemme havde præsenteret sig som ",
                "\n\nBorgeren mødte op med sin nabo. Opkaldet kom fra en person, der kaldte sig ",
            )
        )
    )
    d.person(name=d.pick(("Mikkel", "Jesper", "Thomas", "Camilla", "Louise")))
    d.add(
        " og ringede fra Udbetaling Danmark. Der blev spurgt om MitID-bruger-ID'et, "
        "og borgeren oplyste "
    )
    d.mitid(first)
    d.add(" samt en kode fra appen: ")
    d.otp()
    d.add(f". Der er efterfølgende hævet {d.amount()} på kontoen i {d.pick(BANKS)} (")
    d.account()
    d.add(").\n")
    if d.chance(0.5):
        d.add("Pårørende (datter) ")
        d.person()
        d.add(", ")
        d.email()
        d.add(", var med ved samtalen.\n")
    if d.chance(0.4):
        d.add("Borgeren er ")
        d.dob(d.pick(("født", "f.")))
        d.add(" og bor alene.\n")
    d.add(
        "Vejledt om at spærre MitID på ",
        d.org_line(),
        " og anmelde til politiet på 114. Henvist til Digitaliseringsstyrelsens vejledning.\n"
        "Notat v/ ",
    )
    d.person(name=staff)
    d.add(", borgerservicemedarbejder")


def forsikring_skade(d: Doc) -> None:
    name = d.new_name("formal" if d.chance(0.3) else "plain")[1]
    d.add(f"{ORGS['forsikring']} – skadeanmeldelse {d.case('SKADE')}\n")
    d.add(f"Produkt: {d.pick(PRODUCTS)}\nAnmeldt: {d.when()}\n\nForsikringstager: ")
    d.person(name=name)
    d.add("\n")
    d.address(block=True, town=True)
    d.add("\n")
    d.dob("Fødselsdato:")
    d.add("\nTelefon: ")
    d.phone()
    d.add("   E-mail: ")
    d.email(name)
    d.add(
        d.pick(
            (
                "\n\nHændelse: Forsikringstager fik en SMS fra afsenderen 'Pakkeshop' og "
                "betalte et toldgebyr. Kortet ",
                "\n\nHændelse: Forsikringstager solgte en barnevogn på en markedsplads; "
                "'køberen' sendte et link til en falsk betalingsside. Kortet ",
                "\n\nHændelse: En falsk medarbejder fra banken ringede om 'mistænkelige "
                "transaktioner' og fik forsikringstager til at læse kortet op. Kortet ",
            )
        )
    )
    d.card()
    d.add(" (udløb ")
    d.expiry()
    d.add(")")
    if d.chance(0.5):
        d.add(" og " + d.pick(("kontrolcifre", "CVC", "cvc")) + " ")
        d.cvv()
    d.add(" blev brugt til tre køb (i alt ", d.amount(), ").\n")
    if d.chance(0.5):
        d.add("Pengene er ført videre til ")
        d.iban()
        d.add(", som ifølge banken tilhører ")
        d.person()
        d.add(".\n")
    d.add("Ønsket udbetaling til ")
    d.account()
    d.add(".\n\nVurdering (skadebehandler ")
    d.person()
    d.add(
        f"): Dækkes ikke af {d.pick(PRODUCTS)}, da kortoplysninger og kode blev givet frivilligt. "
        f"Selvrisiko {d.amount()}. Svar sendt {d.when()}."
    )


def telco_simswap(d: Doc) -> None:
    first, name = d.new_name()
    d.add(f"{ORGS['telco']} Security – SIM-swap undersøgelse {d.case('SIM')}\n")
    d.add(
        d.pick(
            (
                f"Opdaget {d.when()} {d.clock()} af kunden selv (telefonen mistede dækning).",
                f"Alarm fra portering {d.when()} {d.clock()}, kunden ringede samme aften.",
                f"Banken ringede til os {d.when()} om MitID-nulstilling.",
            )
        ),
        "\n\n- Kunde: ",
    )
    d.person(name=name)
    d.add(", abonnement på ")
    d.phone()
    d.add("\n- Ny SIM aktiveret i butikken på ")
    d.address(town=d.chance(0.5), kind=None)
    d.add(", " + d.clock() + "\n- Fremmøde viste kørekort med navn ")
    d.person(name=name if d.chance(0.6) else None)
    d.add(" og CPR ")
    d.cpr()
    d.add("\n- Butikkens kamera: personen kom i bil, nummerplade ")
    d.plate()
    d.add("\n- Derefter nulstillet MitID (bruger-ID ")
    d.mitid(first)
    d.add("); SMS-koden ")
    d.otp()
    d.add(" gik til den nye SIM.\n- Kunden træffes nu på ")
    d.phone()
    d.add(" (kollegas telefon) og ")
    d.email(name)
    d.add("\n")
    if d.chance(0.5):
        d.add("- Kundens adresse ")
        d.address(town=True)
        d.add(" stemmer med folkeregistret.\n")
    journal = f"3700-{d.rng.randint(10000, 99999)}-00{d.rng.randint(100, 999)}-26"
    d.add(f"Anmeldt til politiet, journalnr. {journal}. ")
    d.add("Kundeservice: ", d.org_line(), ". Sagsbehandler: ")
    d.person(style="plain")


def webshop_chargeback(d: Doc) -> None:
    first, name = d.new_name("plain")
    order = f"#{d.rng.randint(100000, 999999)}"
    d.add(f"Emne: Chargeback {d.case('CB')} – ordre {order}\nFra: ")
    d.email(local="betalinger")
    d.add("\nTil: ")
    d.email(name)
    d.add("\n\nKære ")
    d.person(name=first)
    d.add(
        f"\n\nVi har modtaget en indsigelse fra din bank ({d.pick(BANKS)}) på beløbet "
        f"{d.amount()} for en ordre lagt {d.when()} {d.clock()} og sendt til:\n"
    )
    d.person(name=name)
    d.add("\n")
    d.address(block=True, town=True)
    d.add("\n\nBetalt med kort ")
    d.card()
    d.add(", udløb ")
    d.expiry()
    d.add(".\n")
    if d.chance(0.6):
        d.add("Du skriver, at du har tastet kortnummer, ")
        d.add(d.pick(("CVV", "cvc", "kontrolcifre", "CVC")) + " ")
        d.cvv()
        d.add(" og engangskoden ")
        d.otp()
        d.add(" ind på en side, der lignede vores.\n")
    else:
        d.add("Dit svar fra i går:\n> jeg har aldrig bestilt noget, mit nr er ")
        d.phone()
        d.add(" og ring endelig. hilsen ")
        d.person(name=first.lower())
        d.add("\n> kontrolcifre ")
        d.cvv()
        d.add(" stod på en falsk side\n")
    d.add(
        "Vi har sendt dokumentation til indløseren og hører fra dem inden 10 bankdage.\n\n"
        "Med venlig hilsen\n"
    )
    d.person(style="plain")
    d.add(f"\n{ORGS['webshop']}, {d.cvr()}, tlf. {d.org_line()}")


def pension_id_check(d: Doc) -> None:
    first, name = d.new_name("formal" if d.chance(0.4) else "plain")
    d.add("Fra: ")
    d.email(local="kontrol")
    d.add("\nTil: ")
    d.email(name)
    subject = d.pick(("Identitetskontrol før udbetaling", "Bekræft venligst din identitet"))
    d.add(f"\nEmne: {subject} ({d.case('PN')})\n\n{d.pick(('Hej', 'Kære'))} ")
    d.person(name=name)
    d.add(
        "\n\nVi har fået en anmodning om at ændre udbetalingskontoen på din pension. "
        "For at beskytte dig mod svindel beder vi dig bekræfte følgende:\n"
        "CPR-nr.: "
    )
    d.cpr()
    d.add("\nMitID-bruger-ID: ")
    d.mitid(first)
    d.add("\nNy konto: ")
    d.account()
    if d.chance(0.6):
        d.add("\nUdenlandsk konto (IBAN): ")
        d.iban()
    d.add("\nTelefon vi kan ringe til: ")
    d.phone()
    d.add(
        "\n\nHvis du IKKE har bedt om ændringen, så ring straks til os på "
        f"{d.org_line()}. Vi beder aldrig om koder på mail.\n\nVenlig hilsen\n"
    )
    d.person(style="plain")
    d.add(f", {ORGS['pension']}\n")
    if d.chance(0.5):
        d.add("\n--- Svar ---\nDet var ikke mig! Jeg er ")
        d.dob(d.pick(("født", "f.")))
        d.add(" og bor stadig på ")
        d.address(town=d.chance(0.5))
        d.add(". Skriv til min søn ")
        d.person()
        d.add(" på ")
        d.email()
        d.add(f"\nSendt {d.when()} {d.clock()}")


def skole_forældrebrev(d: Doc) -> None:
    teacher_first, teacher = d.new_name("plain")
    d.add(f"Besked til forældre i 6.B, {ORGS['skole']} – {d.when()}\n\nKære forældre\n\n")
    d.add(
        'Flere elever har fået denne SMS i weekenden:\n"Hej mor, min telefon er gået i stykker. '
        "Skriv til mig på dette nr: "
    )
    d.phone()
    d.add(". Kan du overføre 2.400 kr. til ")
    d.account()
    d.add(
        ' i dag?"\n\nSvar ikke, og overfør ikke penge. Ring hellere til barnet på det kendte '
        "nummer. Ved akut fare ring 112.\n\nHilsen klasselærer "
    )
    d.person(name=teacher)
    d.add(" (")
    d.email(teacher)
    d.add(")\n\n---- Svar fra forælder ----\n")
    parent = d.new_name("plain")[1]
    d.add("hej ")
    d.person(name=teacher_first.lower() if d.chance(0.5) else teacher_first)
    d.add(", vi fik den også! min datter ")
    d.person(name=d.pick(WOMEN))
    d.add(" svarede dem, og de spurgte efter mit CPR, som jeg skrev: ")
    d.cpr()
    d.add(". jeg kom til at give dem kode ")
    d.otp()
    d.add(" fra MitID. Jeg er på ")
    d.phone()
    d.add(" hvis I vil ringe. mvh ")
    d.person(name=parent.lower() if d.chance(0.3) else parent)


def journalist_anonymisering(d: Doc) -> None:
    first, source = d.new_name()
    journalist_first, journalist = d.new_name("plain")
    d.add(f"Til: redaktionssekretariatet, {ORGS['avis']}\nFra: ")
    d.person(name=journalist)
    d.add(" <")
    d.email(journalist)
    d.add(">\nEmne: Anonymisering i artiklen om telefonsvindel (udkast 3)\n\n")
    d.add("Kilden i afsnit 4 skal anonymiseres før publicering. Fjern venligst:\n- navnet ")
    d.person(name=source)
    d.add(" (skrives som 'Kilde 1'), også genitiv: '")
    if first.endswith("s"):
        first = d.pick(("Agnete", "Bodil", "Hanne", "Signe"))
    d.person(name=first + "s")
    d.add(" mand'\n- adressen ")
    d.address(town=True)
    d.add("\n- telefonnummeret ")
    d.phone()
    d.add(" i faktaboksen\n- nummerpladen ")
    d.plate()
    d.add(" på fotoet fra indkørslen\n")
    if d.chance(0.5):
        d.add("- skærmbilledet med kontonummer ")
        d.account()
        d.add(" og IBAN ")
        d.iban("DK" if d.chance(0.5) else None)
        d.add("\n")
    if d.chance(0.5):
        d.add("- citatet, hvor hun nævner at hun er ")
        d.dob("født")
        d.add("\n")
    d.add(f"Beløbet ({d.amount()}) og datoen {d.when()} må gerne stå. Svindleren kaldte sig ")
    d.person(name=d.pick(("Lasse", "Kim", "Nikolaj")))
    d.add(" fra " + d.pick(BANKS) + " – det navn må stå, banken skal ikke nævnes.\n\nTak\n")
    d.person(name=journalist_first)


def dpo_indsigtslog(d: Doc) -> None:
    first, name = d.new_name()
    ref = d.case("IA")
    org = ORGS["telco"] if d.chance(0.5) else ORGS["pension"]
    d.add(f"Log over indsigtsanmodning {ref} (artikel 15) – {org}\n")
    d.add(f"[{d.rng.randint(8, 11):02d}:{d.rng.randint(0, 59):02d}] Modtaget fra ")
    d.email(name)
    d.add(", underskrevet ")
    d.person(name=name)
    d.add(f"\n[{d.rng.randint(11, 13):02d}:{d.rng.randint(0, 59):02d}] ID-tjek: CPR ")
    d.cpr()
    d.add(" matcher kunderegistret; adresse ")
    d.address(town=True)
    d.add("\n[13:05] Afsenderen skriver fra et nyt nummer, ")
    d.phone()
    d.add(", ikke det registrerede ")
    d.phone()
    d.add(" – ekstra kontrol\n")
    if d.chance(0.6):
        d.add("[13:40] Opringning: personen opgav kort ")
        d.card()
        d.add(" med udløb ")
        d.expiry()
        d.add(" og CVV ")
        d.cvv()
        d.add(" som ID-bevis; afvist, kortdata slettes\n")
    d.add("[14:10] Bekræftet via MitID, bruger-ID ")
    d.mitid(first)
    d.add("\n")
    if d.chance(0.5):
        d.add("[14:30] Udleveret: kontooplysninger ")
        d.account()
        d.add(" og faktureringsadresse\n")
    d.add("[15:02] Sag afsluttet af DPO ")
    d.person(style="plain")
    d.add(
        f". Svarfrist overholdt. Dataansvarlig: {org}, {d.cvr()}. Linje {d.org_line()} orienteret."
    )


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "kommune_notat": kommune_notat,
    "forsikring_skade": forsikring_skade,
    "telco_simswap": telco_simswap,
    "webshop_chargeback": webshop_chargeback,
    "pension_id_check": pension_id_check,
    "skole_forældrebrev": skole_forældrebrev,
    "journalist_anonymisering": journalist_anonymisering,
    "dpo_indsigtslog": dpo_indsigtslog,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = Doc(rng, kind == "negative")
            BUILDERS[genre](doc)
            text, spans = doc.finish()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"b15-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    target = Path(argv[0] if argv else Path(__file__).parent / "data" / "pii_blind15.jsonl")
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
