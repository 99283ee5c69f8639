"""A seventieth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary
fortnight in September at a MUNICIPALITY'S BENEFIT CONTROL UNIT AND CITIZEN SERVICE (social
fraud tips, identity misuse for benefits, moving-address checks, letters and case notes), in
nine genres: a citizen's tip form about social fraud (the tipper's contact details, the
person tipped about, the car outside), an investigator's dated case notes (CPR, address block,
payment account, plates), an e-mail thread (Fra:/Til:/Emne:) between the control unit, the
citizen and Udbetaling Danmark, Borgerservice's call notes about identity misuse (a fake
"kommune" caller who took a MitID user ID, a code read out and card details), a Teams-style
chat ("[09:14] Name: ...") between caseworkers, a case-system export (semicolon separated), a
letter of consultation (partshøring) with an address block, a moving-address check report
(birth dates after "født", neighbours, plates) and an investigator's summary of identity misuse
for benefits (foreign IBANs, foreign phones, cards). The names are those of Danes of all ages,
Danes with roots elsewhere ("Amira Haddad", "Tran Van Long"), double surnames
("Brøndum-Kjeldsen") and the unit's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "borgeren",
  "anmelder"); "Brøndum, Kirsten" is one span; a genitive s belongs to it ("Kirstens"); a
  lower-case name typed in a chat ("kirsten") is PERSON; so is an upper-case name in an
  export or a letter head ("KIRSTEN BRØNDUM"). A scammer's alias ("Jonas fra kortafdelingen")
  labels only the name. Organisations, products, placeholders ("[NAVN]", "Borger A",
  "Anmelder 1") and family words ("hendes samlever") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. Organisations'
  own postal addresses never occur.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH
  (full date, four-digit year: "4. marts 1958", "04.03.1958", "4/3-1958", "04-03-1958") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date is labelled.
- PHONE: Danish 8-digit numbers from the MOBILE and LANDLINE leads (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span; foreign numbers only from fiction ranges ("+44 7700 900123",
  "+46 70 174 06 55"). Organisations' lines (ORG_LINES, 112, 114, 1813) are never PHONE.
- EMAIL: every address (all on example.* domains), each occurrence, the unit's own too.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; with the reg.nr. in its
  own words ("reg. 1234 konto 12345678", "reg.nr. 1234, kontonr. 0012345678") only the
  account. IBAN: valid check digits and the country's length, grouped by four or compact. CARD:
  Luhn-valid with a test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY
  "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "cvc", "CVC" or "kontrolcifre".
  OTP: a one-time code (6 or 8 digits) sent, asked for or read out; MITID_USER a MitID user
  ID given as such; NUMBER_PLATE a Danish plate ("CK 41 207" or "CK41207").
- Hard negatives, never labelled: case and journal numbers ("KON-26-04417", "j.nr. 26/18203"),
  amounts ("12.500 kr.", "kr. 8.240,00"), timestamps ("kl. 09.14", "[10:22]", "2026-09-08",
  "08.09.26"), CVR numbers, IMEI-like and tracking numbers ("IMEI 35 281906 412873 4",
  "sporingsnr. CX482913305DK"), order and receipt numbers, masked values ("040652-xxxx",
  "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, companies, banks, products, streets named
  without a number and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and pseudonyms ("Borger
  A", "Anmelder 1") remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind69 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = "pii_blind69"
SIZE = 1000
NEGATIVES = 350
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "424242", "555555", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "PL": 28, "LT": 20, "GB": 22, "ES": 24}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "75", "86", "87", "89",
            "96", "97", "98", "99")  # fmt: skip

FIRST_NAMES = (
    "Kirsten", "Ejner", "Gudrun", "Palle", "Birthe", "Aksel", "Inger", "Svend", "Ruth",
    "Verner", "Lissi", "Bent", "Grethe", "Torben", "Hanne", "Flemming", "Lone", "Kim", "Susanne",
    "Brian", "Pernille", "Rasmus", "Tina", "Jesper", "Camilla", "Kasper", "Maja", "Mathias",
    "Emilie", "Frederik", "Ida", "Oliver", "Freja", "Malthe", "Alberte", "Villads", "Nanna",
    "Amira", "Yusuf", "Fatima", "Ahmad", "Leyla", "Mehmet", "Zeynep", "Hamza", "Aisha", "Omar",
    "Agnieszka", "Tomasz", "Oksana", "Dmytro", "Ana", "Mihai", "Priya", "Arjun", "Long", "Mai",
    "Sigrid", "Bjarke", "Karoline", "Asger", "Thyra", "Esben", "Wilma", "Halfdan", "Rikke",
)  # fmt: skip
MIDDLE_NAMES = ("Marie", "Louise", "Kristian", "Bach", "Skov", "Juul", "Dam", "Lund", "Friis")
# The names tests/test_pii_blind_sets.py reads the given names by.
WOMEN, MEN = FIRST_NAMES, ()
SURNAMES = (
    "Brøndum", "Kjeldsen", "Overgaard", "Thygesen", "Lykkegaard", "Bisgaard", "Damgaard",
    "Haahr", "Mølgaard", "Vestergaard", "Skaarup", "Hjorth", "Krogh", "Bundgaard", "Risager",
    "Nørgaard", "Kragh", "Ebbesen", "Sloth", "Iversen", "Dalsgaard", "Toft", "Holst", "Ravn",
    "Haddad", "Yilmaz", "Demir", "Hussaini", "Rahimi", "Nowak", "Kowalczyk", "Shevchenko",
    "Popescu", "Tran", "Nguyen", "Sharma", "Abdullahi", "Mortensen", "Gregersen", "Busk",
)  # fmt: skip
DOUBLE_SURNAMES = (
    "Brøndum-Kjeldsen", "Skaarup-Holst", "Haahr-Ravn", "Krogh-Sloth", "Bisgaard-Toft",
    "Nørgaard-Busk", "Yilmaz-Hjorth", "Damgaard-Iversen", "Ebbesen-Kragh", "Risager-Thygesen",
)  # fmt: skip
STREETS = (
    "Birkemosevej", "Ravnsborg Tværgade", "Fiskerlejet", "Kløvermarken", "Lærkevænget",
    "Sønderbrogade", "Hyldebærvej", "Engdraget", "Møllegårdsvej", "Skovbrynet", "Tjørnevej",
    "Havnevej", "Præstemarken", "Rugvænget", "Stationsalléen", "Bakkedraget", "Ahornvej",
    "Lindegårds Allé", "Kastanjevej", "Vibeholmsvej", "Nørre Boulevard", "Fjordgade",
)  # fmt: skip
TOWNS = (
    "4700 Næstved", "4200 Slagelse", "7100 Vejle", "8800 Viborg", "6000 Kolding",
    "4300 Holbæk", "5700 Svendborg", "9800 Hjørring", "7400 Herning", "3400 Hillerød",
    "2630 Taastrup", "8900 Randers", "6700 Esbjerg", "4000 Roskilde", "2800 Kongens Lyngby",
    "9900 Frederikshavn", "6400 Sønderborg", "4600 Køge", "8600 Silkeborg", "5500 Middelfart",
)  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
ORG_LINES = ("70 12 44 90", "70 23 81 15", "80 33 62 10", "7012 4490", "80 60 52 48")
COMPANIES = ("Fjordbyg ApS", "Nordlys Vikar A/S", "Vognmand Egeskov I/S", "Rengøringshjørnet",
             "Udbetaling Danmark", "Skattestyrelsen", "PostNord", "Borgerservice")  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Lunar")
PRODUCTS = ("MitID", "NemKonto", "e-Boks", "Digital Post", "MobilePay")
PSEUDONYMS = ("Borger A", "Borger B", "Anmelder 1", "Samlever 2", "Medarbejder C")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
FAMILY = ("hendes samlever", "hans samlever", "min søn", "hendes datter", "hans ekskone",
          "min mor", "hendes kæreste")  # fmt: skip
GENRES = ("tipformular", "sagsnotat", "mailtraad", "opkaldsnotat", "chat", "eksport",
          "partshoering", "flyttekontrol", "opsummering")  # fmt: skip
MAIL_DOMAINS = ("example.dk", "post.example.dk", "example.com", "example.net")
STAFF_MAIL = "ydelseskontrol@example.dk"


def grouped(compact: str) -> str:
    """A value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


class Doc:
    """Text built piece by piece with exact spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def s(self, text: str, kind: str | None) -> Doc:
        if kind is not None:
            self.spans.append({"start": self.size, "end": self.size + len(text), "type": kind})
        return self.t(text)

    def text(self) -> str:
        return "".join(self.parts)


class Person:
    def __init__(self, r: random.Random) -> None:
        self.first = r.choice(FIRST_NAMES)
        self.middle = r.choice(MIDDLE_NAMES) if r.random() < 0.3 else ""
        self.last = r.choice(DOUBLE_SURNAMES) if r.random() < 0.3 else r.choice(SURNAMES)
        self.user = self.first.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")


class Ctx:
    """One document's generator: real values in positives, stand-ins in negatives."""

    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r = r
        self.neg = neg
        self.d = Doc()
        self.pseudo: dict[Person, str] = {}

    # -- text -----------------------------------------------------------------------------
    def t(self, text: str) -> Ctx:
        self.d.t(text)
        return self

    def pick(self, *options: str) -> str:
        return self.r.choice(options)

    def day(self) -> date:
        return date(2026, 9, 1) + timedelta(days=self.r.randrange(14))

    def stamp(self) -> str:
        d = self.day()
        h, m = self.r.randrange(8, 16), self.r.randrange(60)
        return self.r.choice(
            (f"{d:%Y-%m-%d} {h:02d}:{m:02d}", f"{d:%d.%m.%y}, kl. {h:02d}.{m:02d}", f"{d:%Y-%m-%d}")
        )

    def case(self) -> str:
        r = self.r
        return r.choice(
            (
                f"KON-26-{r.randrange(10**5):05d}",
                f"j.nr. 26/{r.randrange(10**5):05d}",
                f"BS-{r.randrange(10**6):06d}-26",
                f"UDK-2026-{r.randrange(10**6):06d}",
            )
        )

    def amount(self) -> str:
        r = self.r
        kr = r.randrange(300, 60000)
        whole = f"{kr:,}".replace(",", ".")
        return r.choice((f"{whole} kr.", f"kr. {whole},{r.randrange(100):02d}"))

    def lookalike(self) -> None:
        r = self.r
        kind = r.randrange(9)
        if kind == 0:
            self.t(f"Beløb: {self.amount()} (sag {self.case()}). ")
        elif kind == 1:
            imei = f"{r.randrange(10, 99)} {r.randrange(10**6):06d} {r.randrange(10**6):06d}"
            self.t(f"Telefonen i beslaglæggelsen: IMEI {imei} {r.randrange(10)}. ")
        elif kind == 2:
            self.t(f"Brev sendt med sporingsnr. CX{r.randrange(10**8, 10**9)}DK. ")
        elif kind == 3:
            self.t(f"Arbejdsgiver {r.choice(COMPANIES[:4])}, CVR-nr. {r.randrange(10**7, 10**8)}. ")
        elif kind == 4:
            self.t(f"Ordrenr. {r.randrange(10**6, 10**7)}, kvitteringsnr. ")
            self.t(f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}. ")
        elif kind == 5:
            self.t(
                f"Udbetalt {self.amount()} via {r.choice(PRODUCTS[1:2])} fra {r.choice(BANKS)}. "
            )
        elif kind == 6:
            self.t(f"Borgeren kan ringe til os på {r.choice(ORG_LINES)}. ")
        elif kind == 7:
            self.t(f"Set ved {r.choice(STREETS)} flere gange, sammen med {r.choice(FAMILY)}. ")
        else:
            self.t(f"Logget {self.stamp()}, ticket {self.case()}. ")

    def masked(self) -> str:
        r = self.r
        return r.choice(
            (
                f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(40, 99)}-xxxx",
                f"+45 ** ** ** {r.randrange(10, 99)}",
                f"{r.choice('abdhkmst')}***@{r.choice(MAIL_DOMAINS)}",
                f"**** **** **** {r.randrange(1000, 9999)}",
                f"******{r.randrange(1000, 9999)}",
                f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)}",
            )
        )

    # -- personal data --------------------------------------------------------------------
    def person(self, p: Person, form: str = "", pseudo: str = "") -> Ctx:
        if self.neg:
            if not pseudo:
                if p not in self.pseudo:
                    self.pseudo[p] = self.r.choice(("[NAVN]", *PSEUDONYMS))
                pseudo = self.pseudo[p]
            return self.t(pseudo)
        r = self.r
        form = form or r.choice(
            ("full", "full", "full", "first", "three", "initial", "surfirst", "upper", "gen")
        )
        last = p.last
        if form == "first":
            name = p.first
        elif form == "lower":
            name = p.first.lower()
        elif form == "three":
            name = f"{p.first} {p.middle or r.choice(MIDDLE_NAMES)} {last}"
        elif form == "initial":
            name = r.choice((f"{p.first[0]}. {last}", f"{p.first} {r.choice('BHJKLMPS')}. {last}"))
        elif form == "surfirst":
            name = f"{last}, {p.first}"
        elif form == "upper":
            name = f"{p.first} {last}".upper()
        elif form == "gen":
            base = r.choice((p.first, f"{p.first} {last}", last))
            if base[-1] in "sxz":
                base = p.first if p.first[-1] not in "sxz" else "Kirsten"
            name = base + "s"
        else:
            name = f"{p.first} {p.middle + ' ' if p.middle else ''}{last}"
        self.d.s(name, "PERSON")
        return self

    def cpr(self, form: int | None = None) -> Ctx:
        r = self.r
        if self.neg:
            return self.t(r.choice(("[CPR]", self.masked_cpr())))
        born = date(1936, 1, 1) + timedelta(days=r.randrange(365 * 70))
        century = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            serial = century + f"{r.randrange(1000):03d}"
            digits = f"{born:%d%m%y}{serial}"
            if not _mod11(digits):
                break
        form = r.randrange(4) if form is None else form
        d6 = digits[:6]
        value = (
            f"{d6}-{serial}",
            digits,
            f"{d6[:2]} {d6[2:4]} {d6[4:]} {serial}",
            f"{d6} {serial}",
        )[form]
        self.d.s(value, "CPR")
        return self

    def masked_cpr(self) -> str:
        r = self.r
        return f"{r.randrange(1, 29):02d}{r.randrange(1, 13):02d}{r.randrange(40, 99)}-xxxx"

    def dob(self) -> Ctx:
        r = self.r
        cue = r.choice(("født ", "f. ", "Fødselsdato: "))
        self.t(cue)
        if self.neg:
            return self.t("xx.xx.19xx")
        b = date(1938, 1, 1) + timedelta(days=r.randrange(365 * 67))
        value = r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        self.d.s(value, "DATE_OF_BIRTH")
        return self

    def phone(self, form: int | None = None) -> Ctx:
        r = self.r
        if self.neg:
            return self.t(r.choice(("[TLF]", f"+45 ** ** ** {r.randrange(10, 99)}")))
        form = r.randrange(12) if form is None else form
        if form == 10:
            value = f"+44 7700 900{r.randrange(1000):03d}"
        elif form == 11:
            value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            lead = r.choice(MOBILE + MOBILE + LANDLINE)
            n = lead + f"{r.randrange(10**6):06d}"
            pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
            value = (
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
            )[form]
        self.d.s(value, "PHONE")
        return self

    def email(self, p: Person | None = None, fixed: str = "") -> Ctx:
        r = self.r
        if self.neg:
            return self.t(r.choice(("[e-mail]", self.masked_mail())))
        if fixed:
            value = fixed
        else:
            p = p or Person(r)
            last = p.last.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
            last = last.replace("-", "")
            local = r.choice(
                (f"{p.user}.{last}", f"{p.user}{r.randrange(50, 99)}", f"{p.user[0]}{last}")
            )
            value = f"{local}@{r.choice(MAIL_DOMAINS)}"
        self.d.s(value, "EMAIL")
        return self

    def masked_mail(self) -> str:
        return f"{self.r.choice('abdhkmst')}***@{self.r.choice(MAIL_DOMAINS)}"

    def address(self, lines: str = "") -> Ctx:
        r = self.r
        if self.neg:
            return self.t("[ADRESSE]")
        lines = lines or r.choice(("one", "two", "bare"))
        value = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', 'A', 'B', 'C'))}"
        if r.random() < 0.4:
            value += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
            )
        if lines == "one":
            value += f", {r.choice(TOWNS)}"
        elif lines == "two":
            value += f"\n{r.choice(TOWNS)}"
        self.d.s(value, "ADDRESS")
        return self

    def account(self) -> Ctx:
        r = self.r
        if self.neg:
            return self.t(r.choice(("[kontonr.]", f"******{r.randrange(1000, 9999)}")))
        reg = f"{r.randrange(1100, 9899)}"
        acct = f"{r.randrange(10**9, 10**10)}"
        form = r.randrange(4)
        if form == 0:
            self.d.s(f"{reg}-{acct}", "BANK_ACCOUNT")
        elif form == 1:
            self.d.s(f"{reg} {acct}", "BANK_ACCOUNT")
        elif form == 2:
            self.t(f"reg. {reg} konto ").d.s(f"{r.randrange(10**7, 10**8)}", "BANK_ACCOUNT")
        else:
            self.t(f"reg.nr. {reg}, kontonr. ").d.s(f"00{acct[:8]}", "BANK_ACCOUNT")
        return self

    def iban(self) -> Ctx:
        r = self.r
        if self.neg:
            return self.t(f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)}")
        country = r.choice(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4
        if country == "GB":
            bban = r.choice(("NWBK", "BARC", "MIDL")) + "".join(
                str(r.randrange(10)) for _ in range(14)
            )
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(n))
        value = _iban(country, bban)
        self.d.s(r.choice((value, grouped(value))), "IBAN")
        return self

    def card(self) -> Ctx:
        r = self.r
        if self.neg:
            return self.t(r.choice(("**** **** **** ", "******")) + f"{r.randrange(1000, 9999)}")
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        value = body + _luhn_digit(body)
        self.d.s(r.choice((value, grouped(value), grouped(value))), "CARD")
        return self

    def expiry(self) -> Ctx:
        r = self.r
        if self.neg:
            return self.t("**/**")
        m, y = r.randrange(1, 13), r.randrange(26, 32)
        self.d.s(r.choice((f"{m:02d}/{y}", f"{m:02d}/20{y}")), "CARD_EXPIRY")
        return self

    def cvv(self) -> Ctx:
        r = self.r
        self.t(r.choice(("CVV ", "cvc ", "CVC ", "kontrolcifre ")))
        if self.neg:
            return self.t("***")
        self.d.s(f"{r.randrange(100, 1000)}", "CARD_CVV")
        return self

    def otp(self) -> Ctx:
        r = self.r
        if self.neg:
            return self.t("[kode]")
        n = r.choice((6, 6, 8))
        self.d.s(f"{r.randrange(10 ** (n - 1), 10**n)}", "OTP")
        return self

    def mitid(self, p: Person) -> Ctx:
        r = self.r
        if self.neg:
            return self.t("[NAVN]-bruger")
        suffix = r.choice((f"{r.randrange(40, 99)}", f"19{r.randrange(40, 99)}", "2003"))
        self.d.s(f"{p.user}{suffix}", "MITID_USER")
        return self

    def plate(self, spaced: bool | None = None) -> Ctx:
        r = self.r
        if self.neg:
            return self.t("** ** ***")
        letters = "".join(r.choice("ABCDEHKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{r.randrange(10, 99)}{r.randrange(100, 999)}"
        spaced = r.random() < 0.7 if spaced is None else spaced
        self.d.s(f"{letters} {n[:2]} {n[2:]}" if spaced else f"{letters}{n}", "NUMBER_PLATE")
        return self


STAFF_ROLES = ("sagsbehandler", "kontrollant", "teamleder", "jurist", "borgerservicemedarbejder")


# -- genres ---------------------------------------------------------------------------------
def _tipformular(c: Ctx) -> None:
    r = c.r
    tipper, subject, partner = Person(r), Person(r), Person(r)
    c.t(f"ANMELDELSE AF SOCIALT BEDRAGERI - modtaget {c.stamp()}\nSagsnr.: {c.case()}\n\n")
    if r.random() < 0.35:
        c.t("Anmelder ønsker at være anonym.\n")
    else:
        c.t("Anmelders navn: ").person(tipper, r.choice(("full", "upper", "surfirst")))
        c.t("\nTelefon: ").phone().t("\nE-mail: ").email(tipper).t("\n")
    c.t("\nDen anmeldte\nNavn: ").person(subject, r.choice(("full", "upper", "three")))
    c.t("\nAdresse: ").address("one").t("\nCPR (hvis kendt): ").cpr().t("\n\n")
    c.t("Beskrivelse:\n")
    c.person(subject, "first").t(" får kontanthjælp som enlig, men ")
    c.person(partner, r.choice(("full", "three", "initial"))).t(" bor der fast. ")
    c.t("Hans bil, en grå Skoda med nummerplade ").plate().t(", holder der hver nat. ")
    c.t("Han arbejder sort for ").t(r.choice(COMPANIES[:4])).t(". ")
    c.lookalike()
    c.t("\nMåske bruger de ")
    c.person(partner, "gen").t(" konto ").account().t(" til huslejen.\n")
    c.t("Kan kontaktes på ").phone().t(" efter kl. 16.\n")


def _sagsnotat(c: Ctx) -> None:
    r = c.r
    citizen, staff = Person(r), Person(r)
    c.t(f"Sagsnotat {c.case()}\nBorger: ").person(citizen, r.choice(("surfirst", "full", "three")))
    c.t(", CPR ").cpr().t("\nAdresse:\n").address("two").t("\n\n")
    days = sorted(c.day() for _ in range(4))
    for day, step in zip(days, r.sample(range(6), r.randrange(2, 5)), strict=False):
        c.t(f"{day:%d.%m.%y}: ")
        if step == 0:
            c.t("Indhentet kontooplysninger. Ydelsen udbetales til ").account().t(". ")
        elif step == 1:
            c.t("Telefonsamtale med ").person(citizen, "first").t(" på ").phone().t(". ")
            c.t("Borgeren oplyser, at ").person(Person(r), "full").t(" kun er på besøg. ")
        elif step == 2:
            c.t("Motorregister: køretøjet ").plate().t(" er registreret på ")
            c.person(Person(r), r.choice(("full", "initial"))).t(". ")
        elif step == 3:
            c.t("Udbetalt for meget i perioden: ").t(c.amount()).t(". ")
            c.lookalike()
        elif step == 4:
            c.t("Mail fra borgeren (").email(citizen).t(") med lejekontrakt modtaget. ")
        else:
            c.t("Naboen, ").person(Person(r), "three").t(", ").address("one")
            c.t(", bekræfter at to voksne bor i lejligheden. ")
        c.t("\n")
    c.t("\n/").person(staff, r.choice(("full", "initial"))).t(f", {r.choice(STAFF_ROLES)}\n")


def _mailtraad(c: Ctx) -> None:
    r = c.r
    citizen, staff, udk = Person(r), Person(r), Person(r)
    c.t("Fra: ").person(staff, "full").t(" <").email(staff).t(">\nTil: ")
    c.person(udk, "full").t(" <").email(udk).t(">\nCc: ").email(fixed=STAFF_MAIL)
    c.t(f"\nEmne: Sag {c.case()} - mulig identitetsmisbrug\nDato: {c.stamp()}\n\n")
    c.t(f"Hej {'[NAVN]' if c.neg else ''}")
    if not c.neg:
        c.person(udk, "first")
    c.t("\n\nVi har en borger, ").person(citizen, r.choice(("full", "three", "surfirst")))
    c.t(" (CPR ").cpr().t("), som oplyser, at en anden har søgt boligstøtte i hendes navn. ")
    c.t("Ansøgningen angiver udbetaling til ").account().t(" og adressen ").address("one")
    c.t(", hvor hun aldrig har boet. ")
    c.lookalike()
    c.t("\nKontaktoplysningerne i ansøgningen: ").phone().t(" og ").email().t(".\n\n")
    c.t("Kan I stoppe udbetalingen?\n\nVenlig hilsen\n").person(staff, "full")
    c.t("\nYdelseskontrollen\n\n")
    c.t("> Fra: ").email(citizen).t("\n> ")
    c.t(r.choice(("Jeg har aldrig søgt noget. ", "Det er ikke mig der har søgt. ")))
    c.t("Min telefon er ").phone().t(". Hilsen ").person(citizen, r.choice(("first", "lower")))
    c.t("\n")


def _opkaldsnotat(c: Ctx) -> None:
    r = c.r
    caller, scammer, staff = Person(r), Person(r), Person(r)
    c.t(f"Opkaldsnotat, Borgerservice, {c.stamp()}\nModtaget af: ").person(staff, "initial")
    c.t("\nOpkald fra: ").person(caller, r.choice(("full", "upper", "three"))).t(", tlf. ")
    c.phone().t("\nCPR: ").cpr().t("\n\n")
    c.t("Borgeren blev i går ringet op af en mand, der kaldte sig ")
    c.person(scammer, "first").t(" fra kommunens ydelsesafdeling, fra nummeret ").phone()
    c.t(". Han sagde, at hendes boligstøtte var stoppet. Borgeren oplyste sit MitID-bruger-ID ")
    c.mitid(caller).t(" og læste koden ").otp().t(" op. ")
    if r.random() < 0.8 or c.neg:
        c.t("Bagefter gav hun sit kort ").card().t(", udløb ").expiry().t(", ").cvv()
        c.t(', til et "gebyr" på ').t(c.amount()).t(". ")
    c.t("Derefter kom en sms med engangskoden ").otp().t(". ")
    c.lookalike()
    c.t(f"\nHenvist til {r.choice(BANKS)} og politiet (114). Borgerens e-mail: ").email(caller)
    c.t("\n")


def _chat(c: Ctx) -> None:
    r = c.r
    a, b, citizen = Person(r), Person(r), Person(r)
    na = "Medarbejder C" if c.neg else None
    nb = "Borger A" if c.neg else None

    minute = [r.randrange(8 * 60, 15 * 60)]

    def line(who: Person, pseudo: str | None) -> None:
        minute[0] += r.randrange(0, 9)
        c.t(f"[{minute[0] // 60:02d}:{minute[0] % 60:02d}] ")
        if pseudo:
            c.t(pseudo)
        else:
            c.person(who, r.choice(("full", "full", "first")))
        c.t(": ")

    c.t(f"Teams-chat, kontrolgruppen, {c.day():%d.%m.%y}\n")
    line(a, na)
    c.t("har du sagen om ").person(citizen, r.choice(("lower", "first", "full"))).t("?\n")
    line(b, nb)
    c.t("ja, CPR ").cpr().t(", hun er flyttet til ").address("one").t("\n")
    line(a, na)
    c.t("tlf til hende er ").phone().t(" og mail ").email(citizen).t("\n")
    line(b, nb)
    c.t("bilen ").plate().t(" står stadig på den gamle adresse\n")
    line(a, na)
    c.t("ok, ").person(citizen, "lower").t(" skal partshøres\n")
    line(b, nb)
    c.t(f"{c.case()}, beløb {c.amount()}\n")
    line(a, na)
    c.t("jeg ringer til ").person(Person(r), r.choice(("lower", "first"))).t(" i morgen\n")
    line(b, nb)
    c.t("👍\n")


def _eksport(c: Ctx) -> None:
    r = c.r
    c.t(f"# Eksport fra sagssystemet {c.stamp()}\n")
    c.t("sagsnr;navn;cpr;adresse;telefon;konto;ydelse;beløb\n")
    for _ in range(r.randrange(3, 5)):
        p = Person(r)
        c.t(f"{c.case()};").person(p, r.choice(("upper", "surfirst", "full"))).t(";").cpr()
        c.t(";").address("one").t(";").phone(r.choice((3, 6, 7, 9))).t(";").account()
        c.t(f";{r.choice(('kontanthjælp', 'boligstøtte', 'børneydelse', 'SU'))};")
        c.t(f"{c.amount()}\n")


def _partshoering(c: Ctx) -> None:
    r = c.r
    citizen, staff = Person(r), Person(r)
    c.person(citizen, r.choice(("full", "upper", "three"))).t("\n").address("two")
    c.t(f"\n\nDato: {c.day():%d.%m.%Y}\nSagsnr.: {c.case()}\nCPR-nr.: ").cpr().t("\n\n")
    c.t("Partshøring - tilbagebetaling af boligstøtte\n\nKære ").person(citizen, "full")
    c.t("\n\nVi har oplysninger om, at du siden 1. marts har boet sammen med ")
    c.person(Person(r), r.choice(("full", "three", "initial")))
    c.t(" på adressen. Vi påtænker at kræve ").t(c.amount()).t(" tilbage. ")
    c.t(f"Du kan ringe på {r.choice(ORG_LINES)} eller skrive til ").email(fixed=STAFF_MAIL)
    c.t(". Beløbet er udbetalt til din konto ").account().t(".\n")
    c.lookalike()
    c.t("\n\nMed venlig hilsen\n\n").person(staff, "full").t("\nSagsbehandler, direkte tlf. ")
    c.phone(r.randrange(10)).t("\n")


def _flyttekontrol(c: Ctx) -> None:
    r = c.r
    citizen, n1, staff = Person(r), Person(r), Person(r)
    c.t(f"ADRESSEKONTROL {c.case()}, besøg {c.day():%d.%m.%Y}\n\n")
    c.t("Borger: ").person(citizen, r.choice(("surfirst", "full", "upper")))
    c.t(", ").dob().t("\nFolkeregisteradresse:\n").address("two")
    c.t("\nFaktisk opholdssted (oplyst af nabo):\n").address("two").t("\n\n")
    c.t("Ved besøget var navneskiltet ændret til ").person(n1, r.choice(("full", "three")))
    c.t(f". {'Hun' if r.random() < 0.5 else 'Han'} er ").dob().t(" og oplyste telefon ").phone()
    c.t(". Bil ").plate().t(" parkeret ud for.\n")
    c.t("Naboen ").person(Person(r), r.choice(("full", "initial", "first"))).t(" siger, at ")
    c.person(citizen, "gen").t(" post hentes af ").t(r.choice(FAMILY)).t(".\n")
    c.lookalike()
    c.t("\nKontrollant: ").person(staff, "initial").t("\n")


def _opsummering(c: Ctx) -> None:
    r = c.r
    victim, suspect, helper = Person(r), Person(r), Person(r)
    c.t(f"Efterforskningsresumé {c.case()}\n\n1. Forurettede: ")
    c.person(victim, r.choice(("full", "three", "surfirst"))).t(", CPR ").cpr()
    c.t(", ").address("one").t(".\n2. Mistænkte: ").person(suspect, r.choice(("full", "upper")))
    c.t(", ").dob().t(", tlf. ").phone().t(" og ").phone(r.choice((10, 11))).t(".\n")
    c.t("3. Ydelserne blev overført til ").iban().t(" og videre til ").iban().t(". ")
    c.t("Et kort ").card().t(" (udløb ").expiry().t(", ").cvv().t(
        ") blev brugt til kontanthævninger. "
    )
    c.t("Forurettede havde givet sit MitID-bruger-ID ").mitid(victim).t(" til en falsk ")
    c.t("medarbejder fra ").t(r.choice(COMPANIES[4:6])).t(".\n")
    c.t("4. ").person(suspect, "gen").t(" medhjælper, ").person(helper, r.choice(("full", "first")))
    c.t(", brugte mailen ").email(helper).t(" og ").email(victim).t(".\n")
    c.lookalike()
    c.t(f"\nSamlet tab: {c.amount()}\n")


BUILDERS: dict[str, Callable[[Ctx], None]] = {
    "tipformular": _tipformular,
    "sagsnotat": _sagsnotat,
    "mailtraad": _mailtraad,
    "opkaldsnotat": _opkaldsnotat,
    "chat": _chat,
    "eksport": _eksport,
    "partshoering": _partshoering,
    "flyttekontrol": _flyttekontrol,
    "opsummering": _opsummering,
}


def _negative_tail(c: Ctx, comment: bool) -> None:
    """The look-alikes a pseudonymised document keeps (a comment line under an export)."""
    c.t("\n# " if comment else "\n")
    for _ in range(c.r.randrange(2, 4)):
        c.lookalike()
    c.t(f"Maskeret: {c.masked()} og {c.masked()}. Sagen vedrører ")
    c.t(f"{c.r.choice(PSEUDONYMS)}, jf. {c.r.choice(STAND_INS)}.\n")


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, genres in turn."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs, seen, counts = [], set(), {"negative": 0, "positive": 0}
    for i, kind in enumerate(kinds):
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            c = Ctx(r, kind == "negative")
            BUILDERS[genre](c)
            if c.neg:
                _negative_tail(c, genre == "eksport")
            text = c.d.text()
            if text not in seen:
                break
        seen.add(text)
        spans = [] if c.neg else c.d.spans
        docs.append(
            {"id": f"b69-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind69.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
