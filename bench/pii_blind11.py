"""A twelfth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses the diversity of the
people who live in Denmark and the trade and rental fraud they meet: names of immigrants and
their descendants as Danish registers and texts write them (Arabic, Turkish, Kurdish, Somali,
Pakistani, Polish, Romanian, Ukrainian, Vietnamese, Thai, Filipino and Eritrean names, with
particles "al-", "El-", "bin", "von", "de", "la Cour", "dela", "de los", double surnames with
and without a hyphen, given names in several parts, father's and grandfather's names, register
forms "YILMAZ, Ayse" and transliteration variants "Oleksandr"/"Aleksandr", "Şahin"/"Sahin",
"Nguyễn"/"Nguyen" in the same text), Greenlandic names, and five genres: DBA / Facebook
Marketplace / Trendsales / GulogGratis buyer-seller chats (MobilePay numbers, a described fake
MobilePay screenshot, "send din adresse", a fake "DBA Betaling" link asking for card, code and
MitID, car sales with plates), rental fraud (boligsvindel) correspondence with the flat's
address, the deposit account and a foreign "landlord's" IBAN, a lease asking CPR and birth date,
e-mail threads with "Fra: Navn <mail>", "Sendt:", "Til:", "Cc:", "Emne:" headers, signatures and
HTML-to-text artefacts ("&nbsp;", "[cid:image001.png]", "<mailto:...>"), calendar invitations
(viewings, meetings with an interpreter) and interpreter-assisted telephone notes.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("udlejer", "sælger", "tolk", "Mr.");
  lower-case particles and hyphens belong to it ("Ahmad al-Hassan", "Karen la Cour",
  "Rowena Bautista-Jensen"); "YILMAZ, Ayse" and "Tesfay, Yonas" are one span; a chat handle that
  is a name ("Hodan A.") and a given name alone ("Hej Yonas") are PERSON; a genitive s belongs
  to it. Product names that are also given names ("Stefan stol", "Ivar reol", "kjolen Amira"),
  streets named after people, shops, banks, housing companies and pseudonyms ("[NAVN]",
  "Sælger", "Lejer A", "Person 2") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st.", "3. 12"), plus ", postcode town" on the same line or the next line of an address block
  (line break included); Greenlandic addresses keep their form ("Aqqusinersuaq 14, 3900 Nuuk").
  Every street address with a number is labelled.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS", "DDMMYYSSSS" and "DD MM YY SSSS". DATE_OF_BIRTH is a full date with a
  four-digit year after "født", "f.", "Fødselsdato:", "DOB:" or "born"; every other date and
  time stamp is never labelled.
- PHONE: Danish numbers (8 digits in mobile and landline ranges, never 70 or 80 here) in the
  forms "+45 20304050", "+45 20 30 40 50", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050" and "+4520304050"; the country code belongs to the span, brackets
  included. A MobilePay number is PHONE. Foreign ones only from ranges reserved for fiction:
  "+44 7700 900xxx" and "+46 70 174 06 xx" (05-99). Greenlanders here use Danish numbers.
  Organisations' numbers (70/80 lines, blocking lines, 112, 114, 1813) are not PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, also inside
  "<mailto:...>" and "Fra: Navn <...>".
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word or cell ("reg.nr. 1234 kontonr. 12345678",
  "Reg.: 1234 | Konto: 1234567890") only the account is the span. IBAN: valid check digits and
  the country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES); CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits
  after "CVV", "cvc" or "kontrolcifre". OTP: a one-time code sent, asked for or given (6 or 8
  digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("CX 47 118").
- Hard negatives, never labelled: order, ad and parcel numbers ("#TS-4821937", "annonce nr.
  11045822", "CX482113925DK"), MobilePay transaction IDs, case and journal numbers, CVR numbers,
  Teams meeting IDs, interpreter IDs, amounts, dates and times, masked values ("+45 ** ** ** 17",
  "k***@example.dk", "**** **** **** 4242", "010190-xxxx", "******7890"), product names that
  look like names or streets, and the organisations' 70/80 and short numbers. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values remain.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind11 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20261205
SIZE = 1000
NEGATIVE_SHARE = 0.35
GENRES = ("marketplace", "rental", "email_thread", "calendar", "interpreter_note")
MOBILE = ("20", "21", "22", "24", "25", "26", "28", "29", "30", "31", "40", "42", "50", "51")
MOBILE += ("52", "53", "60", "61", "71", "91", "93")
LANDLINE = ("32", "33", "36", "38", "39", "43", "44", "45", "46", "48", "56", "59", "62", "65")
LANDLINE += ("66", "74", "75", "86", "87", "96", "98", "99")
TEST_PREFIXES = ("424242", "400005", "555555", "520082", "222300", "378282", "601111")
IBAN_LENGTH = {"DK": 18, "DE": 22, "PL": 28, "RO": 24, "GB": 22, "SE": 24, "UA": 29, "LT": 20}
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def names(text: str) -> tuple[str, ...]:
    """A list written "Ayşe|Ayse|Esra Nur": names may hold spaces, so "|" separates them."""
    return tuple(text.split("|"))


# Given names, surnames (or father's names) per origin, with the variants registers really hold.
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "arabic": (
        names(
            "Mohammad|Mohamed|Muhammed|Mohamad|Ahmad|Ahmed|Khaled|Khalid|Youssef|Yousef|"
            "Fatima|Fatme|Aisha|Rania|Nour|Noor|Layla|Leila|Hiba|Abdul Rahman|Abdel Karim|"
            "Mohammad Ali|Nour El Houda"
        ),
        names(
            "al-Hassan|al-Najjar|El-Amin|bin Hamad|bin Omar|Al-Sayed|El-Sayed|Abdallah|Abdullah|"
            "Haddad|Khalil|Mansour|bin Salem|"
            "Hamdan|Darwish|Saleh|Abu Rashid|El Khatib|Othman|al-Masri|Abdel-Aziz"
        ),
    ),
    "turkish": (
        names(
            "Mehmet|Ayşe|Ayse|Emre|Elif|Hüseyin|Huseyin|Zeynep|Burak|Gülsüm|Gulsum|Kemal|"
            "Serkan|Ömer|Omer|Esra Nur"
        ),
        names(
            "Yılmaz|Yilmaz|Öztürk|Özturk|Çelik|Celik|Şahin|Sahin|Demir|Kaya|Aydın|Aydin|Doğan|"
            "Dogan|Arslan|Kılıç|Kilic"
        ),
    ),
    "kurdish": (
        names(
            "Rebin|Hêvî|Hevi|Shirin|Shireen|Dilan|Azad|Rojda|Kawa|Berivan|Zhilwan|Jiyan|"
            "Sherko|Nazdar"
        ),
        names("Ahmadi|Hawrami|Mahmoud|Kurdi|Amedi|Zebari|Rashid|Karimi|Mustafa|Hama Amin"),
    ),
    "somali": (
        names(
            "Hodan|Faadumo|Fadumo|Abdirahman|Abdiaziz|Ayaan|Hibaaq|Xamse|Hamse|Sahra|Sagal|"
            "Ilhan|Warsan|Abdullahi"
        ),
        names("Abdi|Farah|Warsame|Hassan|Nur|Ali|Jama|Egal|Mohamud|Osman|Yusuf|Cabdi|Xasan"),
    ),
    "pakistani": (
        names(
            "Muhammad Usman|Ayesha|Bilal|Sana|Imran|Zainab|Asif|Rabia|Tariq|Nadia|Shahid|"
            "Muhammad Imran|Hina"
        ),
        names(
            "Chaudhry|Chaudhary|Butt|Malik|Qureshi|Khan|Raza|Hussain|Hussein|Iqbal|Rana|Ahmed Khan"
        ),
    ),
    "polish": (
        names(
            "Łukasz|Lukasz|Agnieszka|Małgorzata|Malgorzata|Krzysztof|Tomasz|Katarzyna|Paweł|"
            "Pawel|Joanna|Wojciech|Anna Maria"
        ),
        names(
            "Kowalski|Kowalska|Wiśniewska|Wisniewski|Nowak|Wójcik|Wojcik|Kamińska|Zieliński|"
            "Lewandowska|Szymański|Dąbrowska"
        ),
    ),
    "romanian": (
        names(
            "Ștefan|Stefan|Ioana|Andrei|Mihaela|Florin|Alexandru|Elena|Gheorghe|Cristina|"
            "Ionuț|Ionut|Maria Magdalena"
        ),
        names(
            "Popescu|Ionescu|Constantinescu|Dumitru|Stoica|Munteanu|Rădulescu|Radulescu|Ene|"
            "Moldovan|Lungu"
        ),
    ),
    "ukrainian": (
        names(
            "Oleksandr|Aleksandr|Olena|Olha|Olga|Andrii|Andriy|Mykola|Nataliia|Natalia|Iryna|"
            "Yuliia|Julija|Dmytro"
        ),
        names(
            "Shevchenko|Sjevtjenko|Kovalenko|Bondarenko|Tkachenko|Tkatjenko|Kravchuk|Melnyk|"
            "Boiko|Bojko|Hrytsenko"
        ),
    ),
    "thai": (
        names(
            "Siriporn|Nattaya|Somchai|Kanokwan|Pimchanok|Wanida|Supaporn|Thanawat|Ratana|Jintana"
        ),
        names("Kanchanawong|Srisuk|Chaiyaporn|Wongsawat|Boonmee|Rattanakul|Saetang|Phromma"),
    ),
    "filipino": (
        names(
            "Maria Cristina|Jose Miguel|Rowena|Marites|Jerome|Princess Joy|Mary Grace|Rodel|"
            "Analyn|Joselito"
        ),
        names(
            "dela Cruz|dela Rosa|Dela Cruz|de los Santos|Bautista|Reyes|Santos|Villanueva|Mendoza|"
            "Magbanua|Macaraeg"
        ),
    ),
    "eritrean": (
        names("Yonas|Senait|Abrehet|Tesfalem|Filmon|Merhawit|Yohannes|Semhar|Biniam|Saba|Luwam"),
        names(
            "Tesfay|Haile|Gebremedhin|Gebrehiwet|Kidane|Tewelde|Ghebreyesus|Berhane|"
            "Weldemichael|Mehari"
        ),
    ),
    "greenlandic": (
        names(
            "Aputsiaq|Naja|Inuk|Nivi|Paninnguaq|Malik|Ivalo|Pipaluk|Nukannguaq|Aviaja|Kuupik|"
            "Arnaq|Hans Aputsiaq"
        ),
        names(
            "Lyberth|Kleist|Kreutzmann|Heilmann|Berthelsen|Motzfeldt|Olsen|Petrussen|Rosing|"
            "Lynge|Fleischer|Kristiansen"
        ),
    ),
    "danish": (
        names(
            "Karen Margrethe|Hans Christian|Birthe|Jørgen|Mette|Anders|Signe|Mikkel|Freja|"
            "Niels Erik|Kirsten|Bent|Lærke|Søren"
        ),
        names(
            "la Cour|von Holstein|de Neergaard|Juul|Krogh|Vestergaard|Damgaard|Thomsen|"
            "Kjærsgaard|Bech-Olesen|Friis Andersen|Sørensen|Nørgaard"
        ),
    ),
}
VIETNAMESE = (
    ("Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Vo", "Võ", "Hoang", "Bui"),
    ("Thi", "Thị", "Van", "Văn", "Thanh", "Duc", "Đức", "Hoang"),
    ("Huong", "Hương", "Minh", "Lan", "Nam", "Mai", "Tung", "Anh", "Trang", "Linh", "Hai"),
)
DANISH_SURNAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Larsen", "Christensen", "Madsen")
# Streets (several named after people, which are never PERSON) and Greenlandic ones.
STREETS = names(
    "Rentemestervej|Tåstrupgårdsvej|Gellerupvej|Bispehavevej|Vollsmose Allé|"
    "Stengårds Allé|Lindebjergvej|H.C. Ørsteds Vej|Bellahøjvej|Tingbjerg Allé|"
    "Nørre Voldgade|Sankt Hans Gade|Peter Bangs Vej|Hjortholms Allé|Urbanplanen|"
    "Karen Blixens Vej|Ellehammersvej|Søndervangen|Askerød|Hedelyngen|Brøndby Nord Vej|"
    "Kildeparken|Skovvejen|Birkedommervej|Tornebuskegade|Agerbækhusene|Niels Ebbesens Vej|"
    "Gadekærvej|Holmegårdsparken|Odinsvej"
)
GL_STREETS = ("Aqqusinersuaq", "Qullilerfik", "Imaneq", "Issortarfimmut", "Kongevejen")
TOWNS = names(
    "2300 København S|2620 Albertslund|2650 Hvidovre|5220 Odense SØ|8210 Aarhus V|"
    "9220 Aalborg Øst|6000 Kolding|7100 Vejle|2630 Taastrup|4700 Næstved|8900 Randers C|"
    "2400 København NV|2770 Kastrup|4000 Roskilde|6700 Esbjerg|3400 Hillerød|2605 Brøndby|"
    "5000 Odense C|8220 Brabrand|2200 København N|6400 Sønderborg|7400 Herning|2635 Ishøj|"
    "4200 Slagelse"
)
GL_TOWNS = ("3900 Nuuk", "3911 Sisimiut", "3920 Qaqortoq", "3952 Ilulissat")
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
BANKS = ("Kattegat Sparekasse", "Sønderå Bank", "Lindholm Andelskasse", "Vestkyst Bank")
ORG_LINES = ("70 15 22 90", "70 33 41 60", "80 20 44 66", "80 88 12 70", "70 10 80 35")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august")
MONTHS += ("september", "oktober", "november", "december")
# Things for sale whose names are also given names or streets: never PERSON, never ADDRESS.
PRODUCTS = names(
    "Stefan stol|Ingolf barstol|Ivar reol|Billy reol|Hemnes kommode|Vilma barnevogn|"
    'Oskar børnecykel 20"|Bodil lænestol|kjolen Amira (str. 38)|Jasmin taske|'
    "Emil løbecykel|Nørrebro sofa 3-pers.|Vesterbro sofabord|Christianshavn kommode|"
    "lampen Strøget|iPhone 13 128 GB|PlayStation 5|Bugaboo Fox 3|"
    "vinterjakke fra Ganni, model Leila|Hummel støvler str. 31|"
    "spisebord Amalienborg 6 pers.|Yasmin abaya str. M|Kay Bojesen abe"
)
CARS = ("Toyota Yaris 2016", "VW Up! 2018", "Skoda Octavia stc. 2014", "Peugeot 208 2019")
LANGUAGES = ("arabisk (levantinsk)", "tyrkisk", "kurdisk (sorani)", "kurdisk (kurmanji)")
LANGUAGES += ("somali", "urdu", "polsk", "rumænsk", "ukrainsk", "vietnamesisk", "thai")
LANGUAGES += ("tagalog", "tigrinya", "grønlandsk")
PLACEHOLDER = {
    "PERSON": ("[NAVN]", "[NAVN 2]", "Person 2", "Borger B", "Lejer A", "Part C", "[navn]"),
    "ADDRESS": ("[ADRESSE]", "[adresse fjernet]"),
    "CPR": ("010190-xxxx", "[CPR]", "xxxxxx-xxxx"),
    "DATE_OF_BIRTH": ("[FØDSELSDATO]", "xx.xx.19xx"),
    "PHONE": ("+45 ** ** ** 17", "[TELEFON]", "+45 ** ** 41 08", "********"),
    "EMAIL": ("k***@example.dk", "[E-MAIL]", "m*****@example.com"),
    "BANK_ACCOUNT": ("******7890", "[KONTONR.]", "xxxx-xxxxxx4412"),
    "IBAN": ("DK** **** **** **** 43", "[IBAN]"),
    "CARD": ("**** **** **** 4242", "[KORTNR.]", "xxxx xxxx xxxx 0005"),
    "CARD_EXPIRY": ("**/**", "[UDLØB]"),
    "CARD_CVV": ("***", "[CVV]"),
    "OTP": ("[KODE]", "******"),
    "MITID_USER": ("[BRUGER-ID]", "[MitID]"),
    "NUMBER_PLATE": ("[REG.NR.]", "** ** ***"),
}
TYPES = tuple(PLACEHOLDER)  # the labelled types, in the order of their stand-ins


def fold(text: str) -> str:
    """ASCII for e-mail local parts: "Şahin" -> "sahin", "Łukasz" -> "lukasz"."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("ı", "i")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    origin: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        return self.given.split()[-1 if self.origin == "vietnamese" else 0]


Part = str | tuple[str, str]


class Doc:
    """Text built piece by piece: a plain string is text, a (value, type) pair is labelled (or,
    in a negative, replaced by the same pseudonym or mask wherever the value recurs)."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative = rng, negative
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.masks: dict[str, str] = {}
        self.length = 0

    def say(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, str):
                text = part
            elif self.negative:
                value, kind = part
                text = self.masks.setdefault(value, self.rng.choice(PLACEHOLDER[kind]))
            else:
                text, kind = part
                self.spans.append(
                    {"start": self.length, "end": self.length + len(text), "type": kind}
                )
            self.parts.append(text)
            self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Maker:
    """Synthetic people and identifiers from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items: tuple[str, ...]) -> str:
        return self.rng.choice(items)

    def person(self, origin: str | None = None) -> Person:
        r = self.rng
        origin = origin or r.choice((*ORIGINS, "vietnamese"))
        if origin == "vietnamese":
            family, middle, given = (r.choice(part) for part in VIETNAMESE)
            return Person(f"{middle} {given}", family, origin)
        givens, families = ORIGINS[origin]
        given, family = r.choice(givens), r.choice(families)
        if origin in ("somali", "eritrean") and r.random() < 0.6:
            family = f"{family} {r.choice([f for f in families if f != family])}"
        elif origin != "danish" and r.random() < 0.18:
            dane = r.choice(DANISH_SURNAMES)
            family = r.choice((f"{family}-{dane}", f"{dane} {family}", f"{family} {dane}"))
        return Person(given, family, origin)

    def name(self, p: Person, form: str = "") -> str:
        form = form or self.rng.choice(("full",) * 6 + ("comma", "initial", "upper"))
        if form == "comma":
            return f"{p.family}, {p.given}"
        if form == "upper":
            return f"{p.family.upper()}, {p.given}"
        if form == "initial" and p.origin != "vietnamese":
            return f"{p.given[0]}. {p.family}"
        if form == "first":
            return p.first
        return p.full

    def email(self, p: Person) -> str:
        r = self.rng
        first, last = fold(p.first), fold(p.family.split()[-1])
        local = r.choice(
            (f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}{r.randint(7, 99)}")
        )
        return f"{local}@{r.choice(DOMAINS)}"

    def phone(self, form: int | None = None) -> str:
        r = self.rng
        n = r.choice(MOBILE if r.random() < 0.75 else LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        forms = (
            f"+45 {n}",
            f"+45 {pairs}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}",
            f"0045 {n}",
            pairs,
            n,
            f"+45{n}",
        )
        return forms[r.randrange(len(forms)) if form is None else form]

    def foreign_phone(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return f"+44 7700 900{r.randrange(1000):03d}"
        return f"+46 70 174 06 {r.randint(5, 99):02d}"

    def birth(self) -> date:
        return date(1938, 1, 1) + timedelta(days=self.rng.randrange(365 * 68))

    def cpr(self, born: date) -> str:
        r = self.rng
        century = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            n = f"{born:%d%m}{born.year % 100:02d}{century}{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        return r.choice((f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"))

    def dob(self, born: date) -> str:
        return self.rng.choice(
            (
                f"{born:%d.%m.%Y}",
                f"{born:%d/%m/%Y}",
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                f"{born:%Y-%m-%d}",
            )
        )

    def address(self, greenland: bool = False, block: bool | None = None) -> str:
        r = self.rng
        street = r.choice(GL_STREETS if greenland else STREETS)
        number = f"{r.randint(1, 140)}{r.choice(('',) * 5 + ('A', 'B', 'C'))}"
        floor = r.choice(("", "", ", st.", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf."))
        floor = r.choice((floor, floor, f", {r.randint(1, 9)}. {r.randint(1, 24)}"))
        town = r.choice(GL_TOWNS if greenland else TOWNS)
        block = r.random() < 0.3 if block is None else block
        if r.random() < 0.1 and not block:
            return f"{street} {number}{floor}"
        return f"{street} {number}{floor}{chr(10) if block else ', '}{town}"

    def account(self) -> tuple[str, str]:
        r = self.rng
        reg = f"{r.randint(1000, 9899)}"
        return (
            reg,
            f"{r.randrange(10**9, 10**10)}"
            if r.random() < 0.6
            else f"{r.randint(10**6, 10**8 - 1)}",
        )

    def iban(self, country: str | None = None) -> str:
        r = self.rng
        country = country or r.choice(tuple(IBAN_LENGTH))
        length = IBAN_LENGTH[country] - 4
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + "".join(
                r.choice("0123456789") for _ in range(14)
            )
        elif country == "RO":
            bban = r.choice(("RNCB", "BTRL", "BRDE")) + "".join(
                r.choice("0123456789") for _ in range(16)
            )
        else:
            bban = "".join(r.choice("0123456789") for _ in range(length))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if r.random() < 0.3:
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def card(self) -> str:
        r = self.rng
        prefix = r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
        total = 0
        for i, c in enumerate(reversed(body)):
            d = int(c) * (2 if i % 2 == 0 else 1)
            total += d // 10 + d % 10
        n = body + str((10 - total % 10) % 10)
        if length == 15:
            return r.choice((n, f"{n[:4]} {n[4:10]} {n[10:]}"))
        return r.choice((n, " ".join(n[i : i + 4] for i in range(0, 16, 4))))

    def expiry(self) -> str:
        r = self.rng
        return f"{r.randint(1, 12):02d}/{r.choice(('', '20'))}{r.randint(27, 31)}"

    def otp(self) -> str:
        return (
            f"{self.rng.randrange(10**7, 10**8)}"
            if self.rng.random() < 0.2
            else f"{self.rng.randrange(10**5, 10**6)}"
        )

    def mitid(self, p: Person) -> str:
        return f"{fold(p.first)[:6]}{self.rng.randint(10, 9999)}"

    def plate(self) -> str:
        r = self.rng
        letters = "ABCDEFHJKLMNOPRSTUVXYZ"
        return f"{r.choice(letters)}{r.choice(letters)} {r.randint(10, 99)} {r.randint(100, 999)}"

    def when(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.randint(9, 12)
        hh, mm = r.randint(7, 22), r.randrange(60)
        stamp = datetime(2026, month, day, hh, mm)
        form = r.randrange(4)
        if form == 2:
            return f"{day}. {MONTHS[month - 1]} 2026 {stamp:%H.%M}"
        if form == 3:
            return f"{day}/{month} kl. {hh}.{mm:02d}"
        return stamp.strftime(("%d.%m.%Y kl. %H:%M", "%Y-%m-%d %H:%M")[form])

    def amount(self) -> str:
        r = self.rng
        n = r.choice((350, 450, 1200, 2450, 3800, 6500, 9000, 12500, 18000, 27000, 32400))
        text = f"{n:,}".replace(",", ".")
        return r.choice((f"{text} kr.", f"kr. {text},00", f"{text},-", f"DKK {text}"))


PER, ADR, CPR, DOB, TEL, MAIL = "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL"
ACC, IBAN, CARD, EXP, CVV = "BANK_ACCOUNT", "IBAN", "CARD", "CARD_EXPIRY", "CARD_CVV"
OTP, MITID, PLATE = "OTP", "MITID_USER", "NUMBER_PLATE"


def genitive(name: str) -> tuple[str, str]:
    """A genitive s belongs to the name; names ending in s, x or z take none here."""
    return (name if name[-1] in "sxz" else name + "s", PER)


def account_parts(m: Maker) -> list[Part]:
    """The written forms of a Danish account: together one span, apart only the account."""
    reg, acc = m.account()
    return m.rng.choice(
        (
            [(f"{reg}-{acc}", ACC)],
            [(f"{reg} {acc}", ACC)],
            [f"reg.nr. {reg} kontonr. ", (acc, ACC)],
            [f"Reg.: {reg} | Konto: ", (acc, ACC)],
            [f"reg. {reg} kt. ", (acc, ACC)],
        )
    )


def card_parts(m: Maker, p: Person) -> list[Part]:
    r = m.rng
    cvv = r.choice(("cvc ", "CVV ", "kontrolcifre "))
    return [
        (m.card(), CARD),
        " udløb ",
        (m.expiry(), EXP),
        f", {cvv}",
        (f"{r.randint(100, 999)}", CVV),
    ]


def _marketplace(d: Doc, m: Maker) -> None:
    r = m.rng
    seller, buyer = m.person(), m.person()
    site = r.choice(("DBA", "Facebook Marketplace", "Trendsales", "GulogGratis"))
    car = r.random() < 0.3
    item = r.choice(CARS) if car else r.choice(PRODUCTS)
    price = f"{r.randint(18, 95)}.000 kr." if car else m.amount()
    ref = r.choice(
        (
            f"annonce nr. {r.randint(10**7, 10**8 - 1)}",
            f"ordre #TS-{r.randint(10**6, 10**7 - 1)}",
            f"facebook.com/marketplace/item/{r.randint(10**7, 10**8 - 1)}",
        )
    )
    s = (m.name(seller, r.choice(("full", "first", "initial", "first"))), PER)
    b = (m.name(buyer, r.choice(("full", "first"))), PER)
    d.say(f"Samtale på {site} om {item} ({ref}), eksporteret {m.when()}\n\n")
    d.say(b, f": hej, er {item.split(' (')[0]} stadig til salg?\n")
    d.say(s, f": ja den er ledig. {price} fast pris, kan hentes eller sendes\n")
    d.say(b, ": ok jeg tager den. hvordan betaler jeg?\n")
    d.say(s, ": mobilepay til ", (m.phone(), TEL), r.choice((" 👍\n", "\n", " tak\n")))
    if r.random() < 0.5:
        d.say(s, ": eller bankoverførsel: ", *account_parts(m), "\n")
    d.say(s, ": send din adresse så sender jeg med GLS i morgen\n")
    d.say(b, ": ", (m.name(buyer, "full"), PER), "\n", (m.address(block=False), ADR))
    d.say(r.choice(("\n", " tlf ", "\nmobil: ")), (m.phone(), TEL), "\n")
    d.say(b, ": har overført, se screenshot\n[Billede: MobilePay-kvittering, ", m.amount())
    d.say(" til ", (m.name(seller, "full"), PER), ", ", (m.phone(), TEL))
    d.say(f", transaktions-ID {r.randint(10**8, 10**9 - 1)}{r.choice('ABCDEF')}, {m.when()}]\n")
    if car:
        d.say(b, ": hvad er nummerpladen? vil tjekke den i motorregistret\n")
        d.say(s, ": ", (m.plate(), PLATE), f", synet {m.when().split(' kl')[0]}\n")
    if r.random() < 0.55:
        d.say(s, ": jeg kan ikke modtage pengene. brug linket fra DBA Betaling: ")
        d.say(f"https://dba-betaling.example.net/modtag/{r.randint(10**5, 10**6 - 1)}\n")
        d.say(b, ": har tastet kortnr ", *card_parts(m, buyer), "\n")
        d.say(s, ": nu kommer der en kode på sms, skriv den her\n")
        d.say(b, ": ", (m.otp(), OTP), "\n")
        if r.random() < 0.5:
            d.say(s, ": og dit MitID bruger-ID så pengene kan frigives\n")
            d.say(b, ": bruger-ID: ", (m.mitid(buyer), MITID), "\n")
    d.say(f"\nAnmeldt til {r.choice(BANKS)}, spærring {r.choice(ORG_LINES)}. ")
    d.say(f"Sag {r.randint(2026000, 2026999)}-{r.randint(10, 99)}.")


def _rental(d: Doc, m: Maker) -> None:
    r = m.rng
    landlord, tenant = m.person(), m.person()
    abroad = r.random() < 0.6
    d.say(f"Boligportal-besked, bolig-ID {r.randint(100000, 999999)}, {m.when()}\n")
    d.say(f"Emne: Lejlighed {r.randint(2, 4)} vær., {r.randint(45, 110)} m², ")
    rent = f"{r.randint(52, 139) * 100:,}".replace(",", ".")
    d.say(f"husleje {rent} kr.\n\nHej ", (m.name(tenant, "first"), PER), "\n\n")
    d.say("Tak for din interesse i lejligheden på ", (m.address(block=False), ADR), ". Jeg hedder ")
    d.say((m.name(landlord, "full"), PER))
    if abroad:
        d.say(
            r.choice(
                (
                    " og arbejder for tiden i Polen",
                    " og bor i London med min familie",
                    " og er udsendt med en NGO i Rumænien",
                )
            ),
            ", så jeg kan ikke vise den frem. Nøglerne sendes med DHL når depositum er betalt.\n",
        )
        where: list[Part] = [
            "IBAN ",
            (m.iban(r.choice(("PL", "GB", "RO", "UA", "DE", "LT"))), IBAN),
        ]
    else:
        d.say(". Fremvisning kan ske, når depositum er reserveret.\n")
        where = account_parts(m)
    d.say(f"Depositum 3 mdr. ({m.amount()}) og forudbetalt leje indbetales til ", *where, ".\n")
    d.say("Send mig kopi af pas/sundhedskort og udfyld lejekontrakten:\n\n")
    born = m.birth()
    d.say("Lejer: ", (m.name(tenant, r.choice(("full", "upper", "comma"))), PER))
    d.say("\nCPR-nr.: ", (m.cpr(born), CPR))
    if r.random() < 0.6:
        d.say("\nFødselsdato: ", (m.dob(born), DOB))
    home = m.address(greenland=tenant.origin == "greenlandic", block=True)
    d.say("\nNuværende adresse:\n", (home, ADR), "\nTelefon: ", (m.phone(), TEL))
    d.say("\nE-mail: ", (m.email(tenant), MAIL))
    if r.random() < 0.5:
        co = m.person(tenant.origin)
        d.say("\nMedlejer: ", (m.name(co, "full"), PER), ", f. ", (m.dob(m.birth()), DOB))
    d.say("\n\nMed venlig hilsen\n", (m.name(landlord, r.choice(("full", "first"))), PER), "\n")
    phone = m.foreign_phone() if abroad and r.random() < 0.6 else m.phone()
    d.say((phone, TEL), " · ", (m.email(landlord), MAIL), "\n\n-- Notat: lejer har overført ")
    d.say(f"{m.amount()} den {m.when()} til ", genitive(landlord.first), " konto. Lejligheden er ")
    d.say(
        f"ifølge BBR ejet af {r.choice(('Boligselskabet Hjemstavn', 'AAB afd. 41', 'Lejerbo Øst'))}"
    )
    d.say(f". Politiets journalnr. 2026-{r.randint(1000, 9999)}-{r.randint(10000, 99999)}.")


def _email_thread(d: Doc, m: Maker) -> None:
    r = m.rng
    victim, other = m.person(), m.person()
    adviser = m.person("danish" if r.random() < 0.5 else None)
    bank = r.choice(BANKS)
    subject = r.choice(("Svindel på DBA - min konto", "Depositum til lejlighed", "Tilbagebetaling"))
    ae, ve = m.email(adviser), m.email(victim)
    d.say("Fra: ", (m.name(adviser, "full"), PER), " <", (ae, MAIL), f">\nSendt: {m.when()}\n")
    d.say("Til: ", (m.name(victim, r.choice(("full", "comma", "upper"))), PER), " <", (ve, MAIL))
    d.say(f">\nEmne: SV: {subject}\n\nKære ", (m.name(victim, "first"), PER), ",&nbsp;\n\n")
    d.say(
        f"Tak for din henvendelse. Vi har spærret dit kort (**** **** **** {r.randint(1000, 9999)})"
    )
    d.say(f" og oprettet sag SAG-2026-{r.randint(100000, 999999)}. Beløbet {m.amount()} gik til ")
    d.say(*([(m.iban(), IBAN)] if r.random() < 0.5 else account_parts(m)), ", der tilhører ")
    d.say((m.name(other, "full"), PER), ".&nbsp;Vi har bedt modtagerbanken om at fryse ")
    d.say(genitive(other.first), " konto.\n\nVenlig hilsen\n\n", (m.name(adviser, "full"), PER))
    d.say(f"\nKunderådgiver | {bank}\nDirekte: ", (m.phone(), TEL))
    d.say(f" | Hovednr. {r.choice(ORG_LINES)}\nMail: ", (ae, MAIL), "<mailto:", (ae, MAIL), ">\n")
    d.say(
        (m.address(block=False), ADR), "\n[cid:image001.png]\n\n-----Oprindelig meddelelse-----\n"
    )
    d.say("Fra: ", (m.name(victim, "full"), PER), " <", (ve, MAIL), f">\nSendt: {m.when()}\n")
    d.say(f"Til: Kundeservice {bank}\n")
    if r.random() < 0.5:
        helper = m.person(victim.origin)
        d.say("Cc: ", (m.name(helper, "full"), PER), " <", (m.email(helper), MAIL), ">\n")
    d.say(f"Emne: {subject}\n\nHej&nbsp;\n\nJeg har købt {r.choice(PRODUCTS)} på DBA og betalt ")
    d.say(f"{m.amount()} med MobilePay til ", (m.phone(), TEL), ". Sælgeren kaldte sig ")
    d.say(
        (m.name(other, "first"), PER), ". Bagefter bad han om koden fra min sms (", (m.otp(), OTP)
    )
    d.say(r.choice((") og jeg gav ham den.", "), og så var der trukket penge.")))
    if r.random() < 0.4:
        d.say(" Jeg oplyste også kort ", *card_parts(m, victim), ".")
    born = m.birth()
    d.say("\n\nMvh\n", (m.name(victim, "full"), PER), "\nCPR ", (m.cpr(born), CPR), "\n")
    d.say((m.address(greenland=victim.origin == "greenlandic", block=True), ADR))
    d.say("\nMobil: ", (m.phone(), TEL), "\n<mailto:", (ve, MAIL), ">\n\nSendt fra min iPhone\n\n")
    d.say(f"{bank} · CVR {r.randint(10**7, 10**8 - 1)} · {r.choice(ORG_LINES)}")


def _calendar(d: Doc, m: Maker) -> None:
    r = m.rng
    host = m.person("danish" if r.random() < 0.4 else None)
    guest, interp = m.person(), m.person()
    viewing = r.random() < 0.5
    title = "Fremvisning af lejlighed" if viewing else "Møde om anmeldelse af svindel (med tolk)"
    d.say(f"Invitation: {title} @ {m.when()} (CET)\n\nHvornår\n{m.when()}")
    d.say(f" – {r.randint(30, 90)} min.\nHvor\n", (m.address(block=False), ADR), "\n\nArrangør\n")
    host_mail = m.email(host)
    d.say((m.name(host, "full"), PER), " <", (host_mail, MAIL), ">\n\nDeltagere\n")
    d.say((m.name(guest, r.choice(("full", "comma"))), PER), " <", (m.email(guest), MAIL), ">\n")
    if not viewing:
        d.say(f"Tolk ({r.choice(LANGUAGES)}): ", (m.name(interp, "full"), PER))
        d.say(f", tolke-ID T-{r.randint(1000, 9999)}, ", (m.phone(), TEL), "\n")
    d.say("\nBeskrivelse\n")
    if viewing:
        d.say("Husk legitimation. Ring til mig på ", (m.phone(), TEL), " hvis du ikke kan finde ")
        d.say("opgangen. Ved reservation betales depositum til ", *account_parts(m), ".\n")
    else:
        d.say("Vi gennemgår handlen med ", (m.name(m.person(), "full"), PER), " om bilen ")
        d.say((m.plate(), PLATE), f" ({r.choice(CARS)}). Medbring kontoudtog fra ")
        d.say(*account_parts(m), ".\n")
    rule = "_" * 80
    d.say(f"{rule}\nDeltag i Microsoft Teams-møde\nMøde-id: {r.randint(100, 999)} ")
    d.say(f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10, 99)}  Adgangskode: ")
    d.say(
        f"{r.choice('ABCDEFGHJK')}{r.randint(10, 99)}{r.choice('pqrstuvxyz')}{r.randint(1, 9)}Q\n"
    )
    d.say(f"Ring op (kun lyd): {r.choice(ORG_LINES)},,{r.randint(100000, 999999)}#  Danmark\n")
    d.say(f"{rule}\nInviteret af ", (host_mail, MAIL), ". Svar: Ja · Måske · Nej")


# Spellings of one name in a passport and in the Danish register (transliteration variants).
VARIANTS = dict(
    pair.split(">")
    for pair in names(
        "Oleksandr>Aleksandr|Ayşe>Ayse|Şahin>Sahin|Nguyễn>Nguyen|Mohammad>Mohamed|Fadumo>Faadumo|"
        "Łukasz>Lukasz|Yılmaz>Yilmaz|Shevchenko>Sjevtjenko|Tkachenko>Tkatjenko|Hêvî>Hevi|"
        "Ahmad>Ahmed|Hussain>Hussein|Chaudhry>Chaudhary|Öztürk>Ozturk|Çelik>Celik|Doğan>Dogan|"
        "Youssef>Yousef|Nour>Noor|Olha>Olga|Andrii>Andriy|Yuliia>Julija|Boiko>Bojko|Xamse>Hamse|"
        "Trần>Tran|Phạm>Pham|Hương>Huong|Ștefan>Stefan|Ionuț>Ionut|Paweł>Pawel|Wójcik>Wojcik|"
        "Leila>Layla|Khaled>Khalid|Mehmet>Mehmed|Hüseyin>Huseyin|Shirin>Shireen|Cabdi>Abdi"
    )
)


def _interpreter_note(d: Doc, m: Maker) -> None:
    r = m.rng
    citizen, interp, seller = m.person(), m.person(), m.person()
    officer = m.person("danish" if r.random() < 0.6 else None)
    born = m.birth()
    initials = f"{fold(officer.first)[:2]}{fold(officer.family)[:1]}".upper()
    d.say(f"Telefonnotat {m.when()}, varighed {r.randint(8, 55)} min.\n")
    d.say(f"Tolk via telefon ({r.choice(LANGUAGES)}): ", (m.name(interp, "full"), PER))
    d.say(f", tolke-ID T-{r.randint(1000, 9999)}\nSagsbehandler: ")
    d.say((m.name(officer, r.choice(("full", "initial"))), PER), f" (/{initials})\n\n")
    d.say("Borger: ", (m.name(citizen, r.choice(("full", "upper", "comma"))), PER))
    d.say(r.choice((", CPR ", ", cpr.nr. ", " – CPR: ")), (m.cpr(born), CPR), "\n")
    if r.random() < 0.5:
        d.say(r.choice(("Oplyser at være født ", "Født ", "DOB: ")), (m.dob(born), DOB), ".\n")
    home = m.address(greenland=citizen.origin == "greenlandic", block=False)
    d.say("Tlf. ", (m.phone(), TEL), ", adr. ", (home, ADR), "\n\n")
    key = next((k for k in VARIANTS if k in citizen.full), None)
    if key:
        d.say(
            "Tolken oplyser, at navnet i passet staves ",
            (citizen.full.replace(key, VARIANTS[key]), PER),
        )
        d.say(", i Folkeregistret ", (citizen.full, PER), ".\n")
    d.say("Borgeren forklarer gennem tolken at have lejet et værelse via Facebook Marketplace af ")
    d.say("en, der kaldte sig ", (m.name(seller, r.choice(("full", "first"))), PER))
    d.say(f", og betalt {m.amount()} i depositum med MobilePay til ", (m.phone(), TEL))
    d.say(". Adressen i annoncen var ", (m.address(block=False), ADR))
    d.say(", men der bor andre.\n")
    if r.random() < 0.65:
        d.say('Bagefter ringede en "bankmedarbejder" fra ', (m.phone(), TEL))
        d.say(" og fik borgerens MitID bruger-ID (", (m.mitid(citizen), MITID), ") og koden ")
        d.say((m.otp(), OTP), ".\n")
    if r.random() < 0.35:
        d.say("Borgeren læste sit kortnummer op: ", *card_parts(m, citizen), ".\n")
    relative = m.person(citizen.origin)
    d.say(
        r.choice(("Pårørende ", "Kontaktperson ", "Familiemedlem ")),
        (m.name(relative, "full"), PER),
        " (",
    )
    d.say((m.phone(), TEL), ") hjælper fremover med post fra e-Boks.\n\nAftalt: anmeldelse til ")
    d.say(f"politiet (1813/114, ikke akut), spærring via {r.choice(BANKS)} {r.choice(ORG_LINES)}. ")
    d.say(f"Sag BOL-2026-{r.randint(10000, 99999)}, opfølgning {m.when()}.")


FIELDS = ("id", "genre", "kind", "text", "spans")
BUILDERS: dict[str, Callable[[Doc, Maker], None]] = dict(
    zip(GENRES, (_marketplace, _rental, _email_thread, _calendar, _interpreter_note), strict=True)
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    """``size`` documents, ``NEGATIVE_SHARE`` of them negatives, genres in turn."""
    rng = random.Random(seed)
    maker = Maker(rng)
    negatives = round(size * NEGATIVE_SHARE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict[str, object]] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = Doc(rng, kind == "negative")
            BUILDERS[genre](doc, maker)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            dict(zip(FIELDS, (f"b11-{i:04d}", genre, kind, doc.text, doc.spans), strict=True))
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "data" / "pii_blind11.jsonl"
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
