"""Third blind generator of Danish text with labelled personal data (issue 18).

A held-out test set for the PII recognisers, written without looking at them, at their
name and street lists or at the earlier corpora. Where those are short fraud-team
one-liners, these are the longer documents people really send or write: e-mail threads
with quoted replies and disclaimers, transcribed phone calls, police reports with witness
lists, complaints to an appeals board, customer-service chats (lower case, no æøå),
spreadsheets pasted as text, forms and API logs, marketplace chats, "new number" SMS
threads and letters with address blocks. Negatives (about 35 %) are the same kinds of
document with the personal data left out, masked or anonymised; hard negatives (company
names with person names, street names without numbers, order ids, masked cards,
Luhn- and mod-97-failing numbers, non-birth dates) appear in both kinds.

Every identifier is synthetic: CPR numbers are generated (valid date, century rule),
cards are published test numbers, e-mail domains are example.dk/.com/.org. Each item has
its own random stream, so a smaller ``size`` gives a prefix of the full set.

    python -m bench.pii_blind2 OUT.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = 18_2025
SIZE = 2500
NEGATIVE_SHARE = 0.35
EMAIL_DOMAINS = ("example.dk", "example.com", "example.org")


def _names(text: str) -> list[str]:
    return list(dict.fromkeys(text.split()))


# --- Names: written for this generator, by origin and gender -------------------------------

FIRST = {
    ("dk", "f"): _names(
        """Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria Marianne Inge Karen Lone
        Bente Camilla Pia Louise Charlotte Jette Tina Gitte Ida Birgit Emma Julie Sofie Ellen
        Grethe Rikke Ulla Lise Ruth Dorthe Birthe Lotte Nanna Signe Cecilie Mathilde Freja
        Clara Alma Ella Agnes Olivia Karla Asta Ingrid Esther Gudrun Edith Else Erna Dagmar
        Valborg Ragnhild Gerda Inger Jytte Vibeke Merete Tove Aase Solveig Sidsel Trine Stine
        Line Maja Laura Josefine Frida Liva Vigga Luna Nora Molly Ronja Thea Anne-Marie Mona
        Yvonne Annette Connie Majbritt Pernille Sanne Malene Mia Sara Amalie Johanne Karoline
        Marie Astrid Bodil Henny Lilly Rigmor Kamma Sigrid Hedvig Ebba Lærke Filippa Selma
        Tilde Kathrine Sofia Emilie Christina Britt Hjørdis Magda Gurli"""
    ),
    ("dk", "m"): _names(
        """Peter Jens Lars Michael Henrik Søren Thomas Niels Jan Christian Martin Morten Anders
        Jesper Rasmus Mads Hans Per Ole Poul Erik Kim Jørgen Torben Carsten Klaus Steen Bent
        Flemming Frank Kurt Preben Finn Bjarne Svend Knud Aage Holger Viggo Egon Arne Erling
        Kaj Verner Gunnar Harald Valdemar Ejnar Helge Ib Bo Leif Palle Tage Oluf Noah Malthe
        William Oscar Lucas Victor Emil Alfred Carl Frederik Elias Aksel Magnus Oliver Villads
        Anton August Johan Theo Storm Bertram Sebastian Mikkel Kasper Jonas Simon Tobias
        Nikolaj Jakob Daniel Mathias Andreas Kristian Rune Kenneth Brian Dennis Allan René
        Johnny Asger Esben Troels Ulrik Vagn Gorm Thorkild Evald Jeppe Laurits Hugo Otto
        Felix Marius Albert Bjørn Sigurd Halfdan Axel"""
    ),
    ("new", "f"): _names(
        """Fatima Aisha Yasmin Leyla Zeynep Amira Mariam Noor Hiba Elif Ayşe Sana Agnieszka
        Katarzyna Oksana Svetlana Anh Linh Priya Hodan Samira Dilara Rana Nadia Shirin Aya"""
    ),
    ("new", "m"): _names(
        """Mohammed Ahmed Ali Hassan Omar Yusuf Mustafa Emre Mehmet Bilal Hamza Ibrahim Karim
        Tariq Arash Reza Dariusz Piotr Tomasz Andrzej Minh Raj Abdirahman Jamal Khaled Milad
        Burak Ivan"""
    ),
    ("gl", "f"): _names("Nivi Pipaluk Naja Ivalu Aviaja Arnaq Paninnguaq Najaaraq Malu Kimmernaq"),
    ("gl", "m"): _names("Aputsiaq Malik Inuk Kaali Aqqaluk Nuka Minik Kunuk Pavia Angunnguaq"),
    ("fo", "f"): _names("Turið Guðrun Rannvá Bjørg Ragna Marjun Jóhanna Sunneva Elin Beinta"),
    ("fo", "m"): _names("Jógvan Rúni Sjúrður Heðin Eyðun Hjalti Bárður Sámal Óli Tróndur Brandur"),
}

LAST = {
    "dk": _names(
        """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
        Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen
        Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen
        Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen
        Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Kjær Østergaard Jepsen
        Vestergaard Thygesen Søndergaard Dahl Bertelsen Kjeldsen Nørgaard Lassen Bech Friis
        Kjærgaard Lind Bach Dam Winther Mathiasen Bak Overgaard Krogh Storm Brandt Koch
        Graversen Munk Ravn Juhl Holst Bruun Lauritsen Berg Skov Mølgaard Enevoldsen
        Steffensen Hedegaard Villadsen Gregersen Thorsen Bisgaard Boesen Wagner Buch Dalgaard
        Damgaard Fischer Frandsen Greve Hald Hviid Høj Isaksen Kirkegaard Kofoed Lorentzen
        Mathiesen Munch Nygaard Pallesen Rask Riis Schou Sommer Toft Vinther Westergaard
        Aagaard Abildgaard Bang Beck Borup Carlsen Ebbesen Faber Frost Gade Gravesen
        Hemmingsen Hjort Husted Jessen Kragh Kruse Leth Lykke Mouritsen Nyborg Ottosen Qvist
        Rosenberg Skovgaard Thomassen Udsen Wulff Juul Kirk Bundgaard Lindholm Hougaard
        Ladefoged Bødker Kock Brix Aabye Hvidberg"""
    ),
    "new": _names(
        """Ahmed Ali Hussein Khan Yilmaz Demir Kaya Öztürk Çelik Şahin Hassan Mohamed Abdi
        Nguyen Tran Pham Kowalski Nowak Wiśniewski Lewandowski Kovačević Hodžić Begić
        Petrović Popescu Singh Patel Kumar Rahimi Hosseini Karimi Haddad Saleh Jama Warsame
        Ivanova Shevchenko"""
    ),
    "gl": _names(
        """Kleist Lynge Motzfeldt Berthelsen Heilmann Lyberth Kreutzmann Rosing Egede
        Fleischer Petrussen Kristiansen Olsen Zeeb Jeremiassen"""
    ),
    "fo": [
        *_names(
            """Joensen Johannesen Niclasen Højgaard Debes Poulsen Jacobsen Dam Mikkelsen
            Hansen Olsen Petersen Rasmussen Thomsen Danielsen Hammershaimb Ellefsen"""
        ),
        "á Rógvu",
        "í Líð",
        "av Reyni",
    ],
}
# Danish middle names are often surname-like ("Anne Kjær Jensen").
MIDDLE = _names("Kjær Holm Skov Lund Bach Dahl Bech Munk Juul Krogh Møller Kirk Bay Bak Toft")
ORIGINS = (("dk", 0.78), ("new", 0.14), ("gl", 0.04), ("fo", 0.04))

# --- Places --------------------------------------------------------------------------------

STREETS = {
    "dk": [
        *_names(
            """Vestergade Østergade Nørregade Søndergade Algade Jernbanegade Storegade
            Skolevej Kirkevej Møllevej Bakkevej Engvej Skovvej Birkevej Bøgevej Egevej
            Granvej Lærkevej Vibevej Solsikkevej Rosenvænget Lindealle Parkvej Stationsvej
            Havnegade Strandvejen Amagerbrogade Jagtvej Nørrebrogade Vesterbrogade Istedgade
            Blågårdsgade Roskildevej Hovedgaden Åboulevarden Silkeborgvej Viborgvej Randersvej
            Grenåvej Odensevej Hjallesevej Ryesgade Bredgade Tagensvej Frederikssundsvej
            Lyngbyvej Køgevej Slotsgade Torvegade Brogade Godthåbsvej Ellebjergvej Hvidovrevej
            Tomsgårdsvej Rentemestervej Smedevej Pilevej Hybenvej Ahornvej Hasselvej Fasanvej
            Agervej Toften Kærvej Højvangen Lyngvej Enghavevej Grundtvigsvej Mejlgade"""
        ),
        "Gammel Kongevej",
        "Frederiksberg Allé",
        "Kastanie Allé",
        "Dronningens Tværgade",
        "H.C. Andersens Boulevard",
        "Dronning Olgas Vej",
        "Peter Bangs Vej",
        "Niels Juels Gade",
        "Sct. Mathias Gade",
        "Valby Langgade",
        "Vigerslev Allé",
        "Herlev Hovedgade",
        "Sønder Boulevard",
        "Islands Brygge",
        "Gl. Køge Landevej",
        "Store Kongensgade",
    ],
    "gl": _names("Aqqusinersuaq Imaneq Qullilerfik Tuapannguit Issortarfimmut Eqqaavimmut"),
    "fo": ["Jónas Broncksgøta", "Tinghúsvegur", "Áarvegur", "Dalavegur", "Hoyvíksvegur"],
}
TOWNS = {
    "dk": """1050 København K|1620 København V|2100 København Ø|2200 København N|2300 København S
        |2400 København NV|2450 København SV|2500 Valby|2000 Frederiksberg|2700 Brønshøj
        |2720 Vanløse|2610 Rødovre|2650 Hvidovre|2730 Herlev|2800 Kongens Lyngby|2860 Søborg
        |2900 Hellerup|2920 Charlottenlund|3000 Helsingør|3400 Hillerød|4000 Roskilde
        |4200 Slagelse|4600 Køge|4700 Næstved|4800 Nykøbing F|5000 Odense C|5200 Odense V
        |5700 Svendborg|6000 Kolding|6100 Haderslev|6200 Aabenraa|6400 Sønderborg|6700 Esbjerg
        |7100 Vejle|7400 Herning|7500 Holstebro|7800 Skive|8000 Aarhus C|8200 Aarhus N
        |8210 Aarhus V|8270 Højbjerg|8600 Silkeborg|8700 Horsens|8800 Viborg|8900 Randers C
        |9000 Aalborg|9400 Nørresundby|9800 Hjørring|9900 Frederikshavn|3700 Rønne|5800 Nyborg
        |6950 Ringkøbing|7700 Thisted|9990 Skagen|3520 Farum|2630 Taastrup|2770 Kastrup
        |4300 Holbæk|8300 Odder""".replace("\n", "").split("|"),
    "gl": ["3900 Nuuk", "3911 Sisimiut", "3952 Ilulissat", "3920 Qaqortoq", "3913 Tasiilaq"],
    "fo": ["100 Tórshavn", "FO-100 Tórshavn", "700 Klaksvík", "800 Tvøroyri", "510 Gøta"],
}
TOWNS["dk"] = [t.strip() for t in TOWNS["dk"]]
COUNTRY = {"dk": "Danmark", "gl": "Grønland", "fo": "Færøerne"}
FLOORS = (
    ", st.", ", st. tv.", ", st. th.", " st. tv", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 4.",
    ", 1. sal", ", 2. sal", ", kl.", ", kl. th.", ", 2. th", " 1.tv", ", 3. th.",
)  # fmt: skip
BANKS = ("Fjordbanken", "Kystbanken", "Lyngå Sparekasse", "Nordvest Bank", "Hedebanken")
CARS = ("VW Golf", "Toyota Yaris", "Skoda Octavia", "Ford Transit", "Audi A4", "Tesla Model 3")

# Published test card numbers (payment-provider documentation), all Luhn-valid.
CARDS = (
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",
    "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
)  # fmt: skip
MONTHS = _names(
    "januar februar marts april maj juni juli august september oktober november december"
)
# Basic bank account number per country: (letters, digits) after the check digits.
IBAN_BBAN = {"DK": (0, 14), "FO": (0, 14), "GL": (0, 14), "DE": (0, 18), "SE": (0, 20),
             "NO": (0, 11), "FI": (0, 14), "NL": (4, 10), "GB": (4, 14)}  # fmt: skip


# --- The document builder ------------------------------------------------------------------


@dataclass(frozen=True)
class Pii:
    """A labelled value; ``alt`` is written instead in a negative document."""

    type: str
    value: str
    alt: str | None = None


STYLED = {"PERSON", "ADDRESS"}  # chat styles (lower case, no æøå) reach these values too


def masked(pii: Pii) -> str:
    """What a redacted document shows in place of a value nobody gave an ``alt`` for."""
    digits = "".join(c for c in pii.value if c.isdigit())
    return {
        "PERSON": "kunden",
        "ADDRESS": "[adresse udeladt]",
        "CPR": digits[:6] + "-XXXX",
        "PHONE": "** ** ** " + digits[-2:],
        "EMAIL": "[e-mail udeladt]",
        "IBAN": pii.value[:2] + "** **** **** **" + digits[-2:],
        "BANK_ACCOUNT": digits[:4] + "-******" + digits[-4:],
        "CARD": "**** **** **** " + digits[-4:],
        "CARD_EXPIRY": "**/**",
        "CARD_CVV": "***",
        "OTP": "[kode udeladt]",
        "MITID_USER": "[bruger-ID udeladt]",
        "DATE_OF_BIRTH": "**.**." + digits[-4:] if len(digits) == 8 else "[dato udeladt]",
        "NUMBER_PLATE": pii.value[:2] + " ** ***",
    }[pii.type]


class Doc:
    """Text built piece by piece; labelled pieces record their exact offsets."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.size = 0
        self.style: Callable[[str], str] = str
        self.quote = ""  # line prefix for quoted e-mail text

    def __call__(self, *pieces: str | Pii) -> Doc:
        for piece in pieces:
            if isinstance(piece, str):
                self._put(self.style(piece))
            elif self.negative:
                self._put(self.style(piece.alt if piece.alt is not None else masked(piece)))
            else:
                value = self.style(piece.value) if piece.type in STYLED else piece.value
                assert not (self.quote and "\n" in value), "a span may not cross a quote mark"
                self.spans.append(
                    {"type": piece.type, "start": self.size, "end": self.size + len(value)}
                )
                self._put(value, plain=False)
        return self

    def _put(self, text: str, plain: bool = True) -> None:
        if plain and self.quote:
            text = text.replace("\n", "\n" + self.quote)
        self.parts.append(text)
        self.size += len(text)

    def item(self) -> dict[str, object]:
        text = "".join(self.parts)
        kind = "negative" if self.negative else "positive"
        return {"text": text, "spans": self.spans, "kind": kind}


# --- Synthetic values ----------------------------------------------------------------------


def asciify(text: str, oe: str = "oe") -> str:
    """Danish typed on a foreign keyboard: æ→ae, ø→oe (or o), å→aa."""
    table = {"æ": "ae", "ø": oe, "å": "aa", "Æ": "Ae", "Ø": oe.capitalize(), "Å": "Aa"}
    return "".join(table.get(c, c) for c in text)


@dataclass
class Person:
    first: str
    middle: str
    last: str
    origin: str
    gender: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def region(self) -> str:
        return self.origin if self.origin in ("gl", "fo") else "dk"

    @property
    def he(self) -> str:
        return "hun" if self.gender == "f" else "han"


def person(rng: random.Random, origin: str | None = None, gender: str = "") -> Person:
    if origin is None:
        origin = rng.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
    gender = gender or rng.choice("fm")
    first = rng.choice(FIRST[(origin, gender)])
    surnames = LAST["dk" if origin == "new" and rng.random() < 0.2 else origin]
    last = rng.choice(surnames)
    roll = rng.random()
    if origin == "dk" and roll < 0.08:
        last = f"{rng.choice(MIDDLE)}-{last}"
    middle = ""
    if origin in ("dk", "fo") and roll > 0.75:
        pool = MIDDLE if rng.random() < 0.6 else FIRST[(origin, gender)]
        middle = rng.choice([n for n in pool if n not in (first, last)])
    return Person(first, middle, last, origin, gender)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def dk_number(rng: random.Random) -> str:
    prefix = rng.choice(_names("20 21 22 23 24 25 26 27 28 29 30 31 40 42 50 51 52 53 60 61 71 81"))
    return prefix + digits(rng, 6)


def group(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(text[i : i + size])
        i += size
    return sep.join(out)


def phone(rng: random.Random, region: str = "dk", foreign: bool = False) -> str:
    if foreign or region != "dk":
        code = {"gl": "fo_gl", "fo": "fo_gl"}.get(
            region, rng.choice(["se", "no", "de", "uk", "pl"])
        )
        n = {
            "fo_gl": f"+{298 if region == 'fo' else 299} {group(digits(rng, 6), (2, 2, 2))}",
            "se": f"+46 70 {group(digits(rng, 7), (3, 2, 2))}",
            "no": f"+47 4{digits(rng, 2)} {group(digits(rng, 5), (2, 3))}",
            "de": f"+49 15{rng.choice('12579')} {digits(rng, 8)}",
            "uk": f"+44 7700 900{digits(rng, 3)}",
            "pl": f"+48 {group('5' + digits(rng, 8), (3, 3, 3))}",
        }[code]
        return n.replace(" ", "") if rng.random() < 0.2 else n
    n = dk_number(rng)
    layouts = [
        (group(n, (2, 2, 2, 2)), 40), (n, 15), (group(n, (4, 4)), 10),
        ("+45 " + group(n, (2, 2, 2, 2)), 15), ("+45" + n, 7), ("0045 " + n, 4),
        ("+45 " + group(n, (4, 4)), 5), ("0045 " + group(n, (2, 2, 2, 2)), 4),
    ]  # fmt: skip
    return rng.choices([x for x, _ in layouts], [w for _, w in layouts])[0]


def birth_date(rng: random.Random, lo: int = 1931, hi: int = 2007) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


def cpr_serial(rng: random.Random, dob: date) -> str:
    """The last four CPR digits for ``dob``; the first of them follows the century rule."""
    yy = dob.year % 100
    if dob.year < 2000:
        sevenths = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    else:
        sevenths = ([4, 9] if yy <= 36 else []) + [5, 6, 7, 8]
    return f"{rng.choice(sevenths)}{digits(rng, 3)}"


def cpr(rng: random.Random, dob: date, serial: str = "") -> str:
    serial = serial or cpr_serial(rng, dob)
    yy = dob.year % 100
    head = f"{dob:%d%m}{yy:02d}"
    layouts = [
        (f"{head}-{serial}", 55), (head + serial, 20), (f"{head} {serial}", 10),
        (f"{head} - {serial}", 5), (f"{dob:%d.%m.}{yy:02d}-{serial}", 10),
    ]  # fmt: skip
    return rng.choices([x for x, _ in layouts], [w for _, w in layouts])[0]


def dob_text(rng: random.Random, dob: date, english: bool = False) -> str:
    if english:
        return rng.choice([f"{dob:%d/%m/%Y}", f"{dob:%Y-%m-%d}", f"{dob:%d.%m.%Y}"])
    return rng.choice(
        [
            f"{dob:%d.%m.%Y}",
            f"{dob:%d-%m-%Y}",
            f"{dob.day}/{dob.month}/{dob.year}",
            f"{dob.day}. {MONTHS[dob.month - 1]} {dob.year}",
            f"{dob:%Y-%m-%d}",
            f"{dob.day}.{dob.month}.{dob.year}",
        ]
    )


def street_line(rng: random.Random, region: str) -> str:
    name = rng.choice(STREETS[region])
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 250)]))
    if rng.random() < 0.15:
        number += rng.choice(["A", "B", "C", " B"])
    if region == "dk" and rng.random() < 0.5:
        number += rng.choice(FLOORS)
    elif region == "dk" and rng.random() < 0.1:
        number += f", lejl. {rng.randint(1, 60)}"
    return f"{name} {number}"


@dataclass
class Address:
    street: str
    town: str
    region: str

    def inline(self, rng: random.Random) -> str:
        sep = " " if rng.random() < 0.1 and not self.street.endswith(".") else ", "
        return self.street + sep + self.town

    @property
    def block(self) -> str:
        return f"{self.street}\n{self.town}"


def address(rng: random.Random, region: str = "dk") -> Address:
    return Address(street_line(rng, region), rng.choice(TOWNS[region]), region)


def email(rng: random.Random, who: Person | None = None) -> str:
    domain = rng.choice(EMAIL_DOMAINS)
    if who is None:
        local = rng.choice(["info", "svindel", "kundeservice", "kontakt", "sikkerhed"])
        return f"{local}@{domain}"
    first, last = (asciify(x, "o").lower().replace(" ", "") for x in (who.first, who.last))
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{rng.randint(60, 99)}",
            f"{last}.{first}",
            f"{first}_{last}{rng.randint(1, 9)}",
            f"{first}.{last[0]}",
        ]
    )
    local = "".join(c for c in local if c.isascii() and (c.isalnum() or c in "._"))
    return f"{local}@{domain}"


def mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban(rng: random.Random, country: str = "DK", valid: bool = True) -> str:
    letters, numbers = IBAN_BBAN[country]
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(letters))
    bban += digits(rng, numbers)
    check = 98 - mod97(bban + country + "00")
    if not valid:
        check = (check + rng.randint(1, 90)) % 97 + 2  # any other check fails mod 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.4:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def bank_account(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}{rng.choice('- ')}{digits(rng, 10)}"


def card(rng: random.Random) -> str:
    number = rng.choice(CARDS)
    sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(number), (4, 4, 4, 4)[: len(number) // 4])
    return rng.choice(
        [number, group(number, sizes), group(number, sizes, "-"), group(number, sizes)]
    )


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def bad_card(rng: random.Random) -> str:
    while True:
        number = rng.choice("4536") + digits(rng, 15)
        if not luhn_ok(number):
            return group(number, (4, 4, 4, 4))


def expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    return rng.choice([f"{month:02d}/{year}", f"{month:02d}-{year}", f"{month:02d}/20{year}"])


def otp(rng: random.Random) -> str:
    return digits(rng, rng.choice([6, 6, 6, 4, 8]))


def mitid_user(rng: random.Random, who: Person) -> str:
    first = asciify(who.first, "o").lower().replace("-", "")
    first = "".join(c for c in first if c.isascii() and c.isalnum()) or "bruger"
    word = rng.choice(["blaahval", "solsikke", "cykel", "havtorn", "regnbue", "fyrtaarn"])
    return rng.choice(
        [f"{first}{rng.randint(10, 99)}", f"{word}{rng.randint(1940, 2010)}", f"{first}.{word}"]
    )


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(2))
    num = f"{rng.randint(10, 99)}{digits(rng, 3)}"
    return rng.choice([f"{letters} {num[:2]} {num[2:]}", f"{letters}{num}"])


def when(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{day}. {MONTHS[month - 1]} 2025", f"{day:02d}.{month:02d}.2025"])


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}{rng.choice('.:')}{rng.randint(0, 59):02d}"


def price(rng: random.Random) -> str:
    amount = rng.choice([rng.randint(2, 99) * 50, rng.randint(1, 60) * 1000 + 500])
    text = f"{amount:,}".replace(",", ".")
    # No trailing full stop: prices often end a sentence.
    return rng.choice(
        [f"{text} kr", f"kr. {text},00", f"DKK {text}", f"{text},- kr", f"{text} kroner"]
    )


def case_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"2025-{digits(rng, 6)}",
            f"SAG-{rng.randint(10000, 99999)}",
            f"{rng.choice(['0100', '3700', '4400'])}-{rng.randint(70000, 89999)}-"
            f"{rng.randint(1, 999):05d}-25",
        ]
    )


# --- Hard negatives ------------------------------------------------------------------------


def distractor(rng: random.Random) -> str:
    """A sentence full of things that look like personal data and are not."""

    def n(k: int) -> str:
        return digits(rng, k)

    last4 = n(4)
    head = f"{birth_date(rng):%d%m%y}"
    options = [
        f"Vi kan mødes på Strøget ud for Helligåndskirken kl. {clock(rng)}.",
        "Jeg står ved Nørreport, lige ved cykelparkeringen.",
        "Bagefter spiste vi på Jensens Bøfhus ved Rådhuspladsen.",
        f"Stolen er en CH24 fra Carl Hansen & Søn, varenr. {n(6)}.",
        "Containeren kom med Mærsk fra Rotterdam i sidste uge.",
        "Hun har fødselsdag på lørdag, så vi holder fest i haven.",
        "Min far er født i 1950'erne og er ikke så vant til MitID.",
        f"Ordrenr. {rng.randint(3, 9)}{n(7)} blev leveret {when(rng)}.",
        f"Beløbet på {price(rng)} blev trukket {when(rng)} kl. {clock(rng)}.",
        f"Sagsnr. {case_no(rng)} bedes oplyst ved alle henvendelser.",
        f"Reg.nr. {rng.randint(1000, 9899)} er vores afdeling i Vejle.",
        f"Kortet, der ender på {last4}, er nu spærret.",
        f"Kortnummer: **** **** **** {last4} (udløbet)",
        f"Nummeret {bad_card(rng)} blev afvist, det er ikke et gyldigt kortnummer.",
        f"Kontoen {iban(rng, valid=False)} blev afvist (forkert kontrolciffer).",
        f"Læs mere på https://www.example.dk/svindel/{n(8)}?side={rng.randint(2, 9)}",
        "Postnumrene 1000-2990 hører under København.",
        "Han bor et sted på Amagerbrogade, men jeg ved ikke hvor.",
        "Jeg kørte ad Vesterbrogade mod Hovedbanegården.",
        "Hun er flyttet fra Peter Bangs Vej til Valby.",
        f"Årsopgørelsen for 2024 viste et fradrag på {price(rng)}.",
        f"Produktkode DK-{n(4)}-{n(2)} er desværre udsolgt.",
        "Banken beder dig aldrig om din kode i telefonen.",
        "Ring 112 ved fare for liv og 114 for at kontakte politiet.",
        f"Mødet er flyttet til tirsdag den {rng.randint(2, 28)}. maj kl. {clock(rng)}.",
        f"CPR-nr.: {head}-XXXX (skjult)",
        f"Tlf.: ** ** ** {n(2)}",
        "Vi købte et armbånd fra Georg Jensen og en lampe fra Louis Poulsen.",
        "Han arbejder hos Bang & Olufsen i Struer.",
        f"Kunde-nr. {rng.randint(2, 9)}{n(7)}, faktura {n(7)}.",
        "Tak fordi du handlede hos Søstrene Grene.",
        f"Appen er opdateret til version 3.{rng.randint(0, 9)}.{rng.randint(10, 40)}.",
        "Vi har åbent kl. 10-17, lørdag 10-14.",
        "Tilbuddet gælder børn født 2015-2017.",
        f"Referencenr. {rng.randint(40, 99)}{n(8)}",
        f"Tidsrum: {clock(rng)}-{clock(rng)}, i alt {rng.randint(2, 59)} min.",
        "Han bestilte bord på Peter Larsen Kaffe i Aarhus.",
        "Mødestedet er Kongens Nytorv ved metroen.",
    ]
    return rng.choice(options)


# --- Shared sentences about a fraud -----------------------------------------------------------


@dataclass
class Case:
    """The people and identifiers one document talks about, consistent within it."""

    rng: random.Random
    cust: Person
    staff: Person
    other: Person
    scammer: Person
    bank: str
    dob: date
    serial: str  # the CPR number's last four digits
    addr: Address
    mails: dict[str, str] = field(default_factory=dict)

    @classmethod
    def new(cls, rng: random.Random) -> Case:
        cust, dob = person(rng), birth_date(rng)
        return cls(
            rng=rng,
            cust=cust,
            staff=person(rng, "dk" if rng.random() < 0.8 else None),
            other=person(rng),
            scammer=person(rng, "dk", "m"),
            bank=rng.choice(BANKS),
            dob=dob,
            serial=cpr_serial(rng, dob),
            addr=address(rng, cust.region),
        )

    # Each value is fresh text (its layout varies) but the underlying identity is the doc's.
    def cpr(self) -> Pii:
        return Pii("CPR", cpr(self.rng, self.dob, self.serial))

    def dob_p(self, english: bool = False) -> Pii:
        return Pii("DATE_OF_BIRTH", dob_text(self.rng, self.dob, english))

    def phone(self, who: Person | None = None, foreign: bool = False) -> Pii:
        region = (who or self.cust).region
        return Pii("PHONE", phone(self.rng, region, foreign))

    def mail(self, who: Person | None = None) -> Pii:
        who = who or self.cust
        if who.full not in self.mails:  # one address per person and document
            self.mails[who.full] = email(self.rng, who)
        return Pii("EMAIL", self.mails[who.full])

    def name(self, who: Person, alt: str, form: str = "") -> Pii:
        value = {"first": who.first, "short": who.short}.get(form, who.full)
        return Pii("PERSON", value, alt)


@dataclass(frozen=True)
class Voice:
    """Who a fraud account is told by: "jeg" or a third person ("K", "anmelder")."""

    subj: str
    obj: str
    refl: str  # mit / sit: owned by the clause's own subject
    poss: str  # mit / hendes / hans: owned by the victim, another subject


def first_person() -> Voice:
    return Voice("jeg", "mig", "mit", "mit")


def third_person(subj: str, who: Person) -> Voice:
    female = who.gender == "f"
    return Voice(subj, "hende" if female else "ham", "sit", "hendes" if female else "hans")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fraud_story(c: Case, v: Voice, count: int) -> list[list[str | Pii]]:
    """``count`` sentences of a fraud account, each a list of pieces."""
    rng = c.rng
    s = cap(v.subj)
    code = rng.choice(["engangskode ", "engangskode: ", "sms-kode ", "koden er ", "koden var "])
    cvv = rng.choice([" og kontrolcifre ", ", cvc ", " og sikkerhedskode ", ", CVV "])
    foreign = rng.choice(list(IBAN_BBAN))
    story: list[list[str | Pii]] = [
        [f"{s} blev ringet op af ", c.name(c.scammer, "en mand"),
         f", der sagde, at han var fra {c.bank}s svindelafdeling."],
        [f"Han bad {v.obj} oplyse {v.refl} kortnummer, og {v.subj} gav ham ",
         Pii("CARD", card(rng)), " med udløb ", Pii("CARD_EXPIRY", expiry(rng)), cvv,
         Pii("CARD_CVV", digits(rng, 3)), "."],
        [f"Bagefter kom der en sms, og {v.subj} læste den op: {code}", Pii("OTP", otp(rng)), "."],
        [f"{s} overførte {price(rng)} til konto ", Pii("BANK_ACCOUNT", bank_account(rng)),
         ", som han sagde var en sikker konto."],
        ["Pengene gik videre til en konto i udlandet, IBAN ", Pii("IBAN", iban(rng, foreign)), "."],
        [f"Han kendte allerede {v.poss} CPR-nummer, ", c.cpr(), f", og det gjorde {v.obj} tryg."],
        [f"{s} skulle også oplyse {v.refl} bruger-ID til MitID: ",
         Pii("MITID_USER", mitid_user(rng, c.cust)), "."],
        ["Nummeret, han ringede fra, var ",
         Pii("PHONE", phone(rng, foreign=rng.random() < 0.5), "skjult"), "."],
        [f"Senere kom en kurér i en {rng.choice(CARS)} med nummerpladen ",
         Pii("NUMBER_PLATE", plate(rng)), f" og hentede {v.poss} kort."],
        [f"Han sagde, at {v.poss} adresse stod som ",
         Pii("ADDRESS", c.addr.inline(rng), "en gammel adresse"), " i systemet."],
        [f"{s} fik at vide, at ", c.name(c.other, "en kollega", "short"),
         " fra banken ville ringe tilbage."],
    ]  # fmt: skip
    picked = rng.sample(story, min(count, len(story)))
    if rng.random() < 0.5:
        picked.insert(rng.randrange(len(picked) + 1), [distractor(rng)])
    return picked


def say(d: Doc, sentences: list[list[str | Pii]], sep: str = " ") -> None:
    for i, sentence in enumerate(sentences):
        d(*([sep] if i else []), *sentence)


# --- Number words for transcripts ----------------------------------------------------------

ONES = _names("nul en to tre fire fem seks syv otte ni")
TEENS = _names("ti elleve tolv tretten fjorten femten seksten sytten atten nitten")
TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds",
        8: "firs", 9: "halvfems"}  # fmt: skip


def spoken_pair(rng: random.Random, pair: str) -> str:
    a, b = int(pair[0]), int(pair[1])
    if a == 0 or rng.random() < 0.3:
        return f"{ONES[a]} {ONES[b]}"
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else f"{ONES[b]}og{TENS[a]}"


def spoken(rng: random.Random, number: str) -> str:
    """Digits read aloud in pairs, as a transcriber writes them (not labelled)."""
    pairs = [number[i : i + 2] for i in range(0, len(number), 2)]
    return ", ".join(spoken_pair(rng, p) for p in pairs)


# --- Genres ---------------------------------------------------------------------------------

DISCLAIMER = (
    "Denne e-mail kan indeholde fortrolige oplysninger. Har du modtaget den ved en fejl, "
    "bedes du give afsender besked og slette den. {bank} A/S, CVR-nr. {cvr}."
)


def signature(d: Doc, c: Case, who: Person) -> None:
    d("Med venlig hilsen\n", c.name(who, "Svindelteamet"), f"\nSvindelbekæmpelse | {c.bank}\n")
    if c.rng.random() < 0.7:
        d("Direkte: ", Pii("PHONE", phone(c.rng), "70 XX XX XX"), "\n")
    if c.rng.random() < 0.5:
        d("Skriv til os: ", Pii("EMAIL", email(c.rng), "via netbanken"), "\n")
    d(DISCLAIMER.format(bank=c.bank, cvr=digits(c.rng, 8)), "\n")


def genre_email(d: Doc, c: Case) -> None:
    rng = c.rng
    d("Fra: ", c.name(c.cust, "Kunde"), " <", c.mail(), ">\n")
    d(f"Sendt: {when(rng)} {clock(rng)}\n")
    d("Til: ", c.name(c.staff, "Svindel"), " <", c.mail(c.staff), ">\n")
    d(f"Emne: SV: Mistænkelig transaktion – sag {case_no(rng)}\n\n")
    d("Hej ", c.name(c.staff, "der", "first"), "\n\n" if rng.random() < 0.7 else ",\n")
    say(d, fraud_story(c, first_person(), rng.randint(2, 4)))
    d(rng.choice(["\nI kan ringe til mig på ", "\nMit nummer er "]), c.phone(), ".\n\n")
    d(rng.choice(["Venlig hilsen\n", "Mvh\n", "Hilsen\n"]))
    d(c.name(c.cust, "", rng.choice(["first", "short", ""])), "\n\n")
    d(f"Den {when(rng)} kl. {clock(rng)} skrev ", c.name(c.staff, "Svindelteamet"))
    d(" <", c.mail(c.staff), ">:\n> ")
    d.quote = "> "
    d("Kære ", c.name(c.cust, "kunde", rng.choice(["first", ""])), "\n\n")
    d(f"Vi har spærret dit kort efter en mistænkelig betaling på {price(rng)}. ")
    d("Vil du svare på denne mail med en kort beskrivelse af, hvad der er sket? ")
    d(distractor(rng), "\n\n")
    signature(d, c, c.staff)
    d.quote = ""


def turn(d: Doc, speaker: str, *pieces: str | Pii) -> None:
    d(f"{speaker}: ", *pieces, "\n")


def genre_call(d: Doc, c: Case) -> None:
    rng = c.rng
    m, k = rng.choice([("M", "K"), ("Medarbejder", "Kunde"), ("Rådgiver", "Opkalder")])

    def fill() -> str:
        return rng.choice(["øh, ", "øhm ", "altså ", "", "", "ja "])

    d(f"Transskription af opkald – {c.bank}, svindelafdelingen\n")
    d(f"Dato: {when(rng)}, kl. {clock(rng)}. ")
    d(f"Varighed {rng.randint(3, 19)}:{rng.randint(0, 59):02d}. Sagsnr. {case_no(rng)}\n\n")
    turn(d, m, f"{c.bank}, det er ", c.name(c.staff, "svindelafdelingen", "first"), ", hvad så?")
    turn(d, k, f"Ja hej, {fill()}det er ", c.name(c.cust, "mig", rng.choice(["", "short"])),
         f", jeg tror {fill()}at jeg er blevet snydt.")  # fmt: skip
    turn(d, m, "Det er jeg ked af at høre. Fortæl mig, hvad der er sket.")
    for head, *rest in fraud_story(c, first_person(), rng.randint(1, 3)):
        filler = fill()
        if filler and isinstance(head, str):
            head = head[:1].lower() + head[1:]
        turn(d, k, filler, head, *rest)
        turn(d, m, rng.choice(["Okay.", "Mm.", "Ja, det forstår jeg.", "Og hvad skete der så?"]))
    turn(d, m, "Må jeg lige bede om dit CPR-nummer?")
    number = f"{c.dob:%d%m%y}{c.serial}"
    if rng.random() < 0.5:
        turn(d, k, f"Ja, {fill()}det er ", c.cpr(), ".")
    else:
        turn(d, k, f"Ja det er {spoken(rng, number[:6])}, {fill()}{spoken(rng, number[6:])}.")
    turn(d, m, "Tak. Og hvilket nummer kan vi ringe tilbage på?")
    if rng.random() < 0.5:
        callback = Pii("PHONE", group(dk_number(rng), (2, 2, 2, 2)), "det samme som sidst")
        turn(d, k, cap(f"{fill()}det er "), callback, ".")
    else:
        turn(d, k, f"Det er {spoken(rng, dk_number(rng))}. [pause] Har du det?")
    turn(d, m, f"Ja. Jeg spærrer kortet nu, det der ender på {digits(rng, 4)}. ",
         "Du får et nyt inden for 5-7 hverdage.")  # fmt: skip
    turn(
        d, k, rng.choice(["[utydeligt] ... tak for hjælpen.", "Tusind tak. Hej hej.", "Okay, tak."])
    )


def genre_police(d: Doc, c: Case) -> None:
    rng = c.rng
    who = c.cust
    station = rng.choice(["Station City", "Aarhus Politigård", "Døgnvagten", "Nuuk Politistation"])
    d(f"ANMELDELSE – BEDRAGERI (straffelovens § 279)\nJournalnr.: {case_no(rng)}\n")
    d(f"Modtaget: {when(rng)} kl. {clock(rng)}, {station}\n\n")
    d("Anmelder: ", c.name(who, "[navn udeladt]"), "\n")
    if rng.random() < 0.6:
        d(rng.choice(["CPR-nr.: ", "Personnr.: "]), c.cpr(), "\n")
    else:
        d("Født: ", c.dob_p(), "\n")
    d("Adresse: ", Pii("ADDRESS", c.addr.inline(rng), "[adresse udeladt]"), "\n")
    d("Tlf.: ", c.phone(), "\n\nForklaring:\n")
    d(f"Anmelder forklarede, at {who.he} den {when(rng)} ved {clock(rng)}-tiden ")
    d("var på vej hjem fra Strøget. ")
    say(d, fraud_story(c, third_person(rng.choice(["anmelder", who.he]), who), rng.randint(2, 4)))
    d(f"\nAnmelder har lidt et samlet tab på {price(rng)}.\n\n")
    d(rng.choice(["Vidner:\n", "Vidneliste:\n"]))
    for i in range(rng.randint(1, 3)):
        w = person(rng)
        d(f"{i + 1}. ", c.name(w, f"Vidne {i + 1}"), ", ")
        if rng.random() < 0.5:
            d("f. ", Pii("DATE_OF_BIRTH", dob_text(rng, birth_date(rng)), "[udeladt]"), ", ")
        d(Pii("ADDRESS", address(rng, w.region).inline(rng), "adresse kendt af politiet"))
        d(", tlf. ", Pii("PHONE", phone(rng, w.region), "[udeladt]"), "\n")
    d("\nAnmeldelsen er optaget af politiassistent ", c.name(c.other, "[underskrift]", "short"))
    d(".\n")


def genre_complaint(d: Doc, c: Case) -> None:
    rng = c.rng
    k, ks = rng.choice([("K", "K's"), ("klager", "klagers")])
    d(f"Til Det Finansielle Ankenævn\n\nKlage over {c.bank} A/S\n\n")
    d("Klager: ", c.name(c.cust, "K (navn udeladt)"), "\n")
    d("Adresse: ", Pii("ADDRESS", c.addr.inline(rng), "udeladt"), "\n")
    d("E-mail: ", c.mail(), "\n")
    if rng.random() < 0.5:
        d("Telefon: ", c.phone(), "\n")
    d("\nSagens fremstilling\n")
    if k == "K":
        d("I det følgende kaldes klager K. ")
    d(f"Den {when(rng)} modtog {k} en sms, der så ud til at komme fra {c.bank}. ")
    say(d, fraud_story(c, third_person(k, c.cust), rng.randint(2, 4)))
    d(f"\n\n{cap(k)} gør gældende, at {c.bank} burde have stoppet betalingerne, ")
    d(f"da de afveg fra {ks} normale forbrug. ")
    d(f"{c.bank} har anført, at {k} har handlet groft uagtsomt ved at oplyse koden. ")
    d(distractor(rng), "\n\n")
    d(f"Bilag:\n1. Kontoudtog for perioden {when(rng)} til {when(rng)}\n")
    d(f"2. Politianmeldelse, journalnr. {case_no(rng)}\n\n")
    d(f"{rng.choice(['Aarhus', 'København', 'Odense', 'Vejle'])}, {when(rng)}\n")
    d(c.name(c.cust, "[underskrift]"), "\n")


def chat_style(rng: random.Random) -> Callable[[str], str]:
    oe, lower = rng.choice(["oe", "o"]), rng.random() < 0.7
    if rng.random() < 0.6:
        return lambda s: asciify(s.lower() if lower else s, oe)
    return (lambda s: s.lower()) if lower else str


CHAT_OPENERS = (
    "jeg har faet en sms om at mit kort er lukket?? 😟",
    "har lige opdaget en betaling jeg ikk kender",
    "nogen har brugt mit kort!!! 😡",
    "kan i se om min konto er ok",
    "min mor er blevet snydt tror jeg, hun er 84",
)


def genre_chat(d: Doc, c: Case) -> None:
    rng = c.rng
    agent = c.name(c.staff, "Kundeservice", "first")
    styled = chat_style(rng)
    hour, minute = rng.randint(8, 21), rng.randint(0, 40)

    def line(who: str | Pii, *pieces: str | Pii, customer: bool = False) -> None:
        nonlocal minute
        minute = min(minute + rng.randint(0, 2), 59)
        d(f"[{hour:02d}:{minute:02d}] ", who, ": ")
        d.style = styled if customer else str
        d(*pieces, "\n")
        d.style = str

    line("Kunde", rng.choice(["hej ", "Hej! ", "hejsa "]), rng.choice(CHAT_OPENERS), customer=True)
    line(agent, "Hej 😊 Det hjælper jeg gerne med. Må jeg bede om dit fulde navn og dit tlf.nr.?")
    who = c.name(c.cust, "det er mig", rng.choice(["", "short"]))
    line("Kunde", who, " ", c.phone(), customer=True)
    line(agent, "Tak for det, ", c.name(c.cust, "så er jeg klar", "first"), ". Hvad er sket?")
    for sentence in fraud_story(c, first_person(), rng.randint(1, 3)):
        line("Kunde", *sentence, rng.choice(["", " 🙏", " 😭", " ...", "!!"]), customer=True)
    if rng.random() < 0.5:
        where = Pii("ADDRESS", c.addr.inline(rng), "den gamle adresse")
        line("Kunde", rng.choice(["min adresse er ", "adr: ", "jeg bor på "]), where, customer=True)
    done = rng.choice(["Jeg har spærret kortet nu 👍", "Jeg sender din sag til svindelteamet."])
    line(agent, done, " ", distractor(rng))
    line("Kunde", rng.choice(["tak", "tusind tak!!", "ok tak 👍", "super"]), customer=True)


HEADER_CASES: tuple[Callable[[str], str], ...] = (str.upper, str.capitalize, str)
SHEET_COLUMNS = ("cpr", "email", "fødselsdato", "kontonr", "beløb", "kunde-id")


def sheet_row(rng: random.Random, c: Case) -> dict[str, str | Pii]:
    p, dob = person(rng), birth_date(rng)
    a = address(rng, p.region)
    town_code, _, town = a.town.partition(" ")
    return {
        "navn": c.name(p, "***"),
        "adresse": Pii("ADDRESS", a.street, "***"),  # postcode and town have cells of their own
        "postnr": town_code,
        "by": town,
        "tlf": Pii("PHONE", phone(rng, p.region), "***"),
        "mobil": Pii("PHONE", phone(rng, p.region), ""),
        "cpr": Pii("CPR", cpr(rng, dob), f"{dob:%d%m%y}-XXXX"),
        "email": Pii("EMAIL", email(rng, p), "***"),
        "fødselsdato": Pii("DATE_OF_BIRTH", dob_text(rng, dob), str(dob.year)),
        "kontonr": Pii("BANK_ACCOUNT", bank_account(rng), f"{rng.randint(1000, 9899)}-******"),
        "beløb": price(rng),
        "kunde-id": f"{rng.randint(2, 9)}{digits(rng, 7)}",
    }


def genre_sheet(d: Doc, c: Case) -> None:
    rng = c.rng
    sep = rng.choice([";", "\t", ";"])
    cols = ["navn", "adresse", "postnr", "by", rng.choice(["tlf", "mobil"])]
    cols += rng.sample(SHEET_COLUMNS, rng.randint(1, 3))
    case = rng.choice(HEADER_CASES)
    d(rng.choice(["Her er listen fra regnearket:\n\n", "Eksport fra kundesystemet:\n", ""]))
    d(sep.join(case(col) for col in cols), "\n")
    for _ in range(rng.randint(2, 7)):
        row = sheet_row(rng, c)
        for i, col in enumerate(cols):
            d(*([sep] if i else []), row[col])
        d("\n")
    if rng.random() < 0.5:
        d(f"\n{distractor(rng)}\n")


def json_obj(d: Doc, pairs: list[tuple[str, str | Pii | int]]) -> None:
    d("{")
    for i, (key, value) in enumerate(pairs):
        d(f'{", " if i else ""}"{key}": ')
        if isinstance(value, int):
            d(str(value))
        else:
            d('"', value, '"')
    d("}")


FORM_TITLES = (
    "Skadesanmeldelse – misbrug af betalingskort",
    "Kontaktformular",
    "Indsigelse mod kortbetaling",
)


def form_fields(rng: random.Random, c: Case) -> list[tuple[str, str | Pii]]:
    return [
        ("Navn", c.name(c.cust, "")),
        (rng.choice(["Fødselsdato", "Født"]), c.dob_p()),
        ("CPR-nummer", c.cpr()),
        ("Adresse", Pii("ADDRESS", c.addr.inline(rng), "")),
        (rng.choice(["Telefon", "Mobil", "Tlf."]), c.phone()),
        ("E-mail", c.mail()),
        ("Kortnummer", Pii("CARD", card(rng), "")),
        (rng.choice(["Udløbsdato", "Gyldig til"]), Pii("CARD_EXPIRY", expiry(rng), "")),
        (rng.choice(["CVC", "Kontrolcifre"]), Pii("CARD_CVV", digits(rng, 3), "")),
        ("Reg.nr. og kontonr.", Pii("BANK_ACCOUNT", bank_account(rng), "")),
        ("IBAN", Pii("IBAN", iban(rng, rng.choice(["DK", "DK", "FO", "GL", "DE"])), "")),
        ("MitID bruger-ID", Pii("MITID_USER", mitid_user(rng, c.cust), "")),
        ("Ordrenr.", f"{rng.randint(3, 9)}{digits(rng, 7)}"),
        ("Beløb", price(rng)),
    ]


def api_log(d: Doc, c: Case) -> None:
    rng = c.rng
    ts = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{clock(rng).replace('.', ':')}"
    ts += f":{rng.randint(10, 59)}.{digits(rng, 3)}Z"
    d(f"{ts} INFO payments.api request_id={digits(rng, 8)}f POST /v2/payments ")
    customer: list[tuple[str, str | Pii | int]] = [
        ("name", c.name(c.cust, "[redacted]")),
        ("email", c.mail()),
        ("phone", Pii("PHONE", phone(rng).replace(" ", ""), "[redacted]")),
        (rng.choice(["birthdate", "date_of_birth"]), c.dob_p(english=True)),
    ]
    json_obj(d, rng.sample(customer, rng.randint(2, 4)))
    d(f"\n{ts} INFO payments.api card ")
    number = card(rng).replace(" ", "")
    json_obj(d, [
        ("number", Pii("CARD", number, "************" + number[-4:])),
        ("exp", Pii("CARD_EXPIRY", expiry(rng), "**/**")),
        ("cvc", Pii("CARD_CVV", digits(rng, 3), "***")),
        ("amount", rng.randint(1000, 999999)), ("currency", "DKK"),
        ("order_id", "9" + digits(rng, 9)),
    ])  # fmt: skip
    d(f"\n{ts} WARN fraud.score score=0.{digits(rng, 2)} rule=velocity_{rng.randint(1, 9)}\n")


def genre_form(d: Doc, c: Case) -> None:
    rng = c.rng
    if rng.random() < 0.4:
        api_log(d, c)
        return
    d(f"{rng.choice(FORM_TITLES)}\nIndsendt: {when(rng)} {clock(rng)}\n\n")
    for key, value in rng.sample(form_fields(rng, c), rng.randint(4, 9)):
        d(f"{key}: ", value, "\n")
    d("Beskrivelse: ")
    say(d, fraud_story(c, first_person(), rng.randint(1, 2)))
    d("\n")


MARKET_ITEMS = (
    "Barnevogn Emmaljunga", "iPhone 13, 128 GB", "Sofabord i eg", 'Cykel Kildemoes 28"',
    "PlayStation 5", "Vinterjakke str. 38", "Spisebordsstole (4 stk.)",
)  # fmt: skip
PAY_LINK = "Jeg har betalt via DAO. Klik på linket og indtast dit kort for at modtage pengene 👍 "


def genre_market(d: Doc, c: Case) -> None:
    rng = c.rng
    seller, buyer = c.cust, c.scammer
    site = rng.choice(["Facebook Marketplace", "DBA", "Facebook Marketplace"])
    d(f"[Skærmbillede – {site}]\n{rng.choice(MARKET_ITEMS)} · {price(rng)}\n\n")

    def msg(who: Person, *pieces: str | Pii) -> None:
        name = c.name(who, "Sælger" if who is seller else "Køber", "short")
        if rng.random() < 0.5:
            d(name, f" · {clock(rng)}\n", *pieces, "\n\n")
        else:
            d(name, ": ", *pieces, "\n")

    msg(buyer, "Hej er den stadig til salg?")
    msg(seller, rng.choice(["Ja 🙂", "Jep den er her endnu", "Ja, du kan hente den i weekenden"]))
    msg(buyer, "Super. Jeg kan ikke selv hente, jeg sender et fragtfirma. Hvad er adr og nr?")
    where = Pii("ADDRESS", c.addr.inline(rng), "Vi kan mødes ved Nørreport st.")
    msg(seller, where, ", ", c.phone())
    msg(buyer, PAY_LINK, f"https://dao-levering.example.com/{digits(rng, 6)}")
    if rng.random() < 0.6:
        msg(
            seller,
            "Jeg har skrevet ",
            Pii("CARD", card(rng), "kortnummeret"),
            " men den vil have en kode?",
        )
        msg(buyer, "Ja skriv bare koden fra banken, det er helt normalt")
        msg(seller, rng.choice(["koden er ", "kode "]), Pii("OTP", otp(rng), "på vej"))
    if rng.random() < 0.4:
        car = f"Chaufføren kommer i en hvid {rng.choice(CARS)}, nummerplade "
        msg(buyer, car, Pii("NUMBER_PLATE", plate(rng)))
    msg(seller, distractor(rng))


def genre_sms(d: Doc, c: Case) -> None:
    rng = c.rng
    child = person(rng, c.cust.origin if c.cust.origin != "fo" else "dk")
    parent = rng.choice(["mor", "far", "mormor", "farfar"])
    sender = Pii("PHONE", phone(rng, foreign=rng.random() < 0.2), "Ukendt nummer")
    d(rng.choice(["Ukendt afsender\n", ""]), sender, f"\nI dag {clock(rng)}\n")
    d(f"Hej {parent} det er mig, jeg har fået nyt nummer 😊 min gamle telefon faldt i vandet. ")
    d("Gem lige det her nummer\n> Hvem er det?\n")
    d("Det er ", c.name(child, "dit yndlingsbarn", "first"), " selvfølgelig 😅\n")
    d("Kan du hjælpe mig med en regning? ", price(rng), ", den skal betales i dag og min ")
    d("bank-app virker ikke på den nye telefon\n")
    d(rng.choice(["Reg og konto: ", "Kontonr.: ", "Konto "]))
    d(Pii("BANK_ACCOUNT", bank_account(rng), "sender jeg om lidt"), "\n")
    d("Modtager: ", c.name(c.other, "en ven"), "\n")
    if rng.random() < 0.5:
        d("> Jeg ringer lige til dig på dit gamle nummer ", Pii("PHONE", phone(rng), "nu"), "\n")
        d("Nej nej den virker ikke!! Skriv bare her\n")
    answer = rng.choice(["Ok jeg overfører nu", "Jeg tror ikke på dig", "Jeg spørger lige din far"])
    d(f"> {answer}\n")
    if rng.random() < 0.5:
        d(f"\n{c.bank}: Din engangskode er ", Pii("OTP", otp(rng), "sendt"))
        d(". Del den aldrig med andre – heller ikke med banken.\n")
    d(distractor(rng), "\n")


RECIPIENTS = ("Jensens Bøfhus A/S", "Carl Hansen & Søn Møbelfabrik A/S", "A.P. Møller - Mærsk A/S",
              "Peter Larsen Kaffe A/S", "Brødrene Dahl A/S")  # fmt: skip
LETTER_SUBJECTS = (
    "Spærring af dit betalingskort",
    "Svar på din indsigelse",
    "Din sag om misbrug",
)


def genre_letter(d: Doc, c: Case) -> None:
    rng = c.rng
    d(f"{c.bank} A/S\nPostboks {rng.randint(100, 999)}\n{rng.choice(TOWNS['dk'])}\n\n")
    if d.negative:  # a company recipient: a person's name in its name, a PO box, no address
        d(f"{rng.choice(RECIPIENTS)}\nAtt.: Bogholderiet\nPostboks {rng.randint(100, 999)}\n")
        d(f"{rng.choice(TOWNS['dk'])}\n")
    else:
        d(c.name(c.cust, ""), "\n")
        if rng.random() < 0.25:
            d("c/o ", c.name(c.other, ""), "\n")
        d(Pii("ADDRESS", c.addr.block), "\n")
        if rng.random() < 0.4 or c.addr.region != "dk":
            d(COUNTRY[c.addr.region], "\n")
    d(f"\n{rng.choice(['Aarhus', 'København', 'Aalborg'])}, {when(rng)}\n\n")
    d(f"Vedr.: {rng.choice(LETTER_SUBJECTS)} (sagsnr. {case_no(rng)})\n\n")
    d("Kære ", c.name(c.cust, "kunde", rng.choice(["first", ""])), "\n\n")
    d(f"Vi skriver til dig, fordi vi den {when(rng)} registrerede betalinger på {price(rng)}, ")
    d(f"som du har afvist. Kortet, der ender på {digits(rng, 4)}, er spærret, og et nyt kort ")
    d("er sendt til adressen ovenfor. ")
    if rng.random() < 0.5:
        d(
            "Vi har registreret dit CPR-nr. ",
            c.cpr(),
            " og telefonnummer ",
            c.phone(),
            " på sagen. ",
        )
    d(distractor(rng), "\n\nMed venlig hilsen\n\n")
    d(
        c.name(c.staff, "Kundeservice", rng.choice(["", "short"])),
        f"\nSvindelbekæmpelse, {c.bank}\n",
    )


GENRES: list[Callable[[Doc, Case], None]] = [
    genre_email, genre_call, genre_police, genre_complaint, genre_chat,
    genre_sheet, genre_form, genre_market, genre_sms, genre_letter,
]  # fmt: skip


def one(seed: int, index: int) -> dict[str, object]:
    rng = random.Random(f"{seed}:{index}")
    d = Doc(negative=rng.random() < NEGATIVE_SHARE)
    GENRES[index % len(GENRES)](d, Case.new(rng))
    item = d.item()
    assert d.negative or item["spans"], "a positive document without a span"
    return item


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    return [one(seed, i) for i in range(size)]


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit("usage: python -m bench.pii_blind2 OUT.jsonl")
    lines = (json.dumps(item, ensure_ascii=False) for item in generate())
    Path(argv[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
