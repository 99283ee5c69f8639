"""The hundred-and-twenty-fourth (124th) blind, seeded generator of Danish text with labelled
personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a CAR-REPAIR WORKSHOP
CHAIN with a tyre hotel and roadside assistance, and the fraud it meets (fake workshop invoices,
phished customers, fake tow trucks, stolen cars' plates), in eight genres: the workshop
system's incident log (a job's customer, phone, plate and the account a refund went to), an
e-mail thread (Fra:/Til:/Emne:) about a fake invoice with a foreign IBAN, a customer-service
chat ("[14:02] Name: ") in Danish and English, a roadside-assistance form (the member's CPR, born
date, address and card), the fraud team's case notes on a phished customer (MitID user ID, a
code read out, the card), a call note from the roadside hotline about a fake tow truck, a
police report of a stolen car's cloned plates ("Anmelder: NAME" in capitals) and a letter to a
customer. The names are those of Danes of all ages, Danes with roots elsewhere ("Hamid
Rezaei", "Tran Thi Lan"), double surnames ("Skovbo-Lund") and the chain's own staff. The
chain's own branches, tyre hotel, head office and returns depot (letterheads, signatures,
opening hours, "kom forbi ...", "returnér til ...") are never labelled; their streets are not
the customers' streets.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("mekaniker", "kunden", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in a chat ("jytte") is PERSON, so is a name in capitals ("AGNETE HOLM"). A scammer's alias
  ("Kenneth fra Vejhjælpen") is PERSON, the unit is not. Organisations, products, placeholders
  ("[NAVN]", "Kunde A", "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter and floor ("7C", "3. tv.", "st."),
  plus ", postcode town" on the same line or on the next line of an address block (line break
  included). A street named without a number is not an address; the chain's own addresses
  never are.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005), a serial that FAILS modulus 11. Written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni 1952",
  "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or
  "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish mobile and landline numbers of 8 digits in ten written forms (the country code
  inside the span) and fiction-range foreign numbers ("+44 7700 900xxx", "+46 70 174 06 xx");
  the chain's 70/80 lines are never PHONE.
- EMAIL: every unmasked e-mail address (example.* domains), staff's too.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; after "reg. 1234 konto" or
  "reg.nr. 1234, kontonr." only the account. IBAN with valid check digits and length, grouped
  by four or compact; CARD Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV after "CVV", "cvc", "CVC" or "kontrolcifre"; OTP a one-time code (6 or 8 digits);
  MITID_USER a MitID user ID; NUMBER_PLATE "BK 41 207" or "BK41207".
- Hard negatives, never labelled: job, invoice and case numbers ("OR-204117", "FAK-381920",
  "SAG-26-04417"), CVR numbers, amounts, dates and clock times, tyre sizes ("205/55 R16"),
  tyre-hotel rack places ("Reol C-14-2"), chassis numbers ("stelnr. ..."), mileages, masked
  values, the chain's 70/80 lines, companies, banks, products, the chain's own addresses,
  pseudonyms, a street without a number and family words. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[TLF]") and
  pseudonyms ("Kunde A") remain. No run of ten or more digits occurs outside a labelled
  identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind123 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 123_2026
SIZE = 1000
NEGATIVES = 350

GENRES = ("log", "e-mail", "chat", "formular", "sagsnotat", "opkaldsnotat", "politianmeldelse",
          "brev")  # fmt: skip
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
            "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Lone", "Hanne", "Jytte", "Inger", "Kirsten", "Vibeke", "Mette",
         "Tina", "Camilla", "Signe", "Maja", "Freja", "Ida", "Clara", "Alberte", "Nanna",
         "Rikke", "Solveig", "Ulla", "Gudrun", "Yasmin", "Amira", "Zainab", "Leyla", "Katarzyna",
         "Lan", "Merete", "Dorthe", "Astrid", "Emma", "Sofie", "Liva")  # fmt: skip
MEN = ("Bent", "Poul", "Kjeld", "Erik", "Jørgen", "Flemming", "Henning", "Torben", "Kenneth",
       "Jesper", "Brian", "Rasmus", "Mads", "Anders", "Mikkel", "Frederik", "Oliver", "Lukas",
       "Magnus", "Villads", "Hamid", "Omar", "Ahmet", "Tomasz", "Bilal", "Minh", "Arne",
       "Svend", "Carl", "Viggo", "Noah", "Aksel")  # fmt: skip
SURNAMES = ("Holm", "Bech", "Kragh", "Dalgaard", "Thygesen", "Lykke", "Vestergaard", "Brink",
            "Skovgaard", "Mølgaard", "Kjær", "Ravn", "Damsgaard", "Frost", "Juhl", "Lauridsen",
            "Nygaard", "Overgaard", "Stampe", "Winther", "Rezaei", "Yilmaz", "Kowalski",
            "Haddad", "Nowak", "Demir", "Ahmadi", "Hussain", "Abdi", "Iversen", "Bundgaard",
            "Kirkegaard", "Toft", "Høj")  # fmt: skip
DOUBLE = ("Skovbo-Lund", "Kjærsgaard-Toft", "Bach-Riis", "Møller-Brandt", "Holst-Yilmaz",
          "Friis-Haddad", "Dahl-Nørgaard", "Krogh-Ebbesen")  # fmt: skip
VIET = (("Tran", "Thi", "Lan"), ("Nguyen", "Van", "Minh"), ("Pham", "Thi", "Hoa"),
        ("Le", "Van", "Duc"))  # fmt: skip
MIDDLE_F = ("Marie", "Sofie", "Louise", "Margrethe")
MIDDLE_M = ("Emil", "Johan", "Peter", "Kristian")

STREETS = ("Hyldebærvej", "Kastanjealle", "Solsortevej", "Rypevej", "Engblommevej", "Lærkegade",
           "Bøgeskovvej", "Fasanvænget", "Stationsbakken", "Mosevangen", "Toftegårdsvej",
           "Kløvermarken", "Pilehaven", "Strandengen", "Skolestien", "Anemonevej",
           "Havremarken", "Birkedalsvej", "Mejsevej", "Rønnebærvej")  # fmt: skip
TOWNS = ("8000 Aarhus C", "8210 Aarhus V", "5000 Odense C", "9000 Aalborg", "4700 Næstved",
         "6700 Esbjerg", "7100 Vejle", "8600 Silkeborg", "4000 Roskilde", "3400 Hillerød",
         "2650 Hvidovre", "2750 Ballerup", "6000 Kolding", "8900 Randers C", "4200 Slagelse",
         "7400 Herning", "5700 Svendborg", "2300 København S")  # fmt: skip

COMPANIES = ("AutoRing Værksteder A/S", "DækHotellet", "Vejhjælp Nord ApS", "Bugseringsservice",
             "Motorhuset Kolding", "AutoRing Vejhjælp")  # fmt: skip
BANKS = ("Vestjysk Sparekasse", "Fyns Andelsbank", "Nordisk Handelsbank")
PRODUCTS = ("Dækhotel Plus", "Vejhjælp Basis", "ServiceAftale Total", "AutoRing Pay")
# The chain's own addresses (street and number): letterheads, branches, depot; never labelled.
ORG_ADDRESSES = ("Værkstedsbuen 14", "Industriparken 7", "Gearkassevej 22", "Dækbakken 3",
                 "Smedemestervej 41", "Transportcentret 9", "Motorvangen 16")  # fmt: skip
ORG_TOWNS = ("8200 Aarhus N", "5220 Odense SØ", "6000 Kolding", "2630 Taastrup", "9200 Aalborg SV",
             "7100 Vejle", "8700 Horsens")  # fmt: skip
ORG_LINES = ("70 22 41 90", "80 30 12 12", "7022 4190", "70 15 66 00")
CVRS = ("CVR-nr. 31874520", "CVR-nr. 29410376", "CVR-nr. 40557193")
PSEUDONYMS = ("Kunde A", "Kunde B", "Medarbejder A", "Medarbejder B", "Vidne 1", "Vidne 2")
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
FAMILY = ("min mand", "min kone", "min søn", "min datter", "min far", "min mor", "svigersønnen")
ALIAS_UNITS = ("Vejhjælpen", "kundeservice", "dækhotellet", "forsikringsafdelingen")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
EMAIL_DOMAINS = ("example.dk", "example.com", "example.net", "mail.example.dk")

Span = dict[str, object]


def grouped(compact: str) -> str:
    """A value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "u")):
        text = text.replace(a, b)
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == ".")


class Doc:
    """A text built piece by piece; `neg` replaces every value by a stand-in or pseudonym."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0
        self.cpr_value: str | None = None

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def v(self, value: str, kind: str) -> None:
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        self.t(value)

    def text(self) -> str:
        return "".join(self.parts)

    # -- values: each writes itself (labelled) or its stand-in (negatives) --
    def name(
        self, form: str | None = None, role: str = "Kunde A", who: tuple[str, str] | None = None
    ) -> tuple[str, str]:
        """Writes a name (or a pseudonym) and returns its first name and surname."""
        r = self.rng
        first, last = who or (r.choice(WOMEN + MEN), r.choice(SURNAMES))
        if self.neg:
            role = role[:-1] + r.choice("AB" if role[-1] in "AB" else "12")
            self.t(role if r.random() < 0.6 else "[NAVN]")
            return first, last
        form = form or r.choice(("full",) * 6 + ("first", "surname first", "hyphen", "three",
                                                    "initial", "genitive"))  # fmt: skip
        if form == "first":
            value = first
        elif form == "lower":
            value = first.lower()
        elif form == "upper":
            value = f"{first} {r.choice(SURNAMES + DOUBLE)}".upper()
        elif form == "surname first":
            value = f"{last}, {first}"
        elif form == "hyphen":
            value = f"{first} {r.choice(DOUBLE)}"
        elif form == "three":
            value = " ".join(r.choice(VIET)) if r.random() < 0.3 else (
                f"{first} {r.choice(MIDDLE_F if first in WOMEN else MIDDLE_M)} {last}")  # fmt: skip
        elif form == "initial":
            value = f"{first[0]}. {last}"
        elif form == "genitive":
            first = r.choice([n for n in WOMEN + MEN if not n.endswith(("s", "z", "x"))])
            value = first + "s"
        else:
            value = f"{first} {last}"
        self.v(value, "PERSON")
        return first, last

    def speaker(self, first: str, role: str) -> None:
        if self.neg:
            self.t(role)
        else:
            self.v(first, "PERSON")

    def alias(self) -> None:
        self.t("udgav sig for at være ")
        if self.neg:
            self.t("[NAVN]")
        else:
            self.v(self.rng.choice(MEN + WOMEN), "PERSON")
        self.t(" fra " + self.rng.choice(ALIAS_UNITS))

    def address(self, two_lines: bool | None = None) -> None:
        r = self.rng
        if self.neg:
            self.t("[ADRESSE]")
            return
        street = f"{r.choice(STREETS)} {r.randint(1, 120)}{r.choice(('',) * 4 + ('A', 'B', 'C'))}"
        floor = r.choice(
            ("", "", "", ", st.", f", {r.randint(1, 4)}. {r.choice(('th', 'tv', 'mf'))}.")
        )
        town = r.choice(TOWNS)
        if two_lines is None:
            two_lines = r.random() < 0.5
        self.v(street + floor + ("\n" if two_lines else ", ") + town, "ADDRESS")

    def cpr(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[CPR]" if r.random() < 0.6 else f"{r.randint(10, 28)}0{r.randint(1, 9)}"
                   f"{r.randint(40, 99)}-xxxx")  # fmt: skip
            return
        if self.cpr_value is None:
            born = date(1935, 1, 1) + timedelta(days=r.randint(0, 25500))
            while born.year > 2005:
                born -= timedelta(days=400)
            while True:
                d7 = "4" if born.year >= 2000 else str(r.randint(0, 3))
                digits = born.strftime("%d%m%y") + d7 + f"{r.randint(0, 999):03d}"
                if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                    break
            self.cpr_value = digits
        digits = self.cpr_value
        form = r.randrange(4)
        value = (f"{digits[:6]}-{digits[6:]}", digits,
                 f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                 f"{digits[:6]} {digits[6:]}")[form]  # fmt: skip
        self.v(value, "CPR")

    def birth(self) -> None:
        r = self.rng
        self.t(r.choice(("født ", "f. ", "Fødselsdato: ")))
        if self.neg:
            self.t("[dato]")
            return
        born = date(1938, 1, 1) + timedelta(days=r.randint(0, 24000))
        d, m, y = born.day, born.month, born.year
        value = r.choice((f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}",
                          f"{d:02d}-{m:02d}-{y}"))  # fmt: skip
        self.v(value, "DATE_OF_BIRTH")

    def phone(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[TLF]" if r.random() < 0.6 else f"+45 ** ** ** {r.randint(10, 99)}")
            return
        form = r.randrange(12)
        if form == 10:
            self.v(f"+44 7700 900{r.randint(0, 999):03d}", "PHONE")
            return
        if form == 11:
            self.v(f"+46 70 174 06 {r.randint(5, 99):02d}", "PHONE")
            return
        n = r.choice(MOBILE + LANDLINE) + f"{r.randint(0, 999999):06d}"
        p = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        value = (f"+45 {n}", f"+45 {p}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                 f"(+45) {p}", f"0045 {n}", p, n, f"+45{n}", p.replace(" ", "."))[form]  # fmt: skip
        self.v(value, "PHONE")

    def email(self, who: tuple[str, str] | None = None) -> None:
        r = self.rng
        if self.neg:
            self.t("[e-mail]" if r.random() < 0.6 else f"{r.choice('abhjklmst')}***@example.dk")
            return
        first, last = who or (r.choice(WOMEN + MEN), r.choice(SURNAMES))
        local = _ascii(first) + r.choice((".", "", "_")) + _ascii(last)
        if r.random() < 0.3:
            local += str(r.randint(1, 99))
        self.v(f"{local}@{r.choice(EMAIL_DOMAINS)}", "EMAIL")

    def staff_mail(self, who: str) -> None:
        if self.neg:
            self.t("[e-mail]")
        else:
            self.v(f"{who}@autoring.example.dk", "EMAIL")

    def masked_mail(self) -> None:
        self.t(f"{self.rng.choice('abdehjkmnst')}***@example.{self.rng.choice(('dk', 'com'))}")

    def account(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[kontonr.]")
            return
        reg = f"{r.randint(1000, 9899)}"
        form = r.randrange(4)
        if form == 0:
            self.v(f"{reg}-{r.randint(0, 10**10 - 1):010d}", "BANK_ACCOUNT")
        elif form == 1:
            self.v(f"{reg} {r.randint(0, 10**10 - 1):010d}", "BANK_ACCOUNT")
        elif form == 2:
            self.t(f"reg. {reg} konto ")
            self.v(f"{r.randint(10**7, 10**8 - 1)}", "BANK_ACCOUNT")
        else:
            self.t(f"reg.nr. {reg}, kontonr. ")
            self.v(f"{r.randint(0, 10**10 - 1):010d}", "BANK_ACCOUNT")

    def iban(self) -> None:
        r = self.rng
        if self.neg:
            self.t(f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}")
            return
        country = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_LENGTH[country] - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        self.v(grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> None:
        r = self.rng
        if self.neg:
            self.t(r.choice(("**** **** **** ", "******")) + f"{r.randint(1000, 9999)}")
            return
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(9))
        for last in "0123456789":
            digits = body + last
            doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
            if sum(n // 10 + n % 10 for n in doubled) % 10 == 0:
                break
        self.v(grouped(digits) if r.random() < 0.6 else digits, "CARD")

    def expiry(self) -> None:
        r = self.rng
        if self.neg:
            self.t("**/**")
            return
        y = r.randint(26, 31)
        self.v(
            f"{r.randint(1, 12):02d}/" + (f"20{y}" if r.random() < 0.3 else f"{y}"), "CARD_EXPIRY"
        )

    def cvv(self) -> None:
        r = self.rng
        self.t(r.choice(("CVV ", "cvc ", "CVC ", "kontrolcifre ")))
        if self.neg:
            self.t("***")
        else:
            self.v(f"{r.randint(100, 999)}", "CARD_CVV")

    def otp(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[kode]")
        else:
            self.v(f"{r.randint(10**5, 10**6 - 1)}" if r.random() < 0.8 else
                   f"{r.randint(10**7, 10**8 - 1)}", "OTP")  # fmt: skip

    def mitid(self) -> None:
        r = self.rng
        if self.neg:
            self.t("[bruger-id]")
            return
        tail = r.choice((f"{r.randint(10, 99)}", f"19{r.randint(40, 99)}", f"200{r.randint(0, 5)}"))
        self.v(_ascii(r.choice(WOMEN + MEN)) + r.choice(("", "bil", "x")) + tail, "MITID_USER")

    def plate(self) -> None:
        r = self.rng
        if self.neg:
            self.t(f"{r.choice('ABCDEJKLMNRSTUVXYZ')}{r.choice('ABCDEJKLMNRSTUVXYZ')} ** ***")
            return
        a, b = r.choice("ABCDEJKLMNRSTUVXYZ"), r.choice("ABCDEJKLMNRSTUVXYZ")
        n1, n2 = r.randint(10, 99), r.randint(100, 999)
        self.v(f"{a}{b} {n1} {n2}" if r.random() < 0.7 else f"{a}{b}{n1}{n2}", "NUMBER_PLATE")

    # -- hard negatives --
    def job(self) -> str:
        return f"OR-{self.rng.randint(100000, 999999)}"

    def invoice(self) -> str:
        return f"FAK-{self.rng.randint(100000, 999999)}"

    def case(self) -> str:
        return f"SAG-26-{self.rng.randint(10000, 99999)}"

    def amount(self) -> str:
        r = self.rng
        kr = r.randint(150, 48000)
        text = f"{kr:,}".replace(",", ".")
        return r.choice((f"{text} kr.", f"{text},{r.randint(0, 99):02d} kr.", f"kr. {text}"))

    def day(self) -> str:
        d = date(2026, 1, 5) + timedelta(days=self.rng.randint(0, 300))
        return self.rng.choice((d.strftime("%d.%m.26"), d.isoformat(), d.strftime("%d.%m.2026")))

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 21):02d}.{self.rng.randint(0, 59):02d}"

    def tyre(self) -> str:
        r = self.rng
        width, ratio = r.choice((185, 195, 205, 215, 225, 235)), r.choice((45, 50, 55, 60, 65))
        return f"{width}/{ratio} R{r.choice((15, 16, 17, 18, 19))}"

    def rack(self) -> str:
        r = self.rng
        return f"Reol {r.choice('ABCDEFGH')}-{r.randint(10, 40)}-{r.randint(1, 4)}"

    def vin(self) -> str:
        r = self.rng
        head = r.choice(("WVWZZZ1KZ", "WF0XXXGCD", "VF1RFB00X", "YV1ZWA8UD", "TMBJJ7NE"))
        tail = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17 - len(head)))
        return f"stelnr. {head}{tail}"

    def km(self) -> str:
        return f"{self.rng.randint(12, 289)}.{self.rng.randint(0, 999):03d} km"

    def line(self) -> str:
        return self.rng.choice(ORG_LINES)

    def org(self) -> str:
        return self.rng.choice(COMPANIES)

    def org_address(self) -> str:
        """The chain's own address in one of its usual settings (never labelled)."""
        r = self.rng
        i = r.randrange(len(ORG_ADDRESSES))
        street, town = ORG_ADDRESSES[i], ORG_TOWNS[i]
        return r.choice(
            (
                f"AutoRing Værksteder A/S, {street}, {town}",
                f"Kom forbi vores værksted på {street}, {town}.",
                f"Returnér nummerpladerne til vores depot ({street}, {town}).",
                f"Dækhotellet, {street}\n{town}\nÅbent man-fre 7.00-17.00, lør 9.00-13.00",
                f"AutoRing {town.split(' ', 1)[1]}\n{street}\n{town}",
                f"Hovedkontor: {street}, {town} · {r.choice(CVRS)}",
                f"Afhentning sker på {street} i {town.split(' ', 1)[1]}.",
            )
        )

    def street_alone(self) -> str:
        return f"ved {self.rng.choice(STREETS)}{self.rng.choice(('.', ','))}"

    def family(self) -> str:
        return self.rng.choice(FAMILY)


Genre = Callable[[Doc], None]


def _maybe_org(d: Doc, p: float = 0.6) -> None:
    if d.rng.random() < p:
        d.t("\n\n" + d.org_address() + "\n")


def g_log(d: Doc) -> None:
    r = d.rng
    d.t(f"{d.day()} {d.clock()} | {d.org()} | værkstedssystem | hændelse {d.case()}\n")
    d.t(f"Ordre {d.job()} oprettet for ")
    d.name(role="Kunde A")
    d.t(", bil ")
    d.plate()
    d.t(f", {d.km()}, {d.vin()}.\n")
    d.t(r.choice(("Kontakt: tlf. ", "Kundens mobil: ", "Telefon opgivet ved skranken: ")))
    d.phone()
    d.t(", mail ")
    d.email()
    d.t(".\n")
    for _ in range(r.randint(1, 3)):
        step = r.randrange(6)
        if step == 0:
            d.t(f"{d.clock()} Refusion af {d.invoice()} ({d.amount()}) ændret til konto ")
            d.account()
            d.t(" efter opkald fra 'kunden'.\n")
        elif step == 1:
            d.t(f"{d.clock()} Dækskifte {d.tyre()}, dæk lagt på {d.rack()}.\n")
        elif step == 2:
            d.t(f"{d.clock()} Login i AutoRing Pay med MitID-bruger ")
            d.mitid()
            d.t(", engangskode ")
            d.otp()
            d.t(" indtastet.\n")
        elif step == 3:
            d.t(f"{d.clock()} Udbetaling forsøgt til IBAN ")
            d.iban()
            d.t(f", beløb {d.amount()}. Stoppet.\n")
        elif step == 4:
            d.t(f"{d.clock()} Kunden oplyser ny adresse: ")
            d.address(False)
            d.t(".\n")
        else:
            d.t(f"{d.clock()} Bil afhentet af bugserfirma uden ordre; kunden ringede fra ")
            d.phone()
            d.t(".\n")
    d.t(
        f"Masked i eksport: {d.rng.choice('abjkm')}***@example.dk, "
        f"kort **** **** **** {r.randint(1000, 9999)}.\n"
    )
    _maybe_org(d, 0.55)


def g_mail(d: Doc) -> None:
    r = d.rng
    staff = r.choice(("svindel", "kundeservice", "faktura", "vejhjaelp"))
    invoice = d.invoice()
    d.t("Fra: ")
    who = d.name("full")
    d.t(" <")
    d.email(who)
    d.t(">\nTil: ")
    d.staff_mail(staff)
    d.t(
        f"\nEmne: {r.choice(('Faktura', 'Regning', 'Invoice'))} {invoice} - er den ægte?\n"
        f"Dato: {d.day()} {d.clock()}\n\n"
    )
    d.t(r.choice(("Hej\n\n", "Goddag\n\n", "Hi,\n\n")))
    d.t(
        r.choice(
            (
                f"Jeg har fået en faktura på {d.amount()} for reparation af bilen ",
                f"Vi har modtaget en regning fra jer på {d.amount()} vedrørende ",
                f"I received an invoice of {d.amount()} for repairs on my car ",
            )
        )
    )
    d.plate()
    d.t(
        r.choice(
            (". Den skal betales til IBAN ", ". Beløbet ønskes overført til ", ". Payment to ")
        )
    )
    d.iban()
    d.t(
        r.choice((", men jeg har aldrig været hos jer.", ". Det lyder forkert.", ". Is this real?"))
    )
    if r.random() < 0.5:
        d.t(f" Det var {d.family()}, der opdagede det.")
    d.t(" Jeg kan træffes på ")
    d.phone()
    d.t(".\n\nVenlig hilsen\n")
    d.name(r.choice(("full", "first", "initial")), who=who)
    if r.random() < 0.6:
        d.t("\n")
        d.address(True)
    d.t("\n\n-----\nFra: ")
    first = r.choice(WOMEN + MEN)
    if d.neg:
        d.t("Medarbejder A")
    else:
        d.v(first + " " + r.choice(SURNAMES), "PERSON")
    d.t(" <")
    d.staff_mail(staff)
    d.t(">\nTil: ")
    d.email(who)
    d.t(f"\nEmne: SV: {invoice}\n\n")
    d.t(
        r.choice(
            (
                "Tak for din henvendelse. Fakturaen er falsk - "
                "vi bruger aldrig udenlandske konti. ",
                "Den faktura er ikke fra os. Vores rigtige fakturaer har altid vores CVR-nummer. ",
                "Thank you, the invoice is fake. We never ask for payment to a foreign IBAN. ",
            )
        )
    )
    d.t(
        f"Sagen har nr. {d.case()}. Ring gerne på {d.line()}, hvis du har spørgsmål. "
        f"Svar aldrig til {'[e-mail]' if d.neg else ''}"
    )
    if not d.neg:
        d.masked_mail()
    d.t(".\n\nMed venlig hilsen\n")
    if d.neg:
        d.t("Medarbejder A")
    else:
        d.v(first if r.random() < 0.5 else first.upper(), "PERSON")
    d.t(
        f"\nAutoRing Værksteder A/S, svindelteamet\n{ORG_ADDRESSES[0]}, {ORG_TOWNS[0]}\n"
        if r.random() < 0.6
        else "\nAutoRing Kundeservice\n"
    )


CHAT_LINES_CUSTOMER = (
    "hej, jeg har fået en sms om at mine dæk på dækhotellet skal betales igen",
    "der stod at jeg skulle logge på med MitID via et link",
    "jeg har vist givet dem koden",
    "the tow truck driver wanted cash up front",
    "min bil er ikke hentet af jer vel?",
    "okay tak, hvad gør jeg nu",
    "det er min mand der har bilen i dag",
    "kan I ringe mig op?",
    "I paid but nobody came",
    "jeg er helt rystet",
)
CHAT_LINES_AGENT = (
    "Hej, tak fordi du skriver. Vi sender aldrig betalingslinks på sms.",
    "Må jeg bede om nummerpladen på bilen?",
    "Jeg spærrer adgangen til din profil nu.",
    "We never ask for cash on the roadside, all tows are booked through the app.",
    "Kontakt din bank med det samme og spær kortet.",
    "Jeg opretter en sag til svindelteamet.",
    "Dine dæk står stadig hos os, intet er flyttet.",
    "Du kan også ringe til os på vores hotline.",
)


def g_chat(d: Doc) -> None:
    r = d.rng
    cust = r.choice(WOMEN + MEN)
    agent = r.choice(WOMEN + MEN)
    h, m = r.randint(7, 20), r.randint(0, 40)
    d.t(f"AutoRing chat - sag {d.case()} - {d.day()}\n")

    def say(who: str, role: str) -> None:
        nonlocal m
        m += r.randint(0, 2)
        d.t(f"[{h:02d}:{m:02d}] ")
        d.speaker(who, role)
        d.t(": ")

    say(agent, "Medarbejder A")
    d.t("Velkommen til AutoRing, du skriver med ")
    d.speaker(agent, "Medarbejder A")
    d.t(". Hvad kan jeg hjælpe med?\n")
    say(cust, "Kunde A")
    d.t("hej det er ")
    if d.neg:
        d.t("Kunde A")
    else:
        d.v(cust.lower(), "PERSON")
    d.t(" her, " + r.choice(CHAT_LINES_CUSTOMER) + "\n")
    extras = [0, 1, 2, 3, 4, 5]
    r.shuffle(extras)
    for step in extras[: r.randint(4, 6)]:
        if step == 0:
            say(agent, "Medarbejder A")
            d.t(r.choice(CHAT_LINES_AGENT) + " Hvilken bil drejer det sig om?\n")
            say(cust, "Kunde A")
            d.t("det er ")
            d.plate()
            d.t("\n")
        elif step == 1:
            say(cust, "Kunde A")
            d.t(r.choice(("jeg skrev koden ", "they asked for the code ", "koden var ")))
            d.otp()
            d.t(" og mit bruger-id ")
            d.mitid()
            d.t("\n")
        elif step == 2:
            say(agent, "Medarbejder A")
            d.t("Hvilket nummer kan vi ringe til dig på?\n")
            say(cust, "Kunde A")
            d.phone()
            d.t("\n")
        elif step == 3:
            say(cust, "Kunde A")
            d.t("han ")
            d.alias()
            d.t(" og ville have kortnummer ")
            d.card()
            d.t(" udløb ")
            d.expiry()
            d.t(" og ")
            d.cvv()
            d.t("\n")
        elif step == 4:
            say(agent, "Medarbejder A")
            d.t(f"Dine dæk ({d.tyre()}) står på {d.rack()}. " + r.choice(CHAT_LINES_AGENT) + "\n")
        else:
            say(cust, "Kunde A")
            d.t(r.choice(CHAT_LINES_CUSTOMER) + ", " + d.family() + " er også ringet op\n")
        say(agent, "Medarbejder A")
        d.t(r.choice(CHAT_LINES_AGENT) + "\n")
        say(cust, "Kunde A")
        d.t(r.choice(("ok", "tak", "thanks", "forstået", "ja")) + "\n")
    say(agent, "Medarbejder A")
    d.t(
        r.choice(
            ("Du er velkommen til at komme forbi.", "Ring på " + d.line() + " hvis der sker mere.")
        )
    )
    _maybe_org(d, 0.55)


def g_form(d: Doc) -> None:
    r = d.rng
    d.t(f"ANMODNING OM VEJHJÆLP / SKADESANMELDELSE\n{r.choice(PRODUCTS)} - sag {d.case()}\n\n")
    d.t("Medlemmets navn: ")
    d.name(r.choice(("full", "surname first", "hyphen", "three", "upper")))
    d.t("\nCPR-nr.: ")
    d.cpr()
    d.t("\n")
    d.birth()
    d.t("\nAdresse: ")
    d.address(r.random() < 0.4)
    d.t("\nTelefon: ")
    d.phone()
    d.t("\nE-mail: ")
    d.email()
    d.t("\nKøretøj: ")
    d.plate()
    d.t(f", {d.vin()}, {d.km()}\nDæk: {d.tyre()}\n")
    d.t(
        f"Hændelse ({d.day()}, {d.clock()}): "
        + r.choice(
            (
                "Bilen gik i stå, og en kranvogn dukkede op uden at være bestilt.",
                "En person ringede og sagde, at vi havde sendt en bugser. Det havde vi ikke.",
                "Bilen blev slæbt til et ukendt værksted, som krævede betaling.",
            )
        )
    )
    if r.random() < 0.5:
        d.t(" Bilen holdt " + d.street_alone().rstrip(".,") + ".")
    d.t("\nBetalt med kort: ")
    d.card()
    d.t(" (udløb ")
    d.expiry()
    d.t(")\nRefusion til: ")
    d.account()
    d.t(f"\nBeløb: {d.amount()}\nUnderskrift: ")
    d.name("full")
    _maybe_org(d, 0.6)


def g_notes(d: Doc) -> None:
    r = d.rng
    d.t(f"Sagsnotat {d.case()} - svindelteamet, {d.org()}\nOprettet {d.day()}\n\n")
    d.t("Kunde: ")
    d.name(r.choice(("full", "surname first", "hyphen", "three")))
    d.t(", ")
    d.birth()
    d.t(", ")
    d.cpr()
    d.t(".\n")
    notes = [0, 1, 2, 3, 4, 5]
    r.shuffle(notes)
    for step in notes[: r.randint(3, 5)]:
        if step == 0:
            d.t(
                "- Kunden modtog sms om 'ubetalt dækhotel'. "
                "Loggede ind på falsk side med MitID-bruger "
            )
            d.mitid()
            d.t(" og gav koden ")
            d.otp()
            d.t(".\n")
        elif step == 1:
            d.t("- Kortet ")
            d.card()
            d.t(", udløb ")
            d.expiry()
            d.t(", ")
            d.cvv()
            d.t(", blev misbrugt for " + d.amount() + ". Spærret i " + r.choice(BANKS) + ".\n")
        elif step == 2:
            d.t("- Penge overført til ")
            d.iban()
            d.t(" samt ")
            d.account()
            d.t(".\n")
        elif step == 3:
            d.t("- Kontakt: ")
            d.phone()
            d.t(" / ")
            d.email()
            d.t(". Gammel mail i systemet: ")
            d.masked_mail()
            d.t(".\n")
        elif step == 4:
            d.t("- ")
            d.name("genitive")
            d.t(" bil ")
            d.plate()
            d.t(f" står på værkstedet, {d.km()}, ordre {d.job()}.\n")
        else:
            d.t("- Svindleren ")
            d.alias()
            d.t(f" og ringede fra et skjult nummer. Kunden fortalte det til {d.family()}.\n")
    d.t("Behandlet af: ")
    d.name(r.choice(("initial", "first", "full")), role="Medarbejder B")
    _maybe_org(d, 0.55)


def g_call(d: Doc) -> None:
    r = d.rng
    d.t(f"Opkaldsnotat - AutoRing Vejhjælp ({d.line()}) - {d.day()} {d.clock()}\n")
    d.t("Indringer: ")
    d.name(r.choice(("full", "first", "hyphen", "surname first", "three")))
    d.t(", ringede fra ")
    d.phone()
    d.t(".\n")
    d.t(
        r.choice(
            (
                "Står i vejkanten på E45. En kranvogn kom efter 10 min, "
                "selvom vi ikke havde sendt nogen. ",
                "Fik opkald fra 'AutoRing' om at bilen skulle hentes. Chaufføren ",
                "A tow truck arrived before our partner. The driver ",
            )
        )
    )
    d.alias()
    if r.random() < 0.4:
        d.t(". Det var ")
        d.name("genitive", role="Kunde B")
        d.t(" nabo, der så det")
    d.t(
        ". "
        + r.choice(
            (
                "Han ville have bilen med til et andet værksted. ",
                "He asked for payment by card. ",
                "Krævede " + d.amount() + " kontant. ",
            )
        )
    )
    d.t("Bil: ")
    d.plate()
    d.t(". ")
    if r.random() < 0.6:
        d.t("Kunden læste kortnummeret op: ")
        d.card()
        d.t(", ")
        d.cvv()
        d.t(". ")
    if r.random() < 0.5:
        d.t("Fik en sms-kode ")
        d.otp()
        d.t(", som kunden ikke har givet videre. ")
    d.t("Hjemadresse: ")
    d.address(False)
    d.t(".\nAftalt: rigtig bugser sendt, kunden anmelder til politiet på 114. Noteret af ")
    d.name(r.choice(("first", "initial")), role="Medarbejder A")
    d.t(".")
    _maybe_org(d, 0.55)


def g_police(d: Doc) -> None:
    r = d.rng
    d.t(f"POLITIANMELDELSE - tyveri af nummerplader / brugstyveri\nJournal {d.case()}\n\n")
    d.t("Anmelder: ")
    d.name("upper", role="Kunde A")
    d.t("\nCPR: ")
    d.cpr()
    d.t("\nAdresse: ")
    d.address(r.random() < 0.6)
    d.t("\nTlf.: ")
    d.phone()
    d.t("\n\nForklaring:\n")
    d.t(
        r.choice(
            (
                "Anmelder opdagede, at nummerpladerne ",
                "Anmelders bil stod på værkstedets parkering, da pladerne ",
                "Efter service blev pladerne ",
            )
        )
    )
    d.plate()
    d.t(" fjernet. Pladerne er siden set på en anden bil med " + d.vin() + ". ")
    if r.random() < 0.5:
        d.t("Bilen var parkeret " + d.street_alone() + " ")
    d.t(f"Værkstedets ordre {d.job()}. Anmelder har oplyst det til {d.family()}.\n\n")
    d.t("Vidne: ")
    d.name(r.choice(("full", "hyphen", "three")), role="Vidne 1")
    d.t(", ")
    d.birth()
    d.t("\n")
    d.address(True)
    d.t("\nMail: ")
    d.email()
    d.t(f"\n\nModtaget {d.day()} {d.clock()} af politiassistent ")
    d.name(r.choice(("initial", "full")), role="Medarbejder B")
    d.t(".")
    _maybe_org(d, 0.5)


def g_letter(d: Doc) -> None:
    r = d.rng
    if r.random() < 0.7:
        d.t(d.org_address() + "\n\n")
    d.name("full")
    d.t("\n")
    d.address(True)
    d.t(f"\n\n{d.day()}\nVedr. ordre {d.job()} og bil ")
    d.plate()
    d.t("\n\nKære ")
    d.name("first")
    d.t("\n\n")
    d.t(
        r.choice(
            (
                "Vi har registreret, at der er sendt falske fakturaer i vores navn. ",
                "Du har kontaktet os om en bugser, som ikke var sendt af os. ",
                "Vi skriver, fordi din profil i AutoRing Pay blev brugt af en uvedkommende. ",
            )
        )
    )
    if r.random() < 0.6:
        d.name("genitive")
        d.t(
            r.choice(
                (" henvendelse er registreret hos os. ", " sag er sendt videre til svindelteamet. ")
            )
        )
    d.t(f"Vi har refunderet {d.amount()} til din konto ")
    d.account()
    d.t(". ")
    if r.random() < 0.5:
        d.t("Den falske faktura bad om betaling til ")
        d.iban()
        d.t(". ")
    d.t("Vi har dine oplysninger: ")
    d.birth()
    d.t(", tlf. ")
    d.phone()
    d.t(", ")
    d.email()
    d.t(
        ". Ret dem venligst, hvis de er forkerte. Dine dæk ("
        + d.tyre()
        + ") står fortsat på "
        + d.rack()
        + ".\n\n"
    )
    d.t(f"Har du spørgsmål, så ring på {d.line()}.\n\nMed venlig hilsen\n")
    d.name(r.choice(("full", "initial")), role="Medarbejder A")
    d.t("\nAutoRing Værksteder A/S, " + r.choice(CVRS))


GENRE_FUNCS: dict[str, Genre] = {
    "log": g_log, "e-mail": g_mail, "chat": g_chat, "formular": g_form, "sagsnotat": g_notes,
    "opkaldsnotat": g_call, "politianmeldelse": g_police, "brev": g_letter,
}  # fmt: skip


def _negative_tail(d: Doc) -> None:
    """Pseudonymised documents keep one stand-in line, so each stand-in turns up."""
    d.t("\n[Pseudonymiseret: " + ", ".join(d.rng.sample(STAND_INS, 3)) + "]")


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(random.Random(rng.random()), kind == "negative")
            GENRE_FUNCS[genre](d)
            if d.neg:
                _negative_tail(d)
            text = d.text()
            if text not in seen and (d.neg or d.spans):
                break
        seen.add(text)
        docs.append({"id": f"pii_blind123-{i:04d}", "genre": genre, "kind": kind, "text": text,
                     "spans": [] if d.neg else d.spans})  # fmt: skip
    return docs


def main() -> None:
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
