"""The hundred-and-twenty-first (121st) blind, seeded generator of Danish text with labelled
personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a TAXI AND
PATIENT-TRANSPORT COMPANY with an app and card payments in the car, and the fraud it meets:
fake drivers, skimmed cards in the card terminal, phished app accounts and fake refunds. Eight
genres its fraud and customer-service teams really see: the app's account and payment log
(log lines with a changed phone, a new card, a refund to a foreign IBAN), an e-mail thread
(Fra:/Til:/Emne:) with a customer or a relative, a customer-service chat in Danish and English
("[hh:mm] Name: " lines), a refund or complaint form, the fraud team's case notes on a fake
driver (number plates, the driver's name, a scammer's alias), a call note from the hotline, a
police report ("Anmelder: NAME", in capitals in some) and a letter to a customer with the
company's letterhead. The names are those of Danes of all ages, Danes with roots elsewhere
("Zainab Abdi", "Nguyen Thi Mai"), double surnames ("Kjærsgaard-Toft") and the company's staff.
The company's own addresses (head office, customer desk, branches, the terminal returns depot)
appear in letterheads, signatures, opening hours, in brackets and in sentences, and are never
labelled; their streets are not the private streets.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("chauffør", "kunden", "vidne"); "Holm,
  Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed in a
  chat ("jytte") is PERSON. A scammer's alias ("Mikkel fra svindelafdelingen") is PERSON, the
  unit is not. Organisations, products, placeholders ("[NAVN]", "Kunde A", "Chauffør B",
  "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. The company's own
  addresses are never ADDRESS.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005), a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni
  1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f."
  or "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (70 and 80 never personal),
  written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", and foreign
  numbers from the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The
  company's 70/80 lines are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; where the reg.nr. has its
  own word ("reg.nr. 1234, kontonr. 0012345678") only the account is the span. IBAN: valid
  check digits and length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code (6 or
  8 digits); MITID_USER a MitID user ID; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("245,00 kr.", "kr. 1.250"), dates and clock times
  ("2026-03-04", "kl. 09.14", "[10:22]", "04.03.26"), trip, booking and case numbers
  ("TUR-1234567", "SAG-26-01234"), vehicle numbers ("vogn 412"), terminal IDs ("terminal
  T4-0192"), CVR numbers, masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk",
  "**** **** **** 1111", "DK71XXXXXXXXXX0932", "BK ** ***"), the company's 70/80 lines,
  companies, banks, products, streets without a number and family words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]",
  "[kontonr.]") and pseudonyms ("Kunde A", "Chauffør B") remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind120 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 120_2026
SIZE = 1000
NEGATIVES = 350
GENRES = ("applog", "email", "chat", "form", "casenote", "callnote", "police", "letter")
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
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "FI": 18, "NL": 18, "GB": 22, "PL": 28}
MOBILE = tuple(str(n) for n in (*range(20, 32), 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91))
LANDLINE = tuple(str(n) for n in (32, 33, 35, 36, 38, 39, 43, 44, 45, 46, 47, 48, 49, 54, 56,
                                   57, 58, 59, 62, 63, 64, 65, 66, 69, 72, 73, 74, 75, 76, 86,
                                   87, 89, 96, 97, 98, 99))  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Karen", "Inger", "Kirsten", "Hanne", "Lone", "Mette", "Susanne",
         "Camilla", "Louise", "Sofie", "Freja", "Ida", "Emma", "Alma", "Clara", "Signe", "Tove",
         "Ruth", "Ellen", "Gudrun", "Dorthe", "Pernille", "Malene", "Zainab", "Fatima", "Aisha",
         "Leyla", "Mai", "Yasmin", "Ewa", "Marta", "Amira", "Nanna", "Astrid", "Johanne",
         "Vibeke", "Jytte", "Bodil", "Grethe", "Asta", "Lærke", "Esther")  # fmt: skip
MEN = ("Poul", "Niels", "Jens", "Henning", "Erik", "Knud", "Ole", "Bent", "Søren", "Lars",
       "Mikkel", "Rasmus", "Frederik", "Magnus", "Oliver", "Emil", "Noah", "Viggo", "Carl",
       "Anders", "Torben", "Flemming", "Kasper", "Jonas", "Ahmad", "Ali", "Mehmet", "Omar",
       "Hassan", "Tariq", "Piotr", "Tomasz", "Duc", "Minh", "Yusuf", "Arne", "Preben", "Holger",
       "Villads", "Malthe", "Bjørn", "Aksel")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristine", "Juul", "Bach", "Munk", "Thi", "Emil", "Peter", "Skou")
SURNAMES = ("Holm", "Kjærgaard", "Vestergaard", "Bech", "Lund", "Dalsgaard", "Krog", "Mølgaard",
            "Ravn", "Brask", "Skov", "Thygesen", "Iversen", "Friis", "Buch", "Kragh", "Lauridsen",
            "Østergaard", "Damgaard", "Hedegaard", "Abdi", "Yilmaz", "Nguyen", "Kowalski",
            "Hussain", "Rahimi", "Popescu", "Demir", "Tran", "Ahmadi", "Jakobsen", "Winther",
            "Bruun", "Nygaard", "Bak", "Sørensen", "Mortensen", "Kristoffersen")  # fmt: skip
DOUBLE = ("Kjærsgaard-Toft", "Holm-Bech", "Lund-Ravn", "Skov-Abdi", "Friis-Nguyen",
          "Brask-Møller", "Vinther-Kragh", "Dam-Yilmaz", "Bak-Hussain", "Krog-Madsen",
          "Ravn-Kowalski", "Thorup-Demir")  # fmt: skip
STAFF = (("Helle", "Ranum"), ("Kristian", "Vedel"), ("Sanne", "Obel"), ("Rune", "Haslund"),
         ("Nadia", "Farah"), ("Morten", "Kjeldsen"), ("Tine", "Aagaard-Lyng"),
         ("Jesper", "Ladefoged"))  # fmt: skip
ALIAS_UNITS = ("svindelafdelingen", "kundeservice", "kortafdelingen", "app-supporten",
               "vognmandskontoret", "refusionsteamet")  # fmt: skip
STREETS = ("Birkevej", "Ahornvej", "Kløvervænget", "Lærkestien", "Svanevej", "Mejsevej",
           "Rønnebærvej", "Fasanvej", "Hybenvej", "Kastanie Allé", "Tjørnevej", "Engblommevej",
           "Pilevangen", "Solsortvej", "Humlebakken", "Kornmarken", "Strandengen", "Granhøjen",
           "Bøgeskovvej", "Åkandevej", "Hvedemarken", "Mosebuen")  # fmt: skip
TOWNS = ("8210 Aarhus V", "8240 Risskov", "5200 Odense V", "9200 Aalborg SV", "7100 Vejle",
         "6000 Kolding", "2650 Hvidovre", "2800 Kongens Lyngby", "4000 Roskilde", "8600 Silkeborg",
         "8900 Randers C", "7400 Herning", "4700 Næstved", "3400 Hillerød", "8700 Horsens",
         "8830 Tjele", "5700 Svendborg")  # fmt: skip
# The company's own sites: (what it is, street and number, postcode and town). Never labelled.
SITES = (
    ("hovedkontor", "Vognmandsgade 18", "8000 Aarhus C"),
    ("kundecenter", "Droskevej 4", "5000 Odense C"),
    ("afdeling Nord", "Remisevej 27", "9000 Aalborg"),
    ("returdepot for kortterminaler", "Terminalvej 9", "7100 Vejle"),
    ("patientkørsel", "Centralvej 31", "2630 Taastrup"),
    ("kundeskranke", "Stationspladsen 6", "1577 København V"),
    ("værksted", "Takstvej 15B", "6000 Kolding"),
)
ORG_ADDRESSES = tuple(site[1] for site in SITES)
ORG_LINES = ("70 27 14 14", "7027 1414", "80 20 14 14", "70 11 40 40", "80 88 31 31")
COMPANIES = ("Kystlinjen Taxa", "Kystlinjen Patientkørsel", "Regionens Kørselskontor",
             "Taxinævnet")  # fmt: skip
BANKS = ("Fjordbanken", "Andelskassen Vest", "Hedebanken")
PRODUCTS = ("KystTaxa-appen", "Kystkortet", "TapBox T2")
PSEUDONYMS = ("Kunde A", "Kunde B", "Chauffør A", "Chauffør B", "Medarbejder A",
              "Medarbejder B", "Vidne 1", "Vidne 2", "Patient A", "Patient B")  # fmt: skip
FAMILY = ("min mand", "min kone", "min mor", "min far", "min datter", "min søn", "min svigermor",
          "hendes søn", "hans datter")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
LETTERS = "ABCDEFGHJKLMNOPRSTUVXYZ"


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_for(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def mod11_ok(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def ascii_mail(text: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("-", ""), (" ", ".")):
        text = text.lower().replace(a, b)
    return text


class Person:
    def __init__(self, rng: random.Random, first: str = "", last: str = "") -> None:
        self.first = first or rng.choice(WOMEN + MEN)
        if last:
            self.last = last
        else:
            self.last = rng.choice(DOUBLE) if rng.random() < 0.2 else rng.choice(SURNAMES)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.45 else ""

    def full(self) -> str:
        return f"{self.first} {self.last}"


class Doc:
    """A document being written: its text and the spans labelled so far."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        self.p = Person(rng)
        self.q = Person(rng)
        self.s = Person(rng, *rng.choice(STAFF))
        self.site = rng.choice(SITES)
        self.has_org = False
        self.alias = rng.choice(MEN + WOMEN)
        self.unit = rng.choice(ALIAS_UNITS)
        self.pseud = {"p": rng.choice(("Kunde A", "Patient A", "Patient B", "[NAVN]")),
                      "q": rng.choice(("Chauffør A", "Chauffør B", "Vidne 1", "Vidne 2",
                                       "Kunde B")),
                      "s": rng.choice(("Medarbejder A", "Medarbejder B"))}  # fmt: skip
        self.tel = self.phone_value()
        self.mail = self.mail_value(self.p)

    # -- writing -------------------------------------------------------------------------
    def t(self, text: str) -> None:
        self.parts.append(text)
        self.n += len(text)

    def v(self, value: str, kind: str) -> None:
        if not self.neg:
            self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        self.t(value)

    def text(self) -> str:
        return "".join(self.parts)

    # -- values --------------------------------------------------------------------------
    def phone_value(self) -> str:
        r = self.rng
        form = r.randrange(12)
        if form == 10:
            return f"+44 7700 900{r.randrange(1000):03d}"
        if form == 11:
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
        d = lead + "".join(str(r.randrange(10)) for _ in range(6))
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        return (
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
        )[form]

    def mail_value(self, who: Person) -> str:
        r = self.rng
        first, last = ascii_mail(who.first), ascii_mail(who.last)
        local = r.choice((f"{first}.{last}", f"{first}{r.randrange(10, 99)}",
                          f"{first[0]}{last}", f"{first}_{last}{r.randrange(50, 99)}"))  # fmt: skip
        return (
            f"{local}@{r.choice(('example.dk', 'example.com', 'mail.example.dk', 'example.net'))}"
        )

    def birth(self) -> date:
        r = self.rng
        return date(1925, 1, 1) + timedelta(
            days=r.randrange(0, (date(2005, 12, 31) - date(1925, 1, 1)).days)
        )

    # -- the placeholders ----------------------------------------------------------------
    def name(self, who: str, form: str = "") -> None:
        if self.neg:
            self.t(self.pseud[who] + ("s" if form == "gen" else ""))
            return
        x = getattr(self, who)
        r = self.rng
        if not form:
            form = r.choices(
                ("full", "three", "sfirst", "upper", "initial", "first"), (44, 18, 12, 8, 8, 10)
            )[0]
        if form == "three" and not x.middle:
            form = "full"
        value = {
            "full": x.full(),
            "three": f"{x.first} {x.middle} {x.last}",
            "sfirst": f"{x.last}, {x.first}",
            "upper": x.full().upper(),
            "initial": f"{x.first[0]}. {x.last}",
            "first": x.first,
            "lower": x.first.lower(),
            "gen": (x.first if x.first[-1] not in "sxz" else x.full()) + "s",
        }[form]
        if form == "gen" and value.endswith("ss"):
            value = x.first + "s" if x.first[-1] not in "sxz" else x.first + "'s"
            if value.endswith("'s"):
                value = f"{x.first[0]}. {x.last}"
        self.v(value, "PERSON")

    def address(self, block: bool, who: str = "p") -> None:
        if self.neg:
            self.t("[ADRESSE]")
            return
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B', 'C'))}"
        extra = r.choice(
            ("", "", ", st.", f", {r.randrange(1, 5)}. {r.choice(('th', 'tv', 'mf'))}.")
        )
        self.v(f"{street}{extra}{chr(10) if block else ', '}{r.choice(TOWNS)}", "ADDRESS")

    def cpr(self) -> None:
        r = self.rng
        b = self.birth()
        if self.neg:
            self.t(r.choice(("[CPR]", f"{b:%d%m%y}-xxxx")))
            return
        seventh = "4" if b.year >= 2000 else r.choice("0123")
        while True:
            serial = seventh + "".join(str(r.randrange(10)) for _ in range(3))
            digits = f"{b:%d%m%y}{serial}"
            if not mod11_ok(digits):
                break
        d = digits
        self.v(r.choice((f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                         f"{d[:6]} {d[6:]}")), "CPR")  # fmt: skip

    def dob(self) -> None:
        r = self.rng
        b = self.birth()
        if self.neg:
            self.t("xx.xx.19xx")
            return
        forms = (f"{b.day}. {MONTHS[b.month - 1]} {b.year}", f"{b:%d.%m.%Y}",
                 f"{b.day}/{b.month}-{b.year}", f"{b:%d-%m-%Y}")  # fmt: skip
        self.v(r.choice(forms), "DATE_OF_BIRTH")

    def phone(self, fresh: bool = False) -> None:
        if self.neg:
            self.t(self.rng.choice(("[TLF]", f"+45 ** ** ** {self.rng.randrange(10, 99)}")))
            return
        self.v(self.phone_value() if fresh else self.tel, "PHONE")

    def email(self, who: str = "p") -> None:
        x = getattr(self, who)
        if self.neg:
            self.t(self.rng.choice(("[e-mail]", f"{ascii_mail(x.first)[0]}***@example.dk")))
            return
        self.v(self.mail if who == "p" else self.mail_value(x), "EMAIL")

    def staff_mail(self) -> str:
        return f"{ascii_mail(self.s.first)}.{ascii_mail(self.s.last)}@kystlinjen.example.dk"

    def account(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[kontonr.]")
            return
        reg = f"{r.randrange(1000, 9999)}"
        acct = "".join(str(r.randrange(10)) for _ in range(r.choice((8, 10, 10))))
        form = r.randrange(3)
        if form == 0:
            self.t(f"reg.nr. {reg}, kontonr. ")
            self.v(acct, "BANK_ACCOUNT")
        else:
            self.v(f"{reg}{'-' if form == 1 else ' '}{acct}", "BANK_ACCOUNT")

    def iban(self) -> None:
        r = self.rng
        country = r.choice(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4
        if country in ("NL", "GB"):
            bban = "".join(r.choice(LETTERS) for _ in range(4))
            bban += "".join(str(r.randrange(10)) for _ in range(n - 4))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(n))
        value = iban_for(country, bban)
        if self.neg:
            self.t(f"{country}{value[2:4]}XXXXXXXXXX{value[-4:]}")
            return
        self.v(grouped(value) if r.random() < 0.6 else value, "IBAN")

    def card(self) -> None:
        r = self.rng
        if self.neg:
            self.t(r.choice(("**** **** **** ", "******")) + f"{r.randrange(10000):04d}")
            return
        prefix = r.choice(TEST_PREFIXES)
        body = prefix + "".join(str(r.randrange(10)) for _ in range(15 - len(prefix)))
        number = body + luhn_digit(body)
        self.v(grouped(number) if r.random() < 0.6 else number, "CARD")

    def expiry(self) -> None:
        r = self.rng
        if self.neg:
            self.t("**/**")
            return
        m, y = r.randrange(1, 13), r.randrange(26, 32)
        self.v(f"{m:02d}/{y}" if r.random() < 0.7 else f"{m:02d}/20{y}", "CARD_EXPIRY")

    def cvv(self) -> None:
        r = self.rng
        self.t(r.choice(("CVV ", "cvc ", "CVC ", "kontrolcifre ")))
        if self.neg:
            self.t("***")
            return
        self.v(f"{r.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[kode]")
            return
        self.v(
            f"{r.randrange(10**5, 10**6)}" if r.random() < 0.75 else f"{r.randrange(10**7, 10**8)}",
            "OTP",
        )

    def mitid(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[bruger-id]")
            return
        base = ascii_mail(r.choice((self.p.first, self.p.last.split("-")[0])))
        base = re.sub(r"[^a-z]", "", base)
        self.v(
            base + r.choice((f"{r.randrange(10, 99)}", f"{r.randrange(1935, 2000)}")), "MITID_USER"
        )

    def plate(self) -> None:
        r = self.rng
        letters = r.choice(LETTERS) + r.choice(LETTERS)
        if self.neg:
            self.t(f"{letters} ** ***")
            return
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        spaced = r.random() < 0.75
        self.v(
            f"{letters} {digits[:2]} {digits[2:]}" if spaced else letters + digits, "NUMBER_PLATE"
        )

    def org(self, style: str = "") -> None:
        r = self.rng
        kind, street, town = self.site if r.random() < 0.6 else r.choice(SITES)
        self.has_org = True
        style = style or r.choice(("sentence", "bracket", "comma", "return", "shop"))
        self.t(
            {
                "sentence": f"vores {kind} på {street}, {town}",
                "bracket": f"Kystlinjen Taxa ({street}, {town})",
                "comma": f"{street}, {town}",
                "return": f"returnér terminalen til {street}, {town}",
                "shop": f"kom forbi vores kundeskranke på {street} i {town.split(' ', 1)[1]}",
                "lines": f"{street}\n{town}",
            }[style]
        )


# -- the plain (never labelled) values ---------------------------------------------------
def amount(r: random.Random) -> str:
    kr = r.choice((r.randrange(60, 999), r.randrange(1000, 25000)))
    txt = f"{kr:,}".replace(",", ".")
    return r.choice((f"{txt},{r.choice(('00', '50', '95'))} kr.", f"kr. {txt}", f"{txt} kr."))


def stamp(r: random.Random) -> str:
    when = f"{r.randrange(6, 23):02d}:{r.randrange(60):02d}"
    return f"2026-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} {when}"


def clock(r: random.Random) -> str:
    return f"{r.randrange(6, 23):02d}:{r.randrange(60):02d}"


def day(r: random.Random) -> str:
    return f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}.{r.choice(('26', '2026'))}"


def trip(r: random.Random) -> str:
    return f"TUR-{r.randrange(10**6, 10**7)}"


def case(r: random.Random) -> str:
    return f"SAG-26-{r.randrange(10**5):05d}"


def vogn(r: random.Random) -> str:
    return f"vogn {r.randrange(100, 1000)}"


def terminal(r: random.Random) -> str:
    return f"terminal T{r.randrange(1, 9)}-{r.randrange(10**4):04d}"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10**7 * 2, 10**7 * 4)}"


# -- templates ---------------------------------------------------------------------------
Handler = Callable[[Doc], None]
HANDLERS: dict[str, Handler] = {
    "P": lambda d: d.name("p"),
    "Pf": lambda d: d.name("p", "first"),
    "Pfull": lambda d: d.name("p", "full"),
    "Pg": lambda d: d.name("p", "gen"),
    "Pu": lambda d: d.name("p", "upper"),
    "Ps": lambda d: d.name("p", "sfirst"),
    "Q": lambda d: d.name("q"),
    "Qf": lambda d: d.name("q", "first"),
    "Qg": lambda d: d.name("q", "gen"),
    "S": lambda d: d.name("s", "full"),
    "Sf": lambda d: d.name("s", "first"),
    "A": lambda d: d.address(False),
    "AB": lambda d: d.address(True),
    "cpr": Doc.cpr,
    "dob": Doc.dob,
    "tel": lambda d: d.phone(),
    "tel2": lambda d: d.phone(True),
    "mail": lambda d: d.email("p"),
    "qmail": lambda d: d.email("q"),
    "smail": lambda d: d.v(d.staff_mail(), "EMAIL") if not d.neg else d.t("[e-mail]"),
    "acct": Doc.account,
    "iban": Doc.iban,
    "card": Doc.card,
    "exp": Doc.expiry,
    "cvv": Doc.cvv,
    "otp": Doc.otp,
    "mitid": Doc.mitid,
    "plate": Doc.plate,
    "alias": lambda d: d.v(d.alias, "PERSON") if not d.neg else d.t("Medarbejder B"),
    "unit": lambda d: d.t(d.unit),
    "org": lambda d: d.org(),
    "co": lambda d: d.t(d.rng.choice(COMPANIES)),
    "bank": lambda d: d.t(d.rng.choice(BANKS)),
    "app": lambda d: d.t(d.rng.choice(PRODUCTS)),
    "amt": lambda d: d.t(amount(d.rng)),
    "ts": lambda d: d.t(stamp(d.rng)),
    "kl": lambda d: d.t(f"kl. {clock(d.rng).replace(':', '.')}"),
    "day": lambda d: d.t(day(d.rng)),
    "trip": lambda d: d.t(trip(d.rng)),
    "case": lambda d: d.t(case(d.rng)),
    "vogn": lambda d: d.t(vogn(d.rng)),
    "term": lambda d: d.t(terminal(d.rng)),
    "cvr": lambda d: d.t(cvr(d.rng)),
    "line": lambda d: d.t(d.rng.choice(ORG_LINES)),
    "street": lambda d: d.t(f"ved {d.rng.choice(STREETS)}"),
    "fam": lambda d: d.t(d.rng.choice(FAMILY)),
    "mmail": lambda d: d.t(f"{d.rng.choice('abcdehjklmst')}***@example.dk"),
    "mcard": lambda d: d.t(f"**** **** **** {d.rng.randrange(10000):04d}"),
    "mtel": lambda d: d.t(f"+45 ** ** ** {d.rng.randrange(10, 100)}"),
}


def fill(d: Doc, template: str) -> None:
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            HANDLERS[piece](d)
        elif piece:
            d.t(piece)


def some(d: Doc, templates: tuple[str, ...], low: int, high: int) -> None:
    for template in d.rng.sample(templates, d.rng.randint(low, min(high, len(templates)))):
        fill(d, template)


def opening_hours(d: Doc) -> None:
    kind, street, town = d.site
    d.has_org = True
    d.t(f"Åbningstider, {kind} ({street}, {town}): man-fre 08-17, lør 10-14.\n")


def signature(d: Doc) -> None:
    r = d.rng
    _kind, street, town = d.site
    d.has_org = True
    fill(d, "\n\nVenlig hilsen\n{S}\n")
    d.t(r.choice(("Svindelteamet", "Kundeservice", "Refusionsteamet", "Kørselskontoret")))
    d.t(f", Kystlinjen Taxa\n{street}, {town}\nTlf. ")
    fill(d, "{line} · {cvr}")


LOG_LINES = (
    "{ts} INFO  login ok user={mail} device=android-{vogn}\n",
    "{ts} WARN  phone changed on account of {P}: new number {tel2} (old {mtel})\n",
    '{ts} INFO  card added {card} exp {exp} {cvv} holder "{Pu}"\n',
    "{ts} WARN  refund {amt} requested to {iban} for {trip}\n",
    "{ts} INFO  OTP {otp} sent to {tel}\n",
    "{ts} ERROR 3 failed logins for {mail} from new device\n",
    "{ts} INFO  payout to driver {Q} konto {acct}\n",
    "{ts} WARN  {term} flagged: skimmer suspected, vehicle {plate} ({vogn})\n",
    "{ts} INFO  MitID login user {mitid} for patientkørsel booking {trip}\n",
    "{ts} INFO  profile updated: address {A}\n",
    "{ts} WARN  refund {amt} to card {mcard} reversed, {case}\n",
    "{ts} INFO  receipt sent to {mmail}\n",
    "{ts} INFO  driver login {Q} on {plate}\n",
    "{ts} INFO  new payout account {acct} for driver {Qf}\n",
)


def gen_applog(d: Doc) -> None:
    r = d.rng
    fill(d, "Kystlinjen Taxa · app-log · eksport {day} · {case}\n")
    if r.random() < 0.5:
        d.t("Serverrum og drift: ")
        d.org("comma")
        d.t("\n")
    d.t("----\n")
    some(d, LOG_LINES, 6, 11)
    d.t("----\n")
    fill(d, r.choice((
        "Note fra svindelteamet ({Sf}): kontoen tilhører {P}, tlf. {tel}; stoppet {kl}.\n",
        "Analyst {S}: phished account, customer {P} confirmed she never added the card.\n",
        "Kommentar: kunden {P} ({mail}) har ringet, {Pg} kort er spærret i {bank}.\n",
        "Kommentar: refusionen til {iban} er stoppet; kunden har ikke bedt om den.\n",
    )))  # fmt: skip
    if r.random() < 0.45:
        d.t("Terminaler sendes til ")
        d.org("comma")
        d.t(".\n")


EMAIL_BODY = (
    "Jeg blev hentet {street}, og chaufføren tog mit kort to gange. Kortet er {card}.\n",
    "Min konto i appen er overtaget; nogen har ændret telefonnummeret fra {tel} til et andet.\n",
    "Jeg fik en sms om en refusion på {amt} og skulle indtaste koden {otp} på et link.\n",
    "Refusionen skal gå til {acct} i {bank}, ikke til {iban} som står i appen.\n",
    "Min adresse er {A}, og jeg kan træffes på {tel}.\n",
    "Chaufføren sagde han hed {Q} og kørte i en bil med nummerplade {plate}.\n",
    "Han udgav sig for at være {alias} fra {unit} og bad om kortnummer, udløb {exp} og {cvv}.\n",
    "Det drejer sig om {fam}, {P}, som blev hentet til patientkørsel {kl}.\n",
    "Jeg er født {dob} og har CPR-nr. {cpr}, hvis I skal slå mig op.\n",
    "Please reply in English; my Danish is not good. My number is {tel2}.\n",
    "Turen var {trip} og kostede {amt}, men jeg blev trukket to gange.\n",
    "Jeg loggede ind med MitID, bruger-ID {mitid}, og så var der en ny enhed på kontoen.\n",
)
EMAIL_REPLY = (
    "Tak for din henvendelse. Vi har spærret kontoen og oprettet {case}.\n",
    "Vi har talt med chaufføren i {vogn}; bilen er ikke en af vores.\n",
    "Du kan aflevere kvitteringen i vores kundeskranke, eller sende den til {smail}.\n",
    "Vi beder aldrig om koder eller kontrolcifre pr. sms. Ring {line} ved tvivl.\n",
    "Vi har registreret {tel} som kontaktnummer og sendt kvittering til {mail}.\n",
    "Beløbet {amt} bliver tilbageført til kortet {mcard} inden for 5 bankdage.\n",
)


def gen_email(d: Doc) -> None:
    r = d.rng
    fill(d, "Fra: {P} <{mail}>\nTil: ")
    if d.neg:
        d.t("Kundeservice, Kystlinjen Taxa\n")
    else:
        d.v("kundeservice@kystlinjen.example.dk", "EMAIL")
        d.t("\n")
    fill(d, r.choice(("Emne: Falsk refusion?\n", "Emne: Snydt af chauffør\n",
                      "Emne: Konto hacket\n", "Emne: Re: {case}\n")))  # fmt: skip
    fill(d, "Dato: {day} {kl}\n\n")
    d.t(r.choice(("Hej\n\n", "Kære Kystlinjen\n\n", "Hi,\n\n")))
    some(d, EMAIL_BODY, 3, 6)
    fill(d, r.choice(("\nMvh {P}\n", "\nVenlig hilsen\n{Pfull}\n{AB}\n", "\n/{Pf}\n")))
    fill(d, "\n-----\nFra: {S} <{smail}>\nTil: {P} <{mail}>\nEmne: SV: {case}\n\nHej {Pf}\n\n")
    some(d, EMAIL_REPLY, 2, 4)
    if r.random() < 0.6:
        d.t("Du er også velkommen til at ")
        d.org("shop")
        d.t(".\n")
    signature(d)


CHAT_CUSTOMER = (
    "hej, min app er blevet hacket",
    "jeg har fået en sms med koden {otp}, skal jeg give den videre?",
    "mit nummer er {tel}",
    "kortet ender ikke på det de skriver, det er {card}",
    "udløb {exp} og {cvv}, det skrev jeg på siden",
    "the driver said he was {Q} and took my card out of the terminal",
    "bilen havde plade {plate}",
    "jeg bor på {A}",
    "my email is {mail}",
    "der kom en refusion til en konto jeg ikke kender: {iban}",
    "han ringede og udgav sig for at være {alias} fra {unit}",
    "kan I sende pengene til {acct} i stedet?",
    "det var {fam} der bestilte turen",
    "jeg er født {dob}",
    "ok tak",
    "er det jer der har skrevet til mig?",
)
CHAT_AGENT = (
    "Hej, du taler med {Sf} fra Kystlinjen. Hvad kan jeg hjælpe med?",
    "Giv aldrig koden videre. Vi spærrer kontoen nu.",
    "Kan du bekræfte dit telefonnummer?",
    "Tak. Jeg har oprettet {case} til dig.",
    "Hvilken tur drejer det sig om? Et turnummer som {trip} står i kvitteringen.",
    "Bilen er ikke registreret hos os. Jeg sender det videre til svindelteamet.",
    "Beløbet {amt} bliver tilbageført.",
    "You can also visit our desk, we are open weekdays.",
    "Har du spærret kortet i {bank}?",
    "Jeg kan se en ny enhed på kontoen siden {kl}.",
)


def gen_chat(d: Doc) -> None:
    r = d.rng
    hh, mm = r.randrange(7, 21), r.randrange(50)
    fill(d, r.choice(("Chat-log {app} · {case}\n", "Kundechat {day}\n")))
    lower = not d.neg and r.random() < 0.3
    cust = d.p.first.lower() if lower else r.choice((d.p.full(), d.p.first))
    staff = d.s.first if r.random() < 0.5 else d.s.full()
    agent_lines = r.sample(CHAT_AGENT, len(CHAT_AGENT))
    customer_lines = r.sample(CHAT_CUSTOMER, len(CHAT_CUSTOMER))
    for i in range(r.randint(10, 16)):
        mm += r.randrange(0, 3)
        hh, mm = hh + mm // 60, mm % 60
        d.t(f"[{hh:02d}:{mm:02d}] ")
        agent = i % 2 == 0 if r.random() < 0.8 else r.random() < 0.5
        if d.neg:
            d.t(d.pseud["s"] if agent else d.pseud["p"].replace("[NAVN]", "Kunde A"))
        else:
            d.v(staff if agent else cust, "PERSON")
        d.t(": ")
        lines = agent_lines if agent else customer_lines
        fill(d, lines.pop() if lines else "ok")
        d.t("\n")
    if r.random() < 0.55:
        opening_hours(d)


FORM_FIELDS = (
    "Navn: {P}\n",
    "Adresse: {A}\n",
    "CPR-nr.: {cpr}\n",
    "Fødselsdato: {dob}\n",
    "Telefon: {tel}\n",
    "E-mail: {mail}\n",
    "Kortnummer: {card}  Udløb: {exp}  {cvv}\n",
    "Refusion til: {acct} ({bank})\n",
    "Udenlandsk konto (IBAN): {iban}\n",
    "Turnummer: {trip}  Beløb: {amt}\n",
    "Bil/nummerplade: {plate}  ({vogn})\n",
    "Chaufførens navn (hvis kendt): {Q}\n",
    "MitID bruger-ID brugt ved login: {mitid}\n",
    "Pårørende: {Q}, tlf. {tel2}\n",
)


def gen_form(d: Doc) -> None:
    r = d.rng
    fill(d, r.choice(("KLAGE OG REFUSION · Kystlinjen Taxa\n", "Anmodning om tilbagebetaling\n",
                      "Blanket: mistanke om svindel ({case})\n")))  # fmt: skip
    if r.random() < 0.5:
        d.t("Sendes til: ")
        d.org("comma")
        d.t("\n")
    d.t("\n")
    fill(d, "Navn: {P}\n")
    fill(d, r.choice(("Adresse:\n{AB}\n", "Adresse: {A}\n")))
    some(d, FORM_FIELDS[2:], 5, 9)
    fill(d, r.choice((
        "\nBeskrivelse: Chaufføren tog betaling to gange. Min Kystlinjen-profil viser {mcard}.\n",
        "\nBeskrivelse: Jeg fik en mail fra {mmail} om refusion og klikkede på linket.\n",
        "\nBeskrivelse: En mand udgav sig for at være {alias} fra {unit} og bad om koden {otp}.\n",
        "\nBeskrivelse: Taxien holdt {street}. Kvitteringen var falsk.\n",
    )))  # fmt: skip
    fill(d, "\nDato: {day}   Underskrift: {P}\n")
    if r.random() < 0.3:
        d.t("Returnér blanketten til ")
        d.org("comma")
        d.t(".\n")


CASE_LINES = (
    "{day}: {P} anmelder, at chaufføren i bilen {plate} ikke havde taxilicens.\n",
    "Føreren kaldte sig {Q}; kørselskontoret kender ingen chauffør af det navn.\n",
    "{Qg} telefon {tel2} er registreret på en privat konto.\n",
    "Kortterminalen ({term}) i {vogn} havde en skimmer; kortet {card} blev brugt {kl}.\n",
    "Kunden blev ringet op af en der udgav sig for at være {alias} fra {unit}.\n",
    "Udbetaling til chaufførkonto {acct} er stoppet.\n",
    "Svindleren bad om refusion til {iban}.\n",
    "Kunden bor {street}, nærmere bestemt {A}.\n",
    "Kontakt: {tel}, {mail}.\n",
    "CPR på den patient, der blev kørt: {cpr}.\n",
    "Bilen blev set igen med plade {plate} ved holdepladsen.\n",
    "Vidne: {Q}, {A}.\n",
    "Kunden har givet koden {otp} videre i telefonen.\n",
    "English summary: fake driver, card skimmed, customer {P} refunded {amt}.\n",
    "{fam} var med i bilen og kan bekræfte forløbet.\n",
)


def gen_casenote(d: Doc) -> None:
    r = d.rng
    fill(d, "Sagsnotat {case} · svindelteamet\nSagsbehandler: {S}\n")
    if r.random() < 0.45:
        d.t("Afdeling: ")
        d.org("lines")
        d.t("\n")
    d.t("\n")
    some(d, CASE_LINES, 5, 9)
    fill(d, r.choice(("\nNæste skridt: politianmeldelse, {Sf} følger op.\n",
                      "\nAfsluttet: beløbet {amt} er refunderet.\n",
                      "\nStatus: afventer svar fra {bank}.\n")))  # fmt: skip


CALL_LINES = (
    "Opkald fra {P} {kl}, nummer {tel}.\n",
    "Ringer på vegne af {fam} ({P}), som er født {dob}.\n",
    "Hun/han fik et opkald fra en der udgav sig for at være {alias} fra {unit}.\n",
    "Har oplyst kortnummer {card}, udløb {exp} og {cvv}.\n",
    "Har læst koden {otp} op for svindleren.\n",
    "Kunden bekræfter CPR {cpr} og adresse {A}.\n",
    "Chaufføren kørte i en hvid bil, {plate}, ikke en af vores.\n",
    "Refusion ønskes til {acct}.\n",
    "Ny e-mail på kontoen: {mail} (kunden kender den ikke).\n",
    "Caller asked in English; number abroad {tel2}.\n",
    "Kunden har MitID-bruger {mitid}; ingen ny MitID-godkendelse set.\n",
    "Henvist til {bank} for spærring af kortet.\n",
    "Turen {trip} er refunderet med {amt}.\n",
)


def gen_callnote(d: Doc) -> None:
    r = d.rng
    fill(d, r.choice(("Opkaldsnotat · hotline {line}\n", "Call note · fraud hotline\n")))
    fill(d, "Modtaget af {S}, {day} {kl}\n\n")
    some(d, CALL_LINES, 5, 9)
    if r.random() < 0.55:
        d.t("Kunden blev tilbudt at ")
        d.org("shop")
        d.t(" med kvitteringen.\n")
    fill(d, r.choice(("\nSag oprettet: {case}\n", "\nIngen sag oprettet.\n")))


POLICE_LINES = (
    "Anmelder oplyste, at en falsk chauffør hentede {fam} ved Kystlinjens holdeplads.\n",
    "Køretøjet havde registreringsnummer {plate}.\n",
    "Føreren præsenterede sig som {Q}, tlf. {tel2}.\n",
    "Anmelders kort {card} blev efterfølgende brugt ved en terminal i udlandet.\n",
    "Gerningsmanden ringede senere og udgav sig for at være {alias} fra {unit}.\n",
    "Der blev overført {amt} til {iban}.\n",
    "Anmelder har givet koden {otp} videre.\n",
    "Vidne {Q}, {A}, så bilen holde {kl}.\n",
    "Anmelders bankkonto: {acct}.\n",
    "Anmelder kan kontaktes på {tel} eller {mail}.\n",
    "Selskabet ({co}) har udleveret turdata for {trip}.\n",
)


def gen_police(d: Doc) -> None:
    r = d.rng
    fill(d, "POLITIANMELDELSE · bedrageri\nJournalnr. {case}\n")
    d.t("Anmelder: ")
    if r.random() < 0.6:
        fill(d, "{Pu}")
    else:
        fill(d, r.choice(("{Pfull}", "{Ps}")))
    fill(d, "\nCPR: {cpr}\nAdresse:\n{AB}\nTlf.: {tel}\n\n")
    some(d, POLICE_LINES, 4, 8)
    if r.random() < 0.5:
        d.t("Anmeldelsen er modtaget med kopi til ")
        d.org("bracket")
        d.t(".\n")
    fill(d, "\nModtaget af politiet {day}. Anmelders underskrift: {P}\n")


LETTER_LINES = (
    "Vi har modtaget din klage over turen {trip} den {day}.\n",
    "Vores undersøgelse viser, at chaufføren i bilen {plate} ikke kører for os.\n",
    "Beløbet {amt} tilbagebetales til konto {acct}.\n",
    "Vi har spærret kortet {card} i vores system.\n",
    "Din konto i KystTaxa-appen er nulstillet; log ind med MitID ({mitid}).\n",
    "Vi har registreret dit nye telefonnummer {tel}.\n",
    "Den refusion, der blev bestilt til {iban}, er annulleret.\n",
    "Husk at vi aldrig beder om koder som {otp} eller kortets kontrolcifre.\n",
    "Kopi er sendt til {mail}.\n",
    "Vi har orienteret {co} om sagen.\n",
)


def gen_letter(d: Doc) -> None:
    r = d.rng
    _kind, street, town = d.site
    d.has_org = True
    d.t(f"Kystlinjen Taxa A/S\n{street}\n{town}\nTlf. ")
    fill(d, "{line}\n{cvr}\n\n")
    fill(d, r.choice(("{Pfull}\n{AB}\n\n", "{Pu}\n{AB}\n\n")))
    fill(d, "{day}\nVores ref.: {case}\n\nKære {Pf}\n\n")
    some(d, LETTER_LINES, 3, 6)
    if r.random() < 0.5:
        d.t("Har du spørgsmål, er du velkommen til at ")
        d.org("shop")
        d.t(".\n")
    signature(d)


WRITERS: dict[str, Callable[[Doc], None]] = {
    "applog": gen_applog,
    "email": gen_email,
    "chat": gen_chat,
    "form": gen_form,
    "casenote": gen_casenote,
    "callnote": gen_callnote,
    "police": gen_police,
    "letter": gen_letter,
}


def pad_org(d: Doc) -> None:
    """An organisation address in the footer of about 40 % of the documents that hold none."""
    r = d.rng
    style = r.randrange(3)
    if style == 0:
        d.t("\n\nKystlinjen Taxa · ")
        d.org("comma")
    elif style == 1:
        d.t("\n\n")
        opening_hours(d)
    else:
        d.t("\n\nReturnering af kortterminaler: ")
        d.org("return")


def negative_extras(d: Doc) -> None:
    """The stand-ins every negative genre can hold after pseudonymisation."""
    r = d.rng
    for _ in range(r.randint(1, 3)):
        fill(d, r.choice((
            "\n[pseudonymiseret: {P}, [ADRESSE], [TLF], [e-mail]]",
            "\nRefusion til [kontonr.] afvist; koden [kode] blev ikke brugt.",
            "\nOplysninger fjernet: [CPR], [NAVN], [kontonr.].",
            "\nKunde B og Vidne 2 er anonymiseret; {street}.",
        )))  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, seeded."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            WRITERS[genre](d)
            if d.neg:
                negative_extras(d)
            if not d.has_org and rng.random() < 0.45:
                pad_org(d)
            text = d.text()
            if text not in seen and (d.neg or d.spans):
                break
        seen.add(text)
        docs.append({"id": f"pii_blind120-{i:04d}", "genre": genre, "kind": kind,
                     "text": text, "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind120.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
