"""A fiftieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written blind: without looking at the recognisers, their word lists or the earlier generators'
bodies (only the thirty-first generator's docstring, its bench and its test were read), as a
held-out test set with its own names, streets and towns. Its theme is EDUCATION HIT BY FRAUD:
primary schools and their Aula messages to parents, gymnasiums, vocational schools, universities
and language schools, as school secretaries, teachers, study administrations, IT helpdesks,
student counsellors, parents, students, banks' fraud teams and the police write about it, in
eight genres: a school secretary's e-mail thread (Fra:/Til:/Emne:) about a fake headteacher's
mail or a fake supplier invoice with a changed account (a foreign IBAN, the supplier's contact,
the headteacher's phone), an IT helpdesk's ticket log of a phished student account (the
student's e-mail and phone, the MitID user ID and a code given to a fake "support", a birth date
asked for verification), a study administration's case note of SU paid to a changed account
(CPR, an address block, the old and the new account, the MitID user ID), a parents' group chat
("[19:02] Name:" lines) about a fake Aula payment for a school camp (a card typed into the chat,
a code, the class teacher's phone), a police report of a student's identity used for quick
loans or of a diploma seller (the complainant "født", witnesses on address blocks, the seller's
number plate and a fiction-range foreign phone), a complaint letter about fake student housing
(the sender's address block, the "landlord's" IBAN, card and foreign phone), a bank fraud
team's note on a student who bought "exam answers" (card, expiry, CVC, OTP, MitID user ID,
account) and a semicolon CSV export of students (names, CPR, addresses, phones, e-mails,
guardians, parking permits' number plates). The names are those of Danes of all ages, Danes
with roots elsewhere ("Hodan Warsame", "Mai Thi Nguyen", "Piotr Kowalski"), Greenlanders and
Faroese, double surnames ("Agerskov-Lynge"), three-part names, nicknames ("Mo", "Kasia"), and
lower-case and CAPS forms.

Conventions (exact offsets are scored), as the earlier blind sets:
- PERSON is a name as written, without title or role ("skolesekretær", "eleven", "vidne");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Fatimas"); a lower-case name typed in
  a chat ("sara") is PERSON; so is a chat nickname ("Mo"). A scammer's alias ("Jonas fra
  Lectio-support") is PERSON, the organisation is not. Schools named after people ("Niels
  Brock", "H.C. Ørsted Gymnasiet"), organisations, products, placeholders ("[NAVN]") and
  pseudonyms ("Elev 4", "Forælder B", "Studerende 2") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number, and a postcode with its town alone
  ("ligger i 8000 Aarhus C"), are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005; pupils born later never get one here), a serial chosen so
  the number FAILS modulus 11; written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni 2003", "04.06.2003", "4/6-2003", "04-06-2003") is
  labelled only straight after "født", "f." or "Fødselsdato:"; no other date or time is.
- PHONE: Danish numbers of 8 digits from MOBILE and LANDLINE leads (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code
  inside the span; foreign numbers only from fiction ranges, "+44 7700 900xxx" and
  "+46 70 174 06 xx" (xx 05-99). Organisations' lines (ORG_LINES, 114) are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and
  helpdesks' too; masked ones ("s***@example.dk") never.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; where the reg.nr. has its
  own word ("reg. 1234 konto 12345678", "reg.nr. 1234, kontonr. 0012345678") only the account
  is. IBAN: valid check digits and IBAN_LENGTH, grouped by four or compact. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY"
  or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time
  code sent, asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such;
  NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers.
- Hard negatives, never labelled: amounts ("6.589 kr.", "kr. 450"), dates and clock times
  ("04.03.26", "kl. 09.14", "[19:02]", "2026-03-04 09:14"), student numbers ("studienr.
  204518"), classes and rooms ("3.b", "2.g", "lokale 2.14"), course codes ("DAT-214"),
  UNI-login usernames ("UNI-login: elev0417"), ticket, case and journal numbers ("HD-204518",
  "SAG-01234/26", "j.nr. 3700-80731-01234-26"), CVR numbers, masked values ("040603-xxxx",
  "+45 ** ** ** 31", "s***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, schools, companies, banks, products,
  streets without a number and postcode-and-town alone. Documents of kind "negative" are the
  same genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]", "[TLF]")
  and pseudonyms ("Elev 4", "Forælder B", "Studerende 2") remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind49 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
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
GENRES = (
    "sekretariat_mail",
    "helpdesk_log",
    "studieadm_notat",
    "foraeldrechat",
    "politirapport",
    "boligklage",
    "bank_svindel",
    "elevliste_csv",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4242", "4000", "5555", "5105", "2223", "3782", "3714")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "GB": 22,
    "IE": 22,
    "NL": 18,
    "LT": 20,
    "PL": 28,
    "ES": 24,
    "FR": 27,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "75", "86", "87", "89")
LANDLINE += ("96", "97", "98", "99")
ORG_LINES = ("70 20 44 88", "80 30 14 14", "70 11 22 43", "80 20 61 61", "7033 4455", "80806060")

WOMEN = (
    "Dorthe", "Rikke", "Pernille", "Louise", "Sidsel", "Gry", "Malene", "Tilde", "Esther",
    "Alma", "Liv", "Vigga", "Karla", "Asta", "Frida", "Ellen", "Inge", "Jonna", "Bodil", "Ulla",
    "Marianne", "Annette", "Vibeke", "Helle", "Trine", "Maiken", "Stine", "Katrine", "Josefine",
    "Mathilde", "Cecilie", "Amalie", "Laura", "Nikoline", "Silje", "Agnete", "Naja", "Pipaluk",
    "Aviaja", "Nivi", "Ivalu", "Rannvá", "Elif", "Zeynep", "Hatice", "Sevgi", "Dilan", "Rojin",
    "Berfin", "Nesrin", "Fatima", "Aisha", "Mariam", "Noor", "Yasmin", "Layla", "Huda", "Rania",
    "Salma", "Amira", "Hodan", "Sahra", "Faadumo", "Ubah", "Ifrah", "Sana", "Mehwish", "Iqra",
    "Bushra", "Linh", "Thao", "Huong", "Mai", "Agnieszka", "Katarzyna", "Małgorzata", "Zofia",
    "Ioana", "Andreea", "Oksana", "Olena", "Yulia", "Amela", "Emina", "Lejla", "Tharshini",
    "Kavitha", "Nithya", "Maricel", "Wanida", "Selam", "Senait", "Parisa", "Shirin", "Maryam",
    "Zahra", "Farida", "Anne-Marie", "Marie-Louise", "Sunniva", "Tove", "Bente", "Kamma",
)  # fmt: skip
MEN = (
    "Søren", "Henrik", "Torben", "Kim", "Bent", "Preben", "Flemming", "Ole", "Poul", "Jørgen",
    "Erik", "Mogens", "Anders", "Rasmus", "Mads", "Mikkel", "Frederik", "Oliver", "Noah",
    "Lucas", "Emil", "Magnus", "Villads", "Valdemar", "Aksel", "Carl", "Malthe", "Tobias",
    "Jonas", "Kasper", "Lasse", "Bjarke", "Thorbjørn", "Asger", "Esben", "Troels", "Ebbe",
    "Halfdan", "Aputsiaq", "Inuk", "Minik", "Malik", "Jógvan", "Rógvi", "Mehmet", "Emre",
    "Burak", "Kemal", "Serkan", "Azad", "Rezan", "Baran", "Mohammad", "Ahmad", "Omar", "Khalid",
    "Yousef", "Hamza", "Bilal", "Ibrahim", "Karim", "Tariq", "Abdirahman", "Mahad", "Abdi",
    "Liban", "Guled", "Imran", "Usman", "Faisal", "Shahid", "Zeeshan", "Minh", "Quang", "Tuan",
    "Hieu", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Andrei", "Mihai", "Oleksandr", "Dmytro",
    "Taras", "Adnan", "Edin", "Senad", "Suthan", "Kajan", "Rajan", "Yonas", "Tesfay", "Dawit",
    "Reza", "Farhad", "Dariush", "Navid", "Jens-Peter", "Hans-Henrik", "Kristoffer", "Bo",
)  # fmt: skip
SURNAMES = (
    "Nørgaard", "Kjeldsen", "Brøndum", "Lauridsen", "Abildgaard", "Vestergaard", "Thygesen",
    "Damgaard", "Frandsen", "Gregersen", "Ravn", "Krogh", "Bech", "Skov", "Lund", "Holt", "Bak",
    "Dahl", "Munk", "Friis", "Kragh", "Bisgaard", "Overgaard", "Mølgaard", "Højgaard",
    "Ebbesen", "Svendsen", "Mortensen", "Iversen", "Toft", "Winther", "Bundgaard", "Storm",
    "Lindholm", "Kristoffersen", "Agerskov", "Stensgaard", "Sørensen", "Poulsen", "Hviid",
    "Mikkelsen", "Riis", "Bang", "Juul", "Kofoed", "Jensen", "Nielsen", "Hansen", "Kleist",
    "Lynge", "Petrussen", "Olsvig", "Heilmann", "Berthelsen", "Kreutzmann", "Joensen",
    "Højgaard", "Yılmaz", "Demir", "Kaya", "Aslan", "Doğan", "Arslan", "Hussein", "Mahmoud",
    "Al-Sayed", "El-Khatib", "Abdullahi", "Warsame", "Farah", "Jama", "Mohamud", "Khan",
    "Butt", "Chaudhry", "Iqbal", "Nguyen", "Tran", "Pham", "Kowalski", "Nowak", "Zieliński",
    "Popescu", "Ionescu", "Shevchenko", "Kovalenko", "Hodžić", "Begić", "Selimović",
    "Sivakumar", "Tharmalingam", "Navaratnam", "Santos", "Reyes", "Bautista", "Tesfaye",
    "Haile", "Ghebremariam", "Ahmadi", "Rahimi", "Hosseini", "Karimi", "Mohammadi", "Qvist",
)  # fmt: skip
MIDDLES = ("Bach", "Holm", "Dam", "Juhl", "Krog", "Birk", "Sejr", "Nuka", "Lykke")
SHE = ("Marie", "Louise", "Sofie", "Kristine", "Thi", "Maria", "Elisabeth", "Rosa", "Fatima")
HE = ("Ali", "Ahmed", "Van", "Emil", "Peter", "Johan", "Mohammad", "Ibrahim")
NICKS = {
    "Mohammad": "Mo", "Katarzyna": "Kasia", "Oleksandr": "Sasha", "Josefine": "Fie",
    "Valdemar": "Valde", "Kristoffer": "Kris", "Frederik": "Freddy", "Małgorzata": "Gosia",
    "Abdirahman": "Abdi", "Marie-Louise": "Malou", "Thorbjørn": "Thor", "Aputsiaq": "Apu",
}  # fmt: skip
STREETS = (
    "Kastanievej", "Bøgeskovvej", "Lærkevænget", "Hyldebærvej", "Tranegårdsvej", "Skolestien",
    "Gymnasievej", "Rytterskolevej", "Kildebakken", "Engdraget", "Vibeholmsvej", "Stationsvej",
    "Møllebakken", "Kirkestræde", "Præstegårdsvej", "Ørnevej", "Søndermarken", "Kongevejen",
    "Dronningensgade", "Lyngbakken", "Fasanvænget", "Smedegade", "Bryggervangen", "Havnegade",
    "Klostergade", "Tøndervej", "Hedevej", "Marienlystvej", "Sankt Jørgens Gade", "Åboulevarden",
    "Ole Rømers Vej", "Kollegiebakken", "Campusvej", "Seminarievej", "Lindealléen", "Æblehaven",
)  # fmt: skip
TOWNS = (
    ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("6700", "Esbjerg"),
    ("7100", "Vejle"), ("8700", "Horsens"), ("4000", "Roskilde"), ("3400", "Hillerød"),
    ("2200", "København N"), ("2300", "København S"), ("2400", "København NV"),
    ("1620", "København V"), ("2000", "Frederiksberg"), ("2800", "Kongens Lyngby"),
    ("2630", "Taastrup"), ("2650", "Hvidovre"), ("4700", "Næstved"), ("4200", "Slagelse"),
    ("6000", "Kolding"), ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("7400", "Herning"),
    ("8800", "Viborg"), ("8900", "Randers C"), ("9800", "Hjørring"), ("3700", "Rønne"),
    ("4800", "Nykøbing F"), ("5700", "Svendborg"), ("6100", "Haderslev"), ("7700", "Thisted"),
    ("3000", "Helsingør"), ("4300", "Holbæk"), ("8600", "Silkeborg"), ("5220", "Odense SØ"),
    ("2720", "Vanløse"), ("3900", "Nuuk"),
)  # fmt: skip
SCHOOLS = (
    "Grundtvigs Højskole", "H.C. Ørsted Gymnasiet", "Niels Brock", "Marie Kruses Skole",
    "N. Zahles Skole", "Niels Steensens Gymnasium", "Blicherskolen", "Kaj Munk Skolen",
    "Tietgen Skolen", "Steen Blicher Sprogcenter", "Sankt Knuds Skole", "Ingrid Jespersens Skole",
)  # fmt: skip
COMPANIES = (
    "Lynlån Danmark ApS", "CampusBolig Service", "EksamensHjælpen", "Skolekridt A/S",
    "Kantineservice Nord ApS", "Elevfoto Danmark", "Digitalt Diplom ApS", "Kvikkredit Nu",
    "Lejrskoleturen ApS", "SprogTest Online",
)  # fmt: skip
BANKS = (
    "Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
    "Lån & Spar Bank", "Lunar", "Vestjysk Bank",
)  # fmt: skip
PRODUCTS = ("Aula", "Lectio", "MinSU", "NemKonto", "MitID", "Studie+", "Moodle", "MobilePay")
PRODUCTS += ("e-Boks", "Microsoft Teams")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august")
MONTHS += ("september", "oktober", "november", "december")
PLATE_LETTERS = "ABCDEHJKLMNOPRSTUVXYZ"
LETTER_ROLES = ("Forælder", "Lærer", "Medarbejder")

Item = str | tuple[str, str] | list


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = text.replace("ı", "i").replace("ł", "l").replace("ð", "d")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalpha())


def mod11_ok(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def make_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def make_iban(rng: random.Random, country: str) -> str:
    n = IBAN_LENGTH[country] - 4
    letters = 4 if country in ("GB", "IE", "NL") else 0
    bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
    bban = bank + "".join(rng.choice("0123456789") for _ in range(n - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass
class Person:
    first: str
    last: str
    middle: str
    birth: date
    woman: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def pronoun(self) -> str:
        return "hun" if self.woman else "han"

    def render(self, form: str) -> str:
        full = " ".join(x for x in (self.first, self.middle, self.last) if x)
        forms = {
            "full": full,
            "fl": f"{self.first} {self.last}",
            "first": self.first,
            "lf": f"{self.last}, {self.first}" + (f" {self.middle}" if self.middle else ""),
            "caps": full.upper(),
            "capslf": f"{self.last}, {self.first}".upper(),
            "init": f"{self.first[0]}. {self.last}",
            "lower": self.first.lower(),
            "lowerfull": f"{self.first} {self.last[0]}".lower(),
            "nick": NICKS.get(self.first, self.first),
        }
        return forms[form]


def person(rng: random.Random, born: tuple[int, int], middle: float = 0.3) -> Person:
    woman = rng.random() < 0.5
    first = rng.choice(WOMEN if woman else MEN)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.25:
        other = rng.choice([s for s in SURNAMES if "-" not in s and s != last])
        last = f"{last}-{other}" if "-" not in last else last
    mid = rng.choice(MIDDLES + (SHE if woman else HE)) if rng.random() < middle else ""
    year = rng.randint(*born)
    birth = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    return Person(first, last, mid, birth, woman)


def cpr_digits(rng: random.Random, p: Person) -> str:
    if "cpr" not in p.extra:
        head = p.birth.strftime("%d%m%y")
        century = "4" if p.birth.year >= 2000 else rng.choice("0123")
        while True:
            digits = head + century + "".join(rng.choice("0123456789") for _ in range(3))
            if not mod11_ok(digits):
                break
        p.extra["cpr"] = digits
    return p.extra["cpr"]


def phone_digits(rng: random.Random, p: Person | None) -> str:
    if p is not None and "phone" in p.extra:
        return p.extra["phone"]
    lead = rng.choice(MOBILE if rng.random() < 0.8 else LANDLINE)
    number = lead + "".join(rng.choice("0123456789") for _ in range(6))
    if p is not None:
        p.extra["phone"] = number
    return number


def phone_text(number: str, form: int) -> str:
    pairs = " ".join(number[i : i + 2] for i in range(0, 8, 2))
    quads = f"{number[:4]} {number[4:]}"
    return (
        f"+45 {number}",
        f"+45 {pairs}",
        f"+45 {quads}",
        quads,
        f"(+45) {pairs}",
        f"0045 {number}",
        pairs,
        number,
        f"+45{number}",
        pairs.replace(" ", "."),
    )[form]


def email_of(rng: random.Random, p: Person) -> str:
    if "email" not in p.extra:
        first, last = ascii_name(p.first), ascii_name(p.last.split("-")[0])
        local = rng.choice(
            (
                f"{first}.{last}",
                f"{first}{p.birth.strftime('%y')}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{last}.{first}",
            )
        )
        domain = rng.choice(
            ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
        )
        p.extra["email"] = f"{local}@{domain}"
    return p.extra["email"]


def address_of(rng: random.Random, p: Person) -> tuple[str, str]:
    if "addr" not in p.extra:
        number = str(rng.randint(1, 160)) + rng.choice(("", "", "", "", "A", "C"))
        floor = rng.choice(
            (
                "",
                "",
                f", {rng.randint(1, 5)}. {rng.choice(('tv.', 'th.', 'mf.'))}",
                f", st. {rng.choice(('tv.', 'th.', 'mf.'))}",
            )
        )
        pc, town = rng.choice(TOWNS)
        p.extra["addr"] = (f"{rng.choice(STREETS)} {number}{floor}", f"{pc} {town}")
    return p.extra["addr"]


def date_text(d: date, form: int) -> str:
    return (
        f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        d.strftime("%d.%m.%Y"),
        f"{d.day}/{d.month}-{d.year}",
        d.strftime("%d-%m-%Y"),
    )[form]


class Doc:
    """A document assembled from plain text and labelled values (or, if negative, stand-ins)."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.aliases: dict[int, str] = {}
        self.keep: list[Person] = []

    def __call__(self, *items: Item) -> Doc:
        for item in items:
            if isinstance(item, list):
                self(*item)
                continue
            if isinstance(item, tuple):
                value, kind = item
                self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
                item = value
            self.parts.append(item)
            self.size += len(item)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    # -- values: labelled in positives, stand-ins in negatives ------------------------------

    def alias(self, p: Person, role: str) -> str:
        if id(p) not in self.aliases:
            used = set(self.aliases.values())
            if not role:
                label = "[NAVN]"
            else:
                marks = "ABC" if role in LETTER_ROLES else "123456789"
                free = [m for m in marks if f"{role} {m}" not in used]
                label = f"{role} {self.rng.choice(free)}" if free else "[NAVN]"
            self.aliases[id(p)] = label
            self.keep.append(p)
        return self.aliases[id(p)]

    def pn(self, p: Person, form: str = "full", role: str = "") -> Item:
        if self.neg:
            return self.alias(p, role) + ("'s" if form == "gen" else "")
        if form == "gen":
            if p.first[-1] in "sxz":
                return [(p.first, "PERSON"), "'"]
            return (p.first + "s", "PERSON")
        return (p.render(form), "PERSON")

    def anyform(self, p: Person, role: str = "", forms: tuple[str, ...] = ()) -> Item:
        forms = forms or ("full", "full", "fl", "fl", "lf", "caps", "capslf", "init", "first")
        return self.pn(p, self.rng.choice(forms), role)

    def cpr(self, p: Person) -> Item:
        digits = cpr_digits(self.rng, p)
        if self.neg:
            return self.rng.choice(("[CPR]", f"{digits[:6]}-xxxx"))
        form = self.rng.randrange(4)
        text = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )[form]
        return (text, "CPR")

    def dob(self, p: Person) -> Item:
        if self.neg:
            return "[fødselsdato]"
        return (date_text(p.birth, self.rng.randrange(4)), "DATE_OF_BIRTH")

    def phone(self, p: Person | None = None) -> Item:
        number = phone_digits(self.rng, p)
        if self.neg:
            return self.rng.choice(("[TLF]", f"+45 ** ** ** {number[-2:]}"))
        return (phone_text(number, self.rng.randrange(10)), "PHONE")

    def foreign_phone(self) -> Item:
        if self.neg:
            return "[TLF]"
        if self.rng.random() < 0.5:
            return (f"+44 7700 900{self.rng.randrange(1000):03d}", "PHONE")
        return (f"+46 70 174 06 {self.rng.randint(5, 99):02d}", "PHONE")

    def email(self, p: Person) -> Item:
        address = email_of(self.rng, p)
        if self.neg:
            local, domain = address.split("@")
            return self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return (address, "EMAIL")

    def mail(self, address: str) -> Item:
        if self.neg:
            local, domain = address.split("@")
            return self.rng.choice(("[e-mail]", f"{local[0]}***@{domain}"))
        return (address, "EMAIL")

    def addr(self, p: Person, sep: str | None = ", ") -> Item:
        street, town = address_of(self.rng, p)
        if self.neg:
            return "[ADRESSE]"
        return (street if sep is None else f"{street}{sep}{town}", "ADDRESS")

    def account(self) -> Item:
        r = self.rng
        reg = str(r.randint(1000, 9899))
        acct = "".join(r.choice("0123456789") for _ in range(r.choice((7, 8, 9, 10, 10))))
        if self.neg:
            return r.choice(("[kontonr.]", f"reg. {reg} konto ******{acct[-4:]}"))
        form = r.randrange(4)
        if form == 0:
            return (f"{reg}-{acct}", "BANK_ACCOUNT")
        if form == 1:
            return (f"{reg} {acct}", "BANK_ACCOUNT")
        if form == 2:
            return [f"reg.nr. {reg}, kontonr. ", (acct, "BANK_ACCOUNT")]
        return [f"reg. {reg} konto ", (acct, "BANK_ACCOUNT")]

    def iban(self, countries: tuple[str, ...] = ("DK",)) -> Item:
        value = make_iban(self.rng, self.rng.choice(countries))
        if self.neg:
            masked = f"{value[:4]}{'X' * (len(value) - 8)}{value[-4:]}"
            return self.rng.choice(("[kontonr.]", masked))
        return (grouped(value) if self.rng.random() < 0.6 else value, "IBAN")

    def card(self) -> Item:
        value = make_card(self.rng)
        if self.neg:
            return self.rng.choice((f"**** **** **** {value[-4:]}", f"******{value[-4:]}"))
        return (grouped(value) if self.rng.random() < 0.65 else value, "CARD")

    def expiry(self) -> Item:
        if self.neg:
            return "[udløb]"
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 31)
        text = f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"
        return (text, "CARD_EXPIRY")

    def cvv(self) -> Item:
        cue = self.rng.choice(("CVV ", "cvc ", "CVC ", "kontrolcifre "))
        if self.neg:
            return cue + "***"
        return [cue, (f"{self.rng.randrange(1000):03d}", "CARD_CVV")]

    def otp(self) -> Item:
        if self.neg:
            return "[kode]"
        n = self.rng.choice((6, 6, 6, 8))
        return ("".join(self.rng.choice("0123456789") for _ in range(n)), "OTP")

    def mitid(self, p: Person) -> Item:
        if self.neg:
            return "[bruger-ID]"
        r = self.rng
        tail = r.choice((p.birth.strftime("%y"), str(p.birth.year), f"{r.randint(10, 99)}"))
        return (ascii_name(p.first) + tail, "MITID_USER")

    def plate(self) -> Item:
        if self.neg:
            return "[nummerplade]"
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        if r.random() < 0.7:
            return (f"{letters} {digits[:2]} {digits[2:]}", "NUMBER_PLATE")
        return (letters + digits, "NUMBER_PLATE")


# -- small hard-negative helpers -----------------------------------------------------------


def amount(rng: random.Random) -> str:
    kroner = rng.choice((rng.randint(120, 990), rng.randint(1000, 49999)))
    text = f"{kroner:,}".replace(",", ".")
    if rng.random() < 0.3:
        text += f",{rng.randrange(100):02d}"
    return f"kr. {text}" if rng.random() < 0.3 else f"{text} kr."


def day26(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randrange(330))


def short_date(rng: random.Random) -> str:
    return day26(rng).strftime("%d.%m.26")


def stamp(rng: random.Random) -> str:
    return f"{day26(rng).isoformat()} {rng.randint(7, 21):02d}:{rng.randrange(60):02d}"


def stamps(rng: random.Random, n: int) -> list[str]:
    """n timestamps of one case, in order, over a day or two."""
    start = day26(rng)
    minutes = sorted(rng.sample(range(7 * 60, 22 * 60), n))
    out = []
    for m in minutes:
        day = start + timedelta(days=m // (24 * 60))
        out.append(f"{day.isoformat()} {m % (24 * 60) // 60:02d}:{m % 60:02d}")
    return out


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randint(7, 22):02d}.{rng.randrange(60):02d}"


def klass(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(0, 9)}.{rng.choice('abcd')}", f"{rng.randint(1, 3)}.g"))


def room(rng: random.Random) -> str:
    return f"lokale {rng.choice(('', 'A', 'B', 'C'))}{rng.randint(0, 3)}.{rng.randint(1, 40):02d}"


def course(rng: random.Random) -> str:
    subject = rng.choice(("DAT", "MAT", "DAN", "ENG", "BIO", "SOC", "ØKO", "PÆD"))
    return f"{subject}-{rng.randint(100, 499)}"


def unilogin(rng: random.Random) -> str:
    stem = rng.choice(("elev", "stud", "frld", "kurs", "laer"))
    return f"UNI-login: {stem}{rng.randrange(10000):04d}"


def studienr(rng: random.Random) -> str:
    return f"studienr. {rng.randint(100000, 999999)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randint(10000000, 69999999)}"


def street_alone(rng: random.Random) -> str:
    return f"ved {rng.choice(STREETS)}."


def town_alone(rng: random.Random, verb: str = "") -> str:
    pc, town = rng.choice(TOWNS)
    return f"{verb or rng.choice(('ligger', 'holder til'))} i {pc} {town}"


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


# -- the eight genres ----------------------------------------------------------------------


def secretary_mail(d: Doc) -> None:
    r = d.rng
    school = r.choice(SCHOOLS)
    sec, head, it, contact = (person(r, (1958, 1996)) for _ in range(4))
    bank = r.choice(BANKS)
    company = r.choice(("Skolekridt A/S", "Kantineservice Nord ApS", "Elevfoto Danmark"))
    company = r.choice((company, "Lejrskoleturen ApS", "CampusBolig Service"))
    sent, dated = stamps(r, 2)
    spoof = f"{ascii_name(head.first)}.skoleleder{r.randint(1, 9)}@example.net"
    invoice = r.random() < 0.5
    d("Fra: ", d.pn(sec, "fl", "Medarbejder"), " <", d.email(sec), ">\n")
    d("Til: ", d.pn(it, "fl", "Medarbejder"), " <", d.email(it), ">\n")
    if r.random() < 0.5:
        d("Cc: ", d.mail(f"kontoret{r.randint(1, 9)}@example.dk"), "\n")
    topic = "Faktura med nyt kontonummer" if invoice else "Mail fra \u201cskolelederen\u201d"
    d(f"Emne: VS: {topic} – {school}\n", f"Dato: {dated}\n\n")
    d("Hej ", d.pn(it, r.choice(("first", "first", "nick")), "Medarbejder"), "\n\n")
    if invoice:
        d(f"I dag kom der en faktura fra {company} ({cvr(r)}) på {amount(r)} for ")
        d(f"materialer til {klass(r)} og {klass(r)}. Med fakturaen fulgte et brev om, at ")
        d("firmaet har skiftet bank, og at der fremover skal betales til ", d.account())
        d(f" i stedet for den konto, vi plejer at bruge i {bank}. ")
        d("Jeg ringede til vores faste kontakt, ", d.anyform(contact, "Medarbejder"), ", på ")
        d(d.phone(contact), f", og {contact.pronoun} vidste intet om det. Mailadressen er ")
        d(d.email(contact))
        d(f". Firmaets lager ligger {street_alone(r)}\n\n")
    else:
        d("I morges fik jeg en mail, der så ud til at komme fra ")
        d(d.pn(head, r.choice(("fl", "full", "init")), "Medarbejder"), " (", d.mail(spoof), "). ")
        d(f"Der stod, at jeg hurtigst muligt skulle overføre {amount(r)} til en udenlandsk ")
        d("konto, ", d.iban(("DE", "LT", "GB", "PL", "ES")), ", fordi en lejrskoletur for ")
        d(f"{klass(r)} ellers blev aflyst. Jeg ringede til ")
        d(
            d.pn(head, "gen", "Medarbejder"),
            " mobil, ",
            d.phone(head),
            f", og {head.pronoun} sad i møde ",
        )
        d(f"i {room(r)} og havde ikke sendt noget. Den rigtige adresse er ")
        d(d.email(head), f". Svindlerne skrev, at de sad i et kontor {street_alone(r)}\n\n")
    d(f"Jeg har ikke betalt noget. Skal vi anmelde det til politiet på 114? {bank}s ")
    d(f"spærreservice har nummer {org_line(r)}. En forælder fra {klass(r)} ")
    d(f"(Forælder {r.choice('ABC')}) har fået en lignende besked i Aula {clock(r)}.\n\n")
    d("Venlig hilsen\n", d.pn(sec, r.choice(("full", "fl")), "Medarbejder"), "\n")
    d(f"Skolesekretær, {school}\nDirekte: ", d.phone(sec), f" · Hovednummer: {org_line(r)}\n\n")
    d("--- Oprindelig besked ---\n")
    if invoice:
        fake = f"bogholderi.{ascii_name(company.split()[0])}@example.com"
        d(f"Fra: Bogholderiet, {company} <", d.mail(fake), ">\n")
        d(f"Sendt: {sent}\nTil: ", d.email(sec), f"\nEmne: Faktura {r.randint(100000, 999999)}")
        d("\n\nKære kunde. Vi har skiftet bank. Betal venligst den vedhæftede faktura til den ")
        d("nye konto inden fredag, ellers pålægges et rykkergebyr på 100 kr. Med venlig hilsen ")
        d(d.pn(person(r, (1970, 1995), middle=0), "fl", ""), ", bogholder\n")
        return
    d("Fra: ", d.pn(head, "fl", "Medarbejder"), " <", d.mail(spoof), ">\n")
    d(f"Sendt: {sent}\nTil: ", d.email(sec), "\nEmne: Fortroligt\n\n")
    d(d.pn(sec, "first", "Medarbejder"), ", jeg sidder i møde resten af dagen og kan ikke ")
    d(f"tage telefonen. Beløbet er {amount(r)} i alt. Svar kun på mail.\n")
    d("Mvh ", d.pn(head, "first", "Medarbejder"), "\n")


def helpdesk_log(d: Doc) -> None:
    r = d.rng
    school = r.choice(SCHOOLS)
    student = person(r, (2000, 2005))
    ts = iter(stamps(r, 5))
    agent, agent2 = person(r, (1965, 2000)), person(r, (1965, 2000))
    d(f"Sag HD-{r.randint(100000, 999999)} · IT-helpdesk, {school}\n")
    d("Bruger: ", d.anyform(student, "Studerende"), f" ({studienr(r)}, {unilogin(r)}), ")
    d(f"hold {klass(r)}, {course(r)}\n")
    d("Kontakt: ", d.email(student), " / ", d.phone(student), "\n\n")
    d(f"{next(ts)} | ", d.pn(agent, "first", "Medarbejder"), " | Opkald fra ")
    d(d.pn(student, "first", "Studerende"), ". Har klikket på et link i en mail om ")
    d("\u201cforlænget Lectio-adgang\u201d og logget ind på en falsk side.\n")
    d(f"{next(ts)} | ", d.pn(agent, "first", "Medarbejder"), " | Identitet bekræftet: ")
    d("Fødselsdato: ", d.dob(student), f", adresse bekræftet, {studienr(r)}.\n")
    alias = person(r, (1980, 2000), middle=0)
    d(f"{next(ts)} | ", d.pn(agent, "first", "Medarbejder"), " | Dagen før ringede en ")
    d("\u201csupporter\u201d, der kaldte sig ", d.pn(alias, "first", ""), " fra Lectio-support")
    d(", fra ", d.phone(None), ". Brugeren oplyste sit MitID-bruger-ID ", d.mitid(student))
    d(" og læste koden ", d.otp(), " op. Samme aften forsøgte nogen at ændre ")
    d("udbetalingskontoen i MinSU.\n")
    d(f"{next(ts)} | ", d.pn(agent2, r.choice(("first", "init")), "Medarbejder"), " | ")
    d(f"Adgangskode nulstillet, sessioner lukket {clock(r)}. Svindelmailen kom fra ")
    masked = f"{ascii_name(alias.first)[0]}***@example.com"
    d(masked, " og blev også sendt til ", d.mail(f"hold{r.randint(1, 9)}@example.dk"))
    d(f". Henvist til {r.choice(BANKS)} på {org_line(r)} og til politiet på 114.\n")
    if r.random() < 0.5:
        d(f"{next(ts)} | ", d.pn(agent2, "first", "Medarbejder"), " | Studievejleder ")
        d(d.anyform(person(r, (1960, 1995)), "Medarbejder"), " orienteret; ")
        d(d.pn(student, "gen", "Studerende"), " SU for denne måned er på ", amount(r), " i alt.\n")
    d(f"Status: Lukket {short_date(r)} · {room(r)}\n")


def study_case_note(d: Doc) -> None:
    r = d.rng
    school = r.choice(SCHOOLS)
    student = person(r, (2000, 2005))
    adviser, friend = person(r, (1960, 1995)), person(r, (1998, 2005))
    bank = r.choice(BANKS)
    d(f"Studieadministrationen, {school}\n")
    d(f"Sagsnotat · SAG-{r.randint(10000, 99999)}/26 · {course(r)}\n\n")
    d("Studerende: ", d.anyform(student, "Studerende"), f" · {studienr(r)}\n")
    d("CPR-nr.: ", d.cpr(student), "\n", "Fødselsdato: ", d.dob(student), "\n")
    d("Adresse:\n", d.addr(student, "\n"), "\n")
    d("Telefon: ", d.phone(student), " · E-mail: ", d.email(student), "\n\n")
    d(f"{short_date(r)}: ", d.pn(student, r.choice(("first", "first", "fl")), "Studerende"))
    d(f" henvendte sig i skranken i {room(r)}. SU for måneden ({amount(r)}) er udbetalt til ")
    d("en NemKonto, den studerende ikke kender: ", d.account(), f" i {bank}. ")
    d("Den studerendes egen konto er ", d.iban(), ".\n")
    d("Den studerende oplyser at have logget ind på en falsk MinSU-side fra en sms og ")
    d("indtastet MitID-bruger-ID ", d.mitid(student), " og godkendt en anmodning. ")
    d("Til stede var ", d.anyform(friend, "Studerende"), " (tlf. ", d.phone(friend), ").\n")
    d("Den studerende bor nu ", street_alone(r), f" Afdelingen {town_alone(r)}.\n")
    d("Henvist til politiet på 114 og Udbetaling Danmark på ", org_line(r), ".\n\n")
    d("Sagsbehandler: ", d.pn(adviser, r.choice(("fl", "init", "full")), "Medarbejder"))
    d(" (", d.email(adviser), f") · {clock(r)}\n")


CHAT_OPEN = (
    "Har I også fået en Aula-besked om at betale {amt} til lejrskolen via et link?",
    "Der er kommet en mail om at betale for klassefoto i {cls} – er det ægte?",
    "Nogen har skrevet i Aula, at kantinekortet skal fornyes for {amt}",
)


def parent_chat(d: Doc) -> None:
    r = d.rng
    school = r.choice(SCHOOLS)
    cls = klass(r)
    parents = [person(r, (1970, 1995)) for _ in range(r.randint(3, 5))]
    teacher, child = person(r, (1960, 1997)), person(r, (2012, 2019), middle=0)
    minute = r.randint(0, 40)
    hour = r.randint(7, 21)

    shown = {
        id(p): r.choice(("full", "fl", "first", "first", "nick", "lowerfull")) for p in parents
    }

    def say(p: Person, *items: Item) -> None:
        nonlocal minute
        minute += r.randint(1, 4)
        form = shown[id(p)]
        now = hour * 60 + minute
        d(f"[{now // 60 % 24:02d}:{now % 60:02d}] ", d.pn(p, form, "Forælder"), ": ", *items, "\n")

    d(f"Forældregruppe {cls} – {school}\n")
    first, second, third = parents[0], parents[1], parents[2]
    opener = r.choice(CHAT_OPEN).format(amt=amount(r), cls=cls)
    say(first, opener)
    paid = r.random() < 0.6
    if paid:
        say(second, "Ja, og jeg har allerede betalt 🙈 kortet ", d.card(), " udløb ", d.expiry())
        say(second, "og ", d.cvv(), ". Siden bad også om koden ", d.otp())
        say(third, "Slet kortoplysningerne herfra! Ring til banken på ", org_line(r), " nu")
    else:
        say(second, "Ja, jeg fik en sms med koden ", d.otp(), " bagefter. Mystisk!")
        say(third, "Det er svindel. Aula beder aldrig om betaling via link")
    say(
        first,
        d.pn(second, "lower", "Forælder"),
        " du skal også skrive til klasselærer ",
        d.anyform(teacher, "Lærer", ("fl", "init", "full")),
        " på ",
        d.phone(teacher),
    )
    say(second, "Tak. ", d.pn(child, "gen", "Elev"), " far har meldt det til politiet på 114")
    for extra in parents[3:]:
        say(extra, f"Forældremøde i {cls} i morgen {clock(r)}. Vi mødes {street_alone(r)}")
    say(first, "Lærerens mail er ", d.email(teacher), ", hvis nogen vil skrive direkte")
    if r.random() < 0.6:
        say(third, d.pn(first, "lower", "Forælder"), " kan du ringe til mig på ", d.phone(third))


def police_report(d: Doc) -> None:
    r = d.rng
    victim = person(r, (2000, 2005))
    witnesses = [person(r, (1955, 2004)) for _ in range(r.randint(1, 2))]
    officer, alias = person(r, (1965, 1998)), person(r, (1980, 2000), middle=0)
    school = r.choice(SCHOOLS)
    lender = r.choice(("Lynlån Danmark ApS", "Kvikkredit Nu"))
    seller = r.choice(("Digitalt Diplom ApS", "EksamensHjælpen"))
    jnr = f"j.nr. {r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26"
    d(f"{r.choice(('Østjyllands', 'Fyns', 'Nordjyllands', 'Københavns'))} Politi · Anmeldelse ")
    d(f"· {jnr}\n\n")
    d("Anmelder: ", d.pn(victim, r.choice(("capslf", "caps", "lf")), "Studerende"), ", født ")
    d(d.dob(victim), "\nCPR: ", d.cpr(victim), "\nAdresse: ", d.addr(victim, ", "), "\n")
    d("Telefon: ", d.phone(victim), " · E-mail: ", d.email(victim), "\n\n")
    if r.random() < 0.5:
        d("Forhold: Identitetsmisbrug – kviklån i anmelders navn\n\nForklaring: Anmelder, der ")
        d(f"studerer på {school} ({studienr(r)}), har fået rykkere fra {lender} for et lån på ")
        d(f"{amount(r)}, som anmelder ikke har optaget. Lånet er udbetalt til ", d.account())
        d(". Anmelder mistede sit sygesikringskort på skolen i marts. En person, der kaldte sig ")
        d(d.pn(alias, "first", ""), ", ringede fra ", d.foreign_phone(), " og bad om koden ")
        d(d.otp(), ", som anmelder gav.\n")
    else:
        d("Forhold: Salg af falske eksamensbeviser\n\nForklaring: Anmelder købte gennem en ")
        d(f"annonce et \u201ceksamensbevis\u201d fra {seller} for {amount(r)} og mødtes med ")
        d("sælgeren ", street_alone(r), " Sælgeren, som præsenterede sig som ")
        d(d.pn(alias, r.choice(("first", "fl")), ""), ", kørte i en bil med nummerplade ")
        d(d.plate(), " og havde telefon ", d.foreign_phone(), ". Betalingen gik til ")
        d(d.iban(("LT", "DE", "GB")), ".\n")
    d("Bilen med nummerplade ", d.plate(), f" er set ved skolen {clock(r)} d. {short_date(r)}")
    d(".\n\nVidner:\n")
    for n, w in enumerate(witnesses, 1):
        d(f"{n}. ", d.pn(w, r.choice(("full", "lf", "caps", "fl")), "Vidne"), ", født ")
        d(d.dob(w), "\n   ", d.addr(w, "\n"), "\n   tlf. ", d.phone(w), "\n")
    d(f"\nModtaget {stamp(r)} af politiassistent ")
    d(d.pn(officer, r.choice(("init", "fl")), "Medarbejder"), ". Anmelder kan ringe på 114 ")
    d(f"og oplyse journalnummeret. Anmelders forældre {town_alone(r, 'bor')}.\n")


def housing_complaint(d: Doc) -> None:
    r = d.rng
    sender, parent = person(r, (2000, 2005)), person(r, (1965, 1985))
    alias = person(r, (1975, 2000), middle=0)
    d(d.pn(sender, r.choice(("full", "fl")), "Studerende"), "\n", d.addr(sender, "\n"), "\n")
    d(d.email(sender), " · ", d.phone(sender), "\n\n")
    d(f"Kollegiekontoret, {r.choice(SCHOOLS)}\nSkolen {town_alone(r)}\n\n")
    d(f"{short_date(r)}\n\nKlage over falsk udlejning af værelse ")
    d(f"(sag KL-{r.randint(1000, 9999)}/26)\n\n")
    d("Jeg blev i august kontaktet af en \u201cudlejer\u201d, der kaldte sig ")
    d(d.pn(alias, r.choice(("fl", "first")), ""), " (", d.foreign_phone(), ", ")
    d(d.mail(f"{ascii_name(alias.first)}.udlejning@example.com"), "). Værelset skulle ligge ")
    d(street_alone(r), f" Jeg betalte depositum på {amount(r)} til ", d.iban(("GB", "IE", "ES")))
    if r.random() < 0.55:
        d(" og første måneds husleje med kortet ", d.card(), " (udløb ", d.expiry(), ", ")
        d(d.cvv(), ")")
    d(". Nøglerne kom aldrig, og nummeret er nu afbrudt.\n\n")
    rel = "mor" if parent.woman else "far"
    d(f"Min {rel}, ", d.anyform(parent, "Forælder"), ", f. ", d.dob(parent), ", stod som ")
    d(f"kautionist og har også fået mails. {parent.pronoun.capitalize()} kan kontaktes på ")
    d(d.phone(parent), ".\n")
    d(f"Jeg er indskrevet på {klass(r)}, {studienr(r)}, og har kørt dertil i bil ")
    d(d.plate(), ".\n\n")
    d(f"Jeg har anmeldt det til politiet på 114. Jeres vagttelefon {org_line(r)} svarede ikke.")
    d("\n\nMed venlig hilsen\n", d.pn(sender, r.choice(("fl", "first", "full")), "Studerende"))
    d("\n")


def bank_note(d: Doc) -> None:
    r = d.rng
    bank, school = r.choice(BANKS), r.choice(SCHOOLS)
    company = r.choice(("EksamensHjælpen", "SprogTest Online", "Digitalt Diplom ApS"))
    client, staff = person(r, (2000, 2005)), person(r, (1965, 1998))
    d(f"{bank} · Svindelteamet · Notat FR-{r.randint(100000, 999999)}\n")
    d("Kunde: ", d.pn(client, r.choice(("caps", "capslf", "lf", "full")), "Studerende"))
    d(", CPR ", d.cpr(client), ", tlf. ", d.phone(client), "\n", "Konto: ", d.account(), "\n")
    d(f"Oprettet {stamp(r)}\n\n")
    d(f"Kunden, der går på {school} ({klass(r)}), købte \u201ceksamensbesvarelser\u201d hos ")
    d(f"{company} for {amount(r)} med kort ", d.card(), " (udløb ", d.expiry(), ", ")
    d(d.cvv(), f"). Bagefter kom der tre træk på i alt {amount(r)} fra udlandet. ")
    d(f"Samme dag {clock(r)} ringede en person, der udgav sig for at være fra {bank}, ")
    d("og kunden oplyste ")
    d("MitID-bruger-ID ", d.mitid(client), " og koden ", d.otp(), ".\n")
    if r.random() < 0.5:
        d("Kunden oplyste også kortet ", d.card(), " ", d.cvv(), ", som er spærret.\n")
    d(f"Kortet er spærret; erstatningskort ******{r.randrange(10000):04d} sendt. ")
    d(f"Kunden er bedt om at anmelde forholdet på 114. Kunden {town_alone(r, 'bor')}.\n")
    d("Kundens mail: ", d.email(client), f" · Kundeservice {org_line(r)}\n")
    d("Behandlet af: ", d.pn(staff, r.choice(("fl", "init")), "Medarbejder"), " (")
    d(d.email(staff), ")\n")


def student_csv(d: Doc) -> None:
    r = d.rng
    school = r.choice(SCHOOLS)
    d(f"# Eksport fra Studie+ · {school} · hold {klass(r)} · {short_date(r)}\n")
    d("navn;studienr;cpr;adresse;mobil;email;kontaktperson;p-tilladelse;bemærkning\n")
    for _ in range(r.randint(3, 6)):
        s = person(r, (2000, 2005))
        guardian = person(r, (1960, 1985))
        form = r.choice(("lf", "lf", "capslf", "full", "caps", "fl"))
        row: list[Item] = [d.pn(s, form, "Studerende"), f";{r.randint(100000, 999999)};"]
        row += [d.cpr(s), ";", d.addr(s, ", "), ";", d.phone(s), ";", d.email(s), ";"]
        row += [d.anyform(guardian, "Forælder", ("fl", "lf", "init")), " ", d.phone(guardian)]
        row += [";", d.plate() if r.random() < 0.5 else "", ";"]
        row += [
            r.choice(
                (
                    f"SU-konto ændret {short_date(r)} – afvist",
                    "phishing-mail om Lectio",
                    f"{unilogin(r)} spærret",
                    f"{course(r)} · {room(r)}",
                    f"skylder {amount(r)}",
                    "",
                )
            ),
            "\n",
        ]
        d(*row)
    d(f"# {school} {town_alone(r)} · {cvr(r)} · support {org_line(r)}\n")


GENERATORS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (
            secretary_mail,
            helpdesk_log,
            study_case_note,
            parent_chat,
            police_report,
            housing_complaint,
            bank_note,
            student_csv,
        ),
        strict=True,
    )
)


def plan(i: int) -> tuple[str, str]:
    """The kind and genre of document i: 7 in 20 negative, genres in turn within each kind."""
    block, pos = divmod(i, 20)
    if pos < 7:
        return "negative", GENRES[(block * 7 + pos) % len(GENRES)]
    return "positive", GENRES[(block * 13 + pos - 7) % len(GENRES)]


def document(seed: int, i: int) -> dict:
    kind, genre = plan(i)
    rng = random.Random(f"pii_blind49:{seed}:{i}")
    doc = Doc(rng, kind == "negative")
    GENERATORS[genre](doc)
    spans = [] if doc.neg else doc.spans
    return {
        "id": f"blind49-{i:04d}",
        "genre": genre,
        "kind": kind,
        "text": doc.text(),
        "spans": spans,
    }


def generate(seed: int = 0, size: int = SIZE) -> list[dict]:
    return [document(seed, i) for i in range(size)]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind49.jsonl"
    lines = (json.dumps(d, ensure_ascii=False) for d in generate())
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
