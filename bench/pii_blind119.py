"""The hundred-and-twentieth (120th) blind, seeded generator of Danish text with labelled personal
data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, streets, towns and companies. Its theme is a PLUMBING,
HEATING AND BATHROOM INSTALLER (a VVS firm with service vans) and the fraud it meets: fake
invoices, fake technicians at the door, changed account numbers on invoices and phished
customers. Eight genres its fraud and customer-service team sees: the dispatch log of the service
vans, an e-mail thread (Fra:/Til:/Emne:) about an invoice whose account number was changed, a
customer-service chat ("[09:14] Name: " lines, Danish and English), a customer's fraud report
form, the fraud team's case notes, a hotline's call notes, a police report ("Anmelder: NAME" in
capitals) and letters to customers. The names are Danes of all ages, Danes with roots elsewhere
("Zainab Abdi", "Piotr Nowak"), double surnames ("Kjærsgaard-Toft") and the firm's own staff.

Conventions (exact offsets are scored), as in pii_blind30:
- PERSON is a name as written, without title or role ("montør", "kunden"); "Holm, Agnete" is one
  span; a genitive s belongs to it; a lower-case name typed in a chat is PERSON; a fake
  technician's alias ("Kasper fra serviceafdelingen") is PERSON by its name only. Companies,
  products, pseudonyms ("Kunde A", "Vidne 1") and family words ("min mand") never are.
- ADDRESS runs from the street name through number, letter and floor, plus ", postcode town" on
  the same line or the next line of an address block. A street without a number is no address.
  The organisations' own addresses (head office, shops, returns depot, letterheads, opening
  hours) are never labelled; their streets are disjoint from the private ones.
- CPR numbers are synthetic (real date, a seventh digit fitting the century, FAILING modulus 11),
  written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH only
  straight after "født", "f." or "Fødselsdato:".
- PHONE: Danish mobile and landline ranges (never 70/80 as personal), in the usual ten forms,
  and the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx". An organisation's 70/80
  line, 112, 114 and 1813 never are PHONE.
- EMAIL: every address (example.* domains), staff's too. BANK_ACCOUNT: "1234-1234567890" or
  "1234 1234567890" is one span; after "reg.nr. 1234, kontonr." only the account is. IBAN with
  valid check digits and length, grouped by four or compact; CARD Luhn-valid with a test prefix;
  CARD_EXPIRY, CARD_CVV (after CVV/cvc/CVC/kontrolcifre), OTP (6 or 8 digits), MITID_USER,
  NUMBER_PLATE ("BK 41 207", "BK41207"; the firm's vans too).
- Hard negatives, never labelled: amounts, dates and clock times, invoice, order and case
  numbers, CVR numbers, boiler serials, pressures and temperatures, masked values, the
  organisations' lines, addresses, companies, banks, products, pseudonyms and family words.
  Negatives are the same genres after pseudonymisation. No run of ten or more digits occurs
  outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind119 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 119_2026
SIZE = 1000
NEGATIVES = 350

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("400000", "411111", "401288", "424242", "555555", "510510", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "PL": 28, "LT": 20, "NL": 18, "FR": 27}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "46", "47", "48", "49", "54", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "75", "76", "86",
            "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Dorte", "Else", "Gitte", "Hanne", "Inger", "Jytte", "Karin", "Lone",
         "Merete", "Nanna", "Pernille", "Rikke", "Signe", "Tove", "Ulla", "Vibeke", "Astrid",
         "Freja", "Ida", "Clara", "Ellen", "Sofie", "Maja", "Alberte", "Kirsten", "Bodil",
         "Solveig", "Anne-Mette", "Zainab", "Amina", "Agnieszka", "Leyla", "Priya", "Sara",
         "Fatima", "Mai")  # fmt: skip
MEN = ("Anders", "Bent", "Carsten", "Erik", "Finn", "Henning", "Jens", "Kjeld", "Leif", "Mogens",
       "Niels", "Ole", "Poul", "Svend", "Torben", "Villads", "Aksel", "Emil", "Frederik",
       "Magnus", "Oliver", "Noah", "Kasper", "Jonas", "Mikkel", "Troels", "Palle", "Jørgen",
       "Bjarne", "Hans-Henrik", "Ahmad", "Piotr", "Mehmet", "Omar", "Tariq", "Goran", "Yusuf",
       "Dinh")  # fmt: skip
ROOTED = {"Zainab": "Abdi", "Amina": "Hussein", "Agnieszka": "Kowalska", "Leyla": "Demir",
          "Priya": "Raman", "Sara": "Haddad", "Fatima": "El-Amin", "Mai": "Nguyen",
          "Ahmad": "Rahimi", "Piotr": "Nowak", "Mehmet": "Yilmaz", "Omar": "Jama",
          "Tariq": "Farooq", "Goran": "Petrović", "Yusuf": "Karimi", "Dinh": "Tran"}  # fmt: skip
SURNAMES = ("Holm", "Kjær", "Lund", "Dalsgaard", "Bech", "Mikkelsen", "Frandsen", "Vestergaard",
            "Brøndum", "Skov", "Lauridsen", "Kirkegaard", "Thygesen", "Ravn", "Bisgaard",
            "Nørgaard", "Overgaard", "Juhl", "Krogh", "Mølgaard", "Højrup", "Ebbesen", "Sloth",
            "Winther", "Gram", "Futtrup", "Bundgaard", "Toft", "Kragh", "Sand",
            "Kjærsgaard")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristian", "Emil", "Sofie", "Bach", "Damgaard", "Møller")
STREETS = ("Syrenvej", "Kløvermarken", "Bøgealle", "Lærkestien", "Rønnebærvej", "Tjørnehaven",
           "Havrevænget", "Mosebuen", "Åkandevej", "Fasanvej", "Kastanjegården", "Hybenvej",
           "Spurvevej", "Engblommevej", "Solsikkevej", "Egevolden", "Pilegårdsvej", "Tranebakken",
           "Ahornstien", "Lyngtoften", "Hvedemarken", "Stæremosen")  # fmt: skip
TOWNS = ("8000 Aarhus C", "8210 Aarhus V", "8260 Viby J", "5000 Odense C", "5230 Odense M",
         "9000 Aalborg", "7100 Vejle", "6000 Kolding", "4000 Roskilde", "2300 København S",
         "2100 København Ø", "3400 Hillerød", "8600 Silkeborg", "8700 Horsens", "7400 Herning",
         "4700 Næstved", "6700 Esbjerg", "8900 Randers C", "2630 Taastrup",
         "2800 Kongens Lyngby")  # fmt: skip
COMPANY = "Fjordvarme VVS & Bad A/S"
COMPANIES = (COMPANY, "Rørcentralen Grossist ApS", "Tryghjem Forsikring", "Fjernvarme Østkyst",
             "Badeværelseshuset Nord", "Varmepumpeservice Danmark")  # fmt: skip
BANKS = ("Vestkystbanken", "Andelskassen Midt", "Nordsø Sparekasse")
PRODUCTS = ("AquaVarm 200", "RørTjek-appen", "FlexBad brusesæt", "VarmeKompas")
# (what, street and number, town): the organisations' own addresses, never labelled
ORG_SITES = (
    ("hovedkontor", "Kobbersmedevej 14", "8210 Aarhus V"),
    ("butik", "Værkstedsgade 3", "5000 Odense C"),
    ("returlager", "Smedeholm 41", "2730 Herlev"),
    ("afdeling", "Rørlæggervej 22", "9200 Aalborg SV"),
    ("udstilling", "Havnefronten 5", "7100 Vejle"),
    ("afdeling", "Ventilvej 9", "4000 Roskilde"),
)
ORG_ADDRESSES = tuple(site[1] for site in ORG_SITES)
ORG_LINES = ("70 27 45 45", "70 11 22 80", "80 20 30 40", "på 114", "på 1813")
CVR = ("CVR-nr. 31457790", "CVR-nr. 28816534", "CVR-nr. 40127755")
ALIAS_UNITS = ("serviceafdelingen", "VVS-vagten", "fakturaafdelingen", "Fjernvarme Østkyst")
FAMILY = ("min mand", "min kone", "min mor", "min far", "min søn", "min datter", "min svigermor")
PSEUDONYMS = ("Kunde A", "Kunde B", "Medarbejder A", "Medarbejder B", "Montør A", "Vidne 1",
              "Vidne 2")  # fmt: skip
GENRES = ("servicelog", "mailtråd", "chat", "formular", "sagsnotat", "opkaldsnotat",
          "politianmeldelse", "brev")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
UNITS = ALIAS_UNITS

MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.S)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def lab(value: str, kind: str) -> str:
    return f"\x01{kind}\x02{value}\x03"


def ascii_name(name: str) -> str:
    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]", "", name.replace(" ", ".").replace("-", "."))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_for(country: str, r: random.Random) -> str:
    bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Person:
    def __init__(self, r: random.Random, role: str) -> None:
        self.role = role
        self.female = r.random() < 0.5
        self.first = r.choice(WOMEN if self.female else MEN)
        last = ROOTED.get(self.first) if r.random() < 0.8 else None
        self.last = last or r.choice(SURNAMES)
        if r.random() < 0.15:
            self.last = f"{self.last}-{r.choice(SURNAMES)}".replace(
                f"{self.last}-{self.last}", f"{self.last}-Toft"
            )
        self.middle = r.choice(MIDDLE) if r.random() < 0.2 else ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Ctx:
    """The values of one document: labelled in a positive, stand-ins or masks in a negative."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r, self.neg = r, neg
        self.pseudo: dict[int, str] = {}

    def pick(self, *options: str) -> str:
        return self.r.choice(options)

    def person(self, role: str = "Kunde") -> Person:
        """Someone in the document; a negative calls them by a pseudonym of their role."""
        return Person(self.r, role)

    def name(self, p: Person, form: str = "full", speaker: bool = False) -> str:
        if self.neg:
            if id(p) not in self.pseudo:
                used = set(self.pseudo.values())
                free = [x for x in PSEUDONYMS if x.startswith(p.role) and x not in used]
                free = free or [x for x in PSEUDONYMS if x not in used] or list(PSEUDONYMS)
                self.pseudo[id(p)] = self.r.choice(free)
            if speaker or self.r.random() < 0.6:
                return self.pseudo[id(p)]
            return "[NAVN]"
        value = {
            "full": p.full,
            "first": p.first,
            "last": p.last,
            "upper": p.full.upper(),
            "lower": p.first.lower(),
            "lowerfull": f"{p.first} {p.last}".lower(),
            "rev": f"{p.last}, {p.first}",
            "initial": f"{p.first[0]}. {p.last}",
            "gen": p.full + "s" if not p.full.endswith(("s", "x", "z")) else p.full,
            "firstgen": p.first + "s" if not p.first.endswith(("s", "x", "z")) else p.first,
        }[form]
        return lab(value, "PERSON")

    def anyname(self, p: Person) -> str:
        form = self.r.choice(("full", "full", "full", "rev", "initial", "upper", "gen", "first"))
        return self.name(p, form)

    def phone(self) -> str:
        if self.neg:
            return self.pick("[TLF]", "[TLF]", f"+45 ** ** ** {self.r.randint(10, 99)}")
        r = self.r
        if r.random() < 0.08:
            value = self.pick(
                f"+44 7700 900{r.randint(0, 999):03d}", f"+46 70 174 06 {r.randint(5, 99):02d}"
            )
            return lab(value, "PHONE")
        d = r.choice(MOBILE + LANDLINE) + "".join(r.choice("0123456789") for _ in range(6))
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        value = r.choice((
            f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
            f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}", pairs.replace(" ", "."),
        ))  # fmt: skip
        return lab(value, "PHONE")

    def mail(self, p: Person | None = None, domain: str = "") -> str:
        r = self.r
        domain = domain or r.choice(("example.dk", "example.com", "example.net", "mail.example.dk"))
        if self.neg:
            letter = ascii_name(p.first)[0] if p else r.choice("abcdehjklmst")
            return self.pick("[e-mail]", f"{letter}***@{domain}")
        if p is None:
            local = r.choice(("kundeservice", "faktura", "svindel", "service", "bogholderi"))
        else:
            first, last = ascii_name(p.first), ascii_name(p.last)
            local = r.choice((f"{first}.{last}", f"{first}{r.randint(50, 99)}",
                              f"{first[0]}{last}", f"{first}_{last}"))  # fmt: skip
        return lab(f"{local}@{domain}", "EMAIL")

    def street(self) -> str:
        r = self.r
        value = f"{r.choice(STREETS)} {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        floor = r.choice(("", "", "", ", st.", f", {r.randint(1, 4)}. th.",
                          f", {r.randint(1, 5)}. tv.", f", {r.randint(1, 3)}. mf."))  # fmt: skip
        return value + floor

    def addr(self, style: str = "comma") -> str:
        if self.neg:
            return "[ADRESSE]"
        town = self.r.choice(TOWNS)
        sep = {"comma": ", ", "lines": "\n"}.get(style)
        value = self.street() if sep is None else f"{self.street()}{sep}{town}"
        return lab(value, "ADDRESS")

    def born(self) -> date:
        return date(1934, 1, 1) + timedelta(days=self.r.randint(0, 26000))

    def cpr(self, birth: date | None = None) -> str:
        if self.neg:
            r = self.r
            masked = f"{r.randint(10, 28):02d}0{r.randint(1, 9)}{r.randint(40, 99)}-xxxx"
            return self.pick("[CPR]", "[CPR]", masked)
        r = self.r
        b = birth or self.born()
        seventh = "4" if b.year >= 2000 else r.choice("0123")
        head = b.strftime("%d%m%y") + seventh
        while True:
            number = head + "".join(r.choice("0123456789") for _ in range(3))
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        value = r.choice((
            f"{number[:6]}-{number[6:]}", number,
            f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}", f"{number[:6]} {number[6:]}",
        ))  # fmt: skip
        return lab(value, "CPR")

    def dob(self, birth: date | None = None) -> str:
        if self.neg:
            return "[dato]"
        b = birth or self.born()
        value = self.r.choice((
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}", b.strftime("%d.%m.%Y"),
            f"{b.day}/{b.month}-{b.year}", b.strftime("%d-%m-%Y"),
        ))  # fmt: skip
        return lab(value, "DATE_OF_BIRTH")

    def account(self) -> str:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acct = "".join(r.choice("0123456789") for _ in range(r.choice((7, 8, 10, 10))))
        if self.neg:
            return self.pick("[kontonr.]", "[kontonr.]", f"******{r.randint(1000, 9999)}")
        return r.choice((
            lab(f"{reg}-{acct}", "BANK_ACCOUNT"), lab(f"{reg} {acct}", "BANK_ACCOUNT"),
            f"reg.nr. {reg}, kontonr. {lab(acct, 'BANK_ACCOUNT')}",
            f"reg. {reg} konto {lab(acct, 'BANK_ACCOUNT')}",
        ))  # fmt: skip

    def iban(self) -> str:
        r = self.r
        country = r.choice(("DK", "DK", "DE", "SE", "NO", "PL", "LT", "NL", "FR"))
        if self.neg:
            return f"{country}{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}"
        value = iban_for(country, r)
        return lab(r.choice((value, grouped(value))), "IBAN")

    def card(self) -> str:
        r = self.r
        if self.neg:
            return self.pick(
                f"**** **** **** {r.randint(1000, 9999)}", f"******{r.randint(1000, 9999)}"
            )
        body = r.choice(TEST_PREFIXES)
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        value = body + luhn_digit(body)
        return lab(r.choice((value, grouped(value), grouped(value))), "CARD")

    def expiry(self) -> str:
        if self.neg:
            return "**/**"
        m, y = self.r.randint(1, 12), self.r.randint(26, 31)
        return lab(self.pick(f"{m:02d}/{y}", f"{m:02d}/20{y}"), "CARD_EXPIRY")

    def cvv(self) -> str:
        cue = self.pick("CVV", "cvc", "CVC", "kontrolcifre")
        if self.neg:
            return f"{cue} ***"
        return f"{cue} {lab(f'{self.r.randint(100, 999)}', 'CARD_CVV')}"

    def otp(self) -> str:
        if self.neg:
            return "[kode]"
        n = self.r.choice((6, 6, 8))
        return lab(str(self.r.randint(10 ** (n - 1), 10**n - 1)), "OTP")

    def mitid(self, p: Person) -> str:
        if self.neg:
            return "[bruger-id]"
        base = ascii_name(p.first).replace(".", "")[:8] or "bruger"
        tail = self.pick(f"{self.r.randint(10, 99)}", f"19{self.r.randint(40, 99)}",
                         f"200{self.r.randint(0, 5)}")  # fmt: skip
        return lab(self.pick(base, base + "vvs", "hus" + base) + tail, "MITID_USER")

    def plate(self) -> str:
        r = self.r
        letters = r.choice("ABCDEHJKLMNPRSTUVXYZ") + r.choice("ABCDEHJKLMNPRSTUVXYZ")
        if self.neg:
            return f"{letters} ** ***"
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        value = r.choice((f"{letters} {digits[:2]} {digits[2:]}",) * 3 + (letters + digits,))
        return lab(value, "NUMBER_PLATE")

    def alias(self) -> str:
        p = self.person()
        unit = self.r.choice(ALIAS_UNITS)
        if self.neg:
            return f"gav sig ud for at være montør fra {unit}"
        return f"gav sig ud for at være {lab(p.first, 'PERSON')} fra {unit}"

    # hard negatives shared by both kinds
    def org(self) -> str:
        r = self.r
        what, street, town = r.choice(ORG_SITES)
        return r.choice((
            f"{COMPANY}, {street}, {town}",
            f"{street}, {town}",
            f"vores {what}, {street}, {town}",
            f"{COMPANY} ({street}, {town})",
            f"{COMPANY} · {street} · {town} · {r.choice(CVR)}",
        ))  # fmt: skip

    def org_line(self) -> str:
        """A sentence or block that gives one of the organisations' own addresses."""
        r = self.r
        what, street, town = r.choice(ORG_SITES)
        city = town.split(" ", 1)[1]
        return r.choice((
            f"Kom forbi vores {what} på {street} i {city}.",
            f"Returnér varen til vores returlager, {ORG_SITES[2][1]}, {ORG_SITES[2][2]}.",
            f"{COMPANY}\n{street}\n{town}",
            f"Åbningstider:\n{ORG_SITES[1][1]}, Odense: man-fre 7-16\n"
            f"{ORG_SITES[4][1]}, Vejle: man-tor 8-16, fre 8-14",
            f"Our {what} is at {street}, {town}.",
            f"Vores {what} ({street}, {town}) har åbent man-fre 7-15.",
            f"Afdelinger: {ORG_SITES[0][1]} i Aarhus V, {ORG_SITES[3][1]} i Aalborg SV og "
            f"{ORG_SITES[5][1]} i Roskilde.",
        ))  # fmt: skip

    def amount(self) -> str:
        r = self.r
        kr = (
            f"{r.randint(1, 99)}.{r.randint(0, 999):03d}"
            if r.random() < 0.6
            else str(r.randint(150, 999))
        )
        ore = r.choice(("", f",{r.randint(10, 95)}"))
        return r.choice((f"{kr}{ore} kr.", f"kr. {kr}{ore}"))

    def when(self) -> str:
        r = self.r
        d = date(2026, 1, 5) + timedelta(days=r.randint(0, 320))
        return r.choice((d.strftime("%d.%m.%y"), d.strftime("%d.%m.%Y"), d.isoformat()))

    def clock(self) -> str:
        return f"kl. {self.r.randint(7, 21):02d}.{self.r.randint(0, 59):02d}"

    def invoice(self) -> str:
        return f"FAK-{self.r.randint(100000, 999999)}"

    def order(self) -> str:
        return f"ORD-{self.r.randint(10000, 99999)}"

    def case(self) -> str:
        return f"SAG-26-{self.r.randint(1000, 9999)}"

    def serial(self) -> str:
        r = self.r
        return f"S/N {r.choice('VBKT')}{r.choice('BKRS')}{r.randint(100000, 999999)}"

    def tech(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(1, 3)},{r.randint(0, 9)} bar", f"{r.randint(35, 75)} °C"))

    def family(self) -> str:
        return self.r.choice(FAMILY)

    def line(self) -> str:
        return self.r.choice(ORG_LINES[:3])

    def masked_mail(self) -> str:
        return f"{self.r.choice('abdfhjklmnst')}***@example.dk"


def _servicelog(c: Ctx) -> str:
    r = c.r
    cust, tech1 = c.person(), c.person("Montør")
    day = date(2026, 1, 5) + timedelta(days=r.randint(0, 320))
    rows = [f"Kørselslog – {COMPANY}, servicebiler, {day.isoformat()}"]
    if r.random() < 0.7:
        rows.append(f"Udgangspunkt: {c.org()}")
    t = r.randint(7, 9) * 60
    events: list[Callable[[], str]] = [
        lambda: (
            f"Bil {c.plate()} ({c.name(tech1, 'full')}) kørt til {c.addr('comma')} – "
            f"{c.order()}, lækage ved {c.serial()}."
        ),
        lambda: (
            f"Kunden {c.name(cust, r.choice(('full', 'rev', 'initial')))} ringede fra "
            f"{c.phone()}: en mand i en hvid varevogn {c.plate()} {c.alias()}."
        ),
        lambda: (
            f"{c.name(tech1, 'first')} melder tryk på {c.tech()} – kunden bad om "
            f"legitimation, da en falsk montør {c.alias()} var der i går."
        ),
        lambda: f"Kunden læste koden {c.otp()} op for den falske montør; sendt til svindelteamet.",
        lambda: f"Faktura {c.invoice()} på {c.amount()} afvist – ukendt konto {c.account()}.",
        lambda: f"Kontakt: {c.mail(cust)} / {c.phone()}. Adresse: {c.addr('comma')}.",
        lambda: (
            f"Nabo {c.name(c.person('Vidne'), 'full')} så bilen {c.plate()} holde ved "
            f"{r.choice(STREETS)}."
        ),
        lambda: (
            f"Opgave lukket, kedel {c.serial()} kører {c.tech()}; {c.pick('ingen', 'én')} "
            f"bemærkning."
        ),
        lambda: f"Reservedele hentes på {c.org()}.",
        lambda: f"{c.name(tech1, 'gen')} bil {c.plate()} tanket – {c.amount()}.",
    ]
    for make in r.sample(events, r.randint(5, 8)):
        t += r.randint(5, 70)
        rows.append(f"{day.isoformat()} {t // 60 % 24:02d}:{t % 60:02d} | {make()}")
    return "\n".join(rows)


def _mail(c: Ctx) -> str:
    r = c.r
    cust, staff, boss = c.person(), c.person("Medarbejder"), c.person("Medarbejder")
    inv = c.invoice()
    heads = [
        f"Fra: {c.name(cust, 'full')} <{c.mail(cust)}>\nTil: {c.mail(None, 'example.dk')}\n"
        f"Emne: {c.pick('Ny konto på faktura', 'Spørgsmål til regning', 'Re: betaling')} {inv}",
        f"Fra: {c.name(staff, 'full')} <{c.mail(staff, 'example.dk')}>\n"
        f"Til: {c.name(cust, 'full')} <{c.mail(cust)}>\nEmne: Re: {inv} – ændret kontonummer",
    ]
    body = [
        f"Hej {c.name(staff, 'first')}\n\nJeg fik en mail om at {COMPANY} har skiftet bank, og at "
        f"{inv} på {c.amount()} skal betales til {c.account()} i stedet. Er det rigtigt?",
        f"Kære {c.name(cust, 'full')}\n\nVi har aldrig skiftet konto. Betal kun til "
        f"{c.account()} i {r.choice(BANKS)}, og ring på {c.line()} hvis du er i tvivl.",
        f"Mailen kom fra {c.masked_mail()} og bad om betaling til {c.iban()}. "
        f"{c.pick('Min', 'Vores')} telefon er {c.phone()}.",
        f"Hi {c.name(cust, 'first')}, our accountant {c.name(boss, 'full')} confirms the IBAN "
        f"{c.iban()} is not ours. Please call {c.line()}.",
        f"Jeg har allerede overført {c.amount()} den {c.when()} fra {c.account()}. "
        f"{c.family().capitalize()} tog sig af det.",
        f"Du kan også aflevere papirerne: {c.org()}.",
        f"Vi har sendt sagen videre som {c.case()}; {c.name(boss, 'initial')} følger op.",
    ]
    sig = f"\n\nVenlig hilsen\n{c.name(staff, 'full')}\nKundeservice, {COMPANY}\n"
    sig += c.pick(f"{ORG_SITES[0][1]}, {ORG_SITES[0][2]}", f"Tlf. {c.line()}", c.org())
    sig += f"\n{c.mail(staff, 'example.dk')}"
    first = r.randrange(2)
    rest = [b for i, b in enumerate(body) if i != first]
    return (
        heads[first]
        + "\n\n"
        + body[first]
        + "\n"
        + "\n".join(r.sample(rest, r.randint(2, 4)))
        + sig
    )


def _chat(c: Ctx) -> str:
    r = c.r
    cust, agent = c.person(), c.person("Medarbejder")
    ctag = c.name(cust, r.choice(("full", "full", "lowerfull")), speaker=True)
    atag = c.name(agent, "full", speaker=True)
    t = r.randint(8, 20) * 60
    lines_c = [
        "hej, der kom en montør i går som ville have betaling kontant",
        f"han {c.alias()}",
        f"mit nummer er {c.phone()}",
        f"jeg bor på {c.addr(r.choice(('comma', 'plain')))}",
        f"min mail er {c.mail(cust)}",
        f"jeg gav ham koden {c.otp()} fra sms'en, det var dumt",
        f"bilen havde nummerpladen {c.plate()}",
        f"{c.family()} betalte med kortet {c.card()}, udløb {c.expiry()}",
        f"the invoice said pay to {c.iban()}",
        f"kan i ringe til {c.name(c.person(), 'lower')} i stedet, det er {c.family()}s telefon",
        f"fakturaen {c.invoice()} var på {c.amount()}",
        f"ok tak {c.name(agent, 'lower')}",
        "sorry, my Danish is not so good – the man said he came from your company",
        f"he wanted {c.amount()} in cash before he would fix the radiator",
        f"der stod {c.tech()} på måleren, og han sagde at det var livsfarligt",
    ]
    lines_a = [
        f"Hej {c.name(cust, 'first')}, du taler med {c.name(agent, 'first')} fra kundeservice.",
        "Vi sender aldrig montører der beder om kontanter eller koder.",
        "Vores rigtige biler har logo og starter med vores firmanavn. Vil du bekræfte din adresse?",
        "I'm sorry to hear that. Did you share any card details?",
        f"Jeg opretter sag {c.case()} og spærrer {c.invoice()}.",
        f"Ring til banken med det samme og til politiet {c.pick('på 114', 'på 1813')}.",
        c.org_line(),
        "Jeg har noteret det hele. Er der andet?",
        f"Our technicians never ask for codes. Could you give me your phone number, "
        f"{c.name(cust, 'first')}?",
        f"Har du betalt noget? Vores faktura {c.invoice()} er den eneste rigtige.",
    ]
    rows = [f"Chat – {COMPANY} kundeservice, {c.when()}"]
    ci, ai = r.sample(lines_c, r.randint(5, 8)), r.sample(lines_a, r.randint(4, 6))
    while ci or ai:
        t += r.randint(0, 3)
        hhmm = f"[{t // 60 % 24:02d}:{t % 60:02d}]"
        if ai and (not ci or r.random() < 0.45):
            rows.append(f"{hhmm} {atag}: {ai.pop()}")
        else:
            rows.append(f"{hhmm} {ctag}: {ci.pop()}")
    return "\n".join(rows)


def _form(c: Ctx) -> str:
    r = c.r
    p = c.person()
    b = c.born()
    cpr = c.cpr(b)
    fields = [
        f"Navn: {c.name(p, r.choice(('full', 'full', 'rev', 'upper')))}",
        f"CPR-nr.: {cpr}",
        f"Fødselsdato: {c.dob(b)}",
        f"Adresse: {c.addr('lines')}",
        f"Telefon: {c.phone()}",
        f"E-mail: {c.mail(p)}",
        f"Fakturanr.: {c.invoice()}  Beløb: {c.amount()}",
        f"Betalt til: {c.account()}",
        f"Kort brugt: {c.card()}  Udløb: {c.expiry()}  {c.cvv()}",
        f"MitID bruger-id (hvis oplyst til svindleren): {c.mitid(p)}",
        f"Den falske montørs bil: {c.plate()}",
    ]
    keep = fields[:4] + r.sample(fields[4:], r.randint(4, 7))
    head = c.pick("Anmeldelse af mistænkelig faktura", "Kundeformular – svindel med falsk montør",
                  "Reklamation og svindelanmeldelse")  # fmt: skip
    story = c.pick(
        f"Beskrivelse: En mand {c.alias()} og sagde at {c.family()}s kedel var farlig.",
        f"Beskrivelse: Jeg fik en sms om en ubetalt regning på {c.amount()} og klikkede på linket.",
        f"Beskrivelse: Manden målte {c.tech()} og krævede betaling med det samme.",
    )
    foot = c.pick(f"Send formularen til {c.org()}", c.org_line(), f"Modtaget {c.when()}")
    return f"{head}\n{COMPANY} – {c.case()}\n\n" + "\n".join(keep) + f"\n\n{story}\n{foot}"


def _notes(c: Ctx) -> str:
    r = c.r
    p, w = c.person(), c.person("Vidne")
    notes = [
        f"{c.when()}: Kunde {c.name(p, 'rev')}, {c.addr('comma')}, anmelder falsk faktura "
        f"{c.invoice()} på {c.amount()}.",
        f"Beløbet gik til {c.account()}; modtagerbank {r.choice(BANKS)} er kontaktet.",
        f"Kunden (f. {c.dob()}) har oplyst CPR {c.cpr()} til svindleren i telefonen.",
        f"Svindleren {c.alias()} og brugte en bil med plade {c.plate()}.",
        f"Kundens MitID bruger-id {c.mitid(p)} er spærret via {r.choice(BANKS)}.",
        f"Udenlandsk konto: {c.iban()}.",
        f"Vidne: {c.name(w, 'full')}, {c.addr('comma')}, tlf. {c.phone()}.",
        f"{c.name(p, 'firstgen')} søn har bedt om kopi på {c.mail(p)}.",
        f"Intern: {c.name(c.person('Montør'), 'initial')} (montør) var ikke på adressen; vores bil "
        f"{c.plate()} var i {c.pick('Vejle', 'Odense', 'Aalborg')}.",
        f"Kunden siger at {c.family()} har betalt. Kopi arkiveret hos {c.org()}.",
        f"Kedel {c.serial()}, tryk {c.tech()} – intet fejlede.",
    ]
    return f"Sagsnotat {c.case()} – svindelteamet, {COMPANY}\n" + "\n".join(
        f"- {n}" for n in r.sample(notes, r.randint(5, 8))
    )


def _call(c: Ctx) -> str:
    r = c.r
    p, staff = c.person(), c.person("Medarbejder")
    lines = [
        f"Opkald {c.when()} {c.clock()} fra {c.phone()} – {c.name(p, 'full')}.",
        f"Kunden blev ringet op af en 'tekniker' der {c.alias()} og bad om koden; hun læste "
        f"{c.otp()} op.",
        f"Oplyste sit MitID bruger-id {c.mitid(p)} og sit kort {c.card()}, udløb {c.expiry()}, "
        f"{c.cvv()}.",
        f"{c.family().capitalize()} var til stede og ringede til {r.choice(BANKS)}.",
        f"Ny kode {c.otp()} kom bagefter; den er ikke givet videre.",
        f"Tilbagering på {c.phone()} eller mail {c.mail(p)}.",
        f"Adresse: {c.addr('comma')}.",
        f"Anbefalet at ringe til politiet {c.pick('på 1813', 'på 114')} og spærre kortet. "
        f"Sag {c.case()}.",
        f"Faktura {c.invoice()} på {c.amount()} er ægte; betal via {c.line()}.",
        f"Kunden kan hente papirerne hos {c.org()}.",
        f"Kunden fik at vide: {c.org_line()}",
    ]
    head = f"Opkaldsnotat – svindellinjen ({c.name(staff, 'full')})"
    return head + "\n" + "\n".join(r.sample(lines[:1], 1) + r.sample(lines[1:], r.randint(4, 7)))


def _police(c: Ctx) -> str:
    r = c.r
    p, w = c.person(), c.person("Vidne")
    b = c.born()
    head = (
        f"Politianmeldelse – bedrageri\nJ.nr. {r.randint(1000, 9999)}-{r.randint(10000, 99999)}-"
        f"{r.randint(10000, 99999)}-26\nAnmelder: {c.name(p, 'upper')}\nCPR: {c.cpr(b)}\n"
        f"Adresse: {c.addr('lines')}\nTelefon: {c.phone()}"
    )
    body = [
        f"Anmelder oplyser at en mand {c.alias()} og fik adgang til boligen {c.when()}.",
        f"Gerningsmanden kørte i en varevogn med {c.pick('nummerplade', 'plade')} {c.plate()}.",
        f"Der blev betalt {c.amount()} til {c.account()}.",
        f"Pengene blev videreført til {c.iban()}.",
        f"Vidne: {c.name(w, 'full')}, {c.addr('lines')}, tlf. {c.phone()}.",
        f"Anmelder er født {c.dob(b)} og bor alene; {c.family()} hjalp med anmeldelsen.",
        f"Firmaet {COMPANY} ({c.pick(*CVR)}) bekræfter at manden ikke er ansat.",
        f"Kontakt til firmaets svindelteam: {c.mail(None, 'example.dk')}, {c.line()}.",
        f"Firmaets adresse: {c.org()}.",
        f"Firmaet oplyser: {c.org_line()}",
    ]
    return head + "\n\n" + "\n".join(r.sample(body, r.randint(4, 7)))


def _letter(c: Ctx) -> str:
    r = c.r
    p, staff = c.person(), c.person("Medarbejder")
    top = f"{COMPANY}\n{ORG_SITES[0][1]}\n{ORG_SITES[0][2]}\n{c.pick(*CVR)}"
    if r.random() < 0.5:
        top = c.pick(c.org(), c.org_line())
    to = f"{c.name(p, r.choice(('full', 'full', 'upper')))}\n{c.addr('lines')}"
    paras = [
        f"Kære {c.name(p, 'full')}",
        f"Vi skriver, fordi vi har modtaget din henvendelse om faktura {c.invoice()} på "
        f"{c.amount()}.",
        f"Fakturaen er falsk. Vores eneste konto er i {r.choice(BANKS)}, og vi ændrer den aldrig "
        f"pr. mail. Betal ikke til {c.account()}.",
        f"Hvis du allerede har betalt til {c.iban()}, så kontakt din bank straks.",
        f"Vi har registreret din telefon {c.phone()} og mail {c.mail(p)} i sag {c.case()}.",
        f"Vores montører kører altid i firmabiler som {c.plate()} og har ID-kort.",
        f"Returnér det falske materiale til {c.org()}.",
        c.org_line(),
        f"Har du spørgsmål, så ring på {c.line()} eller kom forbi vores butik på "
        f"{ORG_SITES[1][1]} i Odense.",
    ]
    sign = f"Med venlig hilsen\n{c.name(staff, 'full')}\nSvindelteamet"
    body = paras[:1] + r.sample(paras[1:], r.randint(3, 6))
    return f"{top}\n\n{to}\n\n{c.when()}\n\n" + "\n\n".join(body) + f"\n\n{sign}"


BUILDERS: dict[str, Callable[[Ctx], str]] = {
    "servicelog": _servicelog,
    "mailtråd": _mail,
    "chat": _chat,
    "formular": _form,
    "sagsnotat": _notes,
    "opkaldsnotat": _call,
    "politianmeldelse": _police,
    "brev": _letter,
}


def _finish(marked: str) -> tuple[str, list[dict]]:
    text, spans, pos, out = marked.replace("kr..", "kr."), [], 0, []
    for hit in MARK.finditer(text):
        out.append(text[pos : hit.start()])
        start = sum(map(len, out))
        out.append(hit.group(2))
        spans.append({"start": start, "end": start + len(hit.group(2)), "type": hit.group(1)})
        pos = hit.end()
    out.append(text[pos:])
    return "".join(out), spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, genres in turn."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            text, spans = _finish(BUILDERS[genre](Ctx(r, kind == "negative")))
            if text not in seen and bool(spans) == (kind == "positive"):
                break
        seen.add(text)
        docs.append({"id": f"b119-{i:04d}", "genre": genre, "kind": kind, "text": text,
                     "spans": spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind119.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
