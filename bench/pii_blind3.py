"""A fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators, so
it can serve as a held-out test set. The genres are ones a redactor meets but earlier sets
probably lack: OCR of scanned letters (hyphenated line breaks, stray characters), insurance
claims, tenancy complaints, HR cases, GDPR access requests, partly anonymised decisions,
mixed Danish-English mail, SMS screenshots, hospital letters and municipal letters.

Conventions (exact offsets are scored):
- Values broken by an OCR hyphen across lines are left unlabelled; OCR noise ("l" for "1",
  stray marks) touches only unlabelled text.
- ADDRESS runs from the street name through number, letter, floor and side ("1. tv.", "st."),
  plus ", postcode town" on the same line or the directly following line of an address
  block (newline included). A town without postcode is not part of the span. "c/o" and
  "Postboks" lines are not addresses.
- An organisation's address, phone and e-mail in a letterhead are labelled by their form.
- Placeholders ("klageren A", "[navn]") and names inside organisation names are never
  labelled; a street named after a person is an ADDRESS only with a house number.

``python -m bench.pii_blind3 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import string
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 180_318
SIZE = 2000
NEGATIVE_SHARE = 0.35


def _words(text: str) -> list[str]:
    return text.split()


MALE = _words("""
Peter Michael Lars Thomas Jens Henrik Søren Christian Niels Anders Morten Jesper Jan Mads
Rasmus Per Hans Mikkel Kim Ole Frederik Jørgen Johannes Kasper Nikolaj Carsten Torben Erik
Jakob Poul Simon Kristian Bent Allan Brian Finn Emil Lasse Jonas Steen Tobias Bo Claus Flemming
Mathias Daniel Benjamin Kurt Knud Karsten Jacob Alexander Oliver William Noah Lucas Victor
Magnus Oscar Malthe Elias Aksel Carl Valdemar Felix Sebastian Anton August Theo Arthur Alfred
Villads Gustav Sigurd Storm Bjarne Preben Leif Svend Arne Kaj Palle Ib Tage Helge Ejnar Vagn
Aage Holger Gunnar Dennis René Jimmy Kenneth Ronni Tommy Jørn Keld Mogens Uffe Troels Esben
Asger Bjørn Rune Kristoffer Philip Sune Ulrik Jannik Frank Henning Birger Villy Mohammad Ali
Ahmad Hassan Omar Yusuf Mehmet Piotr Tomasz Mustafa Ibrahim Adam Marcus Silas Laurits Hjalte
Bertram Johan Anker Otto Erling Egon Verner Viggo Ejvind Kristen Aske Jeppe Thorbjørn
""")
FEMALE = _words("""
Anne Kirsten Mette Hanne Helle Anna Susanne Lene Maria Marianne Lone Camilla Pia Louise
Charlotte Tina Gitte Bente Inge Karen Jette Birgitte Ida Julie Emma Sofie Laura Freja Clara
Alma Ella Karla Josefine Agnes Ellen Frida Asta Olivia Nora Alberte Isabella Mathilde Cecilie
Maja Signe Line Nanna Trine Rikke Christina Stine Malene Heidi Dorthe Lisbeth Grethe Ingrid
Else Ruth Birthe Jytte Winnie Merete Annette Tove Lis Vibeke Ulla Ane Katrine Sara Emilie
Amalie Caroline Mille Sofia Liv Vigga Esther Lærke Astrid Marie Maiken Tanja Sanne Janni Dorte
Connie Ditte Sidsel Kamilla Mia Nadia Fatima Aisha Leyla Ayse Agnieszka Katarzyna Zeynep Hiba
Yasmin Margrethe Inger Hanna Bodil Edith Gudrun Solveig Ragnhild Kirstine Johanne Petrea Sigrid
Gry Mona Helene Britt Bettina Henriette Lykke Rebekka Silje Thea Aya Filippa Johanne Malou
Villa Ronja Sille Naja Vilma Dagmar Evelyn Anja Randi Tenna Jannie
""")
SURNAMES = _words("""
Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen
Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm
Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Vestergaard Mogensen Nissen
Lauridsen Kjær Jespersen Carlsen Søndergaard Mathiasen Dahl Østergaard Berg Thygesen Lassen
Kjeldsen Kristoffersen Bach Nørgaard Karlsen Friis Damgaard Bak Nygaard Dam Andresen Gregersen
Bertelsen Toft Riis Winther Danielsen Juhl Koch Bech Enevoldsen Lindberg Ravn Hougaard
Lorentzen Overgaard Brandt Bruun Eskildsen Steffensen Schou Kjærgaard Boesen Villadsen Ibsen
Bang Frandsen Skov Krogh Bundgaard Holst Kirkegaard Sommer Bonde Mouritsen Jepsen Hedegaard
Munk Lindholm Krag Fischer Dalgaard Nøhr Vinther Lykke Birk Rask Buch Hvid Mølgaard Hjorth
Stougaard Abildgaard Borup Bisgaard Gade Frost Hald Ladefoged Bjerre Høj Aagaard Jessen Leth
Lauritsen Beck Nordentoft Holmgaard Kofoed Ahmed Ali Hussein Khan Yilmaz Kaya Nowak Kowalski
Nguyen Ibrahim Hassan Mohamed Demir Öztürk Wiśniewski Mathiesen Thorsen Bundesen Ebbesen Fog
Gram Grønbæk Hauge Hviid Kragh Kjeldgaard Lindgaard Lund-Hansen Bech-Jensen Holm-Nielsen Mørch
Nørskov Pallesen Pilgaard Qvist Rosenkilde Rytter Schultz Skovgaard Stampe Storgaard Sloth
Thomasen Tranberg Ulriksen Vad Valentin Vestergård Wagner Wulff Østergård Aaberg Agerskov
Baunsgaard Bendtsen Bjerregaard Blom Brix Bugge Busk Christoffersen Degn Dinesen Duus Egholm
Eliasen Elkjær Fabricius Feldt Folmer Frydendal Gjerløv Glud Graversen Hammer Harbo Hedegård
Helms Hermansen Hjort Houmann Husted Jakobsen-Ravn Juul Kamp Kirk
""")
FOREIGN_FIRST = _words("""
John Emily Sarah James Katarzyna Piotr Marco Giulia Sabine Pierre Sophie Raj Priya Sven Lukas
Ana João Hannah Matthew Chloe Wojciech Elena Stefan Claire
""")
FOREIGN_LAST = _words("""
Smith Müller Kowalski Rossi Dubois Patel Andersson Lindqvist Schneider O'Brien García Novak
Brown Wilson Becker Moreau Santos Bianchi Murphy Weber
""")

STREET_LIST = [
    *_words("""
Vestergade Nørregade Østergade Søndergade Algade Torvegade Kirkevej Skolevej Møllevej
Stationsvej Engvej Bakkevej Skovvej Birkevej Egevej Bøgevej Lindevej Ahornvej Kastanievej
Rosenvej Violvej Tulipanvej Fasanvej Vibevej Lærkevej Strandvejen Hovedgaden Jernbanegade
Havnegade Storegade Bredgade Vesterbrogade Nørrebrogade Amagerbrogade Jagtvej Tietgensgade
Ryesgade Åboulevarden Silkeborgvej Randersvej Viborgvej Vejlevej Horsensvej Holstebrovej
Odensevej Svendborgvej Roskildevej Køgevej Slagelsevej Hillerødvej Lyngbyvej Kongevejen
Dronningensgade Prinsensgade Kongensgade Klostergade Brogade Åvej Toftevej Agerhønevej
Mejerivej Smedevej Industrivej Fabriksvej Marievej Tværgade Parkvej Parkallé Nyvej Solvej
Grønnegade Fiskergade Skippergade Sølvgade Valdemarsgade Istedgade Blegdamsvej Ravnsborggade
Rolighedsvej Tordenskjoldsgade
"""),
    "Falkoner Allé",
    "Frederiksberg Allé",
    "Gammel Kongevej",
    "Niels Juels Gade",
    "H.C. Andersens Boulevard",
    "Sankt Hans Gade",
    "Sankt Knuds Vej",
    "Gl. Landevej",
    "Ved Stranden",
    "Ved Søen",
    "Store Kongensgade",
    "Palle Juul-Jensens Boulevard",
    "Frederiks Allé",
    "Christian IX's Gade",
    "Lille Torv",
    "Ny Munkegade",
    "Blichers Allé",
    "Kaj Munks Vej",
    "Grundtvigs Vej",
]
POSTTOWNS = """1050 København K|1620 København V|2100 København Ø|2200 København N|2300 København S
|2400 København NV|2450 København SV|2500 Valby|2600 Glostrup|2700 Brønshøj|2720 Vanløse
|2800 Kongens Lyngby|2900 Hellerup|2920 Charlottenlund|3000 Helsingør|3400 Hillerød|3650 Ølstykke
|4000 Roskilde|4600 Køge|4700 Næstved|4800 Nykøbing F|5000 Odense C|5200 Odense V|5700 Svendborg
|6000 Kolding|6100 Haderslev|6200 Aabenraa|6400 Sønderborg|6700 Esbjerg|7100 Vejle|7400 Herning
|7500 Holstebro|7800 Skive|8000 Aarhus C|8200 Aarhus N|8210 Aarhus V|8600 Silkeborg|8700 Horsens
|8800 Viborg|8900 Randers C|9000 Aalborg|9200 Aalborg SV|9800 Hjørring|9900 Frederikshavn
|3700 Rønne|2000 Frederiksberg|2630 Taastrup|2750 Ballerup|4200 Slagelse|5500 Middelfart
|7000 Fredericia|8300 Odder|9500 Hobro""".replace("\n", "")
POST_LIST = [p.strip() for p in POSTTOWNS.split("|")]
RURAL = [
    ("Vester Nebel", "6040 Egtved"),
    ("Tirstrup", "8400 Ebeltoft"),
    ("Vrads", "8654 Bryrup"),
    ("Lindved", "7100 Vejle"),
    ("Over Jerstal", "6500 Vojens"),
    ("Nørre Snede", "8766 Nørre Snede"),
    ("Stubbekøbing Overdrev", "4850 Stubbekøbing"),
    ("Ulfborg Kirkeby", "6990 Ulfborg"),
]
TOWNS_NO_POST = _words("""
Ølstykke Hvidovre Gentofte Skanderborg Ry Kalundborg Nakskov Lemvig Tønder
""")
FLOORS_DOT = ["1. tv.", "1.tv.", "2. th.", "st.", "st. tv.", "3. mf.", "kl.", "4. th.", "2.tv."]
FLOORS_BARE = ["1. th", "2. tv", "st. th", "3. tv", "1 tv", "st"]

# Organisations whose names carry a person's name: never PERSON.
NAMED_ORGS = [
    "Jensens Bøfhus",
    "Hans Christian Andersen Airport",
    "Niels Bohr Institutet",
    "Carlsberg",
    "Tycho Brahe Planetarium",
    "Karen Blixen Museet",
    "H.C. Ørsted Værket",
    "Georg Jensen",
    "Ole Lynggaard Copenhagen",
    "Rigshospitalet",
    "Mærsk Mc-Kinney Møller Instituttet",
    "Thorvaldsens Museum",
]
# Street names used as places without a number: never ADDRESS.
PLACES = [
    "Strøget",
    "Vesterbrogade",
    "Nørrebrogade",
    "Jagtvej",
    "Strandvejen",
    "Åboulevarden",
    "H.C. Andersens Boulevard",
    "Kongens Nytorv",
    "Rådhuspladsen",
    "Istedgade",
]
ORG_NAMES = [
    "Boligforeningen Lindegården",
    "Andelsboligforeningen Solgården",
    "Nordlys Forsikring A/S",
    "Dansk Hjem Forsikring",
    "Borgerservice",
    "Kommunens Ydelsescenter",
    "Byggefirmaet Holmegaard ApS",
    "Tandlægerne i Centrum",
    "Regionshospitalet Nordvest",
    "Ankenævnet for Boligsager",
]
EMAIL_DOMAINS = ["example.dk", "example.com", "example.org"]
# Published test card numbers (Luhn-valid), grouped as card issuers print them.
TEST_CARDS = [
    "4111 1111 1111 1111",
    "4111111111111111",
    "5555 5555 5555 4444",
    "4012 8888 8888 1881",
    "5105 1051 0510 5100",
    "4242 4242 4242 4242",
    "3782 822463 10005",
    "6011 1111 1111 1117",
    "5200 8282 8282 8210",
    "4000 0566 5566 5556",
    "5454545454545454",
]
MONTHS = "januar februar marts april maj juni juli august september oktober november december"
MONTH_DA = MONTHS.split()
MONTH_EN = "January February March April May June July August September October November December"
MONTH_EN_LIST = MONTH_EN.split()
OCR_STRAY = ["'", "·", "¦", "~", ",", "`"]


@dataclass(frozen=True)
class Pii:
    """A value to label: its type and its text exactly as written."""

    kind: str
    text: str


class Doc:
    """Builds one text and its spans; literal text may pass through an OCR-noise filter."""

    def __init__(self, noise=None):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.noise = noise

    def add(self, template: str, **values: str | Pii) -> Doc:
        for literal, field, _, _ in string.Formatter().parse(template):
            self._put(self.noise(literal) if self.noise and literal else literal)
            if field is None:
                continue
            value = values[field]
            if isinstance(value, Pii):
                self.spans.append(
                    {"type": value.kind, "start": self.size, "end": self.size + len(value.text)}
                )
                self._put(value.text)
            else:
                self._put(self.noise(value) if self.noise else value)
        return self

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def item(self) -> dict:
        kind = "positive" if self.spans else "negative"
        return {"text": "".join(self.parts), "spans": self.spans, "kind": kind}


# --- identifiers -------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """Mail-safe spelling: æ ø å as ae oe aa, other accents dropped."""
    folded = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalnum() or c in ".-")


def century_digit(rng: random.Random, born: date) -> int:
    """A 7th CPR digit whose century rule gives back the birth year (born 1900-2057)."""
    yy = born.year % 100
    if born.year < 2000:
        return rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    return rng.choice(([4, 9] if yy <= 36 else []) + [5, 6, 7, 8])


def birth_date(rng: random.Random) -> date:
    """Adults and teenagers: born 1928-2009."""
    first = date(1928, 1, 1)
    return first + timedelta(days=rng.randrange((date(2009, 12, 31) - first).days))


def cpr(rng: random.Random, born: date) -> str:
    digits = f"{born:%d%m%y}"
    tail = f"{century_digit(rng, born)}{rng.randrange(1000):03d}"
    sep = rng.choices(["-", "", " "], weights=[7, 2, 1])[0]
    return digits + sep + tail


def dob_text(rng: random.Random, born: date, english: bool = False) -> str:
    if english:
        return rng.choice(
            [
                f"{born.day} {MONTH_EN_LIST[born.month - 1]} {born.year}",
                f"{born:%d/%m/%Y}",
                f"{born:%Y-%m-%d}",
            ]
        )
    return rng.choice(
        [
            f"{born:%d.%m.%Y}",
            f"{born.day}. {MONTH_DA[born.month - 1]} {born.year}",
            f"{born.day}/{born.month}-{born.year}",
            f"{born:%d-%m-%Y}",
            f"{born:%d.%m.%y}",
        ]
    )


def dk_phone(rng: random.Random, prefix: bool | None = None) -> str:
    d = str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9])) + "".join(
        str(rng.randrange(10)) for _ in range(7)
    )
    body = rng.choice(
        [
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            d,
            f"{d[:4]} {d[4:]}",
            f"{d[:3]} {d[3:5]} {d[5:]}",
            f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}",
        ]
    )
    if prefix is None:
        prefix = rng.random() < 0.3
    if not prefix:
        return body
    return rng.choice(["+45 ", "+45", "0045 "]) + body


def foreign_phone(rng: random.Random) -> str:
    n = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
    return rng.choice(
        [
            f"+46 70 {n(3)} {n(2)} {n(2)}",
            f"+49 151 {n(8)}",
            f"+44 7700 900{n(3)}",
            f"+47 4{n(2)} {n(2)} {n(3)}",
            f"+48 5{n(2)} {n(3)} {n(3)}",
            f"+1 555 01{n(2)}",
            f"+31 6 {n(8)}",
        ]
    )


def email(rng: random.Random, first: str, last: str) -> str:
    f, s = _ascii(first), _ascii(last)
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f}{s[:1]}",
            f"{f[:2]}{s[:2]}",
            f"{f}{rng.randrange(60, 99)}",
            f"{f}_{s}",
            f"{s}.{f}",
        ]
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def iban(rng: random.Random, country: str = "DK") -> str:
    lengths = {"DK": 14, "DE": 18, "NO": 11, "SE": 20, "NL": 14, "FI": 14}
    if country == "NL":
        bban = "ABNA" + "".join(str(rng.randrange(10)) for _ in range(10))
    else:
        bban = "".join(str(rng.randrange(10)) for _ in range(lengths[country]))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def bank_account(rng: random.Random) -> str:
    reg = f"{rng.randrange(1000, 9999)}"
    konto = "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 10, 8, 7])))
    return reg + rng.choice(["-", " "]) + konto


def plate(rng: random.Random) -> str:
    letters = "ABCDEFHJKLMNOPRSTUVXYZ"
    a = rng.choice(letters) + rng.choice(letters)
    d = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    return rng.choice([f"{a} {d[:2]} {d[2:]}", f"{a}{d}", f"{a} {d}"])


def otp(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(rng.choice([6, 6, 6, 4, 8])))


def mitid_user(rng: random.Random, first: str, last: str) -> str:
    f, s = _ascii(first).replace("-", ""), _ascii(last).replace("-", "")
    return rng.choice(
        [
            f"{f}.{s[:1]}{rng.randrange(10, 99)}",
            f"{f}{s}{rng.randrange(1950, 2005)}",
            f"{f[:3].upper()}{s[:3].upper()}{rng.randrange(10, 99)}",
            f"{s}_{f[:1]}",
        ]
    )


def expiry(rng: random.Random) -> str:
    m, y = rng.randrange(1, 13), rng.randrange(26, 33)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"])


# --- people and addresses ----------------------------------------------------------------


@dataclass
class Person:
    first: str
    name: str
    last: str
    born: date


def person(rng: random.Random, foreign: bool = False) -> Person:
    if foreign:
        first, last = rng.choice(FOREIGN_FIRST), rng.choice(FOREIGN_LAST)
        return Person(first, f"{first} {last}", last, birth_date(rng))
    first = rng.choice(MALE if rng.random() < 0.5 else FEMALE)
    last = rng.choice(SURNAMES)
    shape = rng.random()
    if shape < 0.2:
        middle = rng.choice(SURNAMES + MALE[:20] + FEMALE[:20])
        name = f"{first} {middle} {last}"
    elif shape < 0.28:
        name = f"{first} {rng.choice(SURNAMES)} {last}"
    else:
        name = f"{first} {last}"
    return Person(first, name, last, birth_date(rng))


def house(rng: random.Random) -> str:
    n = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 200)]))
    r = rng.random()
    if r < 0.15:
        return n + rng.choice("ABCD")
    if r < 0.22:
        return f"{n} {rng.choice('ABC')}"
    return n


def address(rng: random.Random, style: str | None = None) -> str:
    """One address as written; "block" puts the postcode line under the street line."""
    street = f"{rng.choice(STREET_LIST)} {house(rng)}"
    style = style or rng.choice(["street", "floor", "post", "floorpost", "rural", "block"])
    if style == "street":
        return street
    if style == "floor":
        return street + rng.choice([" ", ", "]) + rng.choice(FLOORS_DOT)
    if style == "rural":
        locality, post = rng.choice(RURAL)
        return f"{street}, {locality}, {post}"
    floor = ""
    if rng.random() < 0.5:
        floor = rng.choice([" ", ", "]) + rng.choice(FLOORS_DOT + FLOORS_BARE)
    if style == "block":
        return f"{street}{floor}\n{rng.choice(POST_LIST)}"
    return f"{street}{floor}, {rng.choice(POST_LIST)}"


def hyphen_break(rng: random.Random, word: str) -> str:
    """A word split by an OCR line-end hyphen (left unlabelled)."""
    cut = rng.randrange(3, max(4, len(word) - 2))
    return f"{word[:cut]}-\n{word[cut:]}"


def ocr_noise(rng: random.Random):
    def noisy(text: str) -> str:
        out = []
        for i, c in enumerate(text):
            if c == "1" and rng.random() < 0.4:
                c = "l"
            elif c == "0" and rng.random() < 0.2:
                c = "O"
            elif c == "m" and rng.random() < 0.05:
                c = "rn"
            out.append(c)
            if c == "\n" and i + 1 < len(text) and rng.random() < 0.15:
                out.append(rng.choice(OCR_STRAY) + " ")
        return "".join(out)

    return noisy


def some_date(rng: random.Random, year: int = 2025) -> str:
    d = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    return rng.choice(
        [f"{d:%d.%m.%Y}", f"{d.day}. {MONTH_DA[d.month - 1]} {d.year}", f"{d:%d-%m-%Y}"]
    )


def case_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randrange(20, 26)}/{rng.randrange(1000, 99999):05d}",
            f"{rng.randrange(2022, 2026)}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}",
            f"SAG-{rng.randrange(100000, 999999)}",
        ]
    )


def policy_number(rng: random.Random) -> str:
    a, b, c = rng.randrange(10, 99), rng.randrange(100, 999), rng.randrange(100, 999)
    return rng.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"])


def amount(rng: random.Random) -> str:
    kr = rng.randrange(150, 90000)
    return rng.choice(
        [
            f"{kr:,}".replace(",", ".") + ",00 kr",
            f"kr. {kr:,}".replace(",", "."),
            f"{kr} kr",
            f"DKK {kr:,}".replace(",", "."),
        ]
    )


def hard_numbers(rng: random.Random) -> str:
    """A line of numbers that look like personal data but are not."""
    d8 = "".join(str(rng.randrange(10)) for _ in range(8))
    return rng.choice(
        [
            f"Policenummer {policy_number(rng)}",
            f"CVR-nr. {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}",
            f"CVR {d8}",
            f"SE-nr. {d8}",
            f"P-nummer {rng.randrange(1_000_000_000, 1_099_999_999)}",
            f"EAN-nr. 5798{rng.randrange(10**8, 10**9)}",
            f"Ordrenr. {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}",
            f"Kundenummer {d8}",
            f"J.nr. {case_number(rng)}",
            f"Fakturanr. {rng.randrange(100000, 999999)}",
            f"Kort: **** **** **** {rng.randrange(1000, 9999)}",
            f"CPR-nr.: {rng.randrange(10, 29)}{rng.randrange(10, 13)}{rng.randrange(40, 99)}-XXXX",
            f"Konto: ****{rng.randrange(1000, 9999)}",
            f"Skadenummer SK-{rng.randrange(2022, 2026)}-{rng.randrange(100000, 999999)}",
            f"Track & trace 00370{rng.randrange(10**14, 10**15)}",
            f"Beløb {amount(rng)}",
            f"Sagsnr. {case_number(rng)}",
        ]
    )


def named_org(rng: random.Random) -> str:
    return rng.choice(NAMED_ORGS)


# --- genres ------------------------------------------------------------------------------
# Each genre returns a Doc; positive=False writes the same genre with only look-alikes.

KOMMUNER = [
    "Aarhus Kommune",
    "Vejle Kommune",
    "Odense Kommune",
    "Aalborg Kommune",
    "Køge Kommune",
    "Herning Kommune",
    "Frederiksberg Kommune",
    "Egedal Kommune",
]
HOSPITALS = [
    "Aarhus Universitetshospital",
    "Regionshospitalet Gødstrup",
    "Odense Universitetshospital",
    "Sjællands Universitetshospital",
    "Hvidovre Hospital",
    "Aalborg Universitetshospital",
    "Sygehus Lillebælt",
]
CARS = [
    "grå Skoda Octavia",
    "hvid Toyota Yaris",
    "sort VW Golf",
    "rød Peugeot 208",
    "blå Tesla Model 3",
    "sølvfarvet Ford Focus",
    "hvid Citroën Berlingo varevogn",
]


def addr(rng: random.Random, *styles: str) -> Pii:
    return Pii("ADDRESS", address(rng, rng.choice(styles) if styles else None))


def inline_addr(rng: random.Random) -> Pii:
    """An address that can stand inside a sentence (no line break)."""
    return addr(rng, "street", "floor", "post", "floorpost", "rural")


def letterhead(rng: random.Random, org: str, d: Doc) -> None:
    d.add("{org}\n", org=org)
    if rng.random() < 0.25:
        d.add(
            "Postboks {box}\n{post}\n", box=str(rng.randrange(100, 999)), post=rng.choice(POST_LIST)
        )
    else:
        d.add("{a}\n", a=addr(rng, "block"))
    d.add("Tlf. {t}", t=Pii("PHONE", dk_phone(rng)))
    if rng.random() < 0.6:
        d.add(
            " · {e}",
            e=Pii(
                "EMAIL",
                f"{rng.choice(['post', 'kontakt', 'info', 'sekretariat'])}"
                f"@{rng.choice(EMAIL_DOMAINS)}",
            ),
        )
    d.add("\n{hn}\n\n", hn=hard_numbers(rng))


def recipient(rng: random.Random, p: Person, d: Doc) -> None:
    if rng.random() < 0.15:
        d.add(
            "{n}\nc/o {c}\n{a}\n\n",
            n=Pii("PERSON", p.name),
            c=Pii("PERSON", person(rng).name),
            a=addr(rng, "block"),
        )
    else:
        d.add("{n}\n{a}\n\n", n=Pii("PERSON", p.name), a=addr(rng, "block"))


def g_ocr_letter(rng: random.Random, positive: bool) -> Doc:
    d = Doc(ocr_noise(rng))
    org = rng.choice(ORG_NAMES + KOMMUNER)
    broken = hyphen_break(rng, rng.choice([s for s in STREET_LIST if " " not in s]))
    if not positive:
        d.add(
            "{org}\n\nBLANKET {n}\n\nNavn: ______________________\nCPR-nr.: ______-____\n"
            "Adresse: ____________________________\n\n{hn}\nDato: {dt}\n\n"
            "Bemærk: Formularen sendes til vores kontor på {broken} senest {dt2}. "
            "Spørgsmål om {org2} rettes til sekretariatet.\nSide l af 2",
            org=org,
            n=str(rng.randrange(10, 99)),
            hn=hard_numbers(rng),
            dt=some_date(rng),
            broken=broken,
            dt2=some_date(rng),
            org2=named_org(rng),
        )
        return d
    p = person(rng)
    letterhead(rng, org, d)
    recipient(rng, p, d)
    d.add(
        "Dato: {dt}\nJ.nr.: {cn}\n\nKære {f}\n\n",
        dt=some_date(rng),
        cn=case_number(rng),
        f=Pii("PERSON", p.first),
    )
    d.add(
        "Vi har modtaget dit brev af {dt} om forholdene på {broken} {no}. "
        "Vi skal bede dig indsende kopi af dokumentationen inden 14 dage.\n",
        dt=some_date(rng),
        broken=broken,
        no=house(rng),
    )
    if rng.random() < 0.6:
        d.add(
            "Vi har noteret dit CPR-nr. {c} og dit telefonnummer {t}.\n",
            c=Pii("CPR", cpr(rng, p.born)),
            t=Pii("PHONE", dk_phone(rng)),
        )
    if rng.random() < 0.4:
        d.add(
            "Beløbet på {am} udbetales til reg.nr. og kontonr. {b}\n",
            am=amount(rng),
            b=Pii("BANK_ACCOUNT", bank_account(rng)),
        )
    d.add(
        "\nMed venlig hilsen\n\n{s}\n{role}\n",
        s=Pii("PERSON", person(rng).name),
        role=rng.choice(["sagsbehandler", "Sekretariatet", "fuldmægtig"]),
    )
    return d


def g_insurance(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    kind = rng.choice(["Bilskade", "Indbrud", "Vandskade", "Cykeltyveri", "Ansvarsskade"])
    if not positive:
        d.add(
            "Notat – {kind}\n{hn}\nPolicenummer {pol}\nAnmeldt {dt}. Taksator besigtiger {dt2}. "
            "Skaden skete på parkeringspladsen ved {org} på {place}. Erstatning {am}, "
            "selvrisiko {am2}. Ordrenr. hos værkstedet {ordre}. Sagen afsluttes.",
            kind=kind,
            hn=hard_numbers(rng),
            pol=policy_number(rng),
            dt=some_date(rng),
            dt2=some_date(rng),
            org=named_org(rng),
            place=rng.choice(PLACES),
            am=amount(rng),
            am2=amount(rng),
            ordre=f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} "
            f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        )
        return d
    p = person(rng)
    d.add(
        "SKADESANMELDELSE – {kind}\n\nPolicenummer: {pol}\nForsikringstager: {n}\n",
        kind=kind,
        pol=policy_number(rng),
        n=Pii("PERSON", p.name),
    )
    fields = [
        ("CPR-nr.: {v}\n", Pii("CPR", cpr(rng, p.born))),
        ("Adresse: {v}\n", inline_addr(rng)),
        ("Telefon: {v}\n", Pii("PHONE", dk_phone(rng))),
        ("E-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
        ("Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
    ]
    for tmpl, value in rng.sample(fields, rng.randrange(2, len(fields) + 1)):
        d.add(tmpl, v=value)
    d.add("Skadedato: {dt}\n", dt=some_date(rng))
    if kind == "Bilskade":
        other = person(rng)
        d.add(
            "\nHændelsesforløb: Jeg holdt for rødt i krydset ved {place}, da en {car} med "
            "nummerpladen {pl} kørte ind i min bil bagfra. Føreren, {o}, oplyste "
            "telefonnummer {t}.\nMin egen bil har registreringsnummer {pl2}.\n",
            place=rng.choice(PLACES),
            car=rng.choice(CARS),
            pl=Pii("NUMBER_PLATE", plate(rng)),
            o=Pii("PERSON", other.name),
            t=Pii("PHONE", dk_phone(rng)),
            pl2=Pii("NUMBER_PLATE", plate(rng)),
        )
    else:
        d.add(
            "\nHændelsesforløb: Skaden blev opdaget, da jeg kom hjem til {a}, og naboen "
            "{o} havde set vand løbe ned ad trappen.\n",
            a=inline_addr(rng),
            o=Pii("PERSON", person(rng).first),
        )
    d.add("\nUdbetaling til reg.nr. og kontonr.: {b}\n", b=Pii("BANK_ACCOUNT", bank_account(rng)))
    if rng.random() < 0.5:
        d.add(
            "\nIntern note ({dt}): Talt med kunden på {t}. {hn}. Erstatning {am} godkendt af "
            "{h}.\n",
            dt=some_date(rng),
            t=Pii("PHONE", dk_phone(rng)),
            hn=hard_numbers(rng),
            am=amount(rng),
            h=Pii("PERSON", person(rng).name),
        )
    return d


def g_tenancy(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    org = rng.choice([*ORG_NAMES[:2], "Ejendomsselskabet Toftegaard ApS"])
    if not positive:
        d.add(
            "Til alle beboere i afdeling {n}\n\nVandet lukkes i opgang {o1}-{o2} mandag fra "
            "kl. 8 til 14. Vaskeriet i kælderen under opgang {o1} er lukket i uge {wk}. "
            "Afdelingsmødet holdes i fælleshuset på {street}. Henvendelser til {org}, "
            "Postboks {box}. Husleje for {mnd}: {am}.\n{hn}",
            n=str(rng.randrange(1, 40)),
            o1=str(rng.randrange(2, 20)),
            o2=str(rng.randrange(20, 40)),
            wk=str(rng.randrange(1, 52)),
            street=rng.choice(STREET_LIST),
            org=org,
            box=str(rng.randrange(100, 999)),
            mnd=rng.choice(MONTH_DA),
            am=amount(rng),
            hn=hard_numbers(rng),
        )
        return d
    p = person(rng)
    d.add(
        "Til {org}\n\nKlage over {issue}\n\n",
        org=org,
        issue=rng.choice(["støj fra naboen", "manglende varme", "skimmelsvamp", "vedligeholdelse"]),
    )
    if rng.random() < 0.3:
        street = f"{rng.choice(STREET_LIST)} {house(rng)}"
        d.add(
            "Jeg, {n}, er lejer af lejemålet beliggende {a}, {town}, ",
            n=Pii("PERSON", p.name),
            a=Pii("ADDRESS", street),
            town=rng.choice(TOWNS_NO_POST),
        )
    else:
        d.add(
            "Jeg, {n}, er lejer af lejemålet beliggende {a}, ",
            n=Pii("PERSON", p.name),
            a=inline_addr(rng),
        )
    d.add(
        "og har været det siden {dt}. Lejeren i {a} har gentagne gange spillet høj musik "
        "efter kl. 23. Jeg har talt med viceværten {v} om det flere gange.\n\n",
        dt=some_date(rng, 2021),
        a=addr(rng, "floor"),
        v=Pii("PERSON", person(rng).first),
    )
    if rng.random() < 0.4:
        d.add("Udlejer er {u}, {ua}\n", u=Pii("PERSON", person(rng).name), ua=addr(rng, "block"))
    if rng.random() < 0.4:
        d.add(
            "Depositum ønskes tilbagebetalt til reg.nr. og kontonr. {b}\n",
            b=Pii("BANK_ACCOUNT", bank_account(rng)),
        )
    if rng.random() < 0.3:
        d.add("Ny adresse fra {dt}:\n{a}\n", dt=some_date(rng), a=addr(rng, "block"))
    d.add(
        "Jeg kan kontaktes på {t} eller {e}\n\nVenlig hilsen\n{f}\n",
        t=Pii("PHONE", dk_phone(rng)),
        e=Pii("EMAIL", email(rng, p.first, p.last)),
        f=Pii("PERSON", rng.choice([p.first, p.name])),
    )
    return d


def g_hr(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    if not positive:
        d.add(
            "Personalehåndbog, afsnit {n}\n\nLøn udbetales den sidste bankdag i måneden til den "
            "lønkonto, du har oplyst i medarbejderportalen. Løntrin {lt}, {am} pr. måned. "
            "Pensionsbidrag {pct} %. Sygemelding sker til nærmeste leder inden kl. 8. "
            "Julefrokosten holdes i år hos {org}. {hn}.",
            n=str(rng.randrange(2, 12)),
            lt=str(rng.randrange(20, 50)),
            am=amount(rng),
            pct=str(rng.randrange(8, 18)),
            org=named_org(rng),
            hn=hard_numbers(rng),
        )
        return d
    foreign = rng.random() < 0.2
    p = person(rng, foreign)
    d.add(
        "PERSONALESAG – FORTROLIGT\n\nMedarbejder: {n}\nMedarbejdernr.: {mn}\n",
        n=Pii("PERSON", p.name),
        mn=str(rng.randrange(1000, 99999)),
    )
    fields = [
        ("CPR-nr.: {v}\n", Pii("CPR", cpr(rng, p.born))),
        ("Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
        ("Adresse: {v}\n", inline_addr(rng)),
        ("Privat e-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
        ("Mobil: {v}\n", Pii("PHONE", foreign_phone(rng) if foreign else dk_phone(rng))),
    ]
    for tmpl, value in rng.sample(fields, rng.randrange(2, len(fields) + 1)):
        d.add(tmpl, v=value)
    if foreign:
        d.add("Lønkonto (IBAN): {v}\n", v=Pii("IBAN", iban(rng, rng.choice(["DE", "SE", "NL"]))))
    else:
        d.add("Lønkonto, reg.nr. og kontonr.: {v}\n", v=Pii("BANK_ACCOUNT", bank_account(rng)))
    leader = person(rng)
    d.add(
        "Leder: {l}\nNærmeste pårørende: {r}, tlf. {t}\n\nNotat {dt}: {f} har været "
        "sygemeldt siden {dt2}. Samtale afholdt med {lf} og tillidsrepræsentant {tr}. "
        "Løn under sygdom {am}. {hn}.\n",
        l=Pii("PERSON", leader.name),
        r=Pii("PERSON", person(rng).name),
        t=Pii("PHONE", dk_phone(rng)),
        dt=some_date(rng),
        f=Pii("PERSON", p.first),
        dt2=some_date(rng),
        lf=Pii("PERSON", leader.first),
        tr=Pii("PERSON", person(rng).name),
        am=amount(rng),
        hn=hard_numbers(rng),
    )
    return d


def g_access_request(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    if not positive:
        d.add(
            "Indsigt i dine oplysninger\n\nDu har ret til indsigt efter databeskyttelses"
            "forordningens artikel 15. Vi behandler typisk navn, adresse, CPR-nummer, "
            "telefonnummer og e-mail. Anmodningen besvares inden for en måned. Skriv til vores "
            "databeskyttelsesrådgiver via formularen på example.dk/dpo og angiv sagsnummer "
            "{cn}. {hn}. Datatilsynet kan kontaktes, hvis du er utilfreds.",
            cn=case_number(rng),
            hn=hard_numbers(rng),
        )
        return d
    p = person(rng)
    if rng.random() < 0.5:
        d.add(
            "Emne: Indsigtsanmodning efter GDPR art. 15\n\nHej\n\nJeg vil gerne have indsigt i "
            "de oplysninger, I behandler om mig. Mit navn er {n}, jeg er født {dob}, og jeg bor "
            "på {a}. Mit kundenummer er {kn}.\n\nVenlig hilsen\n{n2}\n{t}\n",
            n=Pii("PERSON", p.name),
            dob=Pii("DATE_OF_BIRTH", dob_text(rng, p.born)),
            a=inline_addr(rng),
            kn=str(rng.randrange(100000, 999999)),
            n2=Pii("PERSON", p.name),
            t=Pii("PHONE", dk_phone(rng)),
        )
        return d
    d.add(
        "Kære {f}\n\nSvar på din anmodning om indsigt (vores ref. {cn})\n\nVi behandler "
        "følgende oplysninger om dig:\n",
        f=Pii("PERSON", p.first),
        cn=case_number(rng),
    )
    rows = [
        ("- Navn: {v}\n", Pii("PERSON", p.name)),
        ("- Adresse: {v}\n", inline_addr(rng)),
        ("- CPR-nummer: {v}\n", Pii("CPR", cpr(rng, p.born))),
        ("- E-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
        ("- Telefon: {v}\n", Pii("PHONE", dk_phone(rng))),
        ("- Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
        (
            "- Konto til udbetaling, reg.nr. og kontonr.: {v}\n",
            Pii("BANK_ACCOUNT", bank_account(rng)),
        ),
        ("- IBAN: {v}\n", Pii("IBAN", iban(rng))),
        (
            "- Brugernavn til MitID (oplyst ved telefonopkald): {v}\n",
            Pii("MITID_USER", mitid_user(rng, p.first, p.last)),
        ),
        ("- Bil tilknyttet parkeringslicens, nummerplade: {v}\n", Pii("NUMBER_PLATE", plate(rng))),
    ]
    for tmpl, value in rng.sample(rows, rng.randrange(3, 8)):
        d.add(tmpl, v=value)
    d.add(
        "- Betalingskort: **** **** **** {last}\n- Kundenummer: {kn}\n\nOplysningerne slettes "
        "{yrs} år efter kundeforholdets ophør.\n\nMed venlig hilsen\n{dpo}\n"
        "Databeskyttelsesrådgiver\n",
        last=str(rng.randrange(1000, 9999)),
        kn=str(rng.randrange(100000, 999999)),
        yrs=str(rng.randrange(2, 6)),
        dpo=Pii("PERSON", person(rng).name),
    )
    return d


def g_decision(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    board = rng.choice(
        [
            "Ankenævnet for Boligsager",
            "Ankenævnet for Forsikring",
            "Huslejenævnet",
            "Byretten",
            "Ankestyrelsen",
        ]
    )
    d.add(
        "{b}\nAfgørelse af {dt}\nSagsnr. {cn}\n\nKlager: A\nIndklagede: {org}\n\n",
        b=board,
        dt=some_date(rng),
        cn=case_number(rng),
        org=rng.choice(ORG_NAMES),
    )
    d.add(
        "Sagens omstændigheder\nKlageren A lejede fra {dt} lejligheden [adresse]. A og dennes "
        "ægtefælle B klagede den {dt2} over [navn]s opsigelse. Kravet udgør {am}.\n",
        dt=some_date(rng, 2023),
        dt2=some_date(rng, 2024),
        am=amount(rng),
    )
    if positive:
        w = person(rng)
        options = [
            (
                "Vidnet {v}, der bor på {a}, forklarede, at der var larm hver nat.\n",
                {"v": Pii("PERSON", w.name), "a": inline_addr(rng)},
            ),
            (
                "Indklagedes advokat, {v}, har oplyst, at lejemålet på {a} blev synet.\n",
                {"v": Pii("PERSON", person(rng).name), "a": inline_addr(rng)},
            ),
            (
                "Klagerens telefonnummer {t} fremgår af bilag 3 og er ikke anonymiseret.\n",
                {"t": Pii("PHONE", dk_phone(rng))},
            ),
            (
                "Bilag 4: e-mail fra {e} af {dt}.\n",
                {"e": Pii("EMAIL", email(rng, w.first, w.last)), "dt": some_date(rng)},
            ),
            (
                "Klageren (CPR-nr. {c}) har anket afgørelsen.\n",
                {"c": Pii("CPR", cpr(rng, birth_date(rng)))},
            ),
        ]
        for tmpl, values in rng.sample(options, rng.randrange(1, 4)):
            d.add(tmpl, **values)
    d.add(
        "\nNævnets bemærkninger\nNævnet finder, at [navn] ikke har godtgjort kravet. {hn}. "
        "Nævnsformanden og {org} deltog ikke i behandlingen.\n",
        hn=hard_numbers(rng),
        org=named_org(rng),
    )
    return d


def g_mixed_mail(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    if not positive:
        d.add(
            "Hi all,\n\nThe workshop at {org} is moved to Thursday 10:00. Vi mødes i lobbyen "
            "ved {place}. Please bring your laptop – invoice no. {inv} has been paid "
            "({am}).\n\nBest / Mvh\nThe events team",
            org=named_org(rng),
            place=rng.choice(PLACES),
            inv=str(rng.randrange(100000, 999999)),
            am=amount(rng),
        )
        return d
    dane, guest = person(rng), person(rng, foreign=True)
    sender, to = (dane, guest) if rng.random() < 0.5 else (guest, dane)
    d.add(
        "From: {sn} <{se}>\nTo: {tn}\nSubject: Re: onboarding / kontrakt\n\nHi {tf},\n\n",
        sn=Pii("PERSON", sender.name),
        se=Pii("EMAIL", email(rng, sender.first, sender.last)),
        tn=Pii("PERSON", to.name),
        tf=Pii("PERSON", to.first),
    )
    lines = [
        (
            "Thanks for yesterday. Jeg har sendt kontrakten til {v} i HR.\n",
            Pii("PERSON", person(rng).name),
        ),
        (
            "For the payroll I still need your IBAN – you wrote {v}, is that correct?\n",
            Pii("IBAN", iban(rng, rng.choice(["DK", "DE", "NO", "FI"]))),
        ),
        ("Din nye adresse i Danmark er registreret som {v}, right?\n", inline_addr(rng)),
        (
            "The relocation form says date of birth: {v}.\n",
            Pii("DATE_OF_BIRTH", dob_text(rng, guest.born, english=True)),
        ),
        ("You can reach me on {v} until Friday.\n", Pii("PHONE", foreign_phone(rng))),
        ("Ring endelig på {v}, hvis noget driller.\n", Pii("PHONE", dk_phone(rng, True))),
    ]
    for tmpl, value in rng.sample(lines, rng.randrange(2, 5)):
        d.add(tmpl, v=value)
    d.add(
        "The kick-off is at {org}, så husk adgangskortet.\n\nBest regards / Mvh\n{sf}\n",
        org=named_org(rng),
        sf=Pii("PERSON", sender.first),
    )
    return d


def sms_time(rng: random.Random) -> str:
    hhmm = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
    return rng.choice(
        [
            hhmm,
            f"I dag {hhmm}",
            f"{rng.choice(['Man.', 'Tir.', 'Ons.', 'Fre.'])} {rng.randrange(1, 29)}. dec. {hhmm}",
            f"i går kl. {hhmm}",
        ]
    )


def g_sms(rng: random.Random, positive: bool) -> Doc:
    d = Doc(ocr_noise(rng) if rng.random() < 0.3 else None)
    if not positive:
        sender = rng.choice(["PostNord", "GLS", "Netbank", "Tandlægen", "Apoteket"])
        d.add(
            "< {s}\n{ts}\n{msg}\n{ts2}\n",
            s=sender,
            ts=sms_time(rng),
            ts2=sms_time(rng),
            msg=rng.choice(
                [
                    f"Din pakke {rng.randrange(10**14, 10**15)} er klar i pakkeshoppen på "
                    f"{rng.choice(PLACES)}. Afhentes senest {some_date(rng)}.",
                    "Din konto er midlertidigt spærret. Bekræft dine oplysninger på "
                    "https://netbank-sikker.example.com inden kl. 18.",
                    "Husk din tid tirsdag kl. 14:30. Afbud senest 24 timer før. "
                    + hard_numbers(rng),
                    f"Din recept er klar til afhentning. Ordrenr. {rng.randrange(10**7, 10**8)}.",
                ]
            ),
        )
        return d
    kind = rng.choice(["otp", "mitid", "scam", "card", "mitid_user"])
    if kind in ("otp", "mitid"):
        d.add("< {s}\n{ts}\n", s="Netbank" if kind == "otp" else "MitID", ts=sms_time(rng))
        tmpl = rng.choice(
            [
                "Din engangskode er {o}. Del aldrig koden med andre.",
                "Koden er {o} og gælder i 5 minutter.",
                "Din sms-kode: {o}\nAfsendt {ts}",
            ]
        )
        d.add(tmpl + "\n", o=Pii("OTP", otp(rng)), ts=sms_time(rng))
        return d
    phone = Pii("PHONE", dk_phone(rng, rng.random() < 0.6))
    d.add("< {p}\n{ts}\n", p=phone, ts=sms_time(rng))
    if kind == "scam":
        d.add(
            "Hej mor, min telefon er gået i stykker. Det her er mit nye nummer. Kan du "
            "overføre {am} til reg.nr. og kontonr. {b} i dag? Kh {f}\n",
            am=amount(rng),
            b=Pii("BANK_ACCOUNT", bank_account(rng)),
            f=Pii("PERSON", person(rng).first),
        )
    elif kind == "card":
        d.add(
            "Danske Kunde: Deres kort er spærret. Svar med kortnummer, udløb og CVC.\n"
            "{ts}\nKortnummer {c} udløb {e} cvc {v}\n",
            ts=sms_time(rng),
            c=Pii("CARD", rng.choice(TEST_CARDS)),
            e=Pii("CARD_EXPIRY", expiry(rng)),
            v=Pii("CARD_CVV", str(rng.randrange(100, 1000))),
        )
    else:
        p = person(rng)
        d.add(
            "MitID-support: Vi har registreret et forsøg på at ændre din profil. Svar med "
            "dit bruger-ID og koden fra appen.\n{ts}\nmit bruger-ID er {u} og koden er {o}\n",
            ts=sms_time(rng),
            u=Pii("MITID_USER", mitid_user(rng, p.first, p.last)),
            o=Pii("OTP", otp(rng)),
        )
    return d


def g_medical(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    hospital = rng.choice(HOSPITALS)
    dept = rng.choice(
        [
            "Ortopædkirurgisk Ambulatorium",
            "Hjertemedicinsk Afdeling",
            "Øre-, Næse- og Halsafdelingen",
            "Røntgen og Skanning",
        ]
    )
    exam = rng.choice(["ambulant undersøgelse", "MR-skanning", "forundersøgelse", "kontrol"])
    if not positive:
        d.add(
            "{h}\n{dep}\n\nSådan forbereder du dig til {ex}\n\nDu skal faste fra kl. 24 aftenen "
            "før. Medbring din medicinliste. Parkering ved indgang {ind} fra {place}. "
            "Afdelingen ligger over for {org}. Ventetid ca. {mn} minutter. {hn}.",
            h=hospital,
            dep=dept,
            ex=exam,
            ind=str(rng.randrange(1, 12)),
            place=rng.choice(PLACES),
            org=named_org(rng),
            mn=str(rng.randrange(10, 60)),
            hn=hard_numbers(rng),
        )
        return d
    p = person(rng)
    d.add(
        "{h}\n{dep}\n{a}\nTlf. {t}\n\n",
        h=hospital,
        dep=dept,
        a=addr(rng, "block"),
        t=Pii("PHONE", dk_phone(rng)),
    )
    recipient(rng, p, d)
    d.add(
        "CPR-nr.: {c}\n\nIndkaldelse til {ex}\n\nKære {n}\n\nDu er henvist af din egen læge, "
        "{gp}, til {ex} på {dep}.\n\nTid: {dt} kl. {hh}.{mm}\nSted: {h}, {ha}, indgang {ind}\n\n"
        "Ved afbud eller spørgsmål ring på {t} hverdage kl. 8-15.\n\nMed venlig hilsen\n"
        "overlæge {doc}\n",
        c=Pii("CPR", cpr(rng, p.born)),
        ex=exam,
        n=Pii("PERSON", p.name),
        gp=Pii("PERSON", person(rng).name),
        dep=dept,
        dt=some_date(rng),
        hh=f"{rng.randrange(7, 16):02d}",
        mm=rng.choice(["00", "15", "30", "45"]),
        h=hospital,
        ha=addr(rng, "post"),
        ind=str(rng.randrange(1, 12)),
        t=Pii("PHONE", dk_phone(rng)),
        doc=Pii("PERSON", person(rng).name),
    )
    return d


def g_municipal(rng: random.Random, positive: bool) -> Doc:
    d = Doc()
    kommune = rng.choice(KOMMUNER)
    benefit = rng.choice(
        [
            "boligstøtte",
            "enkeltydelse",
            "hjælpemidler",
            "friplads i daginstitution",
            "ledighedsydelse",
        ]
    )
    if not positive:
        d.add(
            "{k}\n\nBorgerservice holder lukket {dt} på grund af flytning til {place}. "
            "Ansøgning om {b} kan ske digitalt. Sagsbehandlingstiden er {w} uger. "
            "{hn}. Betaling af {am} sker til din NemKonto.",
            k=kommune,
            dt=some_date(rng),
            place=rng.choice(PLACES),
            b=benefit,
            w=str(rng.randrange(2, 12)),
            hn=hard_numbers(rng),
            am=amount(rng),
        )
        return d
    p = person(rng)
    letterhead(rng, kommune, d)
    recipient(rng, p, d)
    d.add(
        "Sagsnummer: {cn}\nCPR-nr.: {c}\nDato: {dt}\n\nAfgørelse om {b}\n\nKære {n}\n\n"
        "Du har den {dt2} søgt om {b}. Vi har bevilget {am}, som udbetales til din NemKonto.\n",
        cn=case_number(rng),
        c=Pii("CPR", cpr(rng, p.born)),
        dt=some_date(rng),
        b=benefit,
        n=Pii("PERSON", rng.choice([p.name, p.first])),
        dt2=some_date(rng),
        am=amount(rng),
    )
    if rng.random() < 0.4:
        d.add(
            "Vi har registreret, at du er flyttet fra {old} til {new}.\n",
            old=inline_addr(rng),
            new=inline_addr(rng),
        )
    d.add(
        "\nDin sagsbehandler er {s}, tlf. {t}, e-mail {e}\n",
        s=Pii("PERSON", (s := person(rng)).name),
        t=Pii("PHONE", dk_phone(rng)),
        e=Pii("EMAIL", email(rng, s.first, s.last)),
    )
    return d


GENRES = [
    g_ocr_letter,
    g_insurance,
    g_tenancy,
    g_hr,
    g_access_request,
    g_decision,
    g_mixed_mail,
    g_sms,
    g_medical,
    g_municipal,
]


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    items = []
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        items.append(genre(rng, positive=rng.random() >= NEGATIVE_SHARE).item())
    rng.shuffle(items)
    return items


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind3.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in generate():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
