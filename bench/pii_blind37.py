"""A thirty-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is EDUCATION, STUDENTS
AND CHILDCARE FRAUD as universities, SU (Uddannelses- og Forskningsstyrelsen), student-housing
offices, schools, daycare institutions, Aula users, banks and the police handle it, in eight
genres: a student-housing office's log of fake room listings (the student who paid a deposit,
the listed address, the account, IBAN or MobilePay number the deposit went to, now and then the
"landlord's" car), an SU fraud case note on an application made in a stolen identity (the
student's CPR, birth date and address block, the NemKonto changed to a stranger's account, the
MitID user ID that logged in, the code given away), a school secretary's e-mail thread
(Fra:/Til:/Cc:/Emne:) about a fake Aula payment for a class trip (the parent's card, expiry and
CVV, the child's name), an exchange student's Danish-English chat with a fake landlord
("[09:14] Name:" lines, a foreign IBAN, fiction-range British and Swedish numbers, lower-case
names typed in passing), a bank fraud-line transcript of a student who gave away card details,
a code and a MitID user ID after a fake "SU refund" text, a daycare leader's notes (a stranger
with a forged pick-up authorisation, a child's birth date, a car's plate, parents paying a fake
"forældrebetaling"), a police report with the complainant in capitals, witnesses and the
suspect's plate, and a university IT ticket about a phished account. The names are those of
Danes of all ages, Danes with roots elsewhere ("Sahra Warsame", "Hoa Thi Tran"), international
students ("Giulia Ferraro", "Pieter de Vries"), double surnames ("Dalgaard-Riis") and the
institutions' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "pædagog", "vidne",
  "mor"); "Riis, Signe" is one span; a genitive s belongs to it ("Signes"); a lower-case name
  typed in a chat ("giulia") is PERSON. A scammer's alias ("Henrik fra kollegiekontoret") is
  PERSON, the organisation is not. Organisations, products, placeholders ("[NAVN]",
  "Studerende A", "Forælder 2", "Vidne 1") and family words ("min datter") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 2003", "04.06.2003",
  "4/6-2003", "04-06-2003") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled. Children have a birth date, never a CPR.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 114, SMS short codes) is never PHONE; a staff
  member's direct line is.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  institutions' mailboxes too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("CX 41 207", "CX41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.600 kr.", "kr. 1.450", "849,50 kr."), dates and
  clock times ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), student numbers
  ("studienr. 417208"), case, ticket, listing and journal numbers ("SU-26-04187", "INC0412873",
  "K-26-4471", "annonce-ID 384120", "journalnr. 3500-80731-00412-26"), CVR numbers, masked
  values ("040603-xxxx", "+45 ** ** ** 31", "g***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, institutions,
  companies, banks, products and family words. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]",
  "[e-mail]", "[kontonr.]", "[kode]", "[CPR]") and pseudonym labels ("Studerende A",
  "Forælder 2", "Vidne 1") remain. No run of ten or more digits occurs outside a labelled
  identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
Every document draws from its own random generator, seeded by the set's seed and its index,
and pseudonyms are keyed by the name's text, so the set is the same in every process.
``python -m bench.pii_blind37 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 3837
SIZE = 1000
NEGATIVES = 350
GENRES = ("kollegielog", "su_sagsnotat", "aula_mailtråd", "lejer_chat", "bank_svindellinje",
          "dagtilbud_noter", "politianmeldelse", "it_sag")  # fmt: skip
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
         "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# the opening digits of published test card numbers (Visa, Mastercard, Mastercard 2-series)
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "NL": 18,
    "GB": 22,
    "IE": 22,
    "ES": 24,
    "FR": 27,
    "IT": 27,
    "LT": 20,
    "PL": 28,
    "SE": 24,
    "BE": 16,
    "PT": 25,
}
# the basic bank account number of each country: n a digit, a a capital letter
BBAN = {
    "DK": "n" * 14,
    "DE": "n" * 18,
    "NL": "aaaa" + "n" * 10,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "ES": "n" * 20,
    "FR": "n" * 23,
    "IT": "a" + "n" * 22,
    "LT": "n" * 16,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "BE": "n" * 12,
    "PT": "n" * 21,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
          "50", "51", "52", "53", "60", "61", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "74", "75", "76",
            "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("70 21 44 80", "70 33 26 10", "7015 9090", "80 20 11 45", "80601212", "1277")

WOMEN = ("Astrid", "Freja", "Ingrid", "Karoline", "Signe", "Maja", "Ellen", "Birthe", "Hanne",
         "Lone", "Kirsten", "Bodil", "Gudrun", "Nanna", "Rikke", "Tove", "Vibeke", "Mathilde",
         "Clara", "Emma", "Liva", "Johanne", "Sofie", "Line", "Mette", "Dorte", "Pernille",
         "Anne-Sofie", "Marie-Louise", "Ulla", "Yasmin", "Amira", "Leila", "Sahra", "Fatma",
         "Noor", "Dragana", "Aleksandra", "Hoa", "Zeynep", "Halima", "Mariam")  # fmt: skip
MEN = ("Anders", "Bjarne", "Carsten", "Erik", "Frederik", "Gustav", "Henrik", "Jakob", "Kasper",
       "Magnus", "Morten", "Oliver", "Poul", "Rasmus", "Søren", "Torben", "Villads", "Asger",
       "Emil", "Malthe", "Troels", "Ole", "Bent", "Aksel", "Karl-Erik", "Hans-Henrik", "Hamid",
       "Yusuf", "Bilal", "Omar", "Mehmet", "Kwame", "Ravi", "Minh", "Ibrahim", "Jamal")  # fmt: skip
MIDDLE = {"F": ("Marie", "Louise", "Kristine", "Margrethe", "Sofie"),
          "M": ("Peter", "Johan", "Christian", "Valdemar", "Emil")}  # fmt: skip
SURNAMES = ("Bech", "Dalgaard", "Eskildsen", "Fogh", "Gregersen", "Hjorth", "Iversen", "Juhl",
            "Kragh", "Lauritsen", "Mogensen", "Nørgaard", "Overgaard", "Pallesen", "Qvist", "Riis",
            "Skov", "Thygesen", "Vestergaard", "Winther", "Østergaard", "Aagaard", "Bundgaard",
            "Damgaard", "Lykke", "Refslund", "Holst", "Brask", "Krogh", "Munk", "Stampe",
            "Kirkegaard", "Bisgaard", "Søgaard", "Thorup", "Ladefoged")  # fmt: skip
ROOTS_SURNAMES = ("Haddad", "Demir", "Yıldız", "Rahimi", "Warsame", "Aslam", "Al-Sayed",
                  "Petrović", "Öztürk", "Nowak", "Mensah", "Subramaniam", "Karimi", "Jaber",
                  "Qureshi", "Tran", "Hussein", "Nguyen")  # fmt: skip
ROOTS_FIRST = {"F": ("Yasmin", "Amira", "Leila", "Sahra", "Fatma", "Noor", "Dragana",
                     "Aleksandra", "Hoa", "Zeynep", "Halima", "Mariam"),
               "M": ("Hamid", "Yusuf", "Bilal", "Omar", "Mehmet", "Kwame", "Ravi", "Minh",
                     "Ibrahim", "Jamal")}  # fmt: skip
INTERNATIONAL = (("Giulia", "Ferraro"), ("Mateo", "Álvarez"), ("Lukas", "Brandt"),
                 ("Chloé", "Girard"), ("Wei", "Zhang"), ("Hana", "Kobayashi"),
                 ("Dorota", "Kamińska"), ("Ioana", "Popescu"), ("Ethan", "Walsh"),
                 ("Aoife", "Brennan"), ("Santiago", "Ruiz"), ("Emre", "Kaya"), ("Anika", "Sharma"),
                 ("Tomasz", "Wiśniewski"), ("Pieter", "de Vries"), ("Lea", "Hofmann"),
                 ("Sean", "O'Connell"), ("Marta", "Rossi"), ("Kenji", "Watanabe"),
                 ("Rūta", "Petrauskienė"), ("Laura", "Fernández"), ("Julien", "Moreau"),
                 ("Ingrida", "Kalniņa"), ("Niamh", "Gallagher"))  # fmt: skip
STREETS = ("Lærkeslettevej", "Kollegiebakken", "Skovsnogen", "Birkelunden", "Rønnebærhaven",
           "Studsgårdsgade", "Hvedemarken", "Tranehøjvej", "Kildevældsparken", "Æblehaven",
           "Ørnereden", "Fyrretoften", "Sønder Allé Vest", "Klostermarken", "Havrevangen",
           "Mølleåsvej", "Pilevænget", "Stæremosen", "Humlebakken", "Engtoften", "Bispeengen",
           "Gormsgade", "Lindegårds Allé", "Vibeholmsvej")  # fmt: skip
TOWNS = (("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("2200", "København N"),
         ("2400", "København NV"), ("2300", "København S"), ("5000", "Odense C"),
         ("5230", "Odense M"), ("9000", "Aalborg"), ("9220", "Aalborg Øst"),
         ("2800", "Kongens Lyngby"), ("4000", "Roskilde"), ("6700", "Esbjerg"), ("7100", "Vejle"),
         ("8700", "Horsens"), ("6000", "Kolding"), ("4200", "Slagelse"), ("2000", "Frederiksberg"),
         ("3400", "Hillerød"), ("8800", "Viborg"), ("7400", "Herning"), ("6400", "Sønderborg"),
         ("4700", "Næstved"))  # fmt: skip
UNIVERSITIES = ("Aarhus Universitet", "Københavns Universitet", "Syddansk Universitet",
                "Aalborg Universitet", "Roskilde Universitet", "VIA University College",
                "Professionshøjskolen Absalon")  # fmt: skip
HOUSING = ("Kollegiekontoret Midtby", "Studieboligkontoret Nord",
           "Kollegiernes Fællesadministration", "Ungdomsboligkontoret Syd")  # fmt: skip
SCHOOLS = ("Bakkedalskolen", "Hasselager Friskole", "Nørremarkens Skole", "Egebjergskolen")
DAYCARES = ("Børnehuset Solsikken", "Vuggestuen Mariehønen", "Naturbørnehaven Egetoppen",
            "Dagtilbuddet Kastanjen")  # fmt: skip
LANDLORD_FIRMS = ("Campusbolig Nordic ApS", "Nordlys Ejendomme ApS", "Lejeportalen Syd ApS",
                  "Studenterhusene K/S")  # fmt: skip
COMPANIES = UNIVERSITIES + HOUSING + SCHOOLS + DAYCARES + LANDLORD_FIRMS
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
         "Lunar", "Revolut")  # fmt: skip
PRODUCTS = ("Aula", "Min SU", "MitID", "MobilePay", "e-Boks", "NemKonto", "Messenger")
SITES = ("Facebook-gruppen for boliger", "en boligportal", "Messenger", "en Discord-server")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
LETTER_ROLES = ("Studerende", "Lejer", "Udlejer", "Elev", "Barn", "Bruger", "Ansøger",
                "Medarbejder", "Sagsbehandler", "Pædagog", "Rådgiver")  # fmt: skip
DOMAINS = ("example.dk", "example.com", "post.example.dk", "stud.example.dk", "example.net",
           "example.org", "mail.example.dk")  # fmt: skip

Tok = tuple[str, str, str]  # a labelled value: (value, type, stand-in once pseudonymised)
Part = str | Tok


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def ascii_name(text: str) -> str:
    """A name as the lower-case letters of a login or mailbox."""
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ı", "i"), ("ł", "l"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if "a" <= ch <= "z")


def kroner(rng: random.Random, low: int, high: int, step: int = 50) -> str:
    """An amount in one of the Danish written forms."""
    value = rng.randrange(low, high, step)
    whole = f"{value:,}".replace(",", ".")
    return rng.choice((f"{whole} kr.", f"kr. {whole}", f"{whole},00 kr.", f"{whole} kr."))


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    born: date
    phone: str  # 8 Danish digits, or a whole foreign number
    mail: str
    mitid: str
    cpr: str  # ten digits, or "" for a child
    sex: str = "F"

    @property
    def pronoun(self) -> str:
        return "hun" if self.sex == "F" else "han"

    @property
    def key(self) -> str:
        return f"{self.first}|{self.middle}|{self.last}|{self.born.isoformat()}"

    def form(self, form: str) -> str:
        full = " ".join(x for x in (self.first, self.middle, self.last) if x)
        return {
            "full": full,
            "first": self.first,
            "plain": f"{self.first} {self.last}",
            "comma": f"{self.last}, {self.first}",
            "upper": full.upper(),
            "upper_comma": f"{self.last}, {self.first}".upper(),
            "initial": f"{self.first[0]}. {self.last}",
            "lower": self.first.lower(),
            "gen": f"{self.first}s",
            "surname": self.last,
        }[form]


@dataclass(frozen=True)
class Address:
    street: str
    number: str
    floor: str  # "" or "3. tv."
    postcode: str
    town: str

    def form(self, form: str) -> str:
        base = f"{self.street} {self.number}"
        if self.floor and form != "short":
            base += f", {self.floor}"
        if form == "line":
            return f"{base}, {self.postcode} {self.town}"
        if form == "block":
            return f"{base}\n{self.postcode} {self.town}"
        return base


class Doc:
    """One document being written: its text, its spans, and in pseudonymised documents the
    stand-ins and pseudonyms that take the place of the personal data."""

    def __init__(self, rng: random.Random, pseudo: bool) -> None:
        self.rng = rng
        self.pseudo = pseudo
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []
        self.aliases: dict[str, str] = {}
        self.roles: Counter[str] = Counter()
        self.day = date(2026, 1, 5) + timedelta(days=rng.randrange(115))

    # writing ---------------------------------------------------------------------------------
    def w(self, *parts: Part | list) -> None:
        for part in parts:
            if isinstance(part, list):
                self.w(*part)
            elif isinstance(part, tuple):
                value, kind, stand_in = part
                if self.pseudo:
                    self._add(stand_in)
                else:
                    self.spans.append(
                        {"start": self.size, "end": self.size + len(value), "type": kind}
                    )
                    self._add(value)
            else:
                self._add(part)

    def _add(self, text: str) -> None:
        text = text.replace("kr..", "kr.")  # an amount that ends the sentence keeps one stop
        if self.parts and text[:1] in (".", "\n"):
            last = self.parts[-1]  # plain text: a labelled value never ends in a space
            if text[0] == "." and last.endswith("kr."):
                text = text[1:]  # "12.600 kr." ends the sentence too
            elif text[0] == "\n" and last.endswith(" "):
                self.parts[-1] = last.rstrip(" ")
                self.size -= len(last) - len(self.parts[-1])
        self.parts.append(text)
        self.size += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # people and places -------------------------------------------------------------------------
    def person(self, kind: str = "adult", sex: str = "") -> Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        years = {
            "student": (1997, 2006),
            "intl": (1997, 2006),
            "parent": (1974, 1995),
            "elder": (1941, 1966),
            "staff": (1962, 1997),
            "adult": (1965, 2004),
            "child": (2012, 2024),
            "toddler": (2020, 2025),
        }[kind]
        born = date(rng.randrange(*years), 1, 1) + timedelta(days=rng.randrange(365))
        middle = ""
        if kind == "intl":
            first, last = rng.choice(INTERNATIONAL)
        elif rng.random() < 0.24:
            first = rng.choice(ROOTS_FIRST[sex])
            last = rng.choice(ROOTS_SURNAMES + SURNAMES[:6])
            if last in ("Tran", "Nguyen") and rng.random() < 0.7:
                middle = "Thi" if sex == "F" else "Van"
        else:
            first = rng.choice(
                [n for n in (WOMEN if sex == "F" else MEN) if n not in ROOTS_FIRST[sex]]
            )
            last = rng.choice(SURNAMES)
            if rng.random() < 0.22:
                last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
            if rng.random() < 0.22:
                middle = rng.choice(MIDDLE[sex])
        if kind == "intl" and rng.random() < 0.45:
            phone = self.foreign_number()
        else:
            phone = rng.choice(MOBILE) + f"{rng.randrange(10**6):06d}"
        yy = f"{born.year % 100:02d}"
        f, s = ascii_name(first), ascii_name(last)
        local = rng.choice(
            (
                f"{f}.{s}",
                f"{f}{s}",
                f"{f[0]}{s}",
                f"{f}{yy}",
                f"{f}.{s}{yy}",
                f"{f}_{s[:4]}",
                f"{f[:3]}{s[:3]}",
            )
        )
        mail = f"{local}@{rng.choice(DOMAINS)}"
        suffix = str(born.year) if born.year <= 2005 and rng.random() < 0.4 else yy
        mitid = rng.choice((f, f + s, f + s[:3], f[:2] + s)) + suffix
        cpr = self.cpr_digits(born) if born.year <= 2005 else ""
        return Person(first, middle, last, born, phone, mail, mitid, cpr, sex)

    def cpr_digits(self, born: date) -> str:
        rng = self.rng
        century = "4" if born.year >= 2000 else rng.choice("0123")
        while True:
            value = f"{born:%d%m}{born.year % 100:02d}{century}{rng.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(value, WEIGHTS, strict=True)) % 11:
                return value

    def foreign_number(self) -> str:
        rng = self.rng
        if rng.random() < 0.55:
            return f"+44 7700 900{rng.randrange(1000):03d}"
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"

    def address(self) -> Address:
        rng = self.rng
        number = str(rng.randrange(1, 99)) + rng.choice(("", "", "", "A", "B", "C", "D"))
        floor = ""
        if rng.random() < 0.55:
            level = rng.choice(("st.", "1.", "2.", "3.", "4.", "5."))
            floor = f"{level} {rng.choice(('tv.', 'th.', 'mf.'))}"
        postcode, town = rng.choice(TOWNS)
        return Address(rng.choice(STREETS), number, floor, postcode, town)

    def street(self) -> str:
        return self.rng.choice(STREETS)

    def plate_value(self) -> str:
        rng = self.rng
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        digits = f"{rng.randrange(10, 100)} {rng.randrange(100, 1000)}"
        return f"{letters} {digits}" if rng.random() < 0.7 else letters + digits.replace(" ", "")

    # labelled values -------------------------------------------------------------------------
    def name(self, p: Person, form: str, role: str | None = None) -> Tok | list[Part]:
        if (
            form == "gen" and p.first[-1] in "sxz" and not self.pseudo
        ):  # "Anders'": the apostrophe stays outside
            return [self.name(p, "first", role), "'"]
        value = p.form(form)
        if not self.pseudo:
            return (value, "PERSON", "")
        if p.key not in self.aliases:
            if role is None or self.rng.random() < 0.2:
                self.aliases[p.key] = "[NAVN]"
            else:
                n = self.roles[role]
                self.roles[role] += 1
                mark = "ABC"[n] if role in LETTER_ROLES and n < 3 else str(n + 1)
                self.aliases[p.key] = f"{role} {mark}"
        alias = self.aliases[p.key]
        if form == "gen":
            alias += "s" if alias.endswith("]") else "'s"
        return ("", "PERSON", alias)

    def any_name(self, p: Person, role: str | None, *forms: str) -> Tok | list[Part]:
        return self.name(p, self.rng.choice(forms or ("full", "plain", "plain", "first")), role)

    def addr(self, a: Address, form: str | None = None) -> Tok:
        form = form or self.rng.choice(("short", "line", "line"))
        return (a.form(form), "ADDRESS", "[ADRESSE]")

    def cpr(self, p: Person, form: str | None = None) -> Tok:
        v = p.cpr
        form = form or self.rng.choice(("dash", "compact", "spaced", "space"))
        value = {
            "dash": f"{v[:6]}-{v[6:]}",
            "compact": v,
            "space": f"{v[:6]} {v[6:]}",
            "spaced": f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}",
        }[form]
        stand_in = "[CPR]" if self.rng.random() < 0.6 else f"{v[:6]}-xxxx"
        return (value, "CPR", stand_in)

    def dob(self, p: Person) -> Tok:
        b = p.born
        value = self.rng.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b:%d.%m.%Y}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b:%d-%m-%Y}",
            )
        )
        return (value, "DATE_OF_BIRTH", "[fødselsdato]")

    def tel(self, number: str, form: str | None = None) -> Tok:
        if number.startswith("+"):
            return (number, "PHONE", "[TLF]")
        n = number
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        forms = {
            "intl": f"+45 {n}",
            "intl_pairs": f"+45 {pairs}",
            "intl_fours": f"+45 {n[:4]} {n[4:]}",
            "fours": f"{n[:4]} {n[4:]}",
            "bracket": f"(+45) {pairs}",
            "zeros": f"0045 {n}",
            "pairs": pairs,
            "compact": n,
            "glued": f"+45{n}",
            "dots": pairs.replace(" ", "."),
        }
        value = forms[form or self.rng.choice(tuple(forms))]
        stand_in = "[TLF]" if self.rng.random() < 0.6 else f"+45 ** ** ** {n[6:]}"
        return (value, "PHONE", stand_in)

    def mail(self, address: str) -> Tok:
        local, domain = address.split("@")
        stand_in = "[e-mail]" if self.rng.random() < 0.55 else f"{local[0]}***@{domain}"
        return (address, "EMAIL", stand_in)

    def landline(self) -> str:
        return self.rng.choice(LANDLINE) + f"{self.rng.randrange(10**6):06d}"

    def account(self, form: str | None = None) -> list[Part]:
        rng = self.rng
        reg = f"{rng.randrange(1000, 10000)}"
        digits = rng.choice((10, 10, 10, 7, 8, 9))
        number = f"{rng.randrange(10 ** (digits - 1), 10**digits)}"
        if digits == 10 and rng.random() < 0.3:
            number = "00" + number[2:]
        form = form or rng.choice(("dash", "space", "reg", "regnr"))
        if form == "dash":
            return [(f"{reg}-{number}", "BANK_ACCOUNT", "[kontonr.]")]
        if form == "space":
            return [(f"{reg} {number}", "BANK_ACCOUNT", "[kontonr.]")]
        if form == "reg":
            return [f"reg. {reg} konto ", (number, "BANK_ACCOUNT", "[kontonr.]")]
        return [f"reg.nr. {reg}, kontonr. ", (number, "BANK_ACCOUNT", "[kontonr.]")]

    def iban(self, country: str | None = None) -> Tok:
        rng = self.rng
        cc = country or rng.choice(tuple(BBAN))
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        bban = "".join(
            rng.choice(letters) if c == "a" else str(rng.randrange(10)) for c in BBAN[cc]
        )
        number = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        compact = f"{cc}{98 - number % 97:02d}{bban}"
        value = grouped(compact) if rng.random() < 0.6 else compact
        stand_in = f"{compact[:4]}{'X' * (len(compact) - 8)}{compact[-4:]}"
        return (value, "IBAN", stand_in if rng.random() < 0.7 else "[IBAN]")

    def card(self) -> tuple[Tok, str]:
        rng = self.rng
        prefix = rng.choice(TEST_PREFIXES)
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
        compact = body + luhn_digit(body)
        value = grouped(compact) if rng.random() < 0.6 else compact
        stand_in = (
            f"**** **** **** {compact[-4:]}" if rng.random() < 0.5 else f"******{compact[-4:]}"
        )
        return (value, "CARD", stand_in), compact[-4:]

    def expiry(self) -> Tok:
        rng = self.rng
        month, year = rng.randrange(1, 13), rng.randrange(26, 32)
        value = f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"
        return (value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> Tok:
        return (f"{self.rng.randrange(1000):03d}", "CARD_CVV", "***")

    def otp(self) -> Tok:
        n = 6 if self.rng.random() < 0.75 else 8
        return (f"{self.rng.randrange(10**n):0{n}d}", "OTP", "[kode]")

    def mitid(self, p: Person) -> Tok:
        return (p.mitid, "MITID_USER", "[bruger-id]")

    def plate(self) -> Tok:
        return (self.plate_value(), "NUMBER_PLATE", "[nummerplade]")

    # hard negatives ----------------------------------------------------------------------------
    def date_short(self, back: int = 0) -> str:
        return f"{self.day - timedelta(days=back):%d.%m.%y}"

    def stamp(self, back: int = 0) -> str:
        day = self.day - timedelta(days=back)
        return f"{day:%Y-%m-%d} {self.clock()}"

    def clock(self, sep: str = ":") -> str:
        return f"{self.rng.randrange(7, 22):02d}{sep}{self.rng.randrange(60):02d}"

    def studienr(self) -> str:
        return f"studienr. {self.rng.randrange(100000, 1000000)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def masked_card(self) -> str:
        last = f"{self.rng.randrange(10000):04d}"
        return f"**** **** **** {last}" if self.rng.random() < 0.5 else f"******{last}"

    def masked_mail(self, p: Person) -> str:
        local, domain = p.mail.split("@")
        return f"{local[0]}***@{domain}"

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.rng.randrange(100):02d}"

    def org_line(self) -> str:
        return self.rng.choice(ORG_LINES[:5])


def contact(d: Doc, p: Person, with_mail: float = 0.6) -> list[Part]:
    """A person's phone and perhaps e-mail, as a parenthesis-free phrase."""
    parts: list[Part] = [d.rng.choice(("tlf. ", "mobil ", "telefon ")), d.tel(p.phone)]
    if d.rng.random() < with_mail:
        parts += [d.rng.choice((", ", ", mail ", " og e-mail ")), d.mail(p.mail)]
    return parts


# 1. a student-housing office's log of fake room listings ---------------------------------------
def housing_log(d: Doc) -> None:
    rng = d.rng
    office = rng.choice(HOUSING)
    staff = d.person("staff")
    d.w(
        f"{office}, {d.cvr()}\n"
        f"Log over falske værelsesannoncer, uge {d.day.isocalendar()[1]}/2026\n",
        "Ført af ",
        d.any_name(staff, "Sagsbehandler", "plain", "initial", "full"),
        " (",
        d.mail(staff.mail),
        ", direkte ",
        d.tel(d.landline()),
        ")\n",
        f"Spørgsmål fra studerende: ring {d.org_line()} i kontortiden.\n\n",
    )
    for back in sorted(rng.sample(range(12), rng.randint(2, 4)), reverse=True):
        student = d.person(rng.choice(("student", "student", "intl")))
        listing = d.address()
        alias = d.person("adult")
        d.w(
            f"{d.stamp(back)} | K-26-{rng.randrange(1000, 10000)} | "
            f"annonce-ID {rng.randrange(100000, 1000000)}\n"
        )
        who = d.any_name(student, "Studerende", "full", "plain", "comma", "initial")
        d.w("Henvendelse fra ", who, f" ({d.studienr()}), ", contact(d, student), ".\n")
        d.w(
            f"Annoncen på {rng.choice(SITES)} lovede et værelse på ",
            d.addr(listing),
            f" til {kroner(rng, 2800, 6500, 100)} om måneden. ",
        )
        d.w(
            rng.choice(
                (
                    "Den såkaldte udlejer kaldte sig ",
                    "Udlejeren præsenterede sig som ",
                    "Afsenderen skrev under navnet ",
                )
            ),
            d.any_name(alias, "Udlejer", "first", "plain", "full"),
            f" og krævede {kroner(rng, 6000, 19000, 500)} i depositum",
        )
        how = rng.random()
        if how < 0.4:
            d.w(" overført til ", d.account(), ".\n")
        elif how < 0.8:
            d.w(" til en udenlandsk konto, IBAN ", d.iban(), ".\n")
        else:
            d.w(" via MobilePay til ", d.tel(alias.phone), ".\n")
        extra = rng.random()
        if extra < 0.3:
            resident = d.person("student")
            d.w(
                "Værelset er i virkeligheden lejet ud til ",
                d.any_name(resident, "Lejer", "plain", "full", "comma"),
                ", som intet kender til annoncen.\n",
            )
        elif extra < 0.55:
            d.w(
                f"Udlejeren ville kun mødes ved {d.street()}. Studerende så en bil med ",
                "nummerpladen ",
                d.plate(),
                ".\n",
            )
        elif extra < 0.7:
            d.w(f"Fremvisningen blev aflyst; man skulle mødes ved {d.street()}.\n")
        elif extra < 0.85:
            d.w(
                "Kopi af lejekontrakt viser ",
                d.name(student, "gen", "Studerende"),
                " underskrift og udlejers falske ",
                d.cvr(),
                ".\n",
            )
        d.w(
            rng.choice(
                (
                    "Status: henvist til politiet og egen bank.\n",
                    f"Status: {rng.choice(BANKS)} forsøger tilbageførsel.\n",
                    "Status: annoncen anmeldt til platformen, afventer svar.\n",
                    "Status: beløbet er tabt; rådgivning givet.\n",
                )
            ),
            "\n",
        )
    d.w(
        f"Opdateret kl. {d.clock('.')}. Tal for ugen: {rng.randint(3, 19)} henvendelser, "
        f"samlet tab {kroner(rng, 20000, 160000, 100)}.\n"
    )


# 2. an SU fraud case note on a stolen-identity application -----------------------------------
def su_case(d: Doc) -> None:
    rng = d.rng
    staff = d.person("staff")
    student = d.person(rng.choice(("student", "student", "student", "intl")))
    home = d.address()
    alias = d.person("adult")
    d.w(
        "Uddannelses- og Forskningsstyrelsen · SU-kontrol\nSagsnotat\n",
        f"Sagsnr. SU-26-{rng.randrange(10000, 100000)} · {d.studienr()} · {d.date_short()}\n",
        "Sagsbehandler: ",
        d.any_name(staff, "Sagsbehandler", "initial", "plain", "full"),
        ", ",
        d.mail(staff.mail),
        "\n\n",
    )
    d.w(
        "Vedrørende: ",
        d.any_name(student, "Studerende", "upper", "upper_comma", "comma", "full"),
        "\nCPR-nr.: ",
        d.cpr(student),
        "\n",
    )
    if rng.random() < 0.75:
        d.w("Fødselsdato: ", d.dob(student), "\n")
    d.w(
        "Folkeregisteradresse:\n",
        d.addr(home, "block"),
        "\n",
        "Telefon: ",
        d.tel(student.phone),
        "\n",
        "E-mail: ",
        d.mail(student.mail),
        "\n\n",
    )
    uni = rng.choice(UNIVERSITIES)
    d.w(
        "Sagens forløb\n",
        f"Den {d.date_short(20)} modtog vi via Min SU en ansøgning om SU til en uddannelse på "
        f"{uni} i ",
        d.name(student, "gen", "Studerende"),
        " navn. ",
        "Der blev logget ind med MitID-bruger-ID ",
        d.mitid(student),
        " fra en enhed, vi ikke har set før. Samme dag blev NemKonto ændret til ",
        d.account(),
        f" i {rng.choice(BANKS)}.\n",
    )
    d.w(
        "Ved telefonsamtale ",
        d.date_short(3),
        " oplyste ",
        d.name(student, "first", "Studerende"),
        ", at ",
        student.pronoun,
        " havde fået en SMS fra ",
        ORG_LINES[5],
        ' om en "tilbagebetaling af SU" og derefter et opkald fra en, der kaldte sig ',
        d.any_name(alias, None, "first", "plain"),
        " fra SU-kontoret. ",
        "Personen bad om engangskoden ",
        d.otp(),
        ", som blev læst op. ",
    )
    if rng.random() < 0.5:
        d.w("Bagefter kom endnu en kode, ", d.otp(), ", som ikke blev givet videre. ")
    d.w("\n")
    roll = rng.random()
    if roll < 0.35:
        parent = d.person("parent")
        d.w(
            "Mor, ",
            d.any_name(parent, "Forælder", "plain", "full", "initial"),
            " (",
            d.tel(parent.phone),
            "), har bekræftet forløbet og sendt skærmbilleder til ",
            d.mail(rng.choice(("su-kontrol@example.dk", "sukontrol@post.example.dk"))),
            ".\n",
        )
    elif roll < 0.6:
        d.w(
            "Udbetalingen blev forsøgt videreført til en udenlandsk konto, IBAN ",
            d.iban(),
            ", men banken afviste overførslen.\n",
        )
    elif roll < 0.8:
        d.w(
            "Den studerende har tidligere haft en adresse på ",
            d.addr(d.address(), "line"),
            ", hvor post fra os nu er blevet afhentet af ukendte.\n",
        )
    d.w(
        f"Udbetalt i alt: {kroner(rng, 3000, 14000, 1)}. Spærret: {kroner(rng, 3000, 7000, 1)}.\n"
        f"Styrelsens hotline {rng.choice(ORG_LINES[:2])} er orienteret; sagen er politianmeldt "
        f"(journalnr. {rng.randrange(1000, 10000)}-{rng.randrange(10000, 100000)}-"
        f"{rng.randrange(10000, 100000)}-26).\n"
        "Afgørelse: ansøgningen annulleres, NemKonto nulstilles, ny ansøgning kræver fremmøde.\n"
    )
    if rng.random() < 0.5:
        d.w("Kvittering sendt til ", d.masked_mail(student), " og via e-Boks.\n")


# 3. a school secretary's e-mail thread about a fake Aula payment -------------------------------
def aula_thread(d: Doc) -> None:
    rng = d.rng
    school = rng.choice(SCHOOLS)
    secretary = d.person("staff")
    teacher = d.person("staff")
    parent = d.person("parent")
    child = d.person("child")
    child = Person(child.first, "", parent.last, child.born, "", "", "", "", child.sex)
    klasse = f"{rng.randint(0, 9)}.{rng.choice('ABCD')}"
    trip, the_trip = rng.choice(
        (
            ("lejrskole", "lejrskolen"),
            ("skoleudflugt", "skoleudflugten"),
            ("teatertur", "teaterturen"),
            ("hyttetur", "hytteturen"),
        )
    )
    d.w(
        "Fra: ",
        d.any_name(secretary, "Medarbejder", "plain", "full"),
        " <",
        d.mail(secretary.mail),
        ">\n",
        "Til: ",
        d.any_name(parent, "Forælder", "plain", "full"),
        " <",
        d.mail(parent.mail),
        ">\n",
    )
    if rng.random() < 0.7:
        d.w(
            "Cc: ",
            d.any_name(teacher, "Medarbejder", "plain", "full"),
            " <",
            d.mail(teacher.mail),
            ">\n",
        )
    d.w(
        f"Emne: SV: Betaling for {trip} i {klasse} via Aula?\n",
        f"Dato: {d.date_short()} kl. {d.clock('.')}\n\n",
    )
    d.w(
        "Kære ",
        d.name(parent, "first", "Forælder"),
        "\n\n",
        f"Tak fordi du skrev. {school} beder aldrig om betaling via et link i en Aula-besked, og "
        f"der er ikke opkrævet noget for {the_trip}. Beskeden kom fra en falsk profil, der kaldte "
        "sig ",
        d.any_name(d.person("adult"), None, "plain", "first"),
        ". ",
    )
    card, last4 = d.card()
    paid = rng.random() < 0.75
    if paid:
        d.w("Ring straks til din bank og få spærret kortet, der slutter på ", last4, ". ")
    d.w(
        f"Vi har advaret alle forældre i {klasse} og meldt profilen til Aula-supporten.\n\n"
        "Venlig hilsen\n",
        d.any_name(secretary, "Medarbejder", "plain", "first", "full"),
        f"\nSkolesekretær, {school}\nDirekte: ",
        d.tel(d.landline()),
        "\n\n",
    )
    d.w(
        "> Fra: ",
        d.any_name(parent, "Forælder", "plain", "full"),
        " <",
        d.mail(parent.mail),
        ">\n> Sendt: ",
        d.date_short(1),
        " kl. ",
        d.clock("."),
        "\n",
        "> Hej. Vi har fået en besked i Aula om at betale ",
        kroner(rng, 250, 2400),
        f" for {the_trip} for ",
        d.name(child, rng.choice(("first", "plain")), "Elev"),
        " i ",
        klasse,
        ". ",
    )
    if paid:
        d.w(
            "Jeg betalte med kortet ",
            card,
            ", udløb ",
            d.expiry(),
            ", ",
            rng.choice(("CVV ", "CVC ", "cvc ", "kontrolcifre ")),
            d.cvv(),
            ", og beløbet er trukket. ",
        )
        if rng.random() < 0.5:
            d.w("Bagefter kom en SMS med koden ", d.otp(), ", som jeg også tastede ind. ")
    else:
        d.w("Vi har ikke betalt endnu, for linket så mærkeligt ud. ")
    d.w(
        "\n> ",
        d.name(child, "gen", "Elev"),
        rng.choice((" far", " mor", " bedstemor")),
        " har fået samme besked. Mit nummer er ",
        d.tel(parent.phone),
        ".\n",
    )
    if rng.random() < 0.6:
        d.w("> Vi bor på ", d.addr(d.address(), "line"), ", hvis I vil sende brevet med posten.\n")
    if rng.random() < 0.5:
        d.w("> Mvh ", d.any_name(parent, "Forælder", "full", "plain", "initial"), "\n")
    if rng.random() < 0.4:
        d.w(
            "\n> > Fra: Aula <",
            d.mail("noreply@example.dk"),
            ">\n> > Betal ",
            kroner(rng, 250, 2400),
            f" senest {d.date_short(-3)}. Kontakt skolen på {d.org_line()} ved spørgsmål.\n",
        )


# 4. an exchange student's Danish-English chat with a fake landlord ---------------------------
def landlord_chat(d: Doc) -> None:
    rng = d.rng
    student = d.person("intl")
    landlord = d.person("adult")
    friend = d.person("student", "F")
    room = d.address()
    s_form = rng.choice(("plain", "first", "full"))
    l_form = rng.choice(("plain", "first", "full"))
    t = [rng.randrange(7, 22), rng.randrange(60)]

    def line(who: Person, form: str, role: str, *parts: Part | list) -> None:
        t[1] += rng.randrange(1, 9)
        t[0], t[1] = (t[0] + t[1] // 60) % 24, t[1] % 60
        d.w(f"[{t[0]:02d}:{t[1]:02d}] ", d.name(who, form, role), ": ", *parts, "\n")

    d.w(
        f"Messenger-samtale, eksporteret {d.date_short()} og sendt til {rng.choice(HOUSING)} af ",
        d.name(student, "plain", "Studerende"),
        "\n\n",
    )
    S, L = (student, s_form, "Studerende"), (landlord, l_form, "Udlejer")
    line(
        *S,
        "Hi! Is the room on ",
        d.addr(room, rng.choice(("short", "line"))),
        " still available? I start at ",
        rng.choice(UNIVERSITIES),
        " in August.",
    )
    line(
        *L,
        "Hej ",
        d.name(student, "lower", "Studerende"),
        ", yes it is. Jeg bor i London for tiden, so I can't show it, men nøglerne sendes med "
        "posten.",
    )
    line(
        *S,
        "Can I see it first? My friend ",
        d.name(friend, "lower", "Studerende"),
        " lives close by, she could come.",
    )
    line(
        *L,
        f"Sorry, only after deposit. It is {kroner(rng, 6000, 15000, 500)}, "
        "plus first month. Please pay to my IBAN ",
        d.iban(rng.choice(("GB", "DE", "IE", "NL", "LT", "DK"))),
        ".",
    )
    if rng.random() < 0.6:
        line(*S, "Can I call you? My number is ", d.tel(student.phone), ".")
        line(*L, "Call me on ", d.tel(d.foreign_number()), ", I'm on a work trip.")
    if rng.random() < 0.5:
        line(*L, "Send a copy of your passport and ID to ", d.mail(landlord.mail), " pls.")
        line(*S, "I only have my residence card. Is that ok?")
    if rng.random() < 0.55:
        card, _ = d.card()
        line(*L, "Or pay the booking fee by card here, det er hurtigere.")
        line(
            *S,
            "Ok, I typed ",
            card,
            " exp ",
            d.expiry(),
            " and ",
            rng.choice(("CVV ", "CVC ", "cvc ")),
            d.cvv(),
            ". It asks for a code?",
        )
        line(*L, "Yes send me the code you got by SMS.")
        line(*S, d.otp(), rng.choice((" – is that it?", "", " ok?")))
    line(
        *S,
        rng.choice(("hmm ", "wait, ", "sorry, ")),
        d.name(friend, "lower", "Studerende"),
        f" says the real owner lives in {room.town}? She went to look and there is someone "
        "else living there.",
    )
    line(
        *L,
        rng.choice(("Det er en misforståelse. ", "No no, that's my cousin. ")),
        "Transfer today or I give the room to someone else.",
    )
    if rng.random() < 0.4:
        line(*S, "I will call the housing office on ", d.org_line(), " first.")
    line(
        *S,
        "I paid ",
        kroner(rng, 2000, 9000, 500),
        " already. Please answer, ",
        d.name(landlord, "lower", "Udlejer"),
        rng.choice(("!", "?", ".")),
    )
    if rng.random() < 0.5:
        d.w(
            f"\nNote fra kollegiekontoret: studerende rådet til at kontakte {rng.choice(BANKS)} "
            "og ringe til politiet på 114 for at anmelde det.\n"
        )


# 5. a bank fraud-line transcript ---------------------------------------------------------
def bank_call(d: Doc) -> None:
    rng = d.rng
    bank = rng.choice(BANKS)
    adviser = d.person("staff")
    caller = d.person(rng.choice(("student", "student", "parent", "elder")))
    alias = d.person("adult")
    a_form = rng.choice(("plain", "first"))
    d.w(
        f"{bank} – Svindellinjen {rng.choice(ORG_LINES[2:5])}\n",
        f"Udskrift af opkald {d.stamp()}, varighed {rng.randint(4, 25)} min.\n",
        "Rådgiver: ",
        d.name(adviser, a_form, "Rådgiver"),
        "\n",
        "Kunde: ",
        d.any_name(caller, "Kunde", "plain", "full", "upper_comma", "comma"),
        "\n\n",
    )
    adv = ["Rådgiver: "]
    cus = ["Kunde: "]
    d.w(
        *adv,
        "Du taler med ",
        d.name(adviser, "first", "Rådgiver"),
        f" fra {bank}s svindelteam. Til kontrol: må jeg få dit CPR-nummer?\n",
        *cus,
        "Ja, det er ",
        d.cpr(caller),
        ".\n",
    )
    if rng.random() < 0.5:
        d.w(*adv, "Tak. Og du er født ", d.dob(caller), "?\n", *cus, "Ja, det passer.\n")
    card, last4 = d.card()
    d.w(
        *cus,
        f"Jeg fik en SMS fra {ORG_LINES[5]} om, at jeg skulle have ",
        kroner(rng, 900, 6000),
        " tilbage i SU. Jeg trykkede på linket og skrev mit kortnummer, ",
        card,
        ", udløb ",
        d.expiry(),
        " og ",
        rng.choice(("CVC ", "CVV ", "kontrolcifre ")),
        d.cvv(),
        ".\n",
    )
    d.w(
        *adv,
        "Er det kortet, der slutter på ",
        rng.choice((f"******{last4}", f"**** **** **** {last4}")),
        "?\n",
        *cus,
        f"Ja. Og så ringede en, der sagde, {alias.pronoun} hed ",
        d.any_name(alias, None, "first", "plain"),
        ", og bad om koden fra min telefon. Jeg sagde ",
        d.otp(),
        ".\n",
    )
    if rng.random() < 0.65:
        d.w(
            *adv,
            "Gav du ham andet?\n",
            *cus,
            "Mit MitID-bruger-ID, ",
            d.mitid(caller),
            ". Han sagde, det var for at stoppe svindlen.\n",
        )
    roll = rng.random()
    if roll < 0.45:
        d.w(
            *adv,
            f"Jeg kan se en overførsel på {kroner(rng, 2000, 30000)} til IBAN ",
            d.iban(),
            ". Den forsøger vi at kalde tilbage.\n",
        )
    elif roll < 0.75:
        d.w(
            *adv,
            "Der er flyttet ",
            kroner(rng, 2000, 30000),
            " til konto ",
            d.account(),
            " i en anden bank.\n",
        )
    d.w(
        *adv,
        "Kortet er spærret nu. Hvilket nummer kan vi ringe tilbage på?\n",
        *cus,
        d.tel(caller.phone),
        ". Eller skriv til ",
        d.mail(caller.mail),
        ".\n",
        *adv,
        "Vi har sendt en bekræftelse til ",
        d.masked_mail(caller),
        ". Anmeld det også til politiet på 114 eller på politi.dk.\n",
    )
    if rng.random() < 0.4:
        d.w(
            *adv,
            "Vi sender et nyt kort til ",
            d.addr(d.address(), rng.choice(("line", "block"))),
            ". Passer adressen?\n",
            *cus,
            "Ja.\n",
        )
    d.w(
        f"[Opkald afsluttet kl. {d.clock('.')}; "
        f"sag oprettet som SV-{rng.randrange(100000, 999999)}]\n"
    )


# 6. a daycare leader's notes -----------------------------------------------------------------
def daycare_notes(d: Doc) -> None:
    rng = d.rng
    place = rng.choice(DAYCARES)
    leader = d.person("staff")
    child = d.person(rng.choice(("toddler", "toddler", "child")))
    mother, father = d.person("parent", "F"), d.person("parent", "M")
    child = Person(child.first, "", mother.last, child.born, "", "", "", "", child.sex)
    stranger = d.person("adult")
    he, him = ("Hun", "hende") if stranger.sex == "F" else ("Han", "ham")
    d.w(
        f"{place} – lederens notater {d.date_short()}\n",
        "Skrevet af ",
        d.any_name(leader, "Pædagog", "plain", "initial", "full"),
        "\n\n",
    )
    d.w(
        f"Kl. {d.clock('.')}: En {'kvinde' if stranger.sex == 'F' else 'mand'}, der "
        "præsenterede sig som ",
        d.any_name(stranger, None, "plain", "first", "full"),
        ", ville hente ",
        d.any_name(child, "Barn", "plain", "first", "full"),
    )
    if rng.random() < 0.8:
        d.w(" (født ", d.dob(child), ")")
    d.w(
        f". {he} viste en fuldmagt, angiveligt underskrevet af ",
        d.any_name(mother, "Forælder", "plain", "full", "comma"),
        ". ",
        "Vi ringede til mor på ",
        d.tel(mother.phone),
        f", og hun kendte {him} ikke. Barnet blev ikke udleveret.\n",
    )
    if rng.random() < 0.85:
        d.w(
            f"{he} kørte fra stedet i en {rng.choice(('grå', 'sort', 'hvid', 'blå'))} "
            f"{rng.choice(('Toyota', 'Skoda', 'Peugeot', 'Ford'))} med reg.nr. ",
            d.plate(),
            ". ",
        )
        if rng.random() < 0.4:
            d.w("En anden bil holdt ved ", d.street(), ".")
            if rng.random() < 0.5:
                d.w(" Den havde pladen ", d.plate(), ".")
        d.w("\n")
    d.w(
        "Far, ",
        d.any_name(father, "Forælder", "plain", "full", "initial"),
        ", er underrettet på ",
        d.tel(father.phone),
        ".\n",
    )
    d.w(
        f"\nKl. {d.clock('.')}: Flere forældre har fået SMS fra {ORG_LINES[5]} om "
        '"restance på forældrebetaling" med et link. '
    )
    payer = d.person("parent")
    roll = rng.random()
    if roll < 0.45:
        card, _ = d.card()
        d.w(
            d.name(payer, rng.choice(("plain", "full", "first")), "Forælder"),
            " har betalt ",
            kroner(rng, 800, 4200),
            " med kortet ",
            card,
            " (udløb ",
            d.expiry(),
            ", ",
            rng.choice(("CVV ", "cvc ", "kontrolcifre ")),
            d.cvv(),
            ").\n",
        )
    elif roll < 0.75:
        d.w(
            d.name(payer, rng.choice(("plain", "full")), "Forælder"),
            " har overført ",
            kroner(rng, 800, 4200),
            " til ",
            d.account(),
            " og har kontaktet sin bank.\n",
        )
    else:
        d.w(
            d.name(payer, "gen", "Forælder"),
            " svigermor har betalt via MobilePay til ",
            d.tel(d.person("adult").phone),
            ".\n",
        )
    d.w(
        "Kommunen opkræver aldrig via SMS; pladsanvisningen har nummer "
        f"{d.org_line()} i dagtimerne.\n"
    )
    if rng.random() < 0.6:
        d.w("Forældrenes adresse i vores system: ", d.addr(d.address(), "line"), ". ")
        d.w("Mail til mor: ", d.mail(mother.mail), ".\n")
    d.w(
        "Opfølgning: besked i Aula til alle forældre om at hente via den kendte aftale, og "
        f"politiet er kontaktet på 114 ({rng.choice(('kl. ', 'ca. kl. '))}{d.clock('.')}).\n"
    )


# 7. a police report -------------------------------------------------------------------------
def police_report(d: Doc) -> None:
    rng = d.rng
    victim = d.person(rng.choice(("student", "student", "intl", "parent", "elder")))
    home = d.address()
    officer = d.person("staff")
    suspect = d.person("adult")
    d.w(
        f"{rng.choice(('Østjyllands', 'Fyns', 'Københavns', 'Nordjyllands'))} Politi – "
        "Anmeldelse af bedrageri\n",
        f"Journalnr. {rng.randrange(1000, 10000)}-{rng.randrange(10000, 100000)}-"
        f"{rng.randrange(10000, 100000)}-26\nAnmeldt: {d.stamp()}\n\n",
        "Anmelder: ",
        d.any_name(victim, "Anmelder", "upper_comma", "upper", "comma"),
        "\n",
        "CPR-nr.: ",
        d.cpr(victim),
        "\n",
        "Adresse: ",
        d.addr(home, rng.choice(("block", "block", "line"))),
        "\n",
        "Tlf.: ",
        d.tel(victim.phone),
        "\n",
        "E-mail: ",
        d.mail(victim.mail),
        "\n\n",
    )
    scheme = rng.choice(("bolig", "su", "aula"))
    d.w(
        "Forklaring:\n", d.name(victim, rng.choice(("first", "plain")), "Anmelder"), " forklarede, "
    )
    if scheme == "bolig":
        d.w(
            f"at {victim.pronoun} via ",
            rng.choice(SITES),
            " havde lejet et værelse på ",
            d.addr(d.address(), "line"),
            " af en person, der kaldte sig ",
            d.any_name(suspect, "Mistænkt", "plain", "first"),
            ". Depositum på ",
            kroner(rng, 6000, 20000, 500),
            " blev overført til ",
            d.account() if rng.random() < 0.5 else ["IBAN ", d.iban()],
            ". ",
        )
    elif scheme == "su":
        d.w(
            "at en person, der udgav sig for at ringe fra SU, fik anmelder til at oplyse "
            "engangskoden ",
            d.otp(),
            " og MitID-bruger-ID ",
            d.mitid(victim),
            ", hvorefter NemKonto blev ændret til ",
            d.account(),
            ". ",
        )
    else:
        card, _ = d.card()
        d.w(
            "at anmelder efter en falsk Aula-besked om betaling for en skoletur betalte med "
            "kortet ",
            card,
            " udløb ",
            d.expiry(),
            " og ",
            rng.choice(("CVV ", "CVC ")),
            d.cvv(),
            ". ",
        )
    d.w(f"Samlet tab: {kroner(rng, 1500, 40000)}.\n")
    if rng.random() < 0.35:
        d.w("Anmelder er ", rng.choice(("født ", "f. ")), d.dob(victim), ".\n")
    d.w(
        "\nMistænkt: ",
        d.any_name(suspect, "Mistænkt", "plain", "full"),
        ", tlf. ",
        d.tel(rng.choice((suspect.phone, d.foreign_number()))),
        "\n",
    )
    if rng.random() < 0.9:
        d.w(
            "Køretøj: ", d.plate(), rng.choice((", set ved ", ", parkeret ved ")), d.street(), ".\n"
        )
    n_wit = rng.choice((0, 1, 1, 2))
    for _ in range(n_wit):
        witness = d.person(rng.choice(("elder", "adult", "student")))
        d.w("Vidneforklaring fra ", d.any_name(witness, "Vidne", "comma", "plain", "upper_comma"))
        if rng.random() < 0.6:
            d.w(", f. ", d.dob(witness))
        d.w(", ", d.addr(d.address(), rng.choice(("line", "block"))), "\n")
    d.w(
        "Modtaget af: ",
        d.any_name(officer, "Betjent", "initial", "plain"),
        ", politiassistent. Sagen sendt til Bedrageriafdelingen.\n"
        "Henvisning: ring 114 eller skriv via politi.dk.\n",
    )


# 8. a university IT ticket about a phished account -------------------------------------------
def it_ticket(d: Doc) -> None:
    rng = d.rng
    uni = rng.choice(UNIVERSITIES)
    user = d.person(rng.choice(("student", "student", "intl", "staff")))
    agent = d.person("staff")
    alias = d.person("adult")
    d.w(
        f"INC{rng.randrange(10**6, 10**7):07d} · {uni} IT-support · Prioritet "
        f"{rng.randint(1, 3)}\nKategori: Kompromitteret konto\n",
        f"Oprettet: {d.stamp()} af ",
        d.any_name(user, "Bruger", "plain", "full", "comma"),
        " (",
        d.mail(user.mail),
        ")\n",
        "Bruger: ",
        d.any_name(user, "Bruger", "initial", "plain", "full"),
        f", {d.studienr()}, ",
        d.tel(user.phone),
        "\n",
        "Tildelt: ",
        d.any_name(agent, "Medarbejder", "plain", "initial"),
        "\n\n",
    )
    d.w(
        "Beskrivelse:\n",
        d.name(user, rng.choice(("first", "plain")), "Bruger"),
        ' fik en mail fra "IT-support" (afsender ',
        d.mail(f"{rng.choice(('it-helpdesk', 'servicedesk', 'noreply-it'))}@example.net"),
        ") om at postkassen var fuld, og loggede ind på en falsk side. Kort efter ringede ",
        d.any_name(alias, None, "first", "plain"),
        ' "fra IT" og bad om koden fra SMS\'en: ',
        d.otp(),
        ". ",
    )
    if rng.random() < 0.6:
        d.w("Brugeren oplyste også sit MitID-bruger-ID, ", d.mitid(user), ". ")
    d.w("\n")
    roll = rng.random()
    if roll < 0.4:
        d.w(
            "Angriberen har i selvbetjeningen ændret lønkonto/SU-konto til ",
            d.account(),
            "; ændringen er rullet tilbage.\n",
        )
    elif roll < 0.65:
        d.w(
            "Fra kontoen er der sendt phishing til ",
            str(rng.randint(40, 900)),
            " studerende, bl.a. ",
            d.mail(d.person("student").mail),
            ".\n",
        )
    elif roll < 0.85:
        d.w(
            "Brugerens kontaktoplysninger er ændret: ny adresse ",
            d.addr(d.address(), rng.choice(("line", "short"))),
            " og nyt nummer ",
            d.tel(d.foreign_number() if rng.random() < 0.3 else d.landline()),
            ".\n",
        )
    if rng.random() < 0.3:
        d.w("Til verifikation: Fødselsdato: ", d.dob(user), ".\n")
    d.w(
        "\nLøsning:\nAdgangskode nulstillet, sessioner tilbagekaldt, MFA genregistreret kl. ",
        d.clock("."),
        ". Svar sendt til ",
        d.masked_mail(user),
        f". Telefonisk support på {rng.choice(ORG_LINES[:2])} alle hverdage.\n",
    )
    if rng.random() < 0.35:
        d.w(
            "Kommentar fra ",
            d.any_name(agent, "Medarbejder", "first", "plain"),
            ": brugeren henvist til ",
            rng.choice(BANKS),
            " og politiet.\n",
        )


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (
            housing_log,
            su_case,
            aula_thread,
            landlord_chat,
            bank_call,
            daycare_notes,
            police_report,
            it_ticket,
        ),
        strict=True,
    )
)


def plan(seed: int, size: int) -> list[tuple[str, str]]:
    """The (genre, kind) of each document: genres in turn, negatives spread over them."""
    rng = random.Random(f"pii_blind37-plan-{seed}")
    negatives = round(size * NEGATIVES / SIZE)
    cells = [
        (GENRES[i % len(GENRES)], "negative" if i < negatives else "positive") for i in range(size)
    ]
    rng.shuffle(cells)
    return cells


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    docs = []
    for i, (genre, kind) in enumerate(plan(seed, size)):
        d = Doc(random.Random(f"pii_blind37-{seed}-{i}"), pseudo=kind == "negative")
        WRITERS[genre](d)
        docs.append(
            {
                "id": f"blind37-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: Sequence[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind37.jsonl"
    rows = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
