"""The hundred-and-twenty-fifth (125th) blind, seeded generator of Danish text with labelled
personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets, towns and companies. Its theme is an
ESTATE-AGENT (ejendomsmægler) CHAIN AND THE FRAUD IT MEETS: fake deposit and purchase-price
accounts slipped into hacked e-mail threads with buyers, fake viewings of homes that are not
for sale, and sellers phished for their MitID and card. Eight genres that the chain's fraud and
customer-service team sees: the case system's security log (a broker's mailbox taken over, a
forwarding rule, an account changed on a case), a hacked e-mail thread with a buyer
(Fra:/Til:/Emne:), a customer-service chat ("[09:14] Name: " speakers, Danish and some
English), a buyer's or seller's report form, the fraud team's case notes on a phished seller,
a hotline's call notes, a police report (the complainant written "Anmelder: NAME" in capitals)
and a letter to a customer with the address block on two lines. The names are those of Danes of
all ages, Danes with roots elsewhere ("Nguyen Thi Lan", "Zainab Abdi"), double surnames
("Kjærsgaard-Toft") and the chain's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("ejendomsmægler", "køber", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed in
  a chat ("jytte hansen") is PERSON, as is a name in capitals ("AGNETE HOLM"). A scammer's alias
  ("Mikkel fra bogholderiet") is PERSON, the unit is not. Organisations, products, placeholders
  ("[NAVN]", "Køber A", "Kunde 2", "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter and floor ("7C", "3. tv.", "st."),
  plus ", postcode town" on the same line or on the next line of an address block (line break
  included). A street named without a number is not an address. The chain's own addresses
  (shops, head office, archive; letterheads, signatures, opening hours, "kom forbi ...") are
  never labelled, and their streets are not those of private people.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni
  1952", "04.06.1952", "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or
  "Fødselsdato:"; no other date or clock time is labelled.
- PHONE covers Danish 8-digit numbers of mobile and landline ranges (never 70 or 80), in the
  forms "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50", and foreign numbers
  from the fiction ranges "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). The chain's and
  the authorities' lines (70/80 numbers, 114, 1813) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the
  account is. IBAN with valid check digits and its country's length, grouped by four or
  compact; CARD Luhn-valid with a published test prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV three digits after "CVV", "CVC" or "kontrolcifre"; OTP a one-time code of 6 or 8
  digits; MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207",
  "BK41207").
- Hard negatives, never labelled: amounts ("2.450.000 kr."), dates and clock times, case and
  police journal numbers, matrikel numbers, living areas ("142 m²"), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "XX ** ***"), the 70/80 and short numbers, the chain's addresses,
  companies, banks, products, pseudonyms and family words. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[kontonr.]") and
  pseudonym labels ("Køber A", "Kunde 2") remain. No run of ten or more digits occurs outside a
  labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind124 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 124_2026
SIZE = 1000
NEGATIVES = 350
GENRES = ("log", "email", "chat", "form", "case_note", "call_note", "police", "letter")
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "555555", "401288", "520082", "400000", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "NL": 18, "LT": 20, "ES": 24, "PL": 28}
MOBILE = ("20", "21", "22", "25", "26", "27", "28", "29", "30", "31", "40", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("33", "35", "36", "38", "39", "43", "45", "46", "48", "54", "56", "58", "62", "64",
            "66", "72", "74", "75", "86", "87", "89", "96", "97", "98")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Lone", "Hanne", "Kirsten", "Mette", "Camilla", "Freja", "Ida",
         "Emma", "Astrid", "Maja", "Nanna", "Rikke", "Trine", "Vibeke", "Inger", "Gudrun",
         "Karoline", "Sofie", "Malou", "Zainab", "Fatima", "Aylin", "Leyla", "Ewa", "Olena",
         "Amira", "Jasmin", "Dorthe", "Bodil", "Lærke", "Sille", "Jytte", "Yasmin",
         "Ulla")  # fmt: skip
MEN = ("Henrik", "Jens", "Poul", "Niels", "Søren", "Morten", "Anders", "Kasper", "Mikkel",
       "Frederik", "Oscar", "William", "Lucas", "Emil", "Aksel", "Valdemar", "Torben", "Preben",
       "Knud", "Flemming", "Ole", "Ahmed", "Yusuf", "Omar", "Hamid", "Tariq", "Piotr",
       "Andrzej", "Jonas", "Rasmus", "Magnus", "Villads", "Bjarne", "Dennis")  # fmt: skip
SURNAMES = ("Holm", "Kjærsgaard", "Toft", "Lindberg", "Mikkelsen", "Bak", "Vestergaard",
            "Dalsgaard", "Juhl", "Brøndum", "Krogh", "Skovgaard", "Thygesen", "Hvidberg",
            "Lauritsen", "Damgaard", "Overgaard", "Nørskov", "Fuglsang", "Ravn", "Bech", "Holst",
            "Kirkegaard", "Sandahl", "Winther", "Abdi", "Yilmaz", "Hussein", "Nowak",
            "Kowalczyk", "Rahimi", "Demir", "Haddad", "Petrenko", "Jeppesen", "Søgaard",
            "Mortensen", "Agerskov")  # fmt: skip
FOREIGN_FULL = ("Nguyen Thi Lan", "Tran Van Minh", "Zainab Abdi Warsame", "Le Thi Hoa",
                "Mohammed Ali Rahimi", "Pham Duc Anh")  # fmt: skip
STREETS = ("Kløvervænget", "Bøgeløkken", "Rønnebærhaven", "Skovmårvej", "Mejsevænget",
           "Hyldebakken", "Tjørnelunden", "Engblommevej", "Kirsebærhaven", "Agerhønevej",
           "Solsortevænget", "Lyngbakken", "Strandengen", "Pilevangen", "Elmehøjvej",
           "Sneppevej", "Havtornvej", "Birkedalsvej", "Hvedemarken", "Ravnsbjergvej")  # fmt: skip
TOWNS = ("8000 Aarhus C", "8210 Aarhus V", "5000 Odense C", "9000 Aalborg", "7100 Vejle",
         "4000 Roskilde", "2800 Kongens Lyngby", "6000 Kolding", "8600 Silkeborg",
         "3400 Hillerød", "4700 Næstved", "6700 Esbjerg", "8900 Randers C", "2300 København S",
         "2630 Taastrup", "7400 Herning", "8700 Horsens", "4600 Køge")  # fmt: skip
COMPANIES = ("Husnøglen Bolig", "Husnøglen Erhverv", "Tagværk Ejendomsadvokater",
             "Nordlys Deponering", "Boligtjek Danmark")  # fmt: skip
BANKS = ("Fjordbanken", "Andelskassen Midt", "Nordvig Sparekasse")
PRODUCTS = ("Salgsmappen", "KøberPortalen", "HusnøglenPlus")
# the chain's own addresses (never labelled); their streets are no private person's
ORG_SITES = (
    ("Søndergade", "41", "8000 Aarhus C", "butikken i Aarhus"),
    ("Banegårdspladsen", "6", "5000 Odense C", "butikken i Odense"),
    ("Havnepromenaden", "18", "9000 Aalborg", "butikken i Aalborg"),
    ("Torvegade", "27", "7100 Vejle", "hovedkontoret"),
    ("Klostermarken", "3", "4000 Roskilde", "butikken i Roskilde"),
    ("Lagervej", "14", "8600 Silkeborg", "arkivet"),
)
ORG_ADDRESSES = tuple(f"{street} {number}" for street, number, _town, _what in ORG_SITES)
ORG_LINES = ("70 22 41 90", "7022 4190", "80 30 44 10", "1813")
PSEUDONYMS = ("Køber A", "Køber B", "Sælger A", "Sælger B", "Kunde 1", "Kunde 2",
              "Medarbejder A", "Medarbejder B", "Vidne 1", "Vidne 2")  # fmt: skip
FAMILY = ("min mand", "min kone", "min søn", "min datter", "min mor", "min far",
          "min svigermor", "min bror")  # fmt: skip
ALIAS_UNITS = ("bogholderiet", "Husnøglens jurister", "deponeringsafdelingen", "banken",
               "kundeservice")  # fmt: skip
MAIL_DOMAINS = ("example.dk", "example.com", "mail.example.net", "post.example.dk")
OFFENCES = ("falsk fremvisning", "falsk deponeringskonto", "phishing af sælger")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

Piece = tuple[str, str | None]


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Ctx:
    """One document's random choices; in a negative every personal value is a stand-in."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.pseudo = list(PSEUDONYMS)
        rng.shuffle(self.pseudo)

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # ---- people
    def first(self) -> str:
        return self.pick(WOMEN if self.chance(0.5) else MEN)

    def surname(self) -> str:
        if self.chance(0.15):
            a, b = self.rng.sample(SURNAMES, 2)
            return f"{a}-{b}"
        return self.pick(SURNAMES)

    def full(self) -> str:
        if self.chance(0.08):
            return self.pick(FOREIGN_FULL)
        if self.chance(0.15):
            return f"{self.first()} {self.first()} {self.surname()}"
        return f"{self.first()} {self.surname()}"

    def person(self, form: str = "plain", pseudo: str | None = None) -> Piece:
        if self.neg:
            return (pseudo or self.pick(("[NAVN]", self.pseudo[0], self.pseudo[1])), None)
        name = self.full()
        if form == "rand":
            form = self.pick(("plain",) * 6 + ("initial", "genitive", "surname first"))
        if form == "initial":
            parts = name.split()
            name = (
                f"{parts[0][0]}. {parts[-1]}" if self.chance(0.6) else f"{parts[0]} {parts[-1][0]}."
            )
        elif form == "genitive":
            name = name.split()[0] if self.chance(0.7) else name
            name = name + ("'" if name.endswith(("s", "x", "z")) else "s")
        elif form == "surname first":
            parts = name.split()
            name = f"{parts[-1]}, {' '.join(parts[:-1])}"
        elif form == "upper":
            name = name.upper()
        elif form == "lower":
            name = name.lower()
        elif form == "firstname":
            name = name.split()[0]
        return (name, "PERSON")

    def alias(self) -> Piece:
        return (self.pseudo[2], None) if self.neg else (self.first(), "PERSON")

    # ---- identifiers
    def cpr(self, form: str | None = None) -> Piece:
        if self.neg:
            return self.pick(
                (
                    ("[CPR]", None),
                    (
                        f"{self.rng.randint(10, 28):02d}0{self.rng.randint(1, 9)}"
                        f"{self.rng.randint(40, 99)}-xxxx",
                        None,
                    ),
                )
            )
        born = date(1936, 1, 1) + timedelta(days=self.rng.randint(0, 25500))
        century = "4" if born.year >= 2000 else self.pick("0123")
        head = born.strftime("%d%m%y")
        while True:
            serial = century + f"{self.rng.randint(0, 999):03d}"
            digits = head + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = form or self.pick(("dash", "compact", "spaced", "space"))
        text = {
            "dash": f"{head}-{serial}",
            "compact": digits,
            "spaced": f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            "space": f"{head} {serial}",
        }[form]
        return (text, "CPR")

    def dob(self) -> Piece:
        if self.neg:
            return ("[fødselsdato]", None)
        born = date(1936, 1, 1) + timedelta(days=self.rng.randint(0, 25500))
        form = self.rng.randint(0, 3)
        if form == 0:
            text = f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
        elif form == 1:
            text = born.strftime("%d.%m.%Y")
        elif form == 2:
            text = f"{born.day}/{born.month}-{born.year}"
        else:
            text = born.strftime("%d-%m-%Y")
        return (text, "DATE_OF_BIRTH")

    def phone(self) -> Piece:
        if self.neg:
            return self.pick((("[TLF]", None), (f"+45 ** ** ** {self.rng.randint(10, 99)}", None)))
        form = self.rng.randint(0, 11)
        if form == 10:
            return (f"+44 7700 900{self.rng.randint(0, 999):03d}", "PHONE")
        if form == 11:
            return (f"+46 70 174 06 {self.rng.randint(5, 99):02d}", "PHONE")
        lead = self.pick(MOBILE if self.chance(0.7) else LANDLINE)
        d = lead + f"{self.rng.randint(0, 999999):06d}"
        pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        text = (
            f"+45 {d}", f"+45 {pairs}", f"+45 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}",
            f"(+45) {pairs}", f"0045 {d}", pairs, d, f"+45{d}", pairs.replace(" ", "."),
        )[form]  # fmt: skip
        return (text, "PHONE")

    def email(self, name: str | None = None, staff: bool = False) -> Piece:
        if self.neg:
            if self.chance(0.5):
                return (f"{self.pick('abehkmst')}***@example.{self.pick(('dk', 'com'))}", None)
            return ("[e-mail]", None)
        base = name or self.full()
        base = base.replace(",", "").split()
        low = [
            re.sub(
                r"[^a-z]", "", p.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            )
            for p in base
        ]
        low = [p for p in low if p] or ["kunde"]
        if staff:
            local = f"{low[0][0]}{low[-1][:4]}"
            return (f"{local}@husnoeglen.example.dk", "EMAIL")
        local = self.pick(
            (f"{low[0]}.{low[-1]}", f"{low[0]}{self.rng.randint(1, 99)}", f"{low[0][0]}{low[-1]}")
        )
        return (
            f"{local}@{self.pick(MAIL_DOMAINS)}",
            "EMAIL",
        )

    def masked_mail(self) -> Piece:
        return (f"{self.pick('abdehjklmnst')}***@example.{self.pick(('dk', 'com', 'net'))}", None)

    def account(self) -> list[Piece]:
        if self.neg:
            return [("[kontonr.]", None)]
        reg = f"{self.rng.randint(1000, 9899)}"
        acct = (
            f"{self.rng.randint(0, 9_999_999_999):010d}"
            if self.chance(0.6)
            else f"{self.rng.randint(1_000_000, 99_999_999)}"
        )
        form = self.rng.randint(0, 3)
        if form == 0:
            return [(f"{reg}-{acct}", "BANK_ACCOUNT")]
        if form == 1:
            return [(f"{reg} {acct}", "BANK_ACCOUNT")]
        if form == 2:
            return [(f"reg.nr. {reg}, kontonr. ", None), (acct, "BANK_ACCOUNT")]
        return [(f"reg. {reg} konto ", None), (acct, "BANK_ACCOUNT")]

    def iban(self) -> Piece:
        if self.neg:
            return (f"DK{self.rng.randint(10, 99)}XXXXXXXXXX{self.rng.randint(1000, 9999)}", None)
        country = self.pick(tuple(IBAN_LENGTH))
        n = IBAN_LENGTH[country] - 4
        if country == "GB":
            bban = self.pick(("NWBK", "BARC", "MIDL")) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(n - 4)
            )
        elif country == "NL":
            bban = self.pick(("ABNA", "RABO", "INGB")) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(n - 4)
            )
        else:
            bban = "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        value = _iban(country, bban)
        return (grouped(value) if self.chance(0.6) else value, "IBAN")

    def card(self) -> list[Piece]:
        if self.neg:
            masked = self.pick(
                (
                    f"**** **** **** {self.rng.randint(1000, 9999)}",
                    f"******{self.rng.randint(1000, 9999)}",
                )
            )
            return [(masked, None), (", udløb **/**, CVC ***", None)]
        body = self.pick(TEST_PREFIXES) + "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        number = body + _luhn_digit(body)
        month = self.rng.randint(1, 12)
        year = self.rng.randint(26, 31)
        expiry = f"{month:02d}/{year}" if self.chance(0.6) else f"{month:02d}/20{year}"
        cue = self.pick(("CVV", "CVC", "kontrolcifre"))
        return [
            (grouped(number) if self.chance(0.6) else number, "CARD"),
            (self.pick((", udløb ", ", exp. ", ", udløber ")), None),
            (expiry, "CARD_EXPIRY"),
            (f", {cue} " if True else "", None),
            (f"{self.rng.randint(0, 999):03d}", "CARD_CVV"),
        ]

    def otp(self) -> Piece:
        if self.neg:
            return ("[kode]", None)
        n = 6 if self.chance(0.75) else 8
        return ("".join(str(self.rng.randint(0, 9)) for _ in range(n)), "OTP")

    def mitid(self) -> Piece:
        if self.neg:
            return ("[bruger-id]", None)
        word = re.sub(
            r"[^a-z]",
            "",
            self.first().lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa"),
        )
        tail = self.pick(
            (
                f"{self.rng.randint(10, 99)}",
                f"19{self.rng.randint(40, 99)}",
                f"200{self.rng.randint(0, 5)}",
            )
        )
        return (
            word
            + self.pick(
                (
                    "",
                    "",
                    self.pick(SURNAMES)
                    .lower()[:3]
                    .replace("ø", "o")
                    .replace("æ", "a")
                    .replace("å", "a"),
                )
            )
            + tail,
            "MITID_USER",
        )

    def plate(self) -> Piece:
        if self.neg:
            return (f"{self.pick(('AB', 'CX', 'DL'))} ** ***", None)
        letters = "".join(self.pick("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{self.rng.randint(10, 99)}{self.rng.randint(100, 999)}"
        return (
            (f"{letters} {digits[:2]} {digits[2:]}" if self.chance(0.7) else letters + digits),
            "NUMBER_PLATE",
        )

    def address(self, lines: bool | None = None) -> list[Piece]:
        if self.neg:
            return [("[ADRESSE]", None)]
        street = self.pick(STREETS)
        number = f"{self.rng.randint(1, 140)}{self.pick(('', '', '', 'A', 'B', 'C'))}"
        floor = self.pick(("", "", "", ", st.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4. th."))
        town = self.pick(TOWNS)
        if lines is None:
            lines = self.chance(0.5)
        sep = "\n" if lines else ", "
        return [(f"{street} {number}{floor}{sep}{town}", "ADDRESS")]

    def street_only(self) -> str:
        return self.pick(STREETS)

    # ---- the chain's own things (never labelled)
    def org_site(self) -> tuple[str, str, str, str]:
        return self.pick(ORG_SITES)

    def org_address_text(self) -> str:
        street, number, town, _what = self.org_site()
        forms = (
            f"{street} {number}, {town}",
            f"{street} {number}\n{town}",
            f"{street} {number}, {town.split(' ', 1)[1]}",
            f"{street} {number} ({town.split(' ', 1)[1]})",
        )
        return self.pick(forms)

    def org_mention(self) -> str:
        street, number, town, what = self.org_site()
        city = town.split(" ", 1)[1]
        return self.pick(
            (
                f"Kom forbi vores butik på {street} {number}, {town}.",
                f"Original dokumenter kan afleveres i {what} ({street} {number}, {city}).",
                f"Returnér nøgler og papirer til {street} {number}, {town}.",
                f"Vi holder åbent på {street} {number} man-tor 9-17, fre 9-15.",
                f"Personligt fremmøde: {what}, {street} {number}, {town}.",
                (
                    f"Åbningstider:\n  {city}, {street} {number}: "
                    "man-fre 9.00-17.00\n  lørdag efter aftale"
                ),
                f"Post til {what}: {street} {number}\n{town}",
            )
        )

    def org_line(self) -> str:
        return self.pick(ORG_LINES)

    def amount(self) -> str:
        r = self.rng.randint(0, 3)
        if r == 0:
            return f"{self.rng.randint(1, 4)}.{self.rng.randint(100, 999)}.000 kr."
        if r == 1:
            return f"{self.rng.randint(20, 300)}.000 kr."
        if r == 2:
            return f"kr. {self.rng.randint(10, 99)}.{self.rng.randint(0, 999):03d},00"
        return (
            f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 999):03d},"
            f"{self.rng.randint(0, 99):02d} "
            "kr."
        )

    def case_no(self) -> str:
        return self.pick(
            (f"HN-26-{self.rng.randint(10000, 99999)}", f"SAG-{self.rng.randint(100000, 999999)}")
        )

    def journal(self) -> str:
        r = self.rng.randint
        return f"{r(1000, 9999)}-{r(10000, 99999)}-{r(10000, 99999)}-26"

    def matrikel(self) -> str:
        return f"matr.nr. {self.rng.randint(1, 999)}{self.pick(('a', 'b', 'ab', 'c', 'ø', 'k'))}"

    def area(self) -> str:
        return f"{self.rng.randint(58, 260)} m²"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randint(10_000_000, 69_999_999)}"

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randint(0, 300))

    def ts(self) -> str:
        return (
            f"{self.day().isoformat()} {self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"
        )

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 21):02d}.{self.rng.randint(0, 59):02d}"

    def short_date(self) -> str:
        d = self.day()
        return d.strftime("%d.%m.%y") if self.chance(0.5) else d.strftime("%d.%m.%Y")

    def family(self) -> str:
        return self.pick(FAMILY)

    def company(self) -> str:
        return self.pick(COMPANIES)

    def bank(self) -> str:
        return self.pick(BANKS)

    def product(self) -> str:
        return self.pick(PRODUCTS)

    def staff(self) -> Piece:
        if self.neg:
            return (self.pick(("Medarbejder A", "Medarbejder B")), None)
        return (f"{self.first()} {self.surname()}", "PERSON")


class Doc:
    """Text built piece by piece, with the labelled spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def add(self, *pieces: str | Piece | list[Piece]) -> Doc:
        for piece in pieces:
            if isinstance(piece, list):
                self.add(*piece)
                continue
            text, kind = (piece, None) if isinstance(piece, str) else piece
            if kind:
                self.spans.append(
                    {"start": self.length, "end": self.length + len(text), "type": kind}
                )
            self.parts.append(text)
            self.length += len(text)
        return self

    def fill(self, template: str, **values: str | Piece | list[Piece]) -> Doc:
        """Add a template whose {key}s are filled with (labelled) values."""
        pos = 0
        for hit in re.finditer(r"\{(\w+)\}", template):
            self.add(template[pos : hit.start()])
            self.add(values[hit.group(1)])
            pos = hit.end()
            if self.text.endswith("kr.") and template.startswith(".", pos):
                pos += 1  # "… 12.000 kr." ends the sentence with its own full stop
        self.add(template[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _signature(d: Doc, c: Ctx, staff: Piece) -> None:
    street, number, town, _what = c.org_site()
    d.add(
        "\n\nMed venlig hilsen\n",
        staff,
        "\n",
        c.pick(
            ("Ejendomsmægler", "Salgskoordinator", "Kundeservice", "Sagsbehandler, Svindelteamet")
        ),
    )
    d.add(f", {c.company()}\n{street} {number}, {town}\n")
    d.add(f"Tlf. {c.pick(ORG_LINES[:3])} · {c.cvr()}")


# ------------------------------------------------------------------ genres


def log_doc(c: Ctx) -> Doc:
    d = Doc()
    case = c.case_no()
    d.add(f"{c.product()} sikkerhedslog, eksport {c.short_date()}, sag {case}\n")
    if c.chance(0.6):
        street, number, town, what = c.org_site()
        d.add(f"Afdeling: {what}, {street} {number}, {town}\n")
    d.add("----\n")
    broker = c.staff()
    mail = c.email(broker[0] if not c.neg else None, staff=True)
    buyer = c.person()
    events: list[Callable[[], None]] = [
        lambda: d.fill(
            "{ts}  LOGIN  bruger={m}  ny enhed, ukendt IP 185.22.{a}.{b}\n",
            ts=c.ts(),
            m=mail,
            a=str(c.rng.randint(1, 254)),
            b=str(c.rng.randint(1, 254)),
        ),
        lambda: d.fill(
            '{ts}  MAILREGEL oprettet af {m}: videresend alt med "deponering" til {x}\n',
            ts=c.ts(),
            m=mail,
            x=c.email(),
        ),
        lambda: d.fill(
            "{ts}  KONTO ÆNDRET på {case}: ny konto {acc} (før: ******{n})\n",
            ts=c.ts(),
            case=case,
            acc=c.account(),
            n=str(c.rng.randint(1000, 9999)),
        ),
        lambda: d.fill("{ts}  IBAN indsat i købsaftaleudkast: {iban}\n", ts=c.ts(), iban=c.iban()),
        lambda: d.fill(
            "{ts}  KØBER tilføjet: {p}, tlf. {t}, mail {e}\n",
            ts=c.ts(),
            p=buyer,
            t=c.phone(),
            e=c.email(buyer[0] if buyer[1] else None),
        ),
        lambda: d.fill(
            "{ts}  MitID-login afvist for bruger-ID {u} (3 forsøg)\n", ts=c.ts(), u=c.mitid()
        ),
        lambda: d.fill("{ts}  SMS-kode {o} sendt til {t}\n", ts=c.ts(), o=c.otp(), t=c.phone()),
        lambda: d.fill(
            "{ts}  FREMVISNING booket på {adr} af {p} (tlf. {t})\n",
            ts=c.ts(),
            adr=c.address(False),
            p=c.person("rand"),
            t=c.phone(),
        ),
        lambda: d.fill(
            "{ts}  Betaling af annoncegebyr {amt} med kort {card}\n",
            ts=c.ts(),
            amt=c.amount(),
            card=c.card(),
        ),
        lambda: d.fill(
            "{ts}  Parkering ved fremvisning registreret: {pl}\n", ts=c.ts(), pl=c.plate()
        ),
        lambda: d.fill(
            "{ts}  NOTE: maskeret kontakt {mm}, {tm}\n",
            ts=c.ts(),
            mm=c.masked_mail(),
            tm=f"+45 ** ** ** {c.rng.randint(10, 99)}",
        ),
        lambda: d.fill(
            "{ts}  Sælger {p} f. {dob} kontaktet, CPR {cpr}\n",
            ts=c.ts(),
            p=c.person(),
            dob=c.dob(),
            cpr=c.cpr(),
        ),
        lambda: d.add(
            f"{c.ts()}  Salgsopstilling åbnet: {c.matrikel()}, "
            f"{c.area()}, kontantpris {c.amount()}\n"
        ),
    ]
    for ev in c.rng.sample(events, c.rng.randint(6, 10)):
        ev()
    d.fill("Ansvarlig: {s}. Linjen for svindel: {l}.\n", s=broker, l=c.org_line())
    return d


def email_doc(c: Ctx) -> Doc:
    d = Doc()
    buyer = c.person()
    broker = c.staff()
    buyer_mail = c.email(buyer[0] if buyer[1] else None)
    broker_mail = c.email(broker[0] if broker[1] else None, staff=True)
    fake_mail = c.email() if not c.neg else ("[e-mail]", None)
    adr = c.address(False)
    subj = c.pick(
        (
            "Deponering af udbetaling",
            "Re: Købsaftale underskrevet",
            "VS: Ændret kontonummer",
            "Re: Re: Overtagelse og nøgler",
            "Urgent: deposit account",
        )
    )
    d.fill(
        "Fra: {b} <{bm}>\nTil: {k} <{km}>\nDato: {dt}\nEmne: {s}\n\n",
        b=broker,
        bm=fake_mail,
        k=buyer,
        km=buyer_mail,
        dt=c.short_date(),
        s=subj,
    )
    greet = c.pick(("Kære {k}", "Hej {k}", "Dear {k}"))
    d.fill(greet + ",\n\n", k=(buyer[0].split()[0], "PERSON") if buyer[1] else buyer)
    body = c.pick(
        (
            (
                "Tillykke med købet af {adr}. Af hensyn til en revision hos {bank} "
                "skal udbetalingen på {amt} i stedet overføres til {acc}."
            ),
            (
                "Vi har desværre fået nyt pengeinstitut. Deponeringen for "
                "{adr} bedes derfor indbetalt på {acc} senest {dt}."
            ),
            (
                "As agreed, please transfer the deposit of {amt} "
                "for {adr} to our escrow account {acc} today."
            ),
            (
                "Bemærk at kontoen i købsaftalen for {adr} er "
                "forældet. Brug venligst {acc} – beløb {amt}."
            ),
        )
    )
    d.fill(body + "\n", adr=adr, amt=c.amount(), acc=c.account(), bank=c.bank(), dt=c.short_date())
    if c.chance(0.6):
        d.fill(
            c.pick(
                (
                    "Ved udenlandsk overførsel: IBAN {iban}.\n",
                    "International transfer: IBAN {iban} (BIC NORDDKKK).\n",
                )
            ),
            iban=c.iban(),
        )
    if c.chance(0.5):
        d.fill("Send også en kopi af dit sygesikringskort og dit CPR-nr. til {m}.\n", m=fake_mail)
    _signature(d, c, broker)
    d.add("\n\n---- Svar ----\n")
    d.fill(
        "Fra: {k} <{km}>\nTil: {bm}\nEmne: Re: {s}\n\n",
        k=buyer,
        km=buyer_mail,
        bm=broker_mail,
        s=subj,
    )
    reply = c.pick(
        (
            (
                "Hej. Jeg ringede til {b} på {org} og fik at vide, at I ikke har "
                "skiftet konto. Mit nummer er {t}. {fam} er meget nervøs."
            ),
            (
                "Er det rigtigt? Vi har allerede overført {amt} fra {bank}. "
                "Ring til mig på {t} – {fam} står for papirerne."
            ),
            "This looks odd. Can you call me on {t}? I can also come by the shop. Regards",
            (
                "Jeg har kontaktet {bank} og spærret overførslen. "
                "Mit CPR er {cpr}, som de bad om. Tlf. {t}."
            ),
        )
    )
    d.fill(
        reply + "\n",
        b=broker,
        org=c.org_line(),
        t=c.phone(),
        fam=c.family(),
        amt=c.amount(),
        bank=c.bank(),
        cpr=c.cpr(),
    )
    d.fill("{k}\n", k=buyer)
    if c.chance(0.3):
        d.fill("Cc: {mm}\n", mm=c.masked_mail())
    return d


def chat_doc(c: Ctx) -> Doc:
    d = Doc()
    if c.neg:
        cust: Piece = (c.pseudo[0], None)
        agent: Piece = (c.pick(("Medarbejder A", "Medarbejder B")), None)
    else:
        cust = (c.full(), "PERSON")
        agent = (f"{c.first()} {c.surname()}" if c.chance(0.4) else c.first(), "PERSON")
    d.add(f"Chat fra Husnøglens hjemmeside, {c.short_date()}, sag {c.case_no()}\n")
    h, m = c.rng.randint(8, 20), c.rng.randint(0, 40)

    def line(who: Piece, template: str, **values: str | Piece | list[Piece]) -> None:
        nonlocal m
        m += c.rng.randint(0, 3)
        d.add(f"[{h:02d}:{m:02d}] ", who, ": ")
        d.fill(template + "\n", **values)

    line(
        agent,
        c.pick(
            (
                "Hej, du skriver med {a} fra Husnøglen. Hvad kan jeg hjælpe med?",
                "Velkommen til Husnøglen – {a} her.",
                "Hi, this is {a}. How can I help?",
            )
        ),
        a=agent,
    )
    lower: Piece = ("[NAVN]", None) if c.neg else (cust[0].lower(), "PERSON")
    line(
        cust,
        c.pick(
            (
                "hej det er {n}, vi har fået en mail om ny konto til deponering??",
                (
                    "hej, mit navn er {n}. jeg har været til fremvisning "
                    "på et hus der ikke er til salg"
                ),
                "hi, {n} here, someone asked me to pay a booking fee for a viewing",
            )
        ),
        n=lower,
    )
    line(agent, "Det lyder ikke godt. Må jeg få dit telefonnummer?")
    line(cust, c.pick(("{t}", "ja det er {t}", "{t} (mobil)")), t=c.phone())
    line(agent, c.pick(("Tak. Og din e-mail?", "Which e-mail did they write to?")))
    line(cust, "{e}", e=c.email(cust[0] if cust[1] else None))
    opts: list[Callable[[], None]] = [
        lambda: line(cust, "de ville have pengene på {acc}", acc=c.account()),
        lambda: line(cust, "there was an IBAN too: {iban}", iban=c.iban()),
        lambda: line(cust, "jeg betalte gebyret med kortet {card}", card=c.card()),
        lambda: line(cust, "og de spurgte efter koden fra sms'en, {o}", o=c.otp()),
        lambda: line(cust, "mit MitID bruger-id er {u}, gav det til ham i telefonen", u=c.mitid()),
        lambda: line(
            cust, "manden der viste rundt kørte i en bil med nummerpladen {pl}", pl=c.plate()
        ),
        lambda: line(cust, "fremvisningen var på {adr}", adr=c.address(False)),
        lambda: line(
            cust, "han udgav sig for at være {a} fra {u}", a=c.alias(), u=c.pick(ALIAS_UNITS)
        ),
        lambda: line(
            cust, "{fam} har også fået en mail fra {mm}", fam=c.family(), mm=c.masked_mail()
        ),
        lambda: line(cust, "vi skulle have overført {amt} i dag", amt=c.amount()),
        lambda: line(cust, "bilen holdt ved {s}.", s=c.street_only()),
    ]
    for op in c.rng.sample(opts, c.rng.randint(4, 7)):
        op()
        if c.chance(0.3):
            line(
                agent,
                c.pick(
                    (
                        "Okay, jeg noterer det.",
                        "Tak, det er vigtigt.",
                        "Noted.",
                        "Overfør ikke noget, før vi har talt sammen.",
                    )
                ),
            )
    street, number, town, what = c.org_site()
    if c.chance(0.75):
        line(
            agent,
            c.pick(
                (
                    f"Du er velkommen til at komme forbi {what} på {street} {number}, {town}.",
                    f"Ring evt. på {c.org_line()} eller kom ind på {street} {number}.",
                    f"Our shop is at {street} {number}, {town}. Please bring the e-mails.",
                )
            ),
        )
    line(agent, "Jeg opretter en sag hos svindelteamet. Du hører fra os.")
    line(cust, c.pick(("tak", "mange tak", "thanks", "ok tak for hjælpen")))
    return d


def form_doc(c: Ctx) -> Doc:
    d = Doc()
    d.add(
        c.pick(
            (
                "ANMELDELSE AF MISTÆNKELIG HENVENDELSE",
                "Skema: Køber/sælger – mulig svindel",
                "Indberetning til svindelteamet",
            )
        )
    )
    d.add(f"\n{c.company()} · {c.cvr()}\n")
    if c.chance(0.7):
        d.add(f"Indsendes til: {c.org_address_text()}\n")
    d.add("\n")
    who = c.person(c.pick(("plain", "plain", "surname first", "surname first")))
    d.fill("Navn: {n}\n", n=who)
    d.fill("Rolle: {r}\n", r=c.pick(("køber", "sælger", "lejer", "pårørende")))
    if c.chance(0.7):
        d.fill("Fødselsdato: {dob}\n", dob=c.dob())
    d.fill("CPR-nr.: {cpr}\n", cpr=c.cpr())
    d.fill("Adresse: {adr}\n", adr=c.address(True))
    d.fill("Telefon: {t}\n", t=c.phone())
    d.fill("E-mail: {e}\n", e=c.email(who[0] if who[1] else None))
    d.fill("Sag: {s}, ejendom {m}, {a}\n", s=c.case_no(), m=c.matrikel(), a=c.area())
    d.fill("Beløb overført: {amt}\n", amt=c.amount())
    d.fill("Modtagerkonto opgivet af svindleren: {acc}\n", acc=c.account())
    if c.chance(0.5):
        d.fill("Udenlandsk konto (IBAN): {iban}\n", iban=c.iban())
    if c.chance(0.5):
        d.fill("Kort brugt: {card}\n", card=c.card())
    if c.chance(0.4):
        d.fill("MitID bruger-ID (hvis oplyst til svindler): {u}\n", u=c.mitid())
    if c.chance(0.35):
        d.fill("Bil ved falsk fremvisning: {pl}\n", pl=c.plate())
    d.add("\nBeskrivelse:\n")
    d.fill(
        c.pick(
            (
                (
                    "Vi fik en mail fra {mm}, der lignede mæglerens. "
                    "{fam} opdagede det først dagen efter."
                ),
                "Der var fremvisning {dt} {kl}, men ejeren vidste intet. Manden stod ved {s}.",
                "Min nabo {nb} så også annoncen og fik samme mail.",
            )
        )
        + "\n",
        mm=c.masked_mail(),
        fam=c.family(),
        dt=c.short_date(),
        kl=c.clock(),
        s=c.street_only(),
        nb=c.person("rand"),
    )
    d.fill(
        "\nUnderskrift: {n}  Dato: {dt}\n",
        n=who if "," not in who[0] else c.person(),
        dt=c.short_date(),
    )
    return d


def case_note_doc(c: Ctx) -> Doc:
    d = Doc()
    seller = c.person()
    d.add(f"Sagsnotat, svindelteamet – {c.case_no()}\n")
    d.fill("Sagsbehandler: {s}\n", s=c.staff())
    d.fill("Sælger: {n}, CPR {cpr}, tlf. {t}\n", n=seller, cpr=c.cpr(), t=c.phone())
    d.fill("Ejendom: {adr} ({m})\n\n", adr=c.address(False), m=c.matrikel())
    notes: list[Callable[[], None]] = [
        lambda: d.fill(
            (
                "{dt}: Sælger ringet op af en, der udgav sig for at være "
                "{a} fra {u}, og bedt om at bekræfte sit MitID.\n"
            ),
            dt=c.short_date(),
            a=c.alias(),
            u=c.pick(ALIAS_UNITS),
        ),
        lambda: d.fill(
            (
                "{dt}: {g} MitID bruger-ID ({u}) blev givet videre "
                "i telefonen, og koden {o} blev læst op.\n"
            ),
            dt=c.short_date(),
            g=c.person("genitive") if not c.neg else seller,
            u=c.mitid(),
            o=c.otp(),
        ),
        lambda: d.fill(
            "{dt}: Falsk 'salgsgebyr' betalt med kort {card}. Kortet er spærret via {b}.\n",
            dt=c.short_date(),
            card=c.card(),
            b=c.bank(),
        ),
        lambda: d.fill(
            "{dt}: Købesummen ({amt}) bedt overført til {iban}.\n",
            dt=c.short_date(),
            amt=c.amount(),
            iban=c.iban(),
        ),
        lambda: d.fill(
            "{dt}: Sælgers egen konto {acc} er måske kompromitteret.\n",
            dt=c.short_date(),
            acc=c.account(),
        ),
        lambda: d.fill(
            "{dt}: Vidne {w} (tlf. {t}) så en bil, {pl}, ved fremvisningen.\n",
            dt=c.short_date(),
            w=c.person("initial"),
            t=c.phone(),
            pl=c.plate(),
        ),
        lambda: d.fill(
            "{dt}: Mail fra {e} med link til falsk {p}.\n",
            dt=c.short_date(),
            e=c.email(),
            p=c.product(),
        ),
        lambda: d.fill(
            "{dt}: {fam} har bekræftet forløbet. Maskeret kontakt: {mm}.\n",
            dt=c.short_date(),
            fam=c.family(),
            mm=c.masked_mail(),
        ),
        lambda: d.fill(
            "{dt}: Sælger f. {dob}; ny kontaktadresse:\n{adr}\n",
            dt=c.short_date(),
            dob=c.dob(),
            adr=c.address(True),
        ),
        lambda: d.add(
            f"{c.short_date()}: Politiet orienteret, journalnr. {c.journal()}. "
            f"Udbudsprisen ({c.amount()}) og boligarealet ({c.area()}) er uændrede.\n"
        ),
        lambda: d.fill(
            "{dt}: Nøgler returneret til {oa}.\n",
            dt=c.short_date(),
            oa=c.org_address_text().replace("\n", ", "),
        ),
    ]
    for n in c.rng.sample(notes, c.rng.randint(5, 8)):
        n()
    d.add(
        c.pick(
            (
                "\nStatus: afventer bank.\n",
                "\nStatus: lukket, anmeldt.\n",
                "\nNæste skridt: opfølgende opkald.\n",
            )
        )
    )
    return d


def call_note_doc(c: Ctx) -> Doc:
    d = Doc()
    caller = c.person()
    d.add(f"Opkaldsnotat, svindellinjen {c.org_line()}, {c.short_date()} {c.clock()}\n")
    d.fill("Modtaget af: {s}\n", s=c.staff())
    d.fill(
        "Opkalder: {n}{relation}\n",
        n=caller,
        relation=c.pick(("", " (køber)", " (sælger)", " (datter af sælger)")),
    )
    d.fill("Tilbagekald: {t}\n\n", t=c.phone())
    bits = [
        "{n} fortæller, at {fam} fik en sms om ny konto til købesummen.",
        "Opkalder har fået besked om at betale til {acc} og har overført {amt}.",
        "Opkalder læste under samtalen et nummer op fra sms: {o}. Bedt om ikke at gøre det igen.",
        "Svindleren fik kortnummer {card}.",
        "Opkalder er født {dob}, CPR {cpr}.",
        "Opkalder bor på {adr}.",
        "Svindlerens mail var {e}; en anden var {mm}.",
        "Ringede fra udlandet, {t}.",
        "Manden kørte i {pl} og viste rundt på {s2}.",
        "Opkalder gav sit MitID bruger-ID, {u}, til en der ringede.",
        "Der blev også nævnt IBAN {iban}.",
        "Opkalder vil komme forbi {oa} i morgen.",
        "Henvist til politiet på 114.",
    ]
    chosen = c.rng.sample(bits, c.rng.randint(5, 8))
    for b in chosen:
        d.fill(
            b + "\n",
            n=caller if not caller[1] else (caller[0].split()[0], "PERSON"),
            fam=c.family(),
            acc=c.account(),
            amt=c.amount(),
            o=c.otp(),
            card=c.card(),
            dob=c.dob(),
            cpr=c.cpr(),
            adr=c.address(False),
            e=c.email(),
            mm=c.masked_mail(),
            t=c.phone(),
            pl=c.plate(),
            s2=c.street_only(),
            u=c.mitid(),
            iban=c.iban(),
            oa=c.org_address_text().replace("\n", ", "),
        )
    d.add(
        c.pick(
            (
                "\nAftale: ringer tilbage.",
                "\nOprettet sag " + c.case_no() + ".",
                "\nOverdraget til svindelteamet.",
            )
        )
    )
    return d


def police_doc(c: Ctx) -> Doc:
    d = Doc()
    d.add(
        f"{c.pick(('Østjyllands', 'Fyns', 'Nordjyllands', 'Sydøstjyllands'))} "
        f"Politi – anmeldelse\nJournalnr. {c.journal()}\n"
    )
    if c.neg:
        name: Piece = ("[NAVN]", None)
    else:
        name = (c.full().upper(), "PERSON")
    d.fill("Anmelder: {n}\n", n=name)
    d.fill("CPR: {cpr}\n", cpr=c.cpr())
    d.fill("Adresse: {adr}\n", adr=c.address(True))
    d.fill("Tlf.: {t}\n", t=c.phone())
    d.add(f"Forhold: bedrageri, {c.pick(OFFENCES)}\n\n")
    short = ("[NAVN]", None) if c.neg else (name[0].title().split()[0], "PERSON")
    stmt = [
        (
            "{a} forklarede, at en mand, der udgav sig for "
            "at være {al} fra {u}, viste rundt på {adr2}."
        ),
        "Anmelder betalte {amt} til {acc}.",
        "Vidnet {w} (f. {dob}) noterede nummerpladen {pl}.",
        "En kvinde skrev fra {e} og bad om betaling med kort; anmelder opgav {card}.",
        "Pengene gik videre til {iban}.",
        "Anmelder oplyste også sit MitID bruger-ID {u2} og en kode, {o}.",
        "Bilen holdt ifølge {fam} ved {s}.",
        "Ejendomsmæglerkæden {co} bekræfter, at boligen ikke er til salg; deres adresse er {oa}.",
        "Vidne 1 ønsker ikke at stå frem.",
    ]
    for s in c.rng.sample(stmt, c.rng.randint(5, 8)):
        d.fill(
            s + " ",
            a=short,
            al=c.alias(),
            u=c.pick(ALIAS_UNITS),
            adr2=c.address(False),
            amt=c.amount(),
            acc=c.account(),
            w=c.person("rand"),
            dob=c.dob(),
            pl=c.plate(),
            e=c.email(),
            card=c.card(),
            iban=c.iban(),
            u2=c.mitid(),
            o=c.otp(),
            fam=c.family(),
            s=c.street_only(),
            co=c.company(),
            oa=c.org_address_text().replace("\n", ", "),
        )
    d.fill(
        "\n\nModtaget {dt} {kl} af politiassistent {p}.\n",
        dt=c.short_date(),
        kl=c.clock(),
        p=c.person(),
    )
    return d


def letter_doc(c: Ctx) -> Doc:
    d = Doc()
    street, number, town, _what = c.org_site()
    d.add(f"{c.company()}\n{street} {number}\n{town}\n{c.cvr()}\n\n")
    who = c.person()
    d.fill("{n}\n{adr}\n\n", n=who, adr=c.address(True))
    d.add(f"{town.split(' ', 1)[1]}, {c.short_date()}\nVedr. sag {c.case_no()}\n\n")
    d.fill("Kære {n}\n\n", n=who)
    d.fill(
        c.pick(
            (
                (
                    "Vi skriver, fordi der er sendt falske betalingsoplysninger "
                    "i dit navn vedrørende {adr}."
                ),
                "Tak for din henvendelse om den mistænkelige mail om deponering for {adr}.",
                (
                    "Som aftalt i telefonen bekræfter vi, at vi "
                    "aldrig skifter konto via e-mail ({adr})."
                ),
            )
        )
        + " ",
        adr=c.address(False),
    )
    paras = [
        "Den konto, svindlerne oplyste, var {acc}.",
        "Vi har registreret din fødselsdato (født {dob}) og CPR-nr. {cpr} hos banken.",
        "Vi kontakter dig på {t} eller {e}.",
        "Kortet {card} bør spærres.",
        "Den udenlandske konto {iban} er meldt til banken.",
        "Pengene ({amt}) er indefrosset hos {b}.",
        "Din MitID bruger-ID ({u}) bør skiftes.",
        "Vi har desuden skrevet til {n2}.",
        "Vi bemærker, at {fam} også har været i kontakt med os.",
    ]
    for p in c.rng.sample(paras, c.rng.randint(4, 6)):
        d.fill(
            p + " ",
            acc=c.account(),
            dob=c.dob(),
            cpr=c.cpr(),
            t=c.phone(),
            e=c.email(who[0] if who[1] else None),
            card=c.card(),
            iban=c.iban(),
            amt=c.amount(),
            b=c.bank(),
            u=c.mitid(),
            n2=c.person("rand"),
            fam=c.family(),
        )
    d.add("\n\n" + c.org_mention())
    _signature(d, c, c.staff())
    return d


MAKERS: dict[str, Callable[[Ctx], Doc]] = {
    "log": log_doc,
    "email": email_doc,
    "chat": chat_doc,
    "form": form_doc,
    "case_note": case_note_doc,
    "call_note": call_note_doc,
    "police": police_doc,
    "letter": letter_doc,
}


def _extras(d: Doc, c: Ctx) -> None:
    """Hard negatives every genre may carry: the chain's address, a line, a family word."""
    if c.chance(0.5):
        d.add("\n" + c.org_mention())
    if c.neg and c.chance(0.5):
        d.add(
            f"\n{c.pick(PSEUDONYMS)} henvist til {c.org_line()}. Parkering ved {c.street_only()}."
        )


_LINE = re.compile(r"(?<![\d.])(?:" + "|".join(map(re.escape, ORG_LINES)) + r")(?![\d.])")


def _line_in_span(d: Doc) -> bool:
    """Whether an organisation's number turns up inside a labelled value (a group of an IBAN)."""
    text = d.text
    return any(_LINE.search(text[s["start"] : s["end"]]) for s in d.spans)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    cells = []
    for i, genre in enumerate(GENRES):
        n = size // len(GENRES) + (1 if i < size % len(GENRES) else 0)
        neg = negatives // len(GENRES) + (1 if i < negatives % len(GENRES) else 0)
        cells += [(genre, "negative")] * neg + [(genre, "positive")] * (n - neg)
    rng.shuffle(cells)
    docs, seen = [], set()
    for genre, kind in cells:
        while True:
            c = Ctx(rng, kind == "negative")
            d = MAKERS[genre](c)
            _extras(d, c)
            if d.text not in seen and (kind == "negative" or d.spans) and not _line_in_span(d):
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii_blind124-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("pii_blind124.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
